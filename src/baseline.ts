import { readFileSync } from 'node:fs';
import type { SourceResult } from './types.js';
import { VERSION } from './version.js';

/**
 * A baseline: the findings known today, by fingerprint (stable across rebuilds: see the checker's
 * fingerprint), so that CI can fail only on new ones (`--write-baseline FILE`, then `--baseline FILE`).
 */
export interface Baseline {
  readonly version: 1;
  readonly tool: { readonly name: 'logcheck'; readonly version: string };
  readonly findings: readonly { readonly fingerprint: string; readonly ruleId: string; readonly source: string; readonly line: number; readonly message: string }[];
}

export function makeBaseline(results: readonly SourceResult[]): string {
  const baseline: Baseline = {
    version: 1,
    tool: { name: 'logcheck', version: VERSION },
    findings: results.flatMap((r) => r.findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, source: f.source, line: f.line, message: f.message }))),
  };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** The fingerprints of a baseline file; throws a one-line Error for a file that is not one. */
export function readBaseline(file: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code !== undefined ? `cannot read the baseline: ${code}` : 'not a baseline (not JSON)'}`);
  }
  const findings = (data as Partial<Baseline> | null)?.findings;
  if ((data as Partial<Baseline> | null)?.version !== 1 || !Array.isArray(findings) || !findings.every((f) => typeof f?.fingerprint === 'string')) {
    throw new Error(`${file}: not a logcheck baseline (write one with --write-baseline)`);
  }
  return new Set(findings.map((f) => f.fingerprint));
}
