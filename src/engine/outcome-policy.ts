import type { BuildEnvironment } from '../facts.js';
import type { BuildOutcome } from '../outcome.js';
import type { FindingKind } from '../causes.js';
import type { Finding } from '../types.js';

/**
 * A build that succeeded is judged as one. Findings of a "failure cause" (disk full, a host not resolved,
 * a package not found: see Cause.kind) explain a failed build; the same lines inside the passing tests of
 * a build that succeeded (`No space left on device (expected)`, a DNS failure a test provokes) failed
 * nothing. So the engine holds such findings back from live output until the log says how the build
 * ended (outcome.ts): a failure releases them at once (live output shows them while the build is still
 * being torn down), a success turns them into notes without a fix. At the end of the log, with no verdict,
 * they are released as reported (a pasted excerpt, a log cut short). "Product defect" findings (the
 * build environment had no usable /dev/shm, so the Python it built lacks semaphores) are always shown
 * at once and never softened: a green build with a broken product is what logcheck exists for.
 *
 * Every finding carries a cause, so this applies to every rule and catalog entry without them knowing.
 */
export class OutcomePolicy {
  /** Indexes into `findings` of failure-cause findings not yet shown. */
  private pending: number[] = [];
  private seen = 0;

  constructor(
    private readonly env: Readonly<BuildEnvironment>,
    private readonly findings: Finding[],
    private readonly show: (finding: Finding) => void,
  ) {}

  /** A finding was kept at `index`: show it now, or hold it until the outcome is known. */
  add(index: number, kind: FindingKind): void {
    if (kind === 'product-defect' || this.env.outcome?.state === 'failed') this.show(this.findings[index]!);
    else this.pending.push(index);
  }

  /** After each line: a new verdict settles what is held. */
  check(): void {
    const outcome = this.env.outcome;
    if (outcome === undefined || outcome.seq === this.seen) return;
    this.seen = outcome.seq;
    if (outcome.state === 'failed') this.release();
    else if (outcome.final) this.demote(outcome);
  }

  /** The end of the log: the last verdict decides; with none, everything held is shown as reported. */
  end(): void {
    const outcome = this.env.outcome;
    if (outcome?.state === 'succeeded') this.demote(outcome);
    else this.release();
  }

  private release(): void {
    const held = this.pending;
    this.pending = [];
    for (const index of held) this.show(this.findings[index]!);
  }

  private demote(outcome: BuildOutcome): void {
    const held = this.pending;
    this.pending = [];
    for (const index of held) {
      const f = this.findings[index]!;
      // No fix: there is nothing to fix in a line that failed nothing.
      const rest: Finding = { ...f };
      delete (rest as { remediation?: unknown }).remediation;
      const demoted: Finding = {
        ...rest,
        severity: 'note',
        message: `Not a failure: the build succeeded (line ${outcome.evidence.line}), so this line inside it failed nothing. ${f.message}`,
        evidence: [...f.evidence, { ...outcome.evidence, note: 'the build succeeded' }],
        data: { ...f.data, buildSucceeded: outcome.evidence.line },
      };
      this.findings[index] = demoted;
      this.show(demoted);
    }
  }
}
