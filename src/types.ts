/**
 * The data that flows through logcheck: lines in, facts in the middle, findings out.
 * Everything here is plain data so that it can cross a JSON boundary unchanged.
 */

export type Severity = 'error' | 'warning' | 'note';

/** Higher is more serious; used for --fail-on and for ranking. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { note: 1, warning: 2, error: 3 };

export function isSeverity(value: string): value is Severity {
  return value === 'error' || value === 'warning' || value === 'note';
}

/** One line of a log, as read. */
export interface LogLine {
  /** 1-based line number in the (decompressed) input. Exact even when lines were cut. */
  readonly number: number;
  /** The decoded line without its line terminator; may be cut (see `cutBytes`). */
  readonly raw: string;
  /** What parsers read: escapes stripped, CI prefixes removed, `…` read as `...`, final redraw of a `\r` line. */
  readonly text: string;
  /** When the line was longer than the clamp: how many bytes it really had. */
  readonly cutBytes?: number;
}

/** A line quoted as proof. `text` is the normalized text (never raw escapes). */
export interface Evidence {
  readonly line: number;
  readonly text: string;
  /** Why this line matters, in a few words ("link test passed"). */
  readonly note?: string;
}

/** What to do about a finding: a sentence, then exact commands or config lines. */
export interface Remediation {
  readonly summary: string;
  /** Each entry is one command or config line, to be shown verbatim. */
  readonly steps?: readonly string[];
}

/** Where a failure happened and whose fault it is (used by the build-failure rules). */
export type FaultSide = 'environment' | 'package';

/** A place in a source file named by the log (not in the log itself). */
export interface SourceLocation {
  readonly path: string;
  readonly line: number;
  readonly column?: number;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** What happened, in one sentence. */
  readonly message: string;
  /** Root-cause id; findings with the same cause are one diagnosis. */
  readonly cause: string;
  /** The input label (path, or `<stdin>`). */
  readonly source: string;
  readonly line: number;
  readonly endLine?: number;
  /**
   * Where the finding points in a source file, when it is about one (a compiler error in
   * `<<PKGBUILDDIR>>/src/foo.c:12:5`): the path as the log shows it. CI formatters map it to a
   * repository path with `--path-map`; `source` + `line` still point into the log.
   */
  readonly location?: SourceLocation;
  /** Every line that proves the finding, in line order. */
  readonly evidence: readonly Evidence[];
  readonly remediation?: Remediation;
  /** Build stage where it happened (`build-deps`, `dh_auto_test`, ...), when known. */
  readonly stage?: string;
  readonly side?: FaultSide;
  /** Rule-specific structured data (function names, versions, package names). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Stable across runs of the same log: rule id + source + the text of the evidence (not line numbers). */
  readonly fingerprint: string;
}

/** A problem with the input itself (not a finding about the build). */
export interface InputProblem {
  readonly source: string;
  readonly message: string;
  /**
   * `error`: some of the input could not be read (exit 2, the findings may be incomplete); `warning`: it
   * was read to its end, though not exactly as written (a cut line, bad UTF-8): the findings' exit code stands.
   */
  readonly level: 'error' | 'warning';
}

export interface SourceResult {
  readonly source: string;
  readonly lines: number;
  readonly bytes: number;
  readonly findings: readonly Finding[];
  readonly problems: readonly InputProblem[];
  /**
   * Findings not kept because a rule passed its limit for one input (`maxFindingsPerRule`): a log that
   * repeats one failure 60,000 times must not grow memory or bury the report. Counted here, never dropped
   * silently.
   */
  readonly omitted?: readonly { readonly ruleId: string; readonly count: number }[];
  /** Findings dropped by a suppression (`--ignore-line`, the configuration's `ignore`, an allowed in-log directive). */
  readonly suppressed?: readonly { readonly ruleId: string; readonly reason: string; readonly count: number }[];
  /** Findings not reported because the baseline (`--baseline`) knows them. */
  readonly known?: number;
}
