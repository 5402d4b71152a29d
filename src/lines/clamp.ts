import { Transform, type TransformCallback } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import { InputError } from '../input/errors.js';

export interface ClampOptions {
  /** Longest line kept, in bytes; the rest of a longer line is dropped (and said). */
  readonly maxLineBytes: number;
  /** Read bytes as Latin-1 instead of UTF-8. */
  readonly latin1?: boolean;
}

/** How many leading bytes are searched for NUL to call an input binary (as grep and ripgrep do). */
const BINARY_SNIFF_BYTES = 8192;

/**
 * A byte-level line clamp in front of split2. split2's own `maxLength` is not a per-line cap (a long line
 * inside one chunk passes whole, one across chunks errors the stream, `skipOverflow` shifts every later
 * line number). This clamp keeps at most `maxLineBytes` of any line, counts lines itself so numbers stay
 * exact, and records which lines were cut and how long they really were.
 */
export class LineClamp extends Transform {
  /** Line number → real byte length, for lines that were cut; read (and deleted) by the line reader. */
  readonly cuts = new Map<number, number>();
  /** First line number (1-based) holding bytes that are not UTF-8, if any. */
  invalidUtf8Line = 0;
  /** First line number holding a NUL byte after the binary sniff, if any. */
  nulLine = 0;
  bytesIn = 0;

  private readonly max: number;
  private readonly latin1: boolean;
  private line = 1;
  private lineBytes = 0;
  /** Bytes of an unfinished line carried over for UTF-8 validation (only while validating it). */
  private pending: Buffer[] = [];
  private sniffed = 0;
  /**
   * The unfinished last line (already clamped), held back until its newline comes: split2 keeps an
   * unfinished line as a string and splits it again with every chunk, which is quadratic in the line's
   * length (a 64 MB line under a raised --max-line-bytes took 21 s). Given whole lines, it splits once.
   */
  private partial: Buffer[] = [];

  constructor(options: ClampOptions) {
    super();
    this.max = Math.max(1024, options.maxLineBytes);
    this.latin1 = options.latin1 ?? false;
  }

  /**
   * Undecided (`undefined`) until the first LF or 64 KiB: a log whose lines end in CR alone (classic
   * Mac OS, some serial consoles) would otherwise be one line, cut at --max-line-bytes, with nothing found.
   */
  private crOnly: boolean | undefined;
  private undecided: Buffer[] = [];
  private undecidedBytes = 0;
  /** True when the log was read with CR as its line end. */
  get readCrAsNewline(): boolean { return this.crOnly === true; }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.crOnly === undefined) {
      this.undecided.push(chunk);
      this.undecidedBytes += chunk.length;
      if (!chunk.includes(10) && this.undecidedBytes < 64 * 1024) { done(); return; }
      this.decide();
      this.replay(done);
      return;
    }
    this.clampChunk(this.crOnly ? crToLf(chunk) : chunk, done);
  }

  private decide(): void {
    this.crOnly = !this.undecided.some((b) => b.includes(10)) && this.undecided.some((b) => b.includes(13));
  }

  private replay(done: TransformCallback): void {
    const chunks = this.undecided;
    this.undecided = [];
    let failed: Error | null | undefined;
    for (const c of chunks) {
      this.clampChunk(this.crOnly ? crToLf(c) : c, (error?: Error | null, data?: unknown) => {
        if (error) failed = error;
        else if (data !== undefined) this.push(data);
      });
      if (failed) break;
    }
    done(failed ?? null);
  }

  private clampChunk(chunk: Buffer, done: TransformCallback): void {
    this.bytesIn += chunk.length;
    if (this.sniffed < BINARY_SNIFF_BYTES) {
      const head = chunk.subarray(0, BINARY_SNIFF_BYTES - this.sniffed);
      this.sniffed += head.length;
      if (head.includes(0)) {
        done(new InputError('binary data (a NUL byte near the start): this is not a text log'));
        return;
      }
    }
    // After the sniff, in the rest of this chunk too: a NUL at 8-64 KiB of a file was never said.
    if (this.nulLine === 0 && this.sniffed >= BINARY_SNIFF_BYTES) {
      const nul = chunk.indexOf(0, Math.max(0, BINARY_SNIFF_BYTES - (this.bytesIn - chunk.length)));
      if (nul !== -1) this.nulLine = this.lineOfOffset(chunk, nul);
    }
    if (!this.latin1 && this.invalidUtf8Line === 0) this.checkUtf8(chunk);

    // Fast path: no line in this chunk goes over the limit, so the chunk passes as it is.
    let pos = 0;
    let lineBytes = this.lineBytes;
    let cut = false;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      const end = nl === -1 ? chunk.length : nl;
      if (lineBytes + end - pos > this.max) { cut = true; break; }
      if (nl === -1) { lineBytes += end - pos; break; }
      lineBytes = 0;
      pos = nl + 1;
    }
    if (!cut) {
      this.line += countNewlines(chunk);
      this.lineBytes = lineBytes;
      this.emitLines(chunk, done);
      return;
    }

    const out: Buffer[] = [];
    pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      const end = nl === -1 ? chunk.length : nl;
      const segment = end - pos;
      const room = this.max - this.lineBytes;
      if (room > 0) {
        if (segment <= room) out.push(chunk.subarray(pos, end));
        else out.push(chunk.subarray(pos, pos + utf8Boundary(chunk, pos, pos + room)));
      }
      this.lineBytes += segment;
      if (nl === -1) break;
      out.push(NEWLINE);
      if (this.lineBytes > this.max) this.cuts.set(this.line, this.lineBytes);
      this.line++;
      this.lineBytes = 0;
      pos = nl + 1;
    }
    this.emitLines(Buffer.concat(out), done);
  }

  /** Passes on the whole lines in `bytes` (with the held-back start of the first) and holds back the rest. */
  private emitLines(bytes: Buffer, done: TransformCallback): void {
    const lastNl = bytes.lastIndexOf(10);
    if (lastNl === -1) {
      if (bytes.length > 0) this.partial.push(bytes);
      done();
      return;
    }
    const head = lastNl + 1 === bytes.length ? bytes : bytes.subarray(0, lastNl + 1);
    // Only the line that spans the chunks is joined; the rest passes as a view of the chunk read, which
    // a FileStream can then read into again (FileStream.recycle). Joining it all copied every chunk:
    // 50 MB of copies for a 50 MB log, and as many 64 KiB buffers left for the garbage collector.
    // The held-back tail is a copy, so that no view of a recycled chunk stays here.
    const tail = lastNl + 1 < bytes.length ? [Buffer.from(bytes.subarray(lastNl + 1))] : [];
    if (this.partial.length === 0) {
      this.partial = tail;
      done(null, this.decode(head));
      return;
    }
    const firstNl = head.indexOf(10);
    const joined = Buffer.concat([...this.partial, head.subarray(0, firstNl + 1)]);
    this.partial = tail;
    if (firstNl + 1 === head.length) {
      done(null, this.decode(joined));
      return;
    }
    this.push(this.decode(joined));
    done(null, this.decode(head.subarray(firstNl + 1)));
  }

  private decode(bytes: Buffer): Buffer {
    return this.latin1 ? Buffer.from(bytes.toString('latin1'), 'utf8') : bytes;
  }

  override _flush(done: TransformCallback): void {
    if (this.crOnly === undefined) {
      this.decide();
      let failed: Error | null = null;
      this.replay((error?: Error | null) => { failed = error ?? null; });
      if (failed) { done(failed); return; }
    }
    if (this.partial.length > 0) this.push(this.decode(Buffer.concat(this.partial)));
    this.partial = [];
    if (this.lineBytes > this.max) this.cuts.set(this.line, this.lineBytes);
    if (!this.latin1 && this.invalidUtf8Line === 0 && this.pending.length > 0) {
      if (!isUtf8(Buffer.concat(this.pending))) this.invalidUtf8Line = this.line;
    }
    this.pending = [];
    done();
  }

  /** Validates whole lines only: a newline never sits inside a multi-byte character. */
  private checkUtf8(chunk: Buffer): void {
    const lastNl = chunk.lastIndexOf(10);
    if (lastNl === -1) {
      this.pending.push(chunk);
      // A line with no end in sight: validate what we have, minus a possibly split last character.
      const held = this.pending.reduce((n, b) => n + b.length, 0);
      if (held > this.max) {
        const all = Buffer.concat(this.pending);
        if (!isUtf8(all.subarray(0, utf8Boundary(all, 0, all.length - 4)))) this.invalidUtf8Line = this.line;
        this.pending = [all.subarray(Math.max(0, all.length - 4))];
      }
      return;
    }
    // Only the line that spans two chunks is joined to be validated; the rest is validated where it
    // lies (joining it all copied every 64 KiB chunk).
    let from = 0;
    if (this.pending.length > 0) {
      const firstNl = chunk.indexOf(10);
      if (!isUtf8(Buffer.concat([...this.pending, chunk.subarray(0, firstNl)]))) {
        this.invalidUtf8Line = this.line;
        this.pending = [];
        return;
      }
      from = firstNl + 1;
    }
    if (from < lastNl) {
      const rest = chunk.subarray(from, lastNl);
      if (!isUtf8(rest)) this.invalidUtf8Line = this.firstInvalidLine(rest, this.line + (from > 0 ? 1 : 0));
    }
    // A copy: the chunk may be read into again once the lines before its tail are scanned.
    this.pending = lastNl + 1 < chunk.length ? [Buffer.from(chunk.subarray(lastNl + 1))] : [];
  }

  /** The number of the first line in `head` that is not UTF-8; `first` is the number of its first line. */
  private firstInvalidLine(head: Buffer, first: number): number {
    let line = first;
    let pos = 0;
    while (pos <= head.length) {
      const nl = head.indexOf(10, pos);
      const end = nl === -1 ? head.length : nl;
      if (!isUtf8(head.subarray(pos, end))) return line;
      if (nl === -1) break;
      line++;
      pos = nl + 1;
    }
    return first;
  }

  private lineOfOffset(chunk: Buffer, offset: number): number {
    let line = this.line;
    let pos = chunk.indexOf(10);
    while (pos !== -1 && pos < offset) {
      line++;
      pos = chunk.indexOf(10, pos + 1);
    }
    return line;
  }
}

const NEWLINE = Buffer.from('\n');

function crToLf(chunk: Buffer): Buffer {
  const out = Buffer.from(chunk);
  for (let at = out.indexOf(13); at !== -1; at = out.indexOf(13, at + 1)) out[at] = 10;
  return out;
}

function countNewlines(chunk: Buffer): number {
  let n = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) n++;
  return n;
}

/** The largest length ≤ `end - start` that does not split a UTF-8 character. */
function utf8Boundary(buf: Buffer, start: number, end: number): number {
  let cut = Math.max(start, end);
  // Continuation bytes look like 10xxxxxx; back off to the lead byte.
  while (cut > start && cut < buf.length && (buf[cut]! & 0xc0) === 0x80) cut--;
  return cut - start;
}
