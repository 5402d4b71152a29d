import Table from 'cli-table3';
import { diagnose, type Diagnosis, type RunReport } from '../report.js';
import { causeTitle } from '../causes.js';
import type { RunSummary } from '../summary.js';
import type { Evidence, Finding, Remediation, Severity, SourceResult } from '../types.js';
import { runStream, type ReportStream } from './stream.js';
import { inert, lineStartSafe } from './sanitize.js';

export interface TextOptions {
  readonly color: boolean;
  /** The one-line answer (build-first-failure's message) is printed above the diagnoses. */
  readonly lead?: boolean;
  /** Longest evidence text shown (characters); longer lines end in `…`. */
  readonly width?: number;
  /**
   * The terminal's width when the output is a terminal; `undefined` into a pipe or a file, where
   * no box characters are drawn (the summary is then one plain line per diagnosis).
   */
  readonly columns?: number;
}

const CODES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], bold: [1, 22], dim: [2, 22], green: [32, 39] } as const;
type Style = keyof typeof CODES;

function paint(o: TextOptions, style: Style, text: string): string {
  if (!o.color) return text;
  const [open, close] = CODES[style];
  return `\x1b[${open}m${text}\x1b[${close}m`;
}

/** The rule whose message is the one-line answer for a failed build. */
const LEAD_RULE = 'build-first-failure';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function evidenceLines(evidence: readonly Evidence[], o: TextOptions): string[] {
  const width = String(evidence[evidence.length - 1]?.line ?? 0).length;
  return evidence.map((e) => {
    const number = paint(o, 'dim', `${String(e.line).padStart(width)} │`);
    const note = e.note ? paint(o, 'dim', `   ← ${inert(e.note)}`) : '';
    return `    ${number} ${clip(inert(e.text), o.width ?? 140)}${note}`;
  });
}

function remediationLines(r: Remediation | undefined, o: TextOptions): string[] {
  if (r === undefined) return [];
  return [
    `  ${paint(o, 'green', 'fix:')} ${inert(r.summary)}`,
    // A step may be a short makefile snippet (`override_dh_auto_test:\n\tdh_auto_test ...`): one line each,
    // with its tab, rather than a `\x0a` that no one can paste.
    ...(r.steps ?? []).flatMap((s) => s.split('\n')).map((s) => `      ${paint(o, 'bold', lineStartSafe(inert(s)))}`),
  ];
}

function heading(source: string, line: number, severity: Severity, title: string, rules: readonly string[], o: TextOptions): string {
  // The name starts the line: a file named `::error::x.log` (or such a --label) must not be a GitHub command.
  const where = paint(o, 'bold', `${lineStartSafe(inert(source))}:${line}:`);
  return `${where} ${paint(o, SEVERITY_STYLE[severity], severity)}: ${paint(o, 'bold', inert(title))}  ${paint(o, 'dim', `[${rules.join(', ')}]`)}`;
}

/** One diagnosis: its cause, what each symptom says, every line of proof, and the fix. */
export function formatDiagnosis(d: Diagnosis, o: TextOptions): string {
  const rules = [...new Set(d.findings.map((f) => f.ruleId))];
  // build-first-failure's message is the headline printed above the diagnoses (formatLead): not again as a bullet.
  const bullets = d.findings.filter((f) => f.ruleId !== LEAD_RULE || d.findings.length === 1 && o.lead !== true);
  return [
    heading(d.source, d.line, d.severity, d.title, rules, o),
    ...bullets.map((f) => `  ${paint(o, SEVERITY_STYLE[f.severity], '•')} ${inert(f.message)}`),
    ...evidenceLines(d.evidence, o),
    ...remediationLines(d.remediation, o),
    '',
  ].join('\n');
}

/**
 * A finding printed the moment it is certain (reading a pipe). `continues` is true when an earlier
 * finding of the same input already opened this cause: then it is shown as more evidence for it.
 */
export function formatLiveFinding(f: Finding, continues: boolean, o: TextOptions): string {
  const title = continues ? `more evidence: ${causeTitle(f.cause)}` : causeTitle(f.cause);
  return [
    heading(f.source, f.line, f.severity, title, [f.ruleId], o),
    `  ${paint(o, SEVERITY_STYLE[f.severity], '•')} ${inert(f.message)}`,
    ...evidenceLines(f.evidence, o),
    // The fix belongs to the diagnosis: shown with its first finding only. If later findings of the
    // same cause knew more (the builder, its version), the closing summary gives the final fix once.
    ...(continues ? [] : remediationLines(f.remediation, o)),
    '',
  ].join('\n');
}

/**
 * After live output: for each diagnosis whose fix differs from the one its first finding showed (a later
 * line told more), the final fix, once.
 */
function updatedFixes(diagnoses: readonly Diagnosis[], o: TextOptions): string[] {
  const out: string[] = [];
  for (const d of diagnoses) {
    const shown = d.findings[0]?.remediation;
    if (d.remediation === undefined || (shown !== undefined && shown.summary === d.remediation.summary && (shown.steps ?? []).join('\n') === (d.remediation.steps ?? []).join('\n'))) continue;
    out.push(`${paint(o, 'bold', `${inert(d.source)}:${d.line}:`)} ${paint(o, 'bold', inert(d.title))}: the fix, with all the log showed`, ...remediationLines(d.remediation, o), '');
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Several diagnoses, one row each. On a terminal a table sized to its width (log names and rule ids
 * are never cut: their columns are as wide as the longest, and the cause title wraps); into a pipe,
 * or on a terminal too narrow for that, plain aligned lines.
 */
function summaryTable(diagnoses: readonly Diagnosis[], o: TextOptions): string {
  const rows = diagnoses.map((d) => ({
    severity: d.severity,
    title: inert(d.title),
    where: `${inert(d.source)}:${d.line}`,
    rules: [...new Set(d.findings.map((f) => f.ruleId))],
  }));
  const whereWidth = Math.max(5, ...rows.map((r) => r.where.length));
  const rulesWidth = Math.max(5, ...rows.flatMap((r) => r.rules.map((id) => id.length)));
  // │ severity │ cause │ where │ rules │: 5 borders, each column's width counts its padding (2).
  const titleWidth = o.columns === undefined ? 0 : o.columns - 5 - 10 - (whereWidth + 2) - (rulesWidth + 2);
  if (titleWidth >= 20) {
    // cli-table3 colours borders even into pipes and ignores NO_COLOR: no styles, we colour cells.
    const table = new Table({ head: ['severity', 'cause', 'where', 'rules'], style: { head: [], border: [] }, wordWrap: true, colWidths: [10, titleWidth, whereWidth + 2, rulesWidth + 2] });
    for (const r of rows) table.push([paint(o, SEVERITY_STYLE[r.severity], r.severity), r.title, r.where, r.rules.join('\n')]);
    return table.toString();
  }
  if (o.columns === undefined) {
    return rows.map((r) => `  ${paint(o, SEVERITY_STYLE[r.severity], r.severity.padEnd(7))}  ${r.where}  ${r.title}  ${paint(o, 'dim', `[${r.rules.join(', ')}]`)}`).join('\n');
  }
  // A terminal too narrow for the table: each diagnosis stacked, its words wrapped to the width.
  return rows.map((r) => [
    `${paint(o, SEVERITY_STYLE[r.severity], r.severity.padEnd(7))}  ${r.where}`,
    ...wrap(r.title, o.columns! - 9).map((l) => `         ${l}`),
    ...wrap(r.rules.join(', '), o.columns! - 9).map((l) => `         ${paint(o, 'dim', l)}`),
  ].join('\n')).join('\n');
}

/** Words in lines of at most `width` characters (a longer word stays whole on its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else { lines.push(line); line = word; }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The most diagnoses the closing table lists (over more, the causes' summary stands alone). */
export const TABLE_MAX = 100;

/** What a log's result says besides its findings: the findings past the limit, suppressed or known. */
function resultNotes(result: SourceResult): string[] {
  const out: string[] = [];
  // Findings past --max-findings-per-rule were counted, not kept: say so.
  for (const o of result.omitted ?? []) {
    out.push(`${lineStartSafe(inert(result.source))}: ${o.count} more ${o.ruleId} finding${o.count === 1 ? '' : 's'} not listed (--max-findings-per-rule raises the limit).`);
  }
  // Suppressions and the baseline are never silent.
  for (const s of result.suppressed ?? []) {
    out.push(`${inert(result.source)}: ${plural(s.count, `${s.ruleId} finding`)} suppressed (${inert(s.reason)}).`);
  }
  if (result.known !== undefined && result.known > 0) out.push(`${inert(result.source)}: ${plural(result.known, 'known finding')} not reported (in the baseline).`);
  return out;
}

/** The one-line answer for a failed build, from its `build-first-failure` finding; `named`: with the log's name. */
function leadLine(result: SourceResult, named: boolean, o: TextOptions): string | undefined {
  const primary = result.findings.find((f) => f.ruleId === LEAD_RULE);
  if (primary === undefined) return undefined;
  const where = named ? `${paint(o, 'bold', `${lineStartSafe(inert(result.source))}:`)} ` : '';
  return `${where}${paint(o, 'bold', inert(primary.message))}`;
}

/**
 * Several logs: each cause once, with how many logs and findings showed it and the first few logs,
 * from the run's counts (no finding kept for it).
 */
export function formatCauseSummary(summary: RunSummary, o: TextOptions): string[] {
  if (summary.causes.length === 0) return [];
  const out = [`Causes over ${plural(summary.logs, 'log')} checked (${summary.logsWithFindings} with findings):`];
  // On a terminal the lines wrap to its width (a log's name stays whole); into a pipe, one line each.
  const fit = (text: string): string[] => (o.columns === undefined ? [text] : wrap(text, Math.max(20, o.columns - 11)));
  for (const c of summary.causes) {
    const more = c.logs > c.sources.length ? ', …' : '';
    const [first, ...rest] = fit(inert(c.title));
    out.push(`  ${paint(o, SEVERITY_STYLE[c.severity], c.severity.padEnd(7))}  ${first}`, ...rest.map((l) => `           ${l}`));
    out.push(...fit(`${plural(c.logs, 'log')}, ${plural(c.findings, 'finding')}: ${c.sources.map((s) => inert(s)).join(', ')}${more}`).map((l) => `           ${paint(o, 'dim', l)}`));
  }
  return out;
}

function totals(summary: RunSummary): string {
  if (summary.findings === 0) return `No problems found in ${plural(summary.logs, 'log')} (${plural(summary.lines, 'line')}).`;
  const counts = summary.bySeverity;
  return `${plural(summary.diagnoses, 'diagnosis').replace('diagnosiss', 'diagnoses')} from ${plural(summary.findings, 'finding')} (${counts.error} error, ${counts.warning} warning, ${counts.note} note) in ${plural(summary.logs, 'log')}.`;
}

/**
 * The text report as the run goes: each log's one-line answer and diagnoses once it is checked (after
 * live output: only the fixes a later line changed), then the closing lines. One log (`inputs` 1) ends
 * as it always did, with a table of its diagnoses and its notes; several logs end with the causes
 * counted over all of them, each log's notes printed after its diagnoses.
 */
export function textStream(o: TextOptions, inputs: number, liveShown = false): ReportStream {
  const single = inputs <= 1;
  // The closing table of diagnoses: kept while it stays short (a table of 10,000 logs' diagnoses is
  // read by no one, and would hold memory); one log's notes wait for the end, after the table.
  let table: Diagnosis[] | undefined = [];
  const notesKept: string[] = [];
  return {
    begin: () => '',
    result: (result) => {
      const diagnoses = diagnose(result.findings);
      const notes = resultNotes(result);
      const parts: string[] = [];
      if (liveShown) {
        const fixes = updatedFixes(diagnoses, o);
        if (fixes.length > 0) parts.push(`${fixes.join('\n')}\n`);
      } else {
        const lead = leadLine(result, !single, o);
        if (lead !== undefined) parts.push(`${lead}\n\n`);
        for (const d of diagnoses) parts.push(`${formatDiagnosis(d, { ...o, lead: lead !== undefined })}\n`);
      }
      if (table !== undefined) {
        // Only what a row shows: the findings of a diagnosis are not kept for it.
        table.push(...diagnoses.map((d) => ({ source: d.source, cause: d.cause, title: d.title, severity: d.severity, line: d.line, findings: d.findings.map((f) => ({ ruleId: f.ruleId }) as Finding), evidence: [] })));
        if (table.length > TABLE_MAX) table = undefined;
      }
      if (single) notesKept.push(...notes);
      else if (notes.length > 0) parts.push(`${notes.join('\n')}\n`);
      return parts.join('');
    },
    end: (summary) => {
      const out: string[] = [];
      if (table !== undefined && table.length > 1) out.push(summaryTable(table, o));
      out.push(...notesKept);
      if (summary.logs > 1) out.push(...formatCauseSummary(summary, o));
      out.push(totals(summary));
      return `${out.join('\n')}\n`;
    },
  };
}

/** The whole text report at once (reading files): each log's one-line answer and diagnoses, then the summary. */
export function formatText(report: RunReport, o: TextOptions, liveShown = false): string {
  return runStream(textStream(o, report.results.length, liveShown), report);
}
