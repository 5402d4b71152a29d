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
export { RuleTester, type RuleTests, type InvalidCase, type ValidCase, type ExpectedFinding } from './testing/rule-tester.js';
export { run as runCli, type CliIO } from './cli/run.js';
export type { Rule, RuleMeta, RuleContext, RuleListener, Report } from './rule.js';
export type { Parser, ParserContext, ParserInstance } from './parser.js';
export type { Fact, FactKind, FactMap, BuildEnvironment } from './facts.js';
export * from './types.js';
