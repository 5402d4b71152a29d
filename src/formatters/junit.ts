import { causeTitle } from '../causes.js';
import type { RunReport } from '../report.js';
import { SEVERITY_RANK, type Finding } from '../types.js';
import type { FormatContext } from './index.js';
import { locate, locateOptions } from './locations.js';
import { inert } from './sanitize.js';
import { memorySpool, runStream, type ReportStream, type Spool } from './stream.js';

// XML 1.0 allows tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and the supplementary planes, nothing
// else: one ESC from a coloured log line makes the whole file unreadable. inert() has already made
// control characters visible; this catches what is left (lone surrogates, U+FFFE, U+FFFF).
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text for XML content or a double-quoted attribute. */
export function xml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** An attribute value: also no raw newlines or tabs (parsers normalize them to spaces). */
function attr(text: string): string {
  return xml(text).replaceAll('\n', '&#10;').replaceAll('\r', '&#13;').replaceAll('\t', '&#9;');
}

/** The failure body. Every line starts with our text or a line number, never with log text. */
function body(f: Finding, logPath: string): string {
  const out = [`${f.ruleId} (${f.severity}): ${inert(f.message)}`];
  if (f.evidence.length) {
    out.push(`evidence in ${inert(logPath)}:`);
    const width = String(f.evidence[f.evidence.length - 1]!.line).length;
    for (const e of f.evidence) out.push(`  ${String(e.line).padStart(width)} | ${inert(e.text)}${e.note ? `   <- ${inert(e.note)}` : ''}`);
  }
  if (f.remediation) {
    out.push(`fix: ${inert(f.remediation.summary)}`);
    for (const s of f.remediation.steps ?? []) out.push(`  - ${inert(s)}`);
  }
  return out.join('\n');
}

/**
 * `--format junit`: one test suite per log, one test case per finding. Jenkins' `junit` step marks
 * the build UNSTABLE for any `<failure>` and GitLab counts it as failed, so a finding is a
 * `<failure>` only when it is at or above `--fail-on` (default error), exactly when logcheck exits 1;
 * the others pass with their text in `<system-out>`. Test names are the rule and its cause, never a
 * line number (Jenkins and GitLab key test history on classname + name, so a line shift would make a
 * new test): the second finding of one rule in a log is `... #2`. A log without findings gets one
 * passing case, so CI servers that reject empty reports (Jenkins) accept it.
 */
export function junitStream(context: FormatContext, spool: Spool = memorySpool()): ReportStream {
  const o = locateOptions(context, 'CI_PROJECT_DIR');
  const threshold = SEVERITY_RANK[context.failOn ?? 'error'];
  let tests = 0;
  let failures = 0;
  let suites = 0;
  return {
    begin: () => '',
    // Each log's suite is spooled once it is checked (memory does not grow with the logs); the totals,
    // which the first element carries, are known at the end.
    result: (r) => {
      const cases: string[] = [];
      const names = new Map<string, number>();
      let suiteFailures = 0;
      for (const f of r.findings) {
        const at = locate(f, o);
        const log = locate({ ...f, location: undefined }, o);
        const base = `${f.ruleId}: ${causeTitle(f.cause)}`;
        const seen = (names.get(base) ?? 0) + 1;
        names.set(base, seen);
        const name = seen === 1 ? base : `${base} #${seen}`;
        const open = `    <testcase name="${attr(inert(name))}" classname="logcheck.${attr(f.ruleId)}" file="${attr(inert(at.path))}" line="${at.line}">`;
        if (SEVERITY_RANK[f.severity] < threshold) {
          cases.push(`${open}\n      <system-out>${xml(body(f, log.path))}</system-out>\n    </testcase>`);
        } else {
          suiteFailures++;
          cases.push(`${open}\n      <failure type="${f.severity}" message="${attr(inert(f.message))}">${xml(body(f, log.path))}</failure>\n    </testcase>`);
        }
      }
      if (cases.length === 0) cases.push(`    <testcase name="no findings" classname="logcheck" file="${attr(inert(r.source))}"/>`);
      tests += cases.length;
      failures += suiteFailures;
      // Findings past --max-findings-per-rule were counted, not kept: the suite's own output says so.
      const omitted = (r.omitted ?? []).map((o) => `${o.count} more ${o.ruleId} finding${o.count === 1 ? '' : 's'} not listed (--max-findings-per-rule raises the limit).`);
      const out = omitted.length > 0 ? `\n    <system-out>${xml(omitted.join('\n'))}</system-out>` : '';
      spool.write(`${suites++ === 0 ? '' : '\n'}  <testsuite name="${attr(inert(r.source))}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}${out}\n  </testsuite>`);
      return '';
    },
    end: function* () {
      yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="logcheck" tests="${tests}" failures="${failures}" errors="0">\n`;
      yield* spool.drain();
      yield '\n</testsuites>\n';
    },
  };
}

export function formatJunit(report: RunReport, context: FormatContext): string {
  return runStream(junitStream(context), report);
}
