import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkText } from '../../src/check.js';
import type { FormatContext } from '../../src/formatters/index.js';
import type { RunReport } from '../../src/report.js';
import { allRules } from '../../src/rules/index.js';
import type { Finding, SourceResult } from '../../src/types.js';

/** The repository root (tests run from dist/test/...). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { color: false, rules: allRules.map((r) => r.meta), env: {}, cwd: ROOT, pathMaps: [], ...overrides };
}

export function report(results: SourceResult[]): RunReport {
  return { version: 1, tool: { name: 'logcheck', version: '0.1.0' }, results };
}

/** A real log from test/logs/, checked under its repository-relative path. */
export async function logReport(name: string): Promise<RunReport> {
  const source = `test/logs/${name}`;
  return report([await checkText(readFileSync(path.join(ROOT, source)), { source })]);
}

/** A finding made by hand (for limits and hostile text). */
export function finding(overrides: Partial<Finding> & { line: number }): Finding {
  return {
    ruleId: 'python-semaphores-unavailable',
    severity: 'error',
    message: 'sem_open() failed',
    cause: 'no-usable-shm',
    source: 'build.log',
    evidence: [{ line: overrides.line, text: 'sem_open: No such file or directory' }],
    fingerprint: `${String(overrides.line).padStart(32, '0')}`,
    ...overrides,
  };
}

export function resultOf(source: string, findings: Finding[], lines = 100): SourceResult {
  return { source, lines, bytes: lines * 40, findings, problems: [] };
}
