import { createHash } from 'node:crypto';
import { causeTitle } from '../causes.js';
import { diagnose, worstSeverity, type RunReport } from '../report.js';
import type { Evidence, Finding, Remediation, Severity } from '../types.js';
import type { FormatContext, SideOutput } from './index.js';
import { locate, locateOptions, type LocateOptions } from './locations.js';
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
/**
 * The runner keeps the first 4,096 characters (UTF-16 code units) of an annotation's message and
 * drops the rest (actions/runner src/Runner.Worker/ExecutionContext.cs, AddIssue:
 * `_maxIssueMessageLength = 4096`, `issue.Message[.._maxIssueMessageLength]`). The fix comes last,
 * so messages are fitted here, evidence cut first, never the fix.
 */
export const MESSAGE_MAX_CHARS = 4096;
/** Evidence lines quoted in one annotation; the step summary has them all. */
const EVIDENCE_PER_ANNOTATION = 12;
/** One quoted log line or message line in an annotation (a 6,000-character line would fill it). */
const LINE_MAX_CHARS = 300;

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

/**
 * `::error title=...,file=...,line=...::message`. The runner does not trim values but splits on `=`
 * dropping empty parts, so an empty value would vanish anyway: values are trimmed and empty ones
 * left out here (actions/runner src/Runner.Common/ActionCommand.cs, TryParseV2).
 */
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

function clipLine(text: string, max = LINE_MAX_CHARS): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in two.
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
  return `${text.slice(0, cut)}…`;
}

function evidenceLines(evidence: readonly Evidence[]): string[] {
  if (evidence.length === 0) return [];
  const width = String(evidence[evidence.length - 1]!.line).length;
  return evidence.map((e) => clipLine(`  ${String(e.line).padStart(width)} │ ${inert(e.text)}${e.note ? `   ← ${inert(e.note)}` : ''}`));
}

function fixText(r: Remediation | undefined): string[] {
  if (r === undefined) return [];
  return [`Fix: ${inert(r.summary)}`, ...(r.steps ?? []).map((s) => `    ${inert(s)}`)];
}

/**
 * The message of one annotation, at most `max` characters: what was found, the evidence, the fix,
 * then where. When it does not fit, evidence lines go first (a line saying how many), then the
 * later finding lines; the fix and the closing line stay. Only a fix longer than the whole cap is cut.
 */
export function fitMessage(parts: { findings: readonly string[]; evidence: readonly string[]; evidenceSource: string; fix: readonly string[]; trailer: readonly string[] }, max = MESSAGE_MAX_CHARS): string {
  const length = (lines: readonly string[]): number => lines.reduce((n, l) => n + l.length + 1, 0);
  const tail = [...parts.fix, ...parts.trailer];
  let budget = max - length(tail);
  if (budget < 0) {
    // A fix alone over the cap: keep its start, which names what to change.
    return clipLine(tail.join('\n'), max);
  }
  const head: string[] = [];
  for (const [i, line] of parts.findings.entries()) {
    // A finding line is cut only when it is very long (a message quoting a huge log line).
    const clipped = clipLine(line, 1000);
    const left = parts.findings.length - i - 1;
    const more = left > 0 ? `(and ${left} more: step summary)` : '';
    if (clipped.length + 1 + (left > 0 ? more.length + 1 : 0) <= budget) { head.push(clipped); budget -= clipped.length + 1; continue; }
    const rest = `(and ${parts.findings.length - i} more: step summary)`;
    if (rest.length + 1 <= budget) { head.push(rest); budget -= rest.length + 1; }
    break;
  }
  const shown: string[] = [];
  const all = parts.evidence;
  if (all.length > 0) {
    const intro = `Evidence in ${inert(parts.evidenceSource)}:`;
    const limit = Math.min(all.length, EVIDENCE_PER_ANNOTATION);
    const moreLine = (n: number): string => `  … ${n} more line${n === 1 ? '' : 's'} (step summary)`;
    let room = budget - intro.length - 1;
    let taken = 0;
    for (; taken < limit; taken++) {
      const after = all.length - taken - 1;
      const need = all[taken]!.length + 1 + (after > 0 ? moreLine(after).length + 1 : 0);
      if (need > room) break;
      shown.push(all[taken]!);
      room -= all[taken]!.length + 1;
    }
    if (taken > 0 || moreLine(all.length).length + 1 <= room) {
      if (taken < all.length) shown.push(moreLine(all.length - taken));
      shown.unshift(intro);
    }
  }
  return [...head, ...shown, ...tail].join('\n');
}

/** One annotation before it is fitted and ranked: where it lands and what it says. */
interface Candidate {
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly col?: number;
  /** One place, one annotation: the repository file and line, or the log and line. */
  readonly place: string;
  readonly findings: string[];
  readonly evidence: string[];
  evidenceSource: string;
  fix: string[];
  readonly trailer: string[];
  readonly order: number;
}

function finish(c: Candidate): Annotation {
  const message = fitMessage({ findings: c.findings, evidence: c.evidence, evidenceSource: c.evidenceSource, fix: c.fix, trailer: c.trailer });
  return {
    level: c.level,
    title: c.title,
    ...(c.file !== undefined ? { file: c.file } : {}),
    ...(c.line !== undefined ? { line: c.line } : {}),
    ...(c.endLine !== undefined ? { endLine: c.endLine } : {}),
    ...(c.col !== undefined ? { col: c.col } : {}),
    message,
  };
}

/** The annotation(s) for one finding on its own (live), or for one diagnosis (`lead` + all its findings). */
function candidatesFor(title: string, findings: readonly Finding[], lead: Finding, evidence: readonly Evidence[], remediation: Remediation | undefined, o: LocateOptions, order: () => number): Candidate[] {
  const out: Candidate[] = [];
  const at = locate({ ...lead, location: undefined } as Finding, o);
  const rules = [...new Set(findings.map((f) => f.ruleId))];
  out.push({
    level: LEVEL[worstSeverity(findings)],
    title: `logcheck: ${inert(title)}`,
    ...(at.inRepo ? { file: inert(at.path), line: at.line, ...(at.endLine !== undefined ? { endLine: at.endLine } : {}) } : {}),
    place: at.inRepo ? `file\0${at.path}\0${at.line}` : `log\0${lead.source}\0${lead.line}`,
    findings: findings.map((f) => `• ${inert(f.message)} [${f.ruleId}]`),
    evidence: evidenceLines(evidence),
    evidenceSource: lead.source,
    fix: fixText(remediation),
    trailer: at.inRepo ? [] : [`(${inert(lead.source)}:${lead.line}; rules: ${rules.join(', ')})`],
    order: order(),
  });
  for (const f of findings) {
    const src = locate(f, o);
    if (src.kind !== 'source' || !src.inRepo) continue;
    out.push({
      level: LEVEL[f.severity],
      title: `logcheck: ${inert(title)}`,
      file: inert(src.path),
      line: src.line,
      ...(src.column !== undefined ? { col: src.column } : {}),
      place: `file\0${src.path}\0${src.line}\0${src.column ?? ''}`,
      findings: [`• ${inert(f.message)} [${f.ruleId}]`],
      evidence: [],
      evidenceSource: f.source,
      fix: fixText(f.remediation),
      trailer: [`(log: ${inert(f.source)}:${f.line})`],
      order: order(),
    });
  }
  return out;
}

/** Folds a candidate into one already at its place: the finding lines, evidence and a fix it lacked. */
function merge(into: Candidate, c: Candidate): void {
  for (const l of c.findings) if (!into.findings.includes(l)) into.findings.push(l);
  for (const l of c.evidence) if (!into.evidence.includes(l)) into.evidence.push(l);
  if (into.fix.length === 0) into.fix = c.fix;
}

/**
 * One annotation per place: per diagnosis on the log line of its lead finding (with `file=` only
 * when the log is in the commit), plus one per finding that points into a repository source file.
 * Ranked by severity, then diagnosis order; candidates at one place (`compiler-error` and
 * `build-first-failure` at `main.c:20:12`) become one annotation, so they spend one of the 10.
 */
export function annotations(report: RunReport, o: LocateOptions): Annotation[] {
  const diagnoses = diagnose(report.results.flatMap((r) => r.findings));
  let n = 0;
  const order = (): number => n++;
  const ranked: Candidate[] = [];
  for (const d of diagnoses) {
    const lead = d.findings.find((f) => f.line === d.line && f.severity === d.severity) ?? d.findings[0]!;
    ranked.push(...candidatesFor(d.title, d.findings, lead, d.evidence, d.remediation, o, order));
  }
  ranked.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || a.order - b.order);
  const byPlace = new Map<string, Candidate>();
  for (const c of ranked) {
    const had = byPlace.get(c.place);
    if (had === undefined) byPlace.set(c.place, c);
    else merge(had, c);
  }
  return [...byPlace.values()].map(finish);
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
 * Annotations as findings arrive (`--tee -f github`, a pipe): each finding is annotated the moment
 * it is certain, once per place, at most 10 per level (9 notices: the last place is for the closing
 * notice, which cannot know yet whether it will be needed). The final output replays the same
 * choices over the report to count what was left out.
 */
export class LiveAnnotations {
  private readonly places = new Set<string>();
  private readonly taken: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  readonly omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  private n = 0;

  constructor(private readonly o: LocateOptions) {}

  add(f: Finding): Annotation[] {
    const out: Annotation[] = [];
    for (const c of candidatesFor(causeTitle(f.cause), [f], f, f.evidence, f.remediation, this.o, () => this.n++)) {
      if (this.places.has(c.place)) continue;
      this.places.add(c.place);
      const limit = c.level === 'notice' ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL;
      if (this.taken[c.level] < limit) { this.taken[c.level]++; out.push(finish(c)); } else this.omitted[c.level]++;
    }
    return out;
  }
}

/** `-f github` reading a pipe: the annotation commands for one finding, as it arrives. */
export function githubLiveSession(context: FormatContext): (finding: Finding) => string {
  const live = new LiveAnnotations(locateOptions(context, 'GITHUB_WORKSPACE'));
  return (finding) => live.add(finding).map((a) => `${command(a)}\n`).join('');
}

function closingNotice(omitted: Record<AnnotationLevel, number>, context: FormatContext): string[] {
  const left = omitted.error + omitted.warning + omitted.notice;
  if (left === 0) return [];
  const where = context.env.GITHUB_STEP_SUMMARY ? 'The step summary lists every diagnosis.' : '`logcheck -f markdown` lists every diagnosis.';
  return [command({
    level: 'notice',
    title: 'logcheck: more findings',
    message: `${left} more annotation${left === 1 ? '' : 's'} not shown (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step): ${omitted.error} error, ${omitted.warning} warning, ${omitted.notice} notice. ${where}`,
  })];
}

/**
 * `--format github`: the full text report inside a collapsed log group, with workflow commands
 * switched off around it (`::stop-commands::<token>` ... `::<token>::`) because it quotes log lines;
 * then the annotations, most important first, at most 10 per level; then a notice that counts the
 * rest. The whole list goes to the step summary (see githubSideOutputs). With `liveShown` the
 * annotations were printed as the findings came (githubLiveSession): only the closing notice is left.
 */
export function formatGithub(report: RunReport, context: FormatContext, liveShown = false): string {
  const o = locateOptions(context, 'GITHUB_WORKSPACE');
  const token = stopToken(report, context);
  const text = formatText(report, { color: false });
  const summaryLine = text.trimEnd().split('\n').pop()!;
  const out = [
    `::group::${escapeData(`logcheck: ${summaryLine}`)}`,
    `::stop-commands::${token}`,
    text.trimEnd(),
    `::${token}::`,
    '::endgroup::',
  ];
  if (liveShown) {
    const replay = new LiveAnnotations(o);
    for (const f of report.results.flatMap((r) => r.findings)) replay.add(f);
    out.push(...closingNotice(replay.omitted, context));
  } else {
    const { shown, omitted } = selectAnnotations(annotations(report, o));
    out.push(...shown.map(command), ...closingNotice(omitted, context));
  }
  return `${out.join('\n')}\n`;
}

/** The Markdown summary, appended to `$GITHUB_STEP_SUMMARY` when the runner set it. */
export function githubSideOutputs(report: RunReport, context: FormatContext): SideOutput[] {
  const path = context.env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path === '') return [];
  return [{ path, text: formatMarkdown(report, context, { maxBytes: STEP_SUMMARY_MAX_BYTES }), append: true }];
}
