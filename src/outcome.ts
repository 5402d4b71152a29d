import type { BuildEnvironment } from './facts.js';
import type { Evidence } from './types.js';

/**
 * How the build ended, as the builder said it. Parsers record the verdict lines they know; the engine
 * (engine/outcome-policy.ts) reads them to judge "failure cause" findings: a line that looks like an error
 * inside the passing tests of a build that succeeded did not fail it.
 *
 * Verdict lines, from the tools' sources:
 *   pbuilder 0.231 pbuilder-buildpackage: `E: Failed autobuilding of package` (failed); after a good build it
 *     unmounts, cleans up and calls echobacktime: `I: cleaning the build env` then `I: Current time: ...`
 *     (succeeded; the failure paths exit through the traps, which never print the time).
 *   sbuild 0.85 Build.pm: the Summary's `Status: successful` / `attempted` / `failed` / `given-back`.
 *   dpkg-buildpackage (dpkg-dev 1.21 describe_build): `dpkg-buildpackage: info: binary-only upload (no source
 *     included)`, `full upload (original source is included)`, `binary and diff upload ...`, `source-only upload`
 *     as its last step (succeeded, not final: pbuilder or sbuild can still fail after it);
 *     `dpkg-buildpackage: error: ...` (failed).
 */
export type OutcomeState = 'failed' | 'succeeded';

export interface BuildOutcome {
  readonly state: OutcomeState;
  /**
   * The builder's own last word (pbuilder's, sbuild's): nothing later in this build changes it. A
   * dpkg-buildpackage success is not final: the builder can still fail after it (a B hook, a missing
   * .changes, autopkgtest).
   */
  readonly final: boolean;
  readonly evidence: Evidence;
  /** Counts verdicts, so the engine sees a new one even when the state repeats. */
  readonly seq: number;
}

declare module './facts.js' {
  interface BuildEnvironment {
    /** The latest verdict the log gave on the build. */
    outcome?: BuildOutcome;
  }
}

/** Called by a parser when its tool says how the build ended. */
export function recordOutcome(env: BuildEnvironment, state: OutcomeState, line: { number: number; text: string }, final: boolean): void {
  env.outcome = { state, final, evidence: { line: line.number, text: line.text }, seq: (env.outcome?.seq ?? 0) + 1 };
}
