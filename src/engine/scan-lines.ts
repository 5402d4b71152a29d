import { Writable } from 'node:stream';
import { ACC_CR, ACC_LITERAL, ACC_NEWLINE, type ByteMatcher } from './byte-matcher.js';
import { normalizeLine } from '../lines/normalize.js';
import type { LogLine } from '../types.js';

/** What the scanner drives: the checker (engine/checker.ts) through this narrow face. */
export interface ScanTarget {
  line(line: LogLine): void;
  /** True while a parser is busy or a rule asked for the next line: then every line goes through. */
  needsNext(): boolean;
}

/** How many lines back the look-back ring reaches (as the checker's RECENT_LINES). */
const RING = 32;

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
  private readonly ringBuf: (Buffer | undefined)[] = new Array<Buffer | undefined>(RING);
  private readonly ringStart = new Int32Array(RING);
  private readonly ringEnd = new Int32Array(RING);
  private readonly ringNumber = new Int32Array(RING);
  /** The real length of a cut line, else 0. */
  private readonly ringCut = new Float64Array(RING);
  private readonly ringLine: (LogLine | undefined)[] = new Array<LogLine | undefined>(RING);
  private ringNext = 0;

  constructor(
    private readonly matcher: ByteMatcher,
    private readonly target: ScanTarget,
    /** Line number → real byte length of a line the clamp cut (read and deleted here). */
    private readonly cuts: Map<number, number>,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    try {
      this.chunk(chunk);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _final(done: (error?: Error | null) => void): void {
    try {
      if (this.carry.length > 0) {
        const rest = Buffer.concat([...this.carry, NEWLINE]);
        this.carry = [];
        if (rest.length > 1) this.scan(rest, 0, rest.length);
      }
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  /** The last lines (oldest first, the current one last), decoded now if nobody has read them yet. */
  recentLines(): LogLine[] {
    const out: LogLine[] = [];
    for (let k = 0; k < RING; k++) {
      const slot = (this.ringNext + k) % RING;
      const buf = this.ringBuf[slot];
      if (buf === undefined) continue;
      let line = this.ringLine[slot];
      if (line === undefined) {
        line = this.decode(buf, this.ringStart[slot]!, this.ringEnd[slot]!, this.ringNumber[slot]!, this.ringCut[slot]!);
        this.ringLine[slot] = line;
      }
      out.push(line);
    }
    return out;
  }

  private chunk(chunk: Buffer): void {
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

  /** Lines of buf[from, to): `to - 1` is a newline. */
  private scan(buf: Buffer, from: number, to: number): void {
    const m = this.matcher;
    const { delta, acc, classes } = m;
    let i = from;
    while (i < to) {
      const start = i;
      let need = this.everyLine || this.startNeeds(buf, i, to);
      let nl: number;
      if (need) {
        nl = buf.indexOf(10, i);
      } else {
        let s = 0;
        for (; ; i++) {
          s = delta[s + classes[buf[i]!]!]!;
          const a = acc[s]!;
          if (a === 0) continue;
          if (a === ACC_NEWLINE) break;
          if (a === ACC_LITERAL) { need = true; break; }
          if (a === ACC_CR) {
            // A CR before the newline (CRLF) changes nothing a parser reads; one before other text is a redraw.
            let j = i + 1;
            while (buf[j] === 13) j++;
            if (buf[j] !== 10) { need = true; break; }
          }
        }
        nl = need ? buf.indexOf(10, i) : i;
        if (!need && m.anySuffix) need = this.endNeeds(buf, start, nl);
      }
      const number = ++this.lines;
      const slot = this.ringNext;
      this.ringBuf[slot] = buf;
      this.ringStart[slot] = start;
      this.ringEnd[slot] = nl;
      this.ringNumber[slot] = number;
      this.ringNext = (slot + 1) % RING;
      let cut = 0;
      if (this.cuts.size !== 0) {
        cut = this.cuts.get(number) ?? 0;
        if (cut > 0) {
          this.cuts.delete(number);
          this.cutLines++;
          this.firstCut ??= { line: number, bytes: cut };
        }
      }
      this.ringCut[slot] = cut;
      if (need) {
        const line = this.decode(buf, start, nl, number, cut);
        this.ringLine[slot] = line;
        this.target.line(line);
        this.everyLine = this.target.needsNext();
      } else {
        this.ringLine[slot] = undefined;
      }
      i = nl + 1;
    }
  }

  private decode(buf: Uint8Array, start: number, end: number, number: number, cutBytes: number): LogLine {
    const raw = (buf as Buffer).toString('utf8', start, end);
    return cutBytes === 0 ? { number, raw, text: normalizeLine(raw) } : { number, raw, text: normalizeLine(raw), cutBytes };
  }

  /** A prefix after the leading spaces and tabs, or what may be a CI system's prefix (normalize.ts strips those). */
  private startNeeds(buf: Buffer, at: number, to: number): boolean {
    const first = buf[at]!;
    switch (first) {
      case 35: { // #6 20.55 (BuildKit)
        const c = buf[at + 1]!;
        if (c >= 48 && c <= 57) return true;
        break;
      }
      case 91: { // [2025-07-04T14:32:14.561Z] (Jenkins), [   23s] (OBS)
        const c = buf[at + 1]!;
        if (c === 32 || (c >= 48 && c <= 57)) return true;
        break;
      }
      case 95: // _bk;t=1625064000000\x07 (Buildkite)
        if (buf[at + 1] === 98) return true;
        break;
      case 98: case 101: case 115: case 99: // build\t, error\t, simple\t, command\t (Bamboo)
        if (buf[at + 5] === 9 || buf[at + 6] === 9 || buf[at + 7] === 9) return true;
        break;
      default:
        // 2025-07-04T14:32:14.5612144Z (GitHub, GitLab), 17:18:52 (Jenkins)
        if (first >= 48 && first <= 57 && (buf[at + 4] === 45 || buf[at + 2] === 58)) return true;
    }
    if (!this.matcher.anyPrefix) return false;
    let i = at;
    while (buf[i] === 32 || buf[i] === 9) i++;
    return this.matcher.prefixAt(buf, i, to);
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
