import { createHash } from 'node:crypto';
import type { RunReport } from '../report.js';
import type { Severity } from '../types.js';
import type { FormatContext } from './index.js';
import { locate, type LocateOptions } from './locations.js';
import { ciSafeJson, inert } from './sanitize.js';

/** GitLab's scale is info, minor, major, critical, blocker; a finding that broke or will break the product is critical. */
const SEVERITY: Record<Severity, 'info' | 'minor' | 'major' | 'critical' | 'blocker'> = { error: 'critical', warning: 'major', note: 'info' };

/**
 * `--format gitlab`: a Code Quality report (a JSON array, no byte-order mark). GitLab keys issues by
 * `fingerprint` and collapses identical ones, so each is made from the finding's own fingerprint
 * (rule, input, evidence text; numbered when repeated) and the path it lands on, and given once.
 */
export function formatGitlab(report: RunReport, context: FormatContext): string {
  const o: LocateOptions = { cwd: context.cwd ?? process.cwd(), pathMaps: context.pathMaps ?? [] };
  const seen = new Set<string>();
  const issues = [];
  for (const f of report.results.flatMap((r) => r.findings)) {
    const at = locate(f, o);
    const fingerprint = createHash('md5').update(`${f.fingerprint}\0${at.path}`).digest('hex');
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const fix = f.remediation ? ` Fix: ${inert(f.remediation.summary)}${(f.remediation.steps ?? []).map((s) => ` \`${inert(s)}\``).join('')}` : '';
    issues.push({
      description: `${inert(f.message)}${fix}`,
      check_name: f.ruleId,
      fingerprint,
      severity: SEVERITY[f.severity],
      location: { path: inert(at.path), lines: { begin: Math.max(1, at.line) } },
    });
  }
  return `${ciSafeJson(issues)}\n`;
}
