import { causeTitle } from './causes.js';
import { SEVERITY_RANK, type Evidence, type Finding, type Remediation, type Severity, type SourceResult } from './types.js';

/** The findings of one root cause in one input, shown together. */
export interface Diagnosis {
  readonly source: string;
  readonly cause: string;
  readonly title: string;
  readonly severity: Severity;
  /** The line of the most severe finding (the first of those). */
  readonly line: number;
  readonly findings: readonly Finding[];
  /** Every line that proves it, from all its findings, in line order, each once. */
  readonly evidence: readonly Evidence[];
  readonly remediation?: Remediation;
}

/** The versioned shape of `--format json` and of the library's run result. */
export interface RunReport {
  readonly version: 1;
  readonly tool: { readonly name: 'logcheck'; readonly version: string };
  readonly results: readonly SourceResult[];
}

export function worstSeverity(findings: readonly Finding[]): Severity {
  let worst: Severity = 'note';
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/** Groups findings by input and cause; most severe first, then by line. */
export function diagnose(findings: readonly Finding[]): Diagnosis[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.source}\0${finding.cause}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [finding]);
    else list.push(finding);
  }
  const diagnoses: Diagnosis[] = [];
  for (const list of groups.values()) {
    const severity = worstSeverity(list);
    const lead = list.find((f) => f.severity === severity)!;
    const byLine = new Map<number, Evidence>();
    for (const f of list) {
      for (const e of f.evidence) {
        const had = byLine.get(e.line);
        if (had === undefined || (had.note === undefined && e.note !== undefined)) byLine.set(e.line, e);
      }
    }
    // Findings of one cause share a fix chosen from what the log showed so far (the pbuilder era, the
    // builder): the last one reported knew the most, whatever its severity.
    const remediation = [...list].reverse().find((f) => f.remediation)?.remediation;
    diagnoses.push({
      source: lead.source,
      cause: lead.cause,
      title: causeTitle(lead.cause),
      severity,
      line: lead.line,
      findings: list,
      evidence: [...byLine.values()].sort((a, b) => a.line - b.line),
      ...(remediation ? { remediation } : {}),
    });
  }
  return diagnoses.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.source.localeCompare(b.source) || a.line - b.line);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
