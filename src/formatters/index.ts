import type { RunReport } from '../report.js';
import type { RuleMeta } from '../rule.js';
import type { Finding, Severity } from '../types.js';
import { jsonStream, ndjsonStream } from './json.js';
import type { PathMap } from './locations.js';
import { compactStream } from './compact.js';
import { runStream, type ReportStream, type Spool } from './stream.js';
import { formatGithub, githubLiveSession, githubSideOutputs } from './github.js';
import { gitlabStream } from './gitlab.js';
import { junitStream } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { sarifStream } from './sarif.js';
import { formatLiveFinding, textStream } from './text.js';

export interface FormatContext {
  readonly color: boolean;
  readonly rules: readonly RuleMeta[];
  /** Environment variables a CI format reads (GITHUB_STEP_SUMMARY, ...). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The repository root for CI paths (the working directory); default `process.cwd()`. */
  readonly cwd?: string;
  /** `--path-map FROM=TO`: source paths as the log shows them, and their repository paths. */
  readonly pathMaps?: readonly PathMap[];
  /**
   * An unguessable token for GitHub's `::stop-commands::`. The CLI passes a random one; without it
   * the github format derives one from a hash of the report, so output stays testable.
   */
  readonly nonce?: string;
  /**
   * Whether a path relative to a checkout root is in the commit (the CLI asks `git ls-files`);
   * `undefined` (or no function) when it cannot tell: then any file under the root counts.
   * GitHub links `file=` into the commit, so an untracked log gets no `file=`.
   */
  readonly isTracked?: (root: string, repoPath: string) => boolean | undefined;
  /** The terminal's width when the output goes to a terminal (tables fit it); none for pipes and files. */
  readonly columns?: number;
  /** `--fail-on`: JUnit writes `<failure>` only for findings at or above it (default error). */
  readonly failOn?: Severity;
  /** `--sarif-category`: SARIF `run.automationDetails.id` (code scanning's category). */
  readonly sarifCategory?: string;
  /** How many logs the run checks, known before the first is read (a streaming format's layout). */
  readonly inputs?: number;
  /** Where a streaming format keeps what it must give at the end (the CLI: a temporary file). */
  readonly spool?: () => Spool;
}

/** A file a format writes besides its main output (GitHub's step summary). */
export interface SideOutput {
  readonly path: string;
  readonly text: string;
  /** Append (the step summary is shared by every command of a step) rather than replace. */
  readonly append: boolean;
}

/** Formatters only present: pure functions from findings (and rule metadata) to text. */
export interface Formatter {
  readonly name: string;
  readonly description: string;
  /** Text for one finding the moment it is certain; `continues`: its cause was already shown for this input. */
  readonly live?: (finding: Finding, continues: boolean, context: FormatContext) => string;
  /** Like `live`, for a format that keeps state over the run (GitHub's per-level limits): one per run. */
  readonly liveSession?: (context: FormatContext) => (finding: Finding, continues: boolean) => string;
  /** Text for the end of the run; `liveShown` when `live` already printed the findings. */
  readonly final: (report: RunReport, context: FormatContext, liveShown: boolean) => string;
  /**
   * The same report written as the run goes, log by log (`final` is this over a finished report).
   * A format without it needs every log's findings at the end (GitHub, Markdown):
   * the CLI keeps the results for it.
   */
  readonly stream?: (context: FormatContext, liveShown: boolean) => ReportStream;
  /** Output meant for people (spinner and colour allowed). */
  readonly forPeople?: boolean;
  /** Files to write besides the main output, chosen from the context (its env). */
  readonly sideOutputs?: (report: RunReport, context: FormatContext) => SideOutput[];
}

const formatters = new Map<string, Formatter>();

/** A format written as the run goes; `final` derived from its stream, so that it has one implementation. */
function streaming(formatter: Omit<Formatter, 'final' | 'stream'> & { stream: NonNullable<Formatter['stream']> }): Formatter {
  return {
    ...formatter,
    final: (report, context, liveShown) => runStream(formatter.stream({ ...context, inputs: report.results.length }, liveShown), report),
  };
}

export function registerFormatter(formatter: Formatter): void {
  formatters.set(formatter.name, formatter);
}

export function getFormatter(name: string): Formatter | undefined {
  return formatters.get(name);
}

export function formatterNames(): string[] {
  return [...formatters.keys()];
}

registerFormatter(streaming({
  name: 'text',
  description: 'for people: one block per diagnosis (cause, evidence lines, fix), then a summary (the causes over all logs when there are several)',
  forPeople: true,
  live: (finding, continues, context) => formatLiveFinding(finding, continues, { color: context.color }),
  stream: (context, liveShown) => textStream({ color: context.color, ...(context.columns !== undefined ? { columns: context.columns } : {}) }, context.inputs ?? 1, liveShown),
}));

registerFormatter(streaming({
  name: 'json',
  description: 'the versioned run report: every finding with its cause id, plus the grouped diagnoses (and a summary over several logs)',
  stream: (context) => jsonStream(context.spool?.()),
}));

registerFormatter(streaming({
  name: 'ndjson',
  description: 'newline-delimited JSON: a run line, one line per log (its result and diagnoses) as soon as it is checked, a summary line over several logs',
  stream: () => ndjsonStream(),
}));

registerFormatter({
  name: 'github',
  description: 'GitHub Actions: the text report in a log group, the top 10 annotations per level, all of it in $GITHUB_STEP_SUMMARY',
  liveSession: githubLiveSession,
  final: (report, context, liveShown) => formatGithub(report, context, liveShown),
  sideOutputs: githubSideOutputs,
});

registerFormatter(streaming({
  name: 'sarif',
  description: 'SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF viewers',
  stream: (context) => sarifStream(context, context.spool?.()),
}));

registerFormatter(streaming({
  name: 'gitlab',
  description: 'GitLab Code Quality report (artifacts:reports:codequality)',
  stream: (context) => gitlabStream(context),
}));

registerFormatter(streaming({
  name: 'junit',
  description: 'JUnit XML, one test case per finding, a test suite per log (GitLab junit reports, Jenkins junit)',
  stream: (context) => junitStream(context, context.spool?.()),
}));

registerFormatter(streaming({
  name: 'compact',
  description: 'one line per finding, path:line: severity: message [rule] (problem-matchers/logcheck-compact.json reads it)',
  stream: (context) => compactStream(context),
}));

registerFormatter({
  name: 'markdown',
  description: 'a Markdown summary: a table of diagnoses, then each with its evidence and fix',
  final: (report, context) => formatMarkdown(report, context),
});
