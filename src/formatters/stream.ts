import type { RunReport } from '../report.js';
import { summarize, type RunSummary } from '../summary.js';
import type { SourceResult } from '../types.js';

/** What a streaming format gives at a step: one text, or several (a spooled part read back in pieces). */
export type Chunks = string | Iterable<string>;

/**
 * A format that writes as the run goes: `begin` before the first log, `result` once per log as soon as
 * it is checked (in input order; the log's findings may be dropped after it), `end` with the counts
 * of the whole run. `final` of such a format is the three steps over a finished report, so each
 * format has one implementation.
 */
export interface ReportStream {
  begin(): string;
  result(result: SourceResult): Chunks;
  end(summary: RunSummary): Chunks;
}

/**
 * Text a format must give after everything it streams (JSON's `diagnoses` follow all `results`): kept
 * in a temporary file by the CLI, in memory for the library's `final`.
 */
export interface Spool {
  write(text: string): void;
  /** Everything written, in pieces; then the spool is gone. */
  drain(): Iterable<string>;
}

export function memorySpool(): Spool {
  let parts: string[] = [];
  return {
    write: (text) => { parts.push(text); },
    drain: () => { const all = parts; parts = []; return all; },
  };
}

export function joinChunks(chunks: Chunks): string {
  return typeof chunks === 'string' ? chunks : [...chunks].join('');
}

/** The whole report at once from a streaming format (the library, the tests, the golden files). */
export function runStream(stream: ReportStream, report: RunReport, summary: RunSummary = summarize(report.results)): string {
  let text = stream.begin();
  for (const r of report.results) text += joinChunks(stream.result(r));
  return text + joinChunks(stream.end(summary));
}
