import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { checkStream } from '../check.js';
import { allParsers } from '../parsers/index.js';
import type { Rule } from '../rule.js';
import type { Finding, Severity } from '../types.js';

/** What a test expects of one finding. Only the fields given are compared; `line` is required. */
export interface ExpectedFinding {
  readonly line: number;
  readonly ruleId?: string;
  readonly endLine?: number;
  readonly severity?: Severity;
  readonly cause?: string;
  /** Exactly these evidence line numbers, in order. */
  readonly evidenceLines?: readonly number[];
  /** A subset of `data`, compared deeply. */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly stage?: string;
  readonly side?: 'environment' | 'package';
  /** Each must occur in the remediation summary or one of its steps. */
  readonly remediationIncludes?: readonly string[];
  /** None may occur in the remediation (a fix must not advise what the log shows already in effect). */
  readonly remediationExcludes?: readonly string[];
}

export interface ValidCase {
  readonly name?: string;
  /** Log text: a string, or lines joined with `\n`. */
  readonly code: string | readonly string[];
}

export interface InvalidCase extends ValidCase {
  readonly findings: readonly ExpectedFinding[];
}

export interface RuleTests {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly InvalidCase[];
}

/** The ways the same log can arrive; every one must give identical findings. */
export const VARIANTS: readonly { name: string; make: (text: string) => Buffer[] }[] = [
  { name: 'CRLF line endings', make: (t) => [Buffer.from(t.replace(/\n/g, '\r\n'))] },
  // pbuilder colours its lines even into files.
  { name: 'ANSI colour', make: (t) => [Buffer.from(t.split('\n').map((l) => (l === '' ? l : `\x1b[0m${l}\x1b[0m`)).join('\n'))] },
  ...([
    ['GitHub Actions timestamps', '2025-07-04T14:32:14.5612144Z '],
    ['GitLab runner timestamps', '2024-05-21T12:34:56.123456Z 00O '],
    ['Jenkins timestamper', '17:18:52 '],
    ['Open Build Service', '[   23s] '],
  ] as const).map(([name, prefix]) => ({ name, make: (t: string) => [Buffer.from(prefixed(t, prefix))] })),
  ...[1, 2, 3].map((seed) => ({ name: `random chunks (seed ${seed})`, make: (t: string) => randomChunks(Buffer.from(t), seed) })),
];

/** Every line with a CI system's prefix (the last, empty piece after the final newline stays empty). */
function prefixed(text: string, prefix: string): string {
  return text.split('\n').map((l, i, all) => (i === all.length - 1 && l === '' ? l : `${prefix}${l}`)).join('\n');
}

/** Deterministic cuts anywhere, including inside multi-byte characters and CRLF pairs. */
export function randomChunks(buffer: Buffer, seed: number): Buffer[] {
  let state = seed * 2654435761 >>> 0;
  const next = (): number => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const chunks: Buffer[] = [];
  let pos = 0;
  while (pos < buffer.length) {
    const size = 1 + Math.floor(next() * 24);
    chunks.push(buffer.subarray(pos, pos + size));
    pos += size;
  }
  return chunks;
}

function text(code: string | readonly string[]): string {
  return typeof code === 'string' ? code : `${code.join('\n')}\n`;
}

export async function runRule(rule: Rule, chunks: readonly Buffer[], prefilter = true, scan = true): Promise<Finding[]> {
  const result = await checkStream(Readable.from(chunks), { rules: [rule], parsers: allParsers, source: 'test.log', prefilter, scan });
  return [...result.findings];
}

function matches(finding: Finding, expected: ExpectedFinding, ruleId: string): void {
  assert.equal(finding.ruleId, expected.ruleId ?? ruleId, 'rule id');
  assert.equal(finding.line, expected.line, `line of "${finding.message}"`);
  if (expected.endLine !== undefined) assert.equal(finding.endLine, expected.endLine, 'endLine');
  if (expected.severity !== undefined) assert.equal(finding.severity, expected.severity, 'severity');
  if (expected.cause !== undefined) assert.equal(finding.cause, expected.cause, 'cause');
  if (expected.stage !== undefined) assert.equal(finding.stage, expected.stage, 'stage');
  if (expected.side !== undefined) assert.equal(finding.side, expected.side, 'side');
  if (expected.evidenceLines !== undefined) assert.deepEqual(finding.evidence.map((e) => e.line), [...expected.evidenceLines], 'evidence lines');
  if (expected.data !== undefined) {
    for (const [key, value] of Object.entries(expected.data)) assert.deepEqual(finding.data?.[key], value, `data.${key}`);
  }
  for (const words of expected.remediationIncludes ?? []) {
    const all = [finding.remediation?.summary ?? '', ...(finding.remediation?.steps ?? [])].join('\n');
    assert.ok(all.includes(words), `remediation should include "${words}", was: ${all}`);
  }
  for (const words of expected.remediationExcludes ?? []) {
    const all = [finding.remediation?.summary ?? '', ...(finding.remediation?.steps ?? [])].join('\n');
    assert.ok(!all.includes(words), `remediation must not include "${words}", was: ${all}`);
  }
}

/**
 * Checks a rule against tables of real log snippets, in the ESLint style. Each case runs as written,
 * then again with CRLF endings, ANSI colour, CI timestamps and random chunk boundaries; the findings
 * must be identical every time. Uses mocha's `describe`/`it` when they exist.
 */
export class RuleTester {
  static async check(rule: Rule, item: InvalidCase): Promise<void> {
    const log = text(item.code);
    const findings = await runRule(rule, [Buffer.from(log)]);
    assert.equal(findings.length, item.findings.length,
      `expected ${item.findings.length} finding(s), got ${findings.length}: ${findings.map((f) => `${f.ruleId}@${f.line}: ${f.message}`).join(' | ')}`);
    findings.forEach((f, i) => matches(f, item.findings[i]!, rule.meta.id));
    for (const variant of VARIANTS) {
      const again = await runRule(rule, variant.make(log));
      assert.deepEqual(again, findings, `findings differ with ${variant.name}`);
    }
    // The engine's literal prefilter must never change what is found.
    assert.deepEqual(await runRule(rule, [Buffer.from(log)], false), findings, 'findings differ without the prefilter');
    // Nor the byte scanner that skips the lines no literal wakes (the variants above run with it).
    assert.deepEqual(await runRule(rule, [Buffer.from(log)], true, false), findings, 'findings differ without the byte scanner');
  }

  static run(rule: Rule, tests: RuleTests): void {
    const cases: { name: string; item: InvalidCase }[] = [
      ...tests.valid.map((v, i) => {
        const item = typeof v === 'string' ? { code: v } : v;
        return { name: `valid: ${item.name ?? `#${i + 1}`}`, item: { ...item, findings: [] } };
      }),
      ...tests.invalid.map((item, i) => ({ name: `invalid: ${item.name ?? `#${i + 1}`}`, item })),
    ];
    describe(rule.meta.id, () => {
      for (const { name, item } of cases) it(name, () => RuleTester.check(rule, item));
    });
  }
}
