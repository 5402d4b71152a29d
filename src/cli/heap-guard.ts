import v8 from 'node:v8';
import vm from 'node:vm';

/** Logs between two looks at the old generation (a look is one getHeapSpaceStatistics call). */
const EVERY = 16;
/**
 * How much the old generation may grow past what the last full collection left. 8 MB rather than 16:
 * 10,000 small logs (-j1, the bin) peaked at 95-100 MB instead of 104-108 MB, at the same CPU within
 * the noise (a few more collections of 10-20 ms).
 */
export const STEP = 8 * 1024 * 1024;

/**
 * Keeps the old generation of a run over many logs near what is live, with a full collection between
 * two logs once it has grown by STEP (8 MB) since the last one.
 *
 * Why: what lives a little longer than a log (a result on its way out, the JSON texts, V8's own
 * feedback) is promoted at about 0.15-0.3 MB per young collection, dead soon after; V8 collects the old
 * generation only when it reaches about four times what the last full collection kept (its growing
 * factor, given a fast collector). Over 10,000 small logs that was one full collection in the whole
 * run and an old generation of 30 MB live in 130 MB (--trace-gc, v8.getHeapSpaceStatistics).
 * Measured cost: a few collections of 10-40 ms in a run of 10,000 logs.
 *
 * A forced collection needs `gc`, which V8 gives a new context once --expose-gc is set; it is taken
 * the first time it is needed, so a run of one log never sets the flag.
 */
export class HeapGuard {
  private logs = 0;
  private base: number;
  private gc: (() => void) | undefined;
  /** Full collections made (tests, the bench). */
  collections = 0;

  /** `measure`: the old generation's bytes in use (tests give their own). */
  constructor(private readonly measure: () => number = oldGenerationUsed) {
    this.base = measure();
  }

  /** Called after each log. */
  afterLog(): void {
    if (++this.logs % EVERY !== 0) return;
    const used = this.measure();
    // A full collection of V8's own in between: measure from what it kept.
    if (used < this.base) this.base = used;
    if (used - this.base < STEP) return;
    this.collect();
    this.base = this.measure();
  }

  private collect(): void {
    if (this.gc === undefined) {
      v8.setFlagsFromString('--expose-gc');
      this.gc = vm.runInNewContext('gc') as () => void;
    }
    this.gc();
    this.collections++;
  }
}

/** Bytes used in the old generation (old space and large objects; not code, not the young generation). */
function oldGenerationUsed(): number {
  let used = 0;
  for (const space of v8.getHeapSpaceStatistics()) {
    if (space.space_name === 'old_space' || space.space_name === 'large_object_space') used += space.space_used_size;
  }
  return used;
}
