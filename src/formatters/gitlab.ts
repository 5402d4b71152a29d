import { createHash } from 'node:crypto';
import type { RunReport } from '../report.js';
import type { Severity } from '../types.js';
import type { FormatContext } from './index.js';
import path from 'node:path';
import { locate, locateOptions, type CiLocation } from './locations.js';
import { ciSafeJson, inert } from './sanitize.js';
import { runStream, type ReportStream } from './stream.js';

/** GitLab's scale is info, minor, major, critical, blocker; a finding that broke or will break the product is critical. */
const SEVERITY: Record<Severity, 'info' | 'minor' | 'major' | 'critical' | 'blocker'> = { error: 'critical', warning: 'major', note: 'info' };

/**
 * `location.path` is relative to the project (GitLab links it into the repository; docs: "expressed
 * as a relative path in the repository"): the path under `$CI_PROJECT_DIR` (else cwd) for a log in
 * the checkout; a log elsewhere has no page there, so its file name, with the full path in the
 * description; a piped log `stdin`. Never an absolute path, never `<stdin>`.
 */
export function projectPath(at: CiLocation): string {
  if (at.inCheckout) return at.path;
  if (at.path.startsWith('<')) return 'stdin';
  return path.posix.basename(at.path.replaceAll('\\', '/')) || 'log';
}

/**
 * `--format gitlab`: a Code Quality report (a JSON array, no byte-order mark). GitLab keys issues by
 * `fingerprint` and collapses identical ones, so each is made from the finding's own fingerprint
 * (rule, input, evidence text; numbered when repeated) and the path it lands on, and given once.
 * Written log by log: only the fingerprints given are kept (to give each once), not the findings.
 */
export function gitlabStream(context: FormatContext): ReportStream {
  const o = locateOptions(context, 'CI_PROJECT_DIR');
  const seen = new Set<string>();
  let given = 0;
  return {
    begin: () => '[',
    result: (result) => {
      let text = '';
      for (const f of result.findings) {
        const at = locate(f, o);
        const where = projectPath(at);
        const fingerprint = createHash('md5').update(`${f.fingerprint}\0${where}`).digest('hex');
        if (seen.has(fingerprint)) continue;
        seen.add(fingerprint);
        const outside = at.inCheckout ? '' : ` (log: ${inert(at.path)}:${f.line})`;
        const fix = f.remediation ? ` Fix: ${inert(f.remediation.summary)}${(f.remediation.steps ?? []).map((s) => ` \`${inert(s)}\``).join('')}` : '';
        const issue = {
          description: `${inert(f.message)}${outside}${fix}`,
          check_name: f.ruleId,
          fingerprint,
          severity: SEVERITY[f.severity],
          location: { path: inert(where), lines: { begin: Math.max(1, at.line) } },
        };
        // As one ciSafeJson of the whole array would indent it (no raw newline is inside a JSON string).
        text += `${given++ === 0 ? '\n' : ',\n'}  ${ciSafeJson(issue).replaceAll('\n', '\n  ')}`;
      }
      return text;
    },
    end: () => `${given > 0 ? '\n' : ''}]\n`,
  };
}

export function formatGitlab(report: RunReport, context: FormatContext): string {
  return runStream(gitlabStream(context), report);
}
