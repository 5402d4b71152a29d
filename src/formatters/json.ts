import type { RunReport } from '../report.js';
import { diagnose } from '../report.js';
import type { RunSummary } from '../summary.js';
import type { SourceResult } from '../types.js';
import { VERSION } from '../version.js';
import { ciSafeJson } from './sanitize.js';
import { aroundHole, HOLE, nested } from './json-pieces.js';
import { memorySpool, runStream, type ReportStream, type Spool } from './stream.js';

/** The diagnoses of one log, as `--format json` and `ndjson` give them. */
function diagnosesOf(result: SourceResult): unknown[] {
  return diagnose(result.findings).map((d) => ({
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
}

/**
 * nested(result, 2) in pieces: the result around its findings, and each finding on its own. One text
 * for a log of many findings cost several copies of it at once (stringify, the escapes, the indent,
 * the UTF-8 bytes: 15 MB of peak RSS for the 834 findings of the mixed bench log).
 */
function* resultChunks(result: SourceResult): Generator<string> {
  if (result.findings.length === 0) {
    yield nested(result, 2);
    return;
  }
  const [before, after] = aroundHole(nested({ ...result, findings: HOLE }, 2), 'findings');
  yield `${before}"findings": [`;
  for (let i = 0; i < result.findings.length; i++) yield `${i === 0 ? '\n' : ',\n'}${nested(result.findings[i], 4)}`;
  yield `\n${'  '.repeat(3)}]${after}`;
}

/** The summary as JSON and NDJSON give it (several logs only). */
function summaryJson(summary: RunSummary): unknown {
  return {
    logs: summary.logs,
    logsWithFindings: summary.logsWithFindings,
    lines: summary.lines,
    findings: summary.findings,
    diagnoses: summary.diagnoses,
    bySeverity: summary.bySeverity,
    causes: summary.causes,
  };
}

/**
 * `--format json`: the run report (version 1) plus the diagnoses. Every finding keeps its own cause id;
 * `diagnoses` groups them as the text output does. JSON.stringify escapes control characters;
 * ciSafeJson writes `##` as `#\u0023` so that a CI runner reads no command in it.
 *
 * Written as the run goes: the head, each log's result once it is checked (JSON.stringify never
 * writes a raw newline inside a string, so indenting the lines nests it exactly as one stringify of
 * the whole would), and the log's diagnoses into `spool`, read back after the last result. With more
 * than one log, a `summary` (the causes counted over all logs) ends the document. The diagnoses come
 * log by log, in input order, each log's most severe first.
 */
export function jsonStream(spool: Spool = memorySpool()): ReportStream {
  let results = 0;
  let diagnoses = 0;
  return {
    begin: () => {
      const head = ciSafeJson({ version: 1, tool: { name: 'logcheck', version: VERSION } });
      return `${head.slice(0, head.lastIndexOf('\n'))},\n  "results": [`;
    },
    result: function* (result) {
      for (const d of diagnosesOf(result)) spool.write(`${diagnoses++ === 0 ? '\n' : ',\n'}${nested(d, 2)}`);
      yield results++ === 0 ? '\n' : ',\n';
      yield* resultChunks(result);
    },
    end: function* (summary) {
      yield `${results > 0 ? '\n  ' : ''}],\n  "diagnoses": [`;
      yield* spool.drain();
      yield `${diagnoses > 0 ? '\n  ' : ''}]`;
      if (summary.logs > 1) yield `,\n  "summary": ${nested(summaryJson(summary), 1).trimStart()}`;
      yield '\n}\n';
    },
  };
}

export function formatJson(report: RunReport): string {
  return runStream(jsonStream(), report);
}

/**
 * `--format ndjson`: one JSON object a line, each written as soon as it is known: `{"type":"run"}`
 * (the report's version and the tool) first, then `{"type":"result"}` per log (its result as in
 * `--format json`, with the log's `diagnoses`), and with more than one log `{"type":"summary"}` last.
 * schemas/logcheck-ndjson.schema.json describes each line.
 */
export function ndjsonStream(): ReportStream {
  const line = (value: unknown): string => `${ciSafeJson(value, 0)}\n`;
  return {
    begin: () => line({ type: 'run', version: 1, tool: { name: 'logcheck', version: VERSION } }),
    // In pieces, as json's results (resultChunks): the line around the findings, then each finding.
    result: function* (result) {
      const [before, after] = aroundHole(line({ type: 'result', ...result, findings: HOLE, diagnoses: diagnosesOf(result) }), 'findings', true);
      yield `${before}"findings":[`;
      for (let i = 0; i < result.findings.length; i++) yield `${i === 0 ? '' : ','}${ciSafeJson(result.findings[i], 0)}`;
      yield `]${after}`;
    },
    end: (summary) => (summary.logs > 1 ? line({ type: 'summary', ...summaryJson(summary) as object }) : ''),
  };
}
