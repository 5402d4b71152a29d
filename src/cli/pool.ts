import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { HeapGuard } from './heap-guard.js';
import { checkStream, type CheckOptions } from '../check.js';
import { InputError, InterruptedError } from '../input/errors.js';
import { openInput } from '../input/open.js';
import type { SourceResult } from '../types.js';
import { workerCheck } from './setup.js';

/**
 * `logcheck -j N a.log b.log ...`: N threads each check one log at a time, the main thread (which also
 * hands out the logs, puts the results back in input order and writes them) and N - 1 workers. Nothing but data crosses:
 * a worker rebuilds the rules, parsers and configuration (the user's causes, the suppressions, the
 * baseline) from the command line and working directory it is given, as the main thread did.
 *
 * The worker's code is this module: in dist/ this file; in the bundle, the bundle itself (main.ts
 * runs no command inside a worker).
 */

/**
 * `-j`'s default: the cores the last minute's load average leaves idle, counting one more (this run's
 * own), at least 1 and at most all of them: 2 cores at a load of 1 or less, 2; above, 1. As for a large
 * file's scan worker (engine/read-lines.ts): a worker on a busy core only takes turns with this thread.
 * Measured on 2 cores under a load of 1.2-1.9 from other work: 1,000 small logs -j2 took 0.81-0.85x
 * the speed of -j1 (4.5 against 3.9-4.2 s), with 128 MB peak RSS against 89.
 */
export function defaultJobs(cores = availableParallelism(), load = loadavg()[0]!): number {
  return Math.max(1, Math.min(cores, Math.floor(cores - load + 1)));
}

/** What a worker needs to rebuild the check: the command line, where it was given, the environment. */
export interface WorkerSetup {
  readonly logcheckWorker: true;
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** One log to check. */
export interface Job {
  readonly index: number;
  /** The path as given (relative to the run's working directory), and the name to report. */
  readonly path: string;
}

/** What a worker sends back for a job: the log's result, or why it could not be opened. */
export type JobDone =
  | { readonly index: number; readonly result: SourceResult }
  | { readonly index: number; readonly openError: string };

type ToWorker =
  | { readonly type: 'job'; readonly job: Job }
  // Give back the logs held and not started (another thread has nothing left to do).
  | { readonly type: 'release' }
  | { readonly type: 'stop'; readonly reason: string };
type FromWorker =
  | { readonly type: 'done'; readonly done: JobDone }
  // Jobs it held and never started, given up at a stop: not results.
  | { readonly type: 'dropped'; readonly count: number }
  // Jobs it held and never started, given back when asked (release).
  | { readonly type: 'released'; readonly jobs: readonly Job[] }
  | { readonly type: 'failed'; readonly message: string };

/**
 * Logs a worker holds at once: the one it checks and the next ones, queued in the worker. With one at a
 * time, a worker that finished a small log waited for its next one until this thread, busy with its own
 * log or writing results, got round to the message: over 1,000 small logs with -j2 the worker checked
 * 127 and this thread 873 (with 3: 380 and 620, the worker starting 0.5-1 s later). A log is given to
 * the thread that holds the fewest; once none are left to give, a thread with nothing to do takes back
 * what a worker holds and has not started (one large log must not keep small ones waiting behind it).
 */
export const PREFETCH = 3;

/** Checks one opened-by-path log as the single-thread loop does (without live output or a spinner). */
export async function checkJob(job: Job, cwd: string, options: Omit<CheckOptions, 'source'>, stop: AbortSignal): Promise<JobDone> {
  let opened;
  try {
    opened = await openInput(path.resolve(cwd, job.path), undefined, job.path);
  } catch (error) {
    return { index: job.index, openError: error instanceof InputError ? error.message : String(error) };
  }
  const stream = opened.stream;
  const onStop = (): void => { stream.destroy(new InterruptedError(String(stop.reason ?? 'stopped'))); };
  if (stop.aborted) onStop();
  else stop.addEventListener('abort', onStop, { once: true });
  try {
    return { index: job.index, result: await checkStream(stream, { ...options, source: opened.label }) };
  } finally {
    stop.removeEventListener('abort', onStop);
  }
}

async function workerMain(setup: WorkerSetup): Promise<void> {
  const port = parentPort!;
  const stop = new AbortController();
  let options: Omit<CheckOptions, 'source'>;
  try {
    options = await workerCheck(setup.argv, setup.cwd, setup.env);
  } catch (error) {
    port.postMessage({ type: 'failed', message: (error as Error).message } satisfies FromWorker);
    return;
  }
  // A worker's heap grows as the main thread's would over many logs (heap-guard.ts).
  const heap = new HeapGuard();
  // One log at a time, in the order given; the others wait here (PREFETCH).
  const queue: Job[] = [];
  let checking = false;
  const next = (): void => {
    const job = checking ? undefined : queue.shift();
    if (job === undefined) return;
    checking = true;
    checkJob(job, setup.cwd, options, stop.signal).then(
      (done) => {
        checking = false;
        port.postMessage({ type: 'done', done } satisfies FromWorker);
        heap.afterLog();
        next();
      },
      (error: unknown) => port.postMessage({ type: 'failed', message: (error as Error)?.message ?? String(error) } satisfies FromWorker),
    );
  };
  port.on('message', (message: ToWorker) => {
    if (message.type === 'release') {
      port.postMessage({ type: 'released', jobs: queue.splice(0) } satisfies FromWorker);
      return;
    }
    if (message.type === 'stop') {
      stop.abort(message.reason);
      // The log being checked is cut short (its result says so); the ones not started are not results.
      if (queue.length > 0) port.postMessage({ type: 'dropped', count: queue.splice(0).length } satisfies FromWorker);
      return;
    }
    queue.push(message.job);
    next();
  });
}

/** Whether this thread is one of the pool's workers (main.ts then runs no command). */
export const inPoolWorker = !isMainThread && (workerData as WorkerSetup | undefined)?.logcheckWorker === true;

if (inPoolWorker) void workerMain(workerData as WorkerSetup);

export interface PoolOptions {
  /** Threads that check logs: this one (with `local`) and `size - 1` workers, or `size` workers. */
  readonly size: number;
  /**
   * This thread checks logs too, with these options (the CLI's own): one worker fewer to start (each
   * costs as much CPU as this thread's start), which is what two busy cores cannot spare.
   */
  readonly local?: Omit<CheckOptions, 'source'>;
  readonly setup: WorkerSetup;
  /** How many results past the next one to write may be checked or waiting (memory stays flat). */
  readonly ahead: number;
  readonly stop: AbortSignal;
  /** Told of each log handed out, with how many results were written by then (for the tests). */
  readonly onDispatch?: (index: number, emitted: number) => void;
}

/**
 * Checks `jobs` on `size` threads and yields each result in input order. A log is handed out only
 * while fewer than `ahead` results wait for an earlier one, so that one slow log does not let the
 * others pile up; a worker holds up to PREFETCH of them. On `stop`, the workers cut their current log
 * short (its result says so), drop the ones they hold unstarted and get no more; what was checked is
 * still yielded, in order.
 */
export async function* checkInPool(jobs: readonly Job[], options: PoolOptions): AsyncGenerator<JobDone> {
  const entry = fileURLToPath(import.meta.url);
  const workers: Worker[] = [];
  // The threads that check ('local': this one) and how many logs each holds (given, no result yet).
  const threads: (Worker | 'local')[] = [];
  const held = new Map<Worker | 'local', number>();
  // Workers asked to give back what they hold and not answered yet.
  const releasing = new Set<Worker>();
  // Logs given back (release), handed out again before the next new one; lowest index first.
  const returned: Job[] = [];
  const waiting = new Map<number, JobDone>();
  let next = 0;
  let emitted = 0;
  let running = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => { const w = wake; wake = undefined; w?.(); };
  const capacity = (t: Worker | 'local'): number => (t === 'local' ? 1 : PREFETCH);
  // The thread that holds the fewest logs and can take one more (workers before this thread on a tie).
  const leastHeld = (): Worker | 'local' | undefined => {
    let best: Worker | 'local' | undefined;
    for (const t of threads) {
      const n = held.get(t)!;
      if (n < capacity(t) && (best === undefined || n < held.get(best)!)) best = t;
    }
    return best;
  };
  const give = (thread: Worker | 'local', job: Job): void => {
    held.set(thread, held.get(thread)! + 1);
    running++;
    options.onDispatch?.(job.index, emitted);
    if (thread !== 'local') {
      thread.postMessage({ type: 'job', job } satisfies ToWorker);
      return;
    }
    checkJob(job, options.setup.cwd, options.local!, options.stop).then((done) => {
      running--;
      held.set('local', held.get('local')! - 1);
      waiting.set(done.index, done);
      signal();
    }, (error: unknown) => { failure ??= error as Error; signal(); });
  };
  const dispatch = (): void => {
    if (options.stop.aborted) return;
    for (;;) {
      const job = returned.length > 0 ? returned[0] : next < jobs.length && next < emitted + options.ahead ? jobs[next] : undefined;
      if (job === undefined) break;
      const thread = leastHeld();
      if (thread === undefined) return;
      if (returned.length > 0) returned.shift();
      else next++;
      give(thread, job);
    }
    // None to give (all given, or `ahead` waits for an earlier one, which may be queued behind a large
    // log) and a thread with nothing to do: take back what the workers hold and have not started.
    if (!threads.some((t) => held.get(t) === 0)) return;
    for (const w of workers) {
      if (held.get(w)! > 1 && !releasing.has(w)) {
        releasing.add(w);
        w.postMessage({ type: 'release' } satisfies ToWorker);
      }
    }
  };
  const onStop = (): void => {
    for (const w of workers) w.postMessage({ type: 'stop', reason: String(options.stop.reason ?? 'stopped') } satisfies ToWorker);
    signal();
  };
  options.stop.addEventListener('abort', onStop, { once: true });
  try {
    const count = Math.min(options.size, jobs.length);
    if (options.local !== undefined) {
      threads.push('local');
      held.set('local', 0);
    }
    for (let i = options.local !== undefined ? 1 : 0; i < count; i++) {
      // No resource limits: a smaller young generation saves memory but costs each worker a third more CPU.
      const worker = new Worker(entry, { workerData: options.setup });
      workers.push(worker);
      threads.unshift(worker);
      held.set(worker, 0);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'failed') failure ??= new Error(`a worker failed: ${message.message}`);
        else if (message.type === 'dropped') {
          running -= message.count;
          held.set(worker, held.get(worker)! - message.count);
        } else if (message.type === 'released') {
          releasing.delete(worker);
          running -= message.jobs.length;
          held.set(worker, held.get(worker)! - message.jobs.length);
          returned.push(...message.jobs);
          returned.sort((a, b) => a.index - b.index);
        } else {
          running--;
          held.set(worker, held.get(worker)! - 1);
          waiting.set(message.done.index, message.done);
        }
        signal();
      });
      worker.on('error', (error) => { failure ??= error; signal(); });
      worker.on('exit', (code) => { if (code !== 0) failure ??= new Error(`a worker ended with code ${code}`); signal(); });
    }
    while (emitted < jobs.length) {
      if (failure !== undefined) throw failure;
      dispatch();
      const done = waiting.get(emitted);
      if (done !== undefined) {
        waiting.delete(emitted);
        emitted++;
        yield done;
        continue;
      }
      // Stopped and nothing running: the logs never started are not results.
      if (options.stop.aborted && running === 0) break;
      await new Promise<void>((resolve) => { wake = resolve; });
    }
    // After a stop, a log after a gap may have been checked (cut short) already: in order, too.
    for (const index of [...waiting.keys()].sort((a, b) => a - b)) yield waiting.get(index)!;
  } finally {
    options.stop.removeEventListener('abort', onStop);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
