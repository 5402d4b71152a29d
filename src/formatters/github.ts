import { createHash } from 'node:crypto';
import { diagnose, type RunReport } from '../report.js';
import type { Evidence, Finding, Remediation, Severity } from '../types.js';
import type { FormatContext, SideOutput } from './index.js';
import { locate, type LocateOptions } from './locations.js';
import { formatMarkdown } from './markdown.js';
import { inert } from './sanitize.js';
import { formatText } from './text.js';

/**
 * GitHub Actions workflow commands. Sources for the rules below: the runner's ActionCommand parser
 * and the docs on workflow commands and job summaries:
 * - data escapes `%` `\r` `\n`; property values also `:` and `,`; the runner trims property values
 *   and drops empty ones;
 * - at most 10 error, 10 warning and 10 notice annotations are shown per step (50 per job);
 * - the step summary file takes at most 1 MiB.
 */
export const ANNOTATIONS_PER_LEVEL = 10;
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
/** Evidence lines quoted in one annotation; the step summary has them all. */
const EVIDENCE_PER_ANNOTATION = 12;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };
const LEVEL_RANK: Record<AnnotationLevel, number> = { error: 3, warning: 2, notice: 1 };

export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly col?: number;
  readonly message: string;
}

/** `::error title=...,file=...,line=...::message`, properties trimmed and empty ones left out. */
export function command(a: Annotation): string {
  const props: string[] = [];
  const add = (name: string, value: string | number | undefined): void => {
    if (value === undefined) return;
    const trimmed = String(value).trim();
    if (trimmed !== '') props.push(`${name}=${escapeProperty(trimmed)}`);
  };
  add('title', a.title);
  add('file', a.file);
  add('line', a.line);
  add('endLine', a.endLine);
  add('col', a.col);
  return `::${a.level}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(a.message)}`;
}

function evidenceText(evidence: readonly Evidence[], source: string): string[] {
  if (evidence.length === 0) return [];
  const shown = evidence.slice(0, EVIDENCE_PER_ANNOTATION);
  const width = String(shown[shown.length - 1]!.line).length;
  const out = [`Evidence in ${inert(source)}:`];
  for (const e of shown) out.push(`  ${String(e.line).padStart(width)} │ ${inert(e.text)}${e.note ? `   ← ${inert(e.note)}` : ''}`);
  if (evidence.length > shown.length) out.push(`  … ${evidence.length - shown.length} more lines (step summary)`);
  return out;
}

function fixText(r: Remediation | undefined): string[] {
  if (r === undefined) return [];
  return [`Fix: ${inert(r.summary)}`, ...(r.steps ?? []).map((s) => `    ${inert(s)}`)];
}

interface Ranked extends Annotation {
  /** Diagnosis order (most severe first), then order inside it. */
  readonly order: number;
}

/**
 * One annotation per diagnosis, on the log line of its lead finding (with `file=` only when the log
 * is inside the checkout), plus one per finding that points into a repository source file.
 * Ranked by severity, then diagnosis order; identical annotations are given once.
 */
export function annotations(report: RunReport, o: LocateOptions): Annotation[] {
  const diagnoses = diagnose(report.results.flatMap((r) => r.findings));
  const ranked: Ranked[] = [];
  let order = 0;
  for (const d of diagnoses) {
    const lead = d.findings.find((f) => f.line === d.line && f.severity === d.severity) ?? d.findings[0]!;
    const rules = [...new Set(d.findings.map((f) => f.ruleId))];
    const at = locate({ ...lead, location: undefined } as Finding, o);
    ranked.push({
      level: LEVEL[d.severity],
      title: `logcheck: ${inert(d.title)}`,
      ...(at.inRepo ? { file: inert(at.path), line: at.line, ...(at.endLine !== undefined ? { endLine: at.endLine } : {}) } : {}),
      message: [
        ...d.findings.map((f) => `• ${inert(f.message)} [${f.ruleId}]`),
        ...evidenceText(d.evidence, d.source),
        ...fixText(d.remediation),
        ...(at.inRepo ? [] : [`(${inert(d.source)}:${d.line}; rules: ${rules.join(', ')})`]),
      ].join('\n'),
      order: order++,
    });
    for (const f of d.findings) {
      const src = locate(f, o);
      if (src.kind !== 'source') continue;
      ranked.push({
        level: LEVEL[f.severity],
        title: `logcheck: ${inert(d.title)}`,
        file: inert(src.path),
        line: src.line,
        ...(src.column !== undefined ? { col: src.column } : {}),
        message: [`${inert(f.message)} [${f.ruleId}]`, `(log: ${inert(f.source)}:${f.line})`, ...fixText(f.remediation)].join('\n'),
        order: order++,
      });
    }
  }
  ranked.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || a.order - b.order);
  const seen = new Set<string>();
  const out: Annotation[] = [];
  for (const r of ranked) {
    const a: Annotation = { level: r.level, title: r.title, message: r.message, ...(r.file !== undefined ? { file: r.file } : {}), ...(r.line !== undefined ? { line: r.line } : {}), ...(r.endLine !== undefined ? { endLine: r.endLine } : {}), ...(r.col !== undefined ? { col: r.col } : {}) };
    const key = command(a);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/** The top annotations of each level, and what was left out (per level). */
export function selectAnnotations(all: readonly Annotation[]): { shown: Annotation[]; omitted: Record<AnnotationLevel, number> } {
  const count: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const a of all) count[a.level]++;
  const overflow = count.error > ANNOTATIONS_PER_LEVEL || count.warning > ANNOTATIONS_PER_LEVEL || count.notice > ANNOTATIONS_PER_LEVEL;
  // The closing notice is a notice too: keep a place for it so GitHub shows it.
  const limit: Record<AnnotationLevel, number> = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, notice: overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL };
  const taken: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const a of all) {
    if (taken[a.level] < limit[a.level]) { shown.push(a); taken[a.level]++; }
  }
  return { shown, omitted: { error: count.error - taken.error, warning: count.warning - taken.warning, notice: count.notice - taken.notice } };
}

/** The token for `::stop-commands::`: the caller's, or a hash of the report (deterministic). */
export function stopToken(report: RunReport, context: FormatContext): string {
  const token = context.nonce ?? createHash('sha256').update(JSON.stringify(report)).digest('hex').slice(0, 32);
  return `logcheck-${token}`;
}

/**
 * `--format github`: the full text report inside a collapsed log group, with workflow commands
 * switched off around it (`::stop-commands::<token>` ... `::<token>::`) because it quotes log lines;
 * then the annotations, most important first, at most 10 per level; then a notice that counts the
 * rest. The whole list goes to the step summary (see githubSideOutputs).
 */
export function formatGithub(report: RunReport, context: FormatContext): string {
  const o: LocateOptions = { cwd: context.cwd ?? process.cwd(), pathMaps: context.pathMaps ?? [] };
  const all = annotations(report, o);
  const { shown, omitted } = selectAnnotations(all);
  const token = stopToken(report, context);
  const text = formatText(report, { color: false });
  const summaryLine = text.trimEnd().split('\n').pop()!;
  const out = [
    `::group::${escapeData(`logcheck: ${summaryLine}`)}`,
    `::stop-commands::${token}`,
    text.trimEnd(),
    `::${token}::`,
    '::endgroup::',
    ...shown.map(command),
  ];
  const left = omitted.error + omitted.warning + omitted.notice;
  if (left > 0) {
    const where = context.env.GITHUB_STEP_SUMMARY ? 'The step summary lists every diagnosis.' : '`logcheck -f markdown` lists every diagnosis.';
    out.push(command({
      level: 'notice',
      title: 'logcheck: more findings',
      message: `${left} more annotation${left === 1 ? '' : 's'} not shown (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step): ${omitted.error} error, ${omitted.warning} warning, ${omitted.notice} notice. ${where}`,
    }));
  }
  return `${out.join('\n')}\n`;
}

/** The Markdown summary, appended to `$GITHUB_STEP_SUMMARY` when the runner set it. */
export function githubSideOutputs(report: RunReport, context: FormatContext): SideOutput[] {
  const path = context.env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path === '') return [];
  return [{ path, text: formatMarkdown(report, context, { maxBytes: STEP_SUMMARY_MAX_BYTES }), append: true }];
}
