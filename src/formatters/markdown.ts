import { countBySeverity, diagnose, type Diagnosis, type RunReport } from '../report.js';
import type { FormatContext } from './index.js';
import { locate, locateOptions } from './locations.js';
import { inert } from './sanitize.js';

/**
 * Log text as Markdown text: inert first (no escapes, no control characters, so no newlines), then
 * every character Markdown or GFM gives a meaning escaped. `#`, `>`, `-`, `+`, `1.` only matter at
 * the start of a line, but the text may land there inside a list item, so they are escaped anywhere
 * (`#`, `>`) or at the start (`-`, `+`, digits with `.`/`)`). `<` and `&` become entities, so no
 * HTML or entity can be written; `|` is escaped for tables.
 */
export function mdText(text: string): string {
  let s = inert(text)
    .replace(/[\\`*_[\]#|~>]/g, (c) => `\\${c}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;');
  if (/^[-+=]/.test(s)) s = `\\${s}`;
  s = s.replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}

/**
 * Log text as an inline code span: the fence is one backtick longer than the longest run inside,
 * padded when the text starts or ends with a backtick. In a table cell pipes are escaped: GFM splits
 * cells on `|` before it reads code spans, and reads `\|` as `|` inside them (elsewhere `\|` would show).
 */
export function mdCode(text: string, inTable = false): string {
  const plain = inert(text);
  const s = inTable ? plain.replaceAll('|', '\\|') : plain;
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || s === '' ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function where(d: Diagnosis, context: FormatContext, inTable: boolean): string {
  const loc = locate(d.findings.find((f) => f.line === d.line) ?? d.findings[0]!, locateOptions(context));
  return mdCode(`${loc.path}:${loc.line}`, inTable);
}

function rulesOf(d: Diagnosis): string[] {
  return [...new Set(d.findings.map((f) => f.ruleId))];
}

/** One diagnosis: heading, what each finding says, every line of proof, the fix. */
function section(d: Diagnosis, index: number, context: FormatContext): string {
  const out = [
    `### ${index}. ${d.severity}: ${mdText(d.title)}`,
    '',
    `${where(d, context, false)} · ${rulesOf(d).map((r) => mdCode(r)).join(', ')}`,
    '',
    ...d.findings.map((f) => `- ${mdText(f.message)}`),
    '',
  ];
  if (d.evidence.length > 0) {
    out.push('| Line | Evidence | Note |', '|---:|---|---|');
    for (const e of d.evidence) out.push(`| ${e.line} | ${mdCode(e.text, true)} | ${e.note ? mdText(e.note) : ''} |`);
    out.push('');
  }
  if (d.remediation) {
    out.push(`**Fix:** ${mdText(d.remediation.summary)}`, '');
    // Steps as code spans in a list: no line starts with log-derived text (a runner reads `::` there).
    for (const step of d.remediation.steps ?? []) out.push(`- ${mdCode(step)}`);
    if (d.remediation.steps?.length) out.push('');
  }
  return `${out.join('\n')}\n`;
}

export interface MarkdownOptions {
  /** Largest output in bytes (GitHub takes 1 MiB per step summary); what does not fit is counted in a note. */
  readonly maxBytes?: number;
}

/**
 * The report as Markdown: a heading with the totals, a table of diagnoses, then one section per
 * diagnosis. Used for `--format markdown` and for GitHub's step summary.
 */
export function formatMarkdown(report: RunReport, context: FormatContext, options: MarkdownOptions = {}): string {
  const findings = report.results.flatMap((r) => r.findings);
  const diagnoses = diagnose(findings);
  const counts = countBySeverity(findings);
  const logs = plural(report.results.length, 'log');
  if (diagnoses.length === 0) {
    const lines = report.results.reduce((n, r) => n + r.lines, 0);
    return `## logcheck: no problems found\n\n${logs}, ${plural(lines, 'line')} read.\n`;
  }
  // Findings past --max-findings-per-rule were counted, not kept: say so under the heading.
  const omitted = report.results.flatMap((r) => (r.omitted ?? []).map((o) => `${o.count} more ${mdCode(o.ruleId, false)} in ${mdText(r.source)}`));
  const head = [
    `## logcheck: ${plural(diagnoses.length, 'diagnosis', 'diagnoses')} (${counts.error} error, ${counts.warning} warning, ${counts.note} note) in ${logs}`,
    '',
    ...(omitted.length > 0 ? [`Not listed (over --max-findings-per-rule): ${omitted.join('; ')}.`, ''] : []),
    ...dropped(report),
    '| Severity | Diagnosis | Where | Rules |',
    '|---|---|---|---|',
  ].join('\n');
  const rows = diagnoses.map((d) => `| ${d.severity} | ${mdText(d.title)} | ${where(d, context, true)} | ${rulesOf(d).map((r) => mdCode(r, true)).join(' ')} |`);
  const sections = diagnoses.map((d, i) => section(d, i + 1, context));

  const max = options.maxBytes ?? Infinity;
  // Room for the closing note, whatever the numbers in it.
  const reserve = 200;
  let size = Buffer.byteLength(head) + 1;
  const parts: string[] = [head];
  let shownRows = 0;
  for (const row of rows) {
    const cost = Buffer.byteLength(row) + 1;
    if (size + cost > max - reserve) break;
    parts.push(row);
    size += cost;
    shownRows++;
  }
  parts.push('');
  size += 1;
  let shownSections = 0;
  if (shownRows === rows.length) {
    for (const s of sections) {
      const cost = Buffer.byteLength(s) + 1;
      if (size + cost > max - reserve) break;
      parts.push(s);
      size += cost;
      shownSections++;
    }
  }
  if (shownSections < sections.length) {
    const left = diagnoses.length - shownSections;
    parts.push(`> Cut to fit the ${Math.floor(max / 1024)} KiB limit: ${plural(left, 'diagnosis', 'diagnoses')} not shown in detail${shownRows < rows.length ? ` (${rows.length - shownRows} not in the table)` : ''}. \`logcheck -f json\` gives every finding.`, '');
  }
  return parts.join('\n');
}

/** Suppressed and baseline-known findings, counted (never silent). */
function dropped(report: RunReport): string[] {
  const parts = report.results.flatMap((r) => [
    ...(r.suppressed ?? []).map((s) => `${s.count} ${mdCode(s.ruleId, false)} suppressed in ${mdText(r.source)} (${mdText(s.reason)})`),
    ...(r.known ? [`${r.known} known (baseline) in ${mdText(r.source)}`] : []),
  ]);
  return parts.length > 0 ? [`Not reported: ${parts.join('; ')}.`, ''] : [];
}
