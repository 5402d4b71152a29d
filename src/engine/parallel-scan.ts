import { Writable } from 'node:stream';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { normalizeLine } from '../lines/normalize.js';
import type { LogLine } from '../types.js';
import type { ByteMatcher } from './byte-matcher.js';
import { csiRun, scanBatch, tablesOf, trailingCsi, type BatchFlags, type ScanTables } from './scan-kernel.js';
import { lookBack, RECENT, type ScanTarget, type Segment } from './scan-lines.js';

/** Batches given to the worker and not answered yet, at most: more go to the main thread's own scan. */
const WORKER_AHEAD = 3;
/** Batches read and not yet handed to the checker, at most (memory: about this many times BATCH). */
const QUEUE = 24;

interface Batch {
  readonly memory: SharedArrayBuffer;
  /** A view of the memory; `n` bytes of it are the batch. */
  readonly bytes: Buffer;
  /** [ticket]: who scans it. The worker claims it by swapping the ticket for -1, the main thread for -2. */
  readonly state: Int32Array;
  n: number;
  ticket: number;
  result: BatchFlags | undefined;
}

interface Reply { ticket: number; skipped?: boolean; lines?: number; count?: number; flags?: Int32Array }

// The worker's program: scanBatch's own source text and its two helpers' (scan-kernel.ts says why they
// are self-contained), declared under their own names, which a bundler may have changed as it changed
// the calls to them.
const WORKER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
${csiRun.toString()}
${trailingCsi.toString()}
const scanBatch = ${scanBatch.toString()};
const { tables, port } = workerData;
parentPort.on('message', (m) => {
  const state = new Int32Array(m.state);
  if (Atomics.compareExchange(state, 0, m.ticket, -1) !== m.ticket) { port.postMessage({ ticket: m.ticket, skipped: true }); return; }
  const r = scanBatch(tables, Buffer.from(m.memory, 0, m.n));
  port.postMessage({ ticket: m.ticket, lines: r.lines, count: r.count, flags: r.flags }, [r.flags.buffer]);
});
`;

/**
 * LineScanner's work with the byte scan on a second thread, for one large regular file: the bytes are
 * copied into shared batches of whole lines; a worker runs the automaton over the next batches and says,
 * per batch, how many lines it holds and which ones a literal (a CI prefix, a redraw, a suffix) flags,
 * while this thread hands the previous batch's flagged lines to the checker, in order, plus every line
 * while the checker says needsNext() (found with Buffer.indexOf, as LineScanner does). Line numbers and
 * the look-back are the same as LineScanner's (test/engine/parallel-scan.test.ts).
 *
 * A busy second core cannot make it slower than one: with WORKER_AHEAD batches unanswered, this thread
 * scans the next batch itself, and a batch the worker has not started when the checker needs it is taken
 * back (an atomic swap of its ticket) and scanned here.
 */
export class ParallelScanner extends Writable {
  /** A batch is sealed (at its last newline) once it holds this many bytes (tests make it small). */
  static batchBytes = 128 * 1024;
  /** Worker threads started and not yet exited (tests: none may outlive its scan). */
  static live = 0;
  /** Batches scanned by a worker and by the main thread, over every scan (tests, the bench). */
  /**
   * Whether the main thread takes back a batch the worker has not started (default). Tests that must see
   * the worker scan set it false: whether the worker starts in time is up to the machine's load.
   */
  static mayTakeBack = true;
  static readonly scannedBy = { worker: 0, main: 0 };
  private readonly batchBytes = ParallelScanner.batchBytes;
  lines = 0;
  cutLines = 0;
  firstCut: { line: number; bytes: number } | undefined;
  private readonly tables: ScanTables;
  private worker: Worker | undefined;
  /** The worker's answers: read synchronously (receiveMessageOnPort) whenever this thread looks, not only when the event loop turns. */
  private readonly answers: MessagePort;
  private readonly queue: Batch[] = [];
  private readonly asked = new Map<number, Batch>();
  private workerAhead = 0;
  private tickets = 0;
  private filling: Batch;
  private readonly free: Batch[] = [];
  private segments: (Segment & { batch: Batch })[] = [];
  private everyLine = false;
  private current: LogLine | undefined;
  private currentStart = 0;
  private ended = false;
  /** A write or the final flush waiting for room in the queue, or for the last answers. */
  private waiting: (() => void) | undefined;
  private failed = false;

  constructor(
    matcher: ByteMatcher,
    private readonly target: ScanTarget,
    private readonly cuts: Map<number, number>,
    /** Told of a chunk's memory once it is copied into a batch (FileStream.recycle): it is read into again. */
    private readonly recycle?: (memory: ArrayBufferLike) => void,
  ) {
    super();
    this.tables = tablesOf(matcher);
    this.filling = this.batch(this.batchBytes * 2);
    const { port1, port2 } = new MessageChannel();
    this.answers = port1;
    port1.on('message', (reply: Reply) => this.answer(reply));
    port1.unref();
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // Not the main thread's flags: `--input-type=module` would make the program above an ES module.
      execArgv: [],
      workerData: { tables: this.tables, port: port2 },
      transferList: [port2],
    });
    worker.unref();
    ParallelScanner.live++;
    worker.on('exit', () => {
      ParallelScanner.live--;
      if (this.worker === worker) this.orphaned();
    });
    // A worker that fails (it should not) only costs its speed: what it was given is scanned here.
    worker.on('error', () => { if (this.worker === worker) this.orphaned(); });
    this.worker = worker;
  }

  recentLines(): LogLine[] {
    return lookBack(this.segments, this.ended ? undefined : this.current, this.currentStart, this.lines);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    try {
      this.append(chunk);
      // Copied: nothing here holds a view of it (without this, every 64 KiB read was a new buffer
      // waiting for the garbage collector).
      this.recycle?.(chunk.buffer);
      this.pump();
      this.whenRoom(QUEUE, done);
    } catch (error) {
      done(error as Error);
    }
  }

  override _final(done: (error?: Error | null) => void): void {
    try {
      const f = this.filling;
      // The piece after the last newline is a line if it is not empty (split2's framing).
      if (f.n > 0 && f.bytes[f.n - 1] !== 10) this.append(NEWLINE);
      if (this.filling.n > 0) this.seal(this.filling.n);
      this.pump();
      this.whenRoom(1, () => {
        this.ended = true;
        this.stop();
        done();
      });
    } catch (error) {
      done(error as Error);
    }
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.failed = true;
    this.stop();
    done(error);
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker !== undefined) void worker.terminate();
    this.answers.close();
  }

  /** Calls `then` once fewer than `limit` batches wait (taking back from the worker what it has not started). */
  private whenRoom(limit: number, then: () => void): void {
    this.drain();
    this.pump();
    while (this.queue.length >= limit) {
      const head = this.queue[0]!;
      if (head.result === undefined && !this.takeBack(head)) {
        // Held open while waiting: with the worker and its port unreferenced, nothing else may keep Node running.
        this.answers.ref();
        this.waiting = () => { this.answers.unref(); this.whenRoom(limit, then); };
        return;
      }
      this.pump();
    }
    then();
  }

  private takeBack(b: Batch): boolean {
    if (!ParallelScanner.mayTakeBack) return false;
    if (Atomics.compareExchange(b.state, 0, b.ticket, -2) !== b.ticket) return false;
    this.scanHere(b);
    return true;
  }

  private scanHere(b: Batch): void {
    b.result = scanBatch(this.tables, b.bytes.subarray(0, b.n));
    ParallelScanner.scannedBy.main++;
  }

  /** Takes in the answers the worker has sent so far. */
  private drain(): void {
    for (let m = receiveMessageOnPort(this.answers); m !== undefined; m = receiveMessageOnPort(this.answers)) this.record(m.message as Reply);
  }

  private record(reply: Reply): void {
    const b = this.asked.get(reply.ticket);
    this.asked.delete(reply.ticket);
    this.workerAhead--;
    if (b === undefined || reply.skipped === true) return;
    b.result = { lines: reply.lines!, count: reply.count!, flags: reply.flags! };
    ParallelScanner.scannedBy.worker++;
  }

  private answer(reply: Reply): void {
    if (this.failed) return;
    this.record(reply);
    this.resume();
  }

  /** Hands on what is ready and wakes the reader waiting for a batch; a failure there ends the stream. */
  private resume(): void {
    try {
      this.pump();
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.();
    } catch (error) {
      this.failed = true;
      this.destroy(error as Error);
    }
  }

  /** The worker failed or ended by itself (it should not): what it was given is scanned here. */
  private orphaned(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker !== undefined) void worker.terminate();
    if (this.failed) return;
    for (const b of this.asked.values()) if (b.result === undefined) this.scanHere(b);
    this.asked.clear();
    this.workerAhead = 0;
    this.resume();
  }

  private batch(size: number): Batch {
    const reuse = this.free.pop();
    if (reuse !== undefined && reuse.memory.byteLength >= size) return reuse;
    const memory = new SharedArrayBuffer(size);
    return { memory, bytes: Buffer.from(memory), state: new Int32Array(new SharedArrayBuffer(4)), n: 0, ticket: 0, result: undefined };
  }

  /** Copies the chunk into the batch being filled, sealing it at its last newline when it is big enough. */
  private append(chunk: Buffer): void {
    let f = this.filling;
    if (f.n + chunk.length > f.memory.byteLength) {
      const nl = f.bytes.lastIndexOf(10, f.n - 1);
      if (f.n > 0 && nl >= 0) this.seal(nl + 1);
      f = this.filling;
      if (f.n + chunk.length > f.memory.byteLength) {
        // A line longer than a batch (a raised --max-line-bytes): a bigger one.
        const bigger = this.batch(Math.max(2 * (f.n + chunk.length), this.batchBytes * 2));
        f.bytes.copy(bigger.bytes, 0, 0, f.n);
        bigger.n = f.n;
        f.n = 0;
        this.free.push(f);
        this.filling = f = bigger;
      }
    }
    chunk.copy(f.bytes, f.n);
    f.n += chunk.length;
    if (f.n >= this.batchBytes) {
      const nl = f.bytes.lastIndexOf(10, f.n - 1);
      if (nl >= 0) this.seal(nl + 1);
    }
  }

  /** The first `end` bytes of the filling batch go to be scanned; the rest starts the next batch. */
  private seal(end: number): void {
    const b = this.filling;
    const next = this.batch(this.batchBytes * 2);
    next.n = b.n - end;
    if (next.n > 0) b.bytes.copy(next.bytes, 0, end, b.n);
    b.n = end;
    b.result = undefined;
    b.ticket = ++this.tickets;
    Atomics.store(b.state, 0, b.ticket);
    this.filling = next;
    this.queue.push(b);
    if (this.worker !== undefined) this.drain();
    if (this.worker !== undefined && this.workerAhead < WORKER_AHEAD) {
      this.workerAhead++;
      this.asked.set(b.ticket, b);
      this.worker.postMessage({ ticket: b.ticket, memory: b.memory, state: b.state.buffer, n: b.n });
    } else {
      Atomics.store(b.state, 0, -2);
      this.scanHere(b);
    }
  }

  /** Hands on the lines of every scanned batch at the head of the queue. */
  private pump(): void {
    while (this.queue.length > 0 && this.queue[0]!.result !== undefined) this.handOn(this.queue.shift()!);
  }

  private handOn(b: Batch): void {
    const { lines, count, flags } = b.result!;
    const buf = b.bytes.subarray(0, b.n);
    const base = this.lines;
    this.segments.push({ buf, from: 0, to: b.n, first: base + 1, lines, batch: b });
    let everyLine = this.everyLine;
    let index = 0;
    let pos = 0;
    let k = 0;
    for (;;) {
      let end: number;
      // The worker read every line it did not flag through, and found no literal in it.
      let literal = false;
      if (everyLine) {
        if (index >= lines) break;
        end = buf.indexOf(10, pos);
        if (k < count && flags[3 * k]! >> 1 === index) literal = (flags[3 * k++]! & 1) === 1;
      } else {
        if (k >= count) break;
        index = flags[3 * k]! >> 1;
        literal = (flags[3 * k]! & 1) === 1;
        pos = flags[3 * k + 1]!;
        end = flags[3 * k + 2]!;
        k++;
      }
      const number = base + index + 1;
      let cut = 0;
      if (this.cuts.size !== 0) {
        cut = this.cuts.get(number) ?? 0;
        if (cut > 0) this.cutAt(number, cut);
      }
      const raw = buf.toString('utf8', pos, end);
      const line: LogLine = cut === 0 ? { number, raw, text: normalizeLine(raw) } : { number, raw, text: normalizeLine(raw), cutBytes: cut };
      this.lines = number;
      this.current = line;
      this.currentStart = pos;
      this.target.line(line, literal);
      everyLine = this.target.needsNext();
      index++;
      pos = end + 1;
    }
    this.lines = base + lines;
    this.everyLine = everyLine;
    // Lines the clamp cut that nobody wanted: counted all the same.
    if (this.cuts.size !== 0) {
      for (const [number, bytes] of this.cuts) if (number <= this.lines) this.cutAt(number, bytes);
    }
    // Keep the segments that hold the last RECENT lines (and the one before them); the rest are read into again.
    let held = 0;
    let s = this.segments.length - 1;
    while (s > 0 && held < RECENT) held += this.segments[s--]!.lines;
    if (s > 0) {
      for (const d of this.segments.slice(0, s)) {
        if (this.free.length < QUEUE + 2 && !this.asked.has(d.batch.ticket)) {
          d.batch.n = 0;
          this.free.push(d.batch);
        }
      }
      this.segments = this.segments.slice(s);
    }
  }

  private cutAt(number: number, bytes: number): void {
    this.cuts.delete(number);
    this.cutLines++;
    if (this.firstCut === undefined || number < this.firstCut.line) this.firstCut = { line: number, bytes };
  }
}

const NEWLINE = Buffer.from('\n');
