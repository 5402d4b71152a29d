import type { RunReport } from '../report.js';
import type { RuleMeta } from '../rule.js';
import type { Finding } from '../types.js';
import { formatJson } from './json.js';
import { formatLiveFinding, formatText, formatTextSummary } from './text.js';

export interface FormatContext {
  readonly color: boolean;
  readonly rules: readonly RuleMeta[];
  /** Environment variables a CI format reads (GITHUB_STEP_SUMMARY, ...). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Formatters only present: pure functions from findings (and rule metadata) to text. */
export interface Formatter {
  readonly name: string;
  readonly description: string;
  /** Text for one finding the moment it is certain; `continues`: its cause was already shown for this input. */
  readonly live?: (finding: Finding, continues: boolean, context: FormatContext) => string;
  /** Text for the end of the run; `liveShown` when `live` already printed the findings. */
  readonly final: (report: RunReport, context: FormatContext, liveShown: boolean) => string;
  /** Output meant for people (spinner and colour allowed). */
  readonly forPeople?: boolean;
}

const formatters = new Map<string, Formatter>();

export function registerFormatter(formatter: Formatter): void {
  formatters.set(formatter.name, formatter);
}

export function getFormatter(name: string): Formatter | undefined {
  return formatters.get(name);
}

export function formatterNames(): string[] {
  return [...formatters.keys()];
}

registerFormatter({
  name: 'text',
  description: 'for people: one block per diagnosis (cause, evidence lines, fix), then a summary table',
  forPeople: true,
  live: (finding, continues, context) => formatLiveFinding(finding, continues, { color: context.color }),
  final: (report, context, liveShown) => (liveShown ? formatTextSummary(report, { color: context.color }) : formatText(report, { color: context.color })),
});

registerFormatter({
  name: 'json',
  description: 'the versioned run report: every finding with its cause id, plus the grouped diagnoses',
  final: (report) => formatJson(report),
});
