import { Writable } from 'node:stream';
import { ACC_CR, ACC_NEWLINE, ACC_PREFIX, type ByteMatcher } from './byte-matcher.js';
import { normalizeLine } from '../lines/normalize.js';
import { csiRun, trailingCsi } from './scan-kernel.js';
import type { LogLine } from '../types.js';

/** What the scanner drives: the checker (engine/checker.ts) through this narrow face. */
export interface ScanTarget {
  /**
   * `triggers` false: the scanner read the whole line and it holds none of the parsers' anywhere
   * literals (their `triggers`); true: it may (one was found, or the line was not read through).
   */
  line(line: LogLine, triggers: boolean): void;
  /** True while a parser is busy or a rule asked for the next line: then every line goes through. */
  needsNext(): boolean;
}

/** How many lines back the look-back reaches (as the checker's RECENT_LINES). */
export const RECENT = 32;

/** A run of whole lines scanned: buf[from, to), its first line's number, how many lines. */
export interface Segment { readonly buf: Buffer; readonly from: number; readonly to: number; readonly first: number; lines: number }

/**
 * Finds the lines anyone needs in raw chunks, and decodes, normalizes and hands on only those: a line no
 * literal wakes is never split, decoded or allocated. Line numbers count every line. The last lines'
 * byte ranges are kept, so that a rule that looks back (RuleContext.recentLines) sees the real previous
 * lines, decoded on demand.
 *
 * Framing is split2's: a line ends at `\n`; the piece after the last `\n` is a line if it is not empty.
 */
export class LineScanner extends Writable {
  lines = 0;
  cutLines = 0;
  firstCut: { line: number; bytes: number } | undefined;
  private everyLine = false;
  private carry: Buffer[] = [];
  /** The last segments scanned, enough of them to hold the last RECENT lines: the look-back reads them. */
  private segments: Segment[] = [];
  /** The line being handed on, and where it lies. */
  private current: LogLine | undefined;
  private currentStart = 0;
  private ended = false;

  constructor(
    private readonly matcher: ByteMatcher,
    private readonly target: ScanTarget,
    /** Line number → real byte length of a line the clamp cut (read and deleted here). */
    private readonly cuts: Map<number, number>,
    /** Told of the memory of chunks this scanner no longer holds a view of (FileStream.recycle). */
    private readonly recycle?: (memory: ArrayBufferLike) => void,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    try {
      this.feed(chunk);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _final(done: (error?: Error | null) => void): void {
    try {
      this.flush();
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  /** The piece after the last newline is a line if it is not empty. */
  flush(): void {
    if (this.carry.length > 0) {
      const rest = Buffer.concat([...this.carry, NEWLINE]);
      this.carry = [];
      if (rest.length > 1) this.scan(rest, 0, rest.length);
    }
    this.ended = true;
  }

  /**
   * The last lines (oldest first, the current one last), found by walking back over the bytes from the
   * current line and decoded now: nothing is kept per line while scanning. A skipped line that the clamp
   * cut comes without its cutBytes.
   */
  recentLines(): LogLine[] {
    return lookBack(this.segments, this.ended ? undefined : this.current, this.currentStart, this.lines);
  }

  feed(chunk: Buffer): void {
    let from = 0;
    if (this.carry.length > 0) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        this.carry.push(chunk);
        return;
      }
      const joined = Buffer.concat([...this.carry, chunk.subarray(0, nl + 1)]);
      this.carry = [];
      this.scan(joined, 0, joined.length);
      from = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= from) this.scan(chunk, from, last + 1);
    const rest = Math.max(from, last + 1);
    if (rest < chunk.length) this.carry.push(chunk.subarray(rest));
  }

  /**
   * Lines of buf[from, to): `to - 1` is a newline. The loop runs over a view of exactly those bytes:
   * with `i < buf.length` V8 drops the bounds checks (and the undefined path) from the hot loop, which
   * made it 2-3 times faster than `i < to` on a larger buffer.
   */
  private scan(whole: Buffer, first: number, end: number): void {
    const buf = first === 0 && end === whole.length ? whole : whole.subarray(first, end);
    const from = 0;
    const to = buf.length;
    const m = this.matcher;
    const { lineDelta: delta, lineAcc: acc, accLimit, classes, anySuffix, suffixLast } = m;
    const segment: Segment = { buf, from, to, first: this.lines + 1, lines: 0 };
    this.segments.push(segment);
    let number = this.lines;
    let everyLine = this.everyLine;
    let start = from;
    let need = everyLine || (CI_FIRST[buf[from]!] === 1 && ciPrefix(buf, from));
    // Whether the line may hold an anywhere literal: a line handed on unread (above) may.
    let literal = need;
    // Where the line's text ends before escape sequences that end it (-1: at its newline).
    let textEnd = -1;
    let s = m.lineStart;
    const n = buf.length;
    for (let i = need ? buf.indexOf(10, from) : buf[from] === 27 ? csiRun(buf, from) : from; i < n; i++) {
      // The hot loop: its own induction variable, so that V8 can drop the bounds checks.
      let j = i;
      for (; j < n; j++) {
        s = delta[s + classes[buf[j]!]!]!;
        if (s < accLimit) break;
      }
      if (j >= n) break;
      i = j;
      const a = acc[s]!;
      if (a === ACC_NEWLINE) {
        // The line [start, i) is complete.
        number++;
        const end = textEnd < 0 ? i : textEnd;
        if (!need && anySuffix && end > start && suffixLast[buf[end - 1]!] === 1) need = this.endNeeds(buf, start, end);
        let cut = 0;
        if (this.cuts.size !== 0) {
          cut = this.cuts.get(number) ?? 0;
          if (cut > 0) {
            this.cuts.delete(number);
            this.cutLines++;
            this.firstCut ??= { line: number, bytes: cut };
          }
        }
        if (need) {
          const raw = buf.toString('utf8', start, i);
          const line: LogLine = cut === 0 ? { number, raw, text: normalizeLine(raw) } : { number, raw, text: normalizeLine(raw), cutBytes: cut };
          this.lines = number;
          segment.lines = number - segment.first + 1;
          this.current = line;
          this.currentStart = start;
          this.target.line(line, literal);
          everyLine = this.target.needsNext();
        }
        start = i + 1;
        if (start >= to) break;
        need = everyLine || (CI_FIRST[buf[start]!] === 1 && ciPrefix(buf, start));
        literal = need;
        textEnd = -1;
        // A line wanted whole: straight to its newline (the state before a newline does not matter).
        if (need) i = buf.indexOf(10, start) - 1;
        // Colours before the text (pbuilder's `\x1b[0mI: ...`): normalization removes them, so the prefix
        // trie starts after them.
        else if (buf[start] === 27) i = csiRun(buf, start) - 1;
        continue;
      }
      // A prefix: the line is wanted, and read on to its newline (an anywhere literal may follow).
      if (a === ACC_PREFIX) {
        need = true;
        continue;
      }
      if (a === ACC_CR) {
        // A CR before the newline (CRLF) changes nothing a parser reads; one before other text is a redraw.
        let j = i + 1;
        while (buf[j] === 13) j++;
        if (buf[j] === 10) continue;
      }
      // Colours after the text (pbuilder's `...\x1b[0m`): the text ends before them, nothing follows.
      if (buf[i] === 27) {
        const nl = trailingCsi(buf, i);
        if (nl >= 0) {
          textEnd = i;
          i = nl - 1;
          continue;
        }
      }
      // A literal (or a redraw): the line is wanted; on to its newline.
      need = true;
      literal = true;
      i = buf.indexOf(10, i) - 1;
    }
    this.lines = number;
    this.everyLine = everyLine;
    segment.lines = number - segment.first + 1;
    // Keep the segments that hold the last RECENT lines (and the one before them).
    let held = 0;
    let k = this.segments.length - 1;
    while (k > 0 && held < RECENT) held += this.segments[k--]!.lines;
    if (k > 0) {
      const dropped = this.segments.slice(0, k);
      this.segments = this.segments.slice(k);
      if (this.recycle !== undefined) {
        for (const d of dropped) {
          const memory = d.buf.buffer;
          if (this.segments.some((x) => x.buf.buffer === memory) || this.carry.some((c) => c.buffer === memory)) continue;
          this.recycle(memory);
        }
      }
    }
  }

  /** A suffix before the trailing white space; any non-ASCII byte there might be white space to JavaScript: yes. */
  private endNeeds(buf: Buffer, start: number, nl: number): boolean {
    let last = nl - 1;
    for (; last >= start; last--) {
      const b = buf[last]!;
      if (b === 32 || (b >= 9 && b <= 13)) continue;
      if (b >= 0x80) return true;
      break;
    }
    return last >= start && this.matcher.suffixAt(buf, start, last);
  }
}

const NEWLINE = Buffer.from('\n');

/** First bytes of the CI prefixes normalize.ts strips: `#`, `[`, `_`, Bamboo's b/e/s/c, digits. */
const CI_FIRST = new Uint8Array(256);
for (const c of '#[_besc0123456789') CI_FIRST[c.charCodeAt(0)] = 1;

/** Whether the line at `at` may start with a CI system's prefix (normalization strips it: the line must go through). */
function ciPrefix(buf: Buffer, at: number): boolean {
  const first = buf[at]!;
  switch (first) {
    case 35: { // #6 20.55 (BuildKit)
      const c = buf[at + 1]!;
      return c >= 48 && c <= 57;
    }
    case 91: { // [2025-07-04T14:32:14.561Z] (Jenkins), [   23s] (OBS)
      const c = buf[at + 1]!;
      return c === 32 || (c >= 48 && c <= 57);
    }
    case 95: // _bk;t=1625064000000\x07 (Buildkite)
      return buf[at + 1] === 98;
    case 98: case 101: case 115: case 99: // build\t, error\t, simple\t, command\t (Bamboo)
      return buf[at + 5] === 9 || buf[at + 6] === 9 || buf[at + 7] === 9;
    default:
      // 2025-07-04T14:32:14.5612144Z (GitHub, GitLab), 17:18:52 (Jenkins)
      return buf[at + 4] === 45 || buf[at + 2] === 58;
  }
}

/**
 * The last lines (oldest first, the current one last), found by walking back over the bytes of the kept
 * segments from the current line (or, with none, from the end of the input) and decoded now.
 */
export function lookBack(segments: readonly Segment[], current: LogLine | undefined, currentStart: number, lines: number): LogLine[] {
  const out: LogLine[] = [];
  let number: number;
  let end: number;
  if (current !== undefined) {
    out.push(current);
    number = current.number;
    end = currentStart - 1; // the newline before the current line
  } else {
    // At the end of the input (rules' end()): the last lines of the log.
    if (segments.length === 0) return out;
    number = lines + 1;
    end = segments[segments.length - 1]!.to - 1;
  }
  for (let k = segments.length - 1; k >= 0 && out.length < RECENT; k--) {
    const seg = segments[k]!;
    if (k < segments.length - 1) end = seg.to - 1;
    while (out.length < RECENT && end > seg.from - 1 && number > seg.first) {
      const start = end > seg.from ? seg.buf.lastIndexOf(10, end - 1) + 1 : seg.from;
      const begin = Math.max(start, seg.from);
      number--;
      const raw = seg.buf.toString('utf8', begin, end);
      out.push({ number, raw, text: normalizeLine(raw) });
      end = begin - 1;
    }
  }
  return out.reverse();
}
