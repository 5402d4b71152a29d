import type { Evidence, FaultSide, Finding, Remediation, Severity } from './types.js';
import type { BuildEnvironment, Fact, FactKind } from './facts.js';
import type { FindingKind } from './causes.js';

export interface RuleDocs {
  /** One paragraph: what the rule finds. */
  readonly description: string;
  /** Why it matters / what is really going on. */
  readonly why: string;
  /** What to do, in general terms (the finding gives the exact lines for the log at hand). */
  readonly fix: string;
  /** Real log lines that trigger the rule (shown by `logcheck explain`). */
  readonly example?: readonly string[];
  /** A page about the rule (SARIF `helpUri`), when there is one. */
  readonly url?: string;
}

export interface RuleMeta {
  /** kebab-case `<tool>-<problem>`; equals the file name under src/rules/. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  /** Default root-cause id (see src/causes.ts); findings may override it. */
  readonly cause: string;
  /**
   * `failure-cause`: only meaningful when the build failed (held back, and made a note when the log shows
   * the build succeeded); `product-defect`: always reported. Defaults to the kind of the finding's cause.
   */
  readonly kind?: FindingKind;
  readonly tags: readonly string[];
  readonly docs: RuleDocs;
  /** For a catalog entry: its family (`cmake`, `debhelper`, ...). */
  readonly family?: string;
}

export interface Report {
  readonly message: string;
  readonly evidence: readonly Evidence[];
  /** Defaults to the first evidence line. */
  readonly line?: number;
  readonly endLine?: number;
  readonly severity?: Severity;
  readonly cause?: string;
  readonly remediation?: Remediation;
  readonly stage?: string;
  readonly side?: FaultSide;
  /** Source file and line of the problem (a compiler error), relative to the package's source tree when known. */
  readonly location?: { path: string; line: number; column?: number };
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface RuleContext {
  /** The input label. */
  readonly source: string;
  /** What parsers have recognised about the environment so far. */
  readonly env: Readonly<BuildEnvironment>;
  report(report: Report): void;
  /**
   * The last lines read (at most RECENT_LINES, oldest first, the current line last), to look back
   * from a line that only echoes a failure (`make: *** ... Error 1`) to the error printed above it.
   */
  recentLines(): readonly { readonly number: number; readonly text: string }[];
  /**
   * True while a finding about a line already read may still come: a parser is in the middle of a
   * multi-line fact (ParserInstance.busy: a traceback, a catalog entry waiting for its `then` line) or
   * another rule holds evidence it has not reported yet (RuleListener.pending). A rule that sums up the
   * others' findings live (build-first-failure) reports only when this is false.
   */
  othersPending(): boolean;
}

export type RuleListener = { [K in FactKind]?: (fact: Fact<K>) => void } & {
  /**
   * Every finding the other rules report, as they report it. A rule that listens here has its `end()`
   * called after every other rule's, so it sees all findings (used by `build-first-failure`).
   */
  finding?: (finding: Finding) => void;
  /** Called once at the end of the input, for what can only be known then. */
  end?: () => void;
  /**
   * For a rule with a `line` handler: true while it needs to see every next line. A byte scanner skips
   * the lines no parser wants (engine/scan-lines.ts), so a `line` handler otherwise sees only those; a
   * rule with a `line` handler and no `wantsLines` turns the scanner off for the whole input.
   */
  wantsLines?: () => boolean;
  /**
   * True while the rule holds evidence it may still report, on a later line or at `end()`, as a finding
   * about a line already read (`first` of an unmet dependency waiting for the resolver to give up). When
   * absent, `wantsLines` stands for it. See RuleContext.othersPending.
   */
  pending?: () => boolean;
};

/** A rule decides what is wrong. State lives in the closure made by `create`, one per input. */
export interface Rule {
  readonly meta: RuleMeta;
  create(context: RuleContext): RuleListener;
}
