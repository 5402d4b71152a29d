import { causeTitle } from './causes.js';
import { diagnose } from './report.js';
import { SEVERITY_RANK, type Severity, type SourceResult } from './types.js';

/** How many sources a cause's summary names (the first ones, in input order). */
export const SUMMARY_SOURCES = 3;

/** One cause over every log of a run: counts, not findings. */
export interface CauseSummary {
  readonly cause: string;
  readonly title: string;
  readonly severity: Severity;
  /** Logs with at least one finding of this cause. */
  readonly logs: number;
  readonly findings: number;
  /** The first few logs it was found in (input order), at most SUMMARY_SOURCES. */
  readonly sources: readonly string[];
}

/**
 * The end of a run over many logs: what was checked and which causes came up how often, counted as
 * each log's result goes by, so that no finding has to be kept for it (10,000 logs, flat memory).
 */
export interface RunSummary {
  /** Logs checked (read to their end or cut short; a log that could not be opened is not one). */
  readonly logs: number;
  readonly logsWithFindings: number;
  readonly lines: number;
  readonly findings: number;
  readonly diagnoses: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Most severe first, then most logs, then most findings, then cause id. */
  readonly causes: readonly CauseSummary[];
}

interface Counting { cause: string; severity: Severity; logs: number; findings: number; sources: string[] }

/** Counts results one at a time; `summary()` at any point. */
export class SummaryCounter {
  private logs = 0;
  private logsWithFindings = 0;
  private lines = 0;
  private findings = 0;
  private diagnoses = 0;
  private readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  private readonly causes = new Map<string, Counting>();

  add(result: SourceResult): void {
    this.logs++;
    this.lines += result.lines;
    if (result.findings.length > 0) this.logsWithFindings++;
    this.findings += result.findings.length;
    // One diagnosis per cause of a log, as the text output groups them.
    this.diagnoses += diagnose(result.findings).length;
    const seen = new Set<string>();
    for (const f of result.findings) {
      this.bySeverity[f.severity]++;
      let c = this.causes.get(f.cause);
      if (c === undefined) {
        c = { cause: f.cause, severity: f.severity, logs: 0, findings: 0, sources: [] };
        this.causes.set(f.cause, c);
      }
      c.findings++;
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[c.severity]) c.severity = f.severity;
      if (!seen.has(f.cause)) {
        seen.add(f.cause);
        c.logs++;
        if (c.sources.length < SUMMARY_SOURCES) c.sources.push(result.source);
      }
    }
  }

  summary(): RunSummary {
    const causes = [...this.causes.values()]
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.logs - a.logs || b.findings - a.findings || a.cause.localeCompare(b.cause))
      .map((c) => ({ cause: c.cause, title: causeTitle(c.cause), severity: c.severity, logs: c.logs, findings: c.findings, sources: [...c.sources] }));
    return {
      logs: this.logs,
      logsWithFindings: this.logsWithFindings,
      lines: this.lines,
      findings: this.findings,
      diagnoses: this.diagnoses,
      bySeverity: { ...this.bySeverity },
      causes,
    };
  }
}

export function summarize(results: readonly SourceResult[]): RunSummary {
  const counter = new SummaryCounter();
  for (const r of results) counter.add(r);
  return counter.summary();
}
