/**
 * logcheck as a library: everything the CLI does, a program can do.
 *
 *   import { checkText, diagnose } from 'logcheck';
 *   const result = await checkText(log);
 *   for (const d of diagnose(result.findings)) console.log(d.title, d.remediation?.summary);
 */
export { checkStream, checkText, type CheckOptions } from './check.js';
export { Checker, type CheckerOptions } from './engine/checker.js';
export { readLines } from './engine/read-lines.js';
export { openInput } from './input/open.js';
export { resolveInputs } from './input/resolve.js';
export { normalizeLine } from './lines/normalize.js';
export { fingerprintOf, normalizeForFingerprint, normalizeSourcePath } from './fingerprint.js';
export { allRules, findRule } from './rules/index.js';
export { allParsers } from './parsers/index.js';
export { CAUSES, causeTitle, defineCauses, type Cause } from './causes.js';
export { diagnose, type Diagnosis, type RunReport } from './report.js';
export { getFormatter, registerFormatter, formatterNames, type Formatter, type FormatContext } from './formatters/index.js';
export { inert } from './formatters/sanitize.js';
export { runStream, memorySpool, type ReportStream, type Spool, type Chunks } from './formatters/stream.js';
export { SummaryCounter, summarize, type RunSummary, type CauseSummary } from './summary.js';
export { RuleTester, type RuleTests, type InvalidCase, type ValidCase, type ExpectedFinding } from './testing/rule-tester.js';
export { run as runCli, type CliIO } from './cli/run.js';
export type { Rule, RuleMeta, RuleContext, RuleListener, Report } from './rule.js';
export type { Parser, ParserContext, ParserInstance } from './parser.js';
export type { Fact, FactKind, FactMap, BuildEnvironment } from './facts.js';
export * from './types.js';

// The fact kinds parsers emit are declared next to each parser (declaration merging on FactMap);
// these re-exports put every one of them in the published types, so a consumer's
// `'autoconf.check'(fact) {...}` handler type-checks.
export type * from './parsers/apt.js';
export type * from './parsers/autoconf.js';
export type * from './parsers/compiler.js';
export type * from './parsers/configure.js';
export type * from './parsers/debhelper.js';
export type * from './parsers/dpkg-buildpackage.js';
export type * from './parsers/dpkg-status.js';
export type * from './parsers/fink.js';
export type * from './parsers/libc.js';
export type * from './parsers/make.js';
export type * from './parsers/patch.js';
export type * from './parsers/pbuilder.js';
export type * from './parsers/python.js';
export type * from './parsers/sbuild.js';
export type * from './parsers/system.js';
export type * from './parsers/test-runners.js';
export type * from './catalog/parser.js';
export type * from './stage.js';

// Causes as data, for your own catalogs (the same schema as the configuration's `causes`).
export type { CatalogEntry, CatalogExample, CatalogMatch, PatternSource, LiteralSpec } from './catalog/schema.js';
export { catalogRule } from './catalog/rule.js';
export { createCatalogParser } from './catalog/parser.js';
export { validateCatalog, formatProblems, type CatalogProblem } from './catalog/validate.js';
export { catalogEntries, catalogRules } from './rules/catalog/index.js';
export { codeRules } from './rules/index.js';
export { loadConfig, findConfig, ConfigError, CONFIG_NAMES } from './config/load.js';
export { loadUserCauses } from './config/causes.js';
export { applyRuleSettings } from './config/rules.js';
export { testCauses } from './config/test-rules.js';
export type { LogcheckConfig, LoadedConfig, RuleSetting, IgnoreEntry } from './config/types.js';
export { createFilterFactory, type FindingFilter, type SuppressionOptions } from './suppress.js';
export { makeBaseline, readBaseline, type Baseline } from './baseline.js';
export {
  lookupPackages, boostComponentPackages, setAptFileFallback, aptFileSearch, setPackageIndexDir, packageIndexReads,
  packageKeys, PACKAGE_KINDS, type PackageKind, type PackageLookup, type LookupOptions, type AptFileOptions,
} from './packages/index.js';
