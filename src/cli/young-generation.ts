import v8 from 'node:v8';

/**
 * Keeps V8's young generation at its starting size (two 1 MB semi-spaces) instead of letting it grow to
 * 2 × 16 MB. A log is read line by line and almost nothing a line makes outlives it, but V8 grows the
 * young generation whenever many objects survive a scavenge, and then keeps it: 32 MB of every large or
 * long run's peak memory. Measured with and without, interleaved (bundle, one thread, 50 MB logs, peak
 * RSS / CPU): compile 83 / 78 MB at 1.32 / 1.36 s, bench 87 / 81 MB at 2.78 / 2.82 s; 10,000 small logs
 * 148-154 / 118-122 MB at about the same CPU (17.5-20.9 s / 19.7-20.9 s).
 *
 * `--max-semi-space-size` cannot be changed once the heap exists, and a shebang cannot pass it (`env -S`
 * is missing from BusyBox); the growth factor is read each time V8 would grow the space, so it can.
 * Node documents setFlagsFromString after start-up as possibly doing nothing: then nothing changes.
 * The CLI's own choice: the library leaves the embedding program's heap alone. main.ts imports this
 * module first, so that in the bundle (the bin) it runs before the other modules are evaluated; from
 * dist/, ES modules are all loaded before any runs, and that alone grows the space to 8 MB.
 */
export function keepYoungGenerationSmall(): void {
  growNot();
  if (watching) return;
  watching = true;
  // Every new isolate puts the flag back to 2, for the whole process: V8's Heap::ConfigureHeap
  // (src/heap/heap.cc) does `if (FLAG_semi_space_growth_factor < 2) FLAG_semi_space_growth_factor = 2;`.
  // A worker thread (--jobs' pool, the scan worker of a large file) is an isolate, so the main thread's
  // young generation grew again once one had started: 2 -> 8 MB over 1,000 small logs with -j2, to
  // 32 MB in a test that keeps allocating. The worker's isolate exists once it runs code ('online'):
  // the flag is set again then. Node's 'worker' event (process.md) is emitted for each Worker created.
  process.on('worker', (worker) => worker.once('online', growNot));
}

let watching = false;

function growNot(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}

keepYoungGenerationSmall();
