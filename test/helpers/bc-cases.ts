/**
 * Runs buildlog-consultant's test cases (test/buildlog-consultant/cases.json, extracted by
 * scripts/extract-bc-cases.ts from jelmer/buildlog-consultant at the commit the file names) through
 * logcheck and scores them. Used by test/buildlog-consultant.test.ts (floors) and scripts/bc-harness.ts
 * (the full report).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkText } from '../../src/check.js';
import type { Finding } from '../../src/types.js';

/** The repository root (this file runs from dist/test/helpers/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CASES_FILE = path.join(ROOT, 'test/buildlog-consultant/cases.json');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface BcCase {
  readonly id: string;
  readonly source: { repo: string; commit: string; file: string; test: string; sourceLine: number };
  /** problem: bc names a problem kind; line-only: bc picks the line, names no kind; none: bc finds nothing. */
  readonly expect: 'problem' | 'line-only' | 'none';
  readonly lines: readonly string[];
  /** 1-based lines bc accepts; empty for `none`, or when bc's test does not say which line. */
  readonly expectedLines: readonly number[];
  /**
   * Also accepted: bc's paragraph matchers report the last line of a multi-line message (CMake's
   * `CMake Error at ...:` block); a finding at any line of that message counts. Includes expectedLines.
   */
  readonly acceptLines?: readonly number[];
  readonly kind: string | null;
  readonly problem: string | null;
  readonly args: Readonly<Record<string, Json>>;
  readonly note?: string;
  /** Whether the case occurs when building Debian packages (absent: yes). */
  readonly debian?: { relevant: boolean; reason?: string };
  /** Debian packages that provide the missing thing (apt-file search, trixie). */
  readonly packages?: {
    status: 'found' | 'none' | 'not-applicable' | 'pending';
    query?: string;
    candidates?: string[];
    note?: string;
  };
}

export interface BcCaseFile {
  readonly source: { repo: string; commit: string };
  readonly cases: readonly BcCase[];
}

export function loadCases(): BcCaseFile {
  return JSON.parse(readFileSync(CASES_FILE, 'utf8')) as BcCaseFile;
}

// ------------------------------------------------------------------ equivalence: logcheck finding -> bc kinds

/**
 * The TypeScript rules that existed before the catalog, and the bc problem kinds (bc's `kind()` strings
 * in src/problems/*.rs) each one names. A function when the finding's data decides.
 */
const RULE_EQUIVALENTS: Readonly<Record<string, readonly string[] | ((f: Finding) => readonly string[])>> = {
  'compiler-missing-header': ['missing-c-header'],
  'python-module-not-found': ['missing-python-module'],
  'build-command-not-found': ['command-missing'],
  'build-dependency-not-found': (f) => {
    switch (f.data?.['tool']) {
      case 'pkg-config': return ['missing-pkg-config-package'];
      // not cmake-exact-version-missing: the rule says the package is not installed, while one of another version is
      case 'cmake': return ['missing-cmake-files', 'missing-cmake-components', 'missing-cmake-config', 'missing-vague-dependency'];
      case 'meson': return ['missing-pkg-config-package', 'missing-library', 'missing-vague-dependency'];
      default: return [];
    }
  },
  'build-disk-full': ['no-space-on-device', 'insufficient-disk-space'],
  'linker-missing-library': ['missing-library', 'missing-static-library'],
  'make-no-rule': ['missing-make-target'],
  'debhelper-compat-level': ['missing-dh-compat-level', 'unsupported-debhelper-compat-level', 'duplicate-dh-compat-level'],
  'debhelper-missing-files': ['debhelper-pattern-not-found', 'dh-missing-uninstalled'],
  'apt-fetch-failed': ['apt-file-fetch-failure'],
  // also `E: Unable to locate package X` (bc: apt-package-unknown), which this rule reports as a build-dependency apt does not know
  'apt-unsatisfiable-build-deps': ['unsatisfied-apt-dependencies', 'apt-broken-packages', 'apt-package-unknown'],
  'dpkg-checkbuilddeps-unmet': ['unsatisfied-apt-dependencies'],
  'dpkg-source-patch-failed': ['patch-application-failed'],
  'dpkg-source-unexpected-changes': ['unexpected-local-upstream-changes'],
  'build-timeout': ['inactive-killed'],
  'sbuild-chroot-setup-failed': ['chroot-not-found'],
};

/** Rules that are the generic fallback: a finding of theirs never counts as specific. */
const GENERIC_RULES: ReadonlySet<string> = new Set(['build-first-failure']);

export interface CatalogEntryLike {
  readonly id: string;
  readonly tags?: readonly string[];
  readonly equivalents?: { readonly 'buildlog-consultant'?: readonly string[] };
}

let catalog: Map<string, CatalogEntryLike> | undefined;

/**
 * The cause catalog's entries, when the catalog exists (src/rules/catalog/index.ts exporting
 * `catalogEntries`); an empty map before it lands, so the harness runs either way.
 */
export async function loadCatalog(): Promise<Map<string, CatalogEntryLike>> {
  if (catalog) return catalog;
  catalog = new Map();
  const file = path.join(ROOT, 'dist/src/rules/catalog/index.js');
  if (existsSync(file)) {
    const mod = (await import(pathToFileURL(file).href)) as { catalogEntries?: readonly CatalogEntryLike[] };
    for (const e of mod.catalogEntries ?? []) catalog.set(e.id, e);
  }
  return catalog;
}

function catalogEntryOf(f: Finding, entries: Map<string, CatalogEntryLike>): CatalogEntryLike | undefined {
  const id = f.data?.['catalogId'];
  if (typeof id === 'string' && entries.has(id)) return entries.get(id);
  return entries.get(f.ruleId);
}

/** The bc problem kinds a finding is equivalent to, and whether it is the generic fallback. */
export function bcKindsOf(f: Finding, entries: Map<string, CatalogEntryLike>): { kinds: readonly string[]; generic: boolean } {
  const entry = catalogEntryOf(f, entries);
  if (entry) {
    return { kinds: entry.equivalents?.['buildlog-consultant'] ?? [], generic: entry.tags?.includes('generic') ?? false };
  }
  const eq = RULE_EQUIVALENTS[f.ruleId];
  const kinds = eq === undefined ? [] : typeof eq === 'function' ? eq(f) : eq;
  return { kinds, generic: GENERIC_RULES.has(f.ruleId) };
}

// ------------------------------------------------------------------ scoring

export type Verdict =
  | 'hit'                // an equivalent, specific finding at the expected line
  | 'wrong-kind'         // a specific finding at the line, but not equivalent to the bc kind
  | 'generic-only'       // only the generic fallback at the line
  | 'elsewhere'          // findings, none at the expected line
  | 'silent';            // no finding at all

export interface CaseResult {
  readonly c: BcCase;
  readonly findings: readonly Finding[];
  readonly verdict: Verdict;
  /** For `line-only` cases: some finding (generic too) at the line. */
  readonly anyAtLine: boolean;
  /** For cases with expected packages: the hit's remediation names one of them. */
  readonly packageNamed?: boolean;
  /** Error findings (for `none` cases and irrelevant ones). */
  readonly errors: readonly Finding[];
}

export function caseText(c: BcCase): string {
  return c.lines.length === 0 ? '' : `${c.lines.join('\n')}\n`;
}

function atLine(f: Finding, lines: readonly number[]): boolean {
  if (lines.length === 0) return true; // bc does not say which line: any
  return lines.some((l) => f.line === l || (f.endLine !== undefined && f.line <= l && l <= f.endLine));
}

const PKG_CHARS = /[a-z0-9+.-]/;
/** Whether `text` names `pkg` as a whole package name (libssl-dev, not libssl-dev-extra). */
export function namesPackage(text: string, pkg: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(pkg, from);
    if (i < 0) return false;
    const before = text[i - 1];
    const after = text[i + pkg.length];
    if ((before === undefined || !PKG_CHARS.test(before)) && (after === undefined || !PKG_CHARS.test(after) || (after === '.' && !PKG_CHARS.test(text[i + pkg.length + 1] ?? ' ')))) {
      return true;
    }
    from = i + 1;
  }
}

function remediationText(f: Finding): string {
  return [f.remediation?.summary ?? '', ...(f.remediation?.steps ?? [])].join('\n');
}

export async function runCase(c: BcCase, entries: Map<string, CatalogEntryLike>): Promise<CaseResult> {
  const result = await checkText(caseText(c), { source: c.id });
  const findings = result.findings;
  const errors = findings.filter((f) => f.severity === 'error');
  const here = findings.filter((f) => atLine(f, c.acceptLines ?? c.expectedLines));
  const classified = here.map((f) => ({ f, ...bcKindsOf(f, entries) }));
  const hits = classified.filter((x) => !x.generic && c.kind !== null && x.kinds.includes(c.kind));
  let verdict: Verdict;
  if (hits.length > 0) verdict = 'hit';
  else if (classified.some((x) => !x.generic)) verdict = 'wrong-kind';
  else if (classified.length > 0) verdict = 'generic-only';
  else if (findings.length > 0) verdict = 'elsewhere';
  else verdict = 'silent';
  if (c.expect === 'line-only' && classified.some((x) => !x.generic)) verdict = 'hit';
  const candidates = c.packages?.status === 'found' ? c.packages.candidates ?? [] : [];
  const packageNamed = candidates.length > 0
    ? hits.some((x) => candidates.some((p) => namesPackage(remediationText(x.f), p)))
    : undefined;
  return { c, findings, verdict, anyAtLine: classified.length > 0, errors, ...(packageNamed !== undefined ? { packageNamed } : {}) };
}

export interface Score {
  readonly results: readonly CaseResult[];
  /** Relevant `problem` cases. */
  readonly problem: readonly CaseResult[];
  readonly problemHits: number;
  /** Relevant cases with expected Debian packages. */
  readonly withPackages: readonly CaseResult[];
  readonly packageHits: number;
  readonly lineOnly: readonly CaseResult[];
  readonly negatives: readonly CaseResult[];
  readonly dropped: readonly CaseResult[];
}

export async function scoreAll(cases: readonly BcCase[]): Promise<Score> {
  const entries = await loadCatalog();
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(c, entries));
  const relevant = results.filter((r) => r.c.debian?.relevant !== false);
  const problem = relevant.filter((r) => r.c.expect === 'problem');
  const withPackages = problem.filter((r) => r.packageNamed !== undefined);
  return {
    results,
    problem,
    problemHits: problem.filter((r) => r.verdict === 'hit').length,
    withPackages,
    packageHits: withPackages.filter((r) => r.packageNamed === true).length,
    lineOnly: relevant.filter((r) => r.c.expect === 'line-only'),
    negatives: relevant.filter((r) => r.c.expect === 'none'),
    dropped: results.filter((r) => r.c.debian?.relevant === false),
  };
}

// ------------------------------------------------------------------ healthy logs in test/logs/

/**
 * The whole logs in test/logs/ whose expected findings (`<log>.expected.json`) hold no error: builds
 * that succeeded, or that only carry a warning (a contradiction in a build that passed).
 */
export function healthyLogs(): { name: string; expected: { ruleId: string; severity: string; line: number }[] }[] {
  const dir = path.join(ROOT, 'test/logs');
  const out: { name: string; expected: { ruleId: string; severity: string; line: number }[] }[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.expected.json')) continue;
    const expected = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { ruleId: string; severity: string; line: number }[];
    if (!expected.some((e) => e.severity === 'error')) out.push({ name: f.replace(/\.expected\.json$/, ''), expected });
  }
  return out;
}

// ------------------------------------------------------------------ the report

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

/** Log text is hostile: show it with control characters escaped. */
const show = (s: string): string => JSON.stringify(s).slice(1, -1);

export function formatReport(score: Score, options: { misses?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`buildlog-consultant cases: ${score.results.length} (${score.problem.length} expect a problem, ${score.lineOnly.length} line-only, ${score.negatives.length} negative, ${score.dropped.length} not Debian-relevant)`);
  out.push(`specific finding at the expected line: ${score.problemHits}/${score.problem.length} (${pct(score.problemHits, score.problem.length)}; target 90%)`);
  out.push(`fix names an expected package: ${score.packageHits}/${score.withPackages.length} (${pct(score.packageHits, score.withPackages.length)}; target 90%)`);
  const lineHits = score.lineOnly.filter((r) => r.verdict === 'hit').length;
  const lineAny = score.lineOnly.filter((r) => r.anyAtLine).length;
  out.push(`line-only cases: specific finding at the line ${lineHits}/${score.lineOnly.length}, any finding at the line ${lineAny}/${score.lineOnly.length}`);
  const badNeg = score.negatives.filter((r) => r.errors.length > 0);
  out.push(`negative cases with an error finding: ${badNeg.length}/${score.negatives.length}`);
  out.push('');
  out.push('per bc kind: hits/cases (package named/cases with packages)');
  const byKind = new Map<string, CaseResult[]>();
  for (const r of score.problem) byKind.set(r.c.kind!, [...(byKind.get(r.c.kind!) ?? []), r]);
  for (const [kind, rs] of [...byKind].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    const hits = rs.filter((r) => r.verdict === 'hit').length;
    const wp = rs.filter((r) => r.packageNamed !== undefined);
    const pk = wp.length > 0 ? `  pkg ${wp.filter((r) => r.packageNamed).length}/${wp.length}` : '';
    out.push(`  ${`${hits}/${rs.length}`.padStart(6)}  ${kind}${pk}`);
  }
  if (options.misses !== false) {
    out.push('');
    out.push('misses:');
    const misses = [...score.problem, ...score.lineOnly].filter((r) => r.verdict !== 'hit' || r.packageNamed === false);
    for (const r of misses) {
      const what = r.c.kind ?? '(line only)';
      out.push(`- ${r.c.id} [${what}] ${r.verdict}${r.packageNamed === false ? ', package not named' : ''}; expected line ${r.c.expectedLines.join(',') || 'any'}${r.c.acceptLines ? ` (accepted ${r.c.acceptLines[0]}-${r.c.acceptLines[r.c.acceptLines.length - 1]})` : ''}${r.c.packages?.candidates ? `; packages ${r.c.packages.candidates.join(' | ')}` : ''}`);
      const shown = r.c.lines.length > 8 ? r.c.expectedLines.length > 0 ? r.c.lines.map((l, i) => [l, i + 1] as const).filter(([, n]) => Math.abs(n - r.c.expectedLines[0]!) <= 3) : r.c.lines.slice(0, 8).map((l, i) => [l, i + 1] as const) : r.c.lines.map((l, i) => [l, i + 1] as const);
      for (const [l, n] of shown) out.push(`    ${String(n).padStart(4)}| ${show(l).slice(0, 240)}`);
      for (const f of r.findings) out.push(`    found ${f.ruleId}${typeof f.data?.['catalogId'] === 'string' ? `/${f.data['catalogId']}` : ''} (${f.severity}) at line ${f.line}${f.endLine !== undefined ? `-${f.endLine}` : ''}: ${show(f.message).slice(0, 160)}`);
    }
    for (const r of badNeg) {
      out.push(`- NEGATIVE ${r.c.id}: ${r.errors.map((f) => `${f.ruleId} at line ${f.line}`).join(', ')}`);
    }
  }
  return out.join('\n');
}
