import type { RunReport } from '../report.js';
import { diagnose } from '../report.js';
import { ciSafeJson } from './sanitize.js';

/**
 * `--format json`: the run report (version 1) plus the diagnoses. Every finding keeps its own cause id;
 * `diagnoses` groups them as the text output does. JSON.stringify escapes control characters;
 * ciSafeJson writes `##` as `#\u0023` so that a CI runner reads no command in it.
 */
export function formatJson(report: RunReport): string {
  const findings = report.results.flatMap((r) => r.findings);
  const diagnoses = diagnose(findings).map((d) => ({
    source: d.source,
    cause: d.cause,
    title: d.title,
    severity: d.severity,
    line: d.line,
    rules: [...new Set(d.findings.map((f) => f.ruleId))],
    fingerprints: d.findings.map((f) => f.fingerprint),
    evidence: d.evidence,
    ...(d.remediation ? { remediation: d.remediation } : {}),
  }));
  return `${ciSafeJson({ ...report, diagnoses })}\n`;
}
