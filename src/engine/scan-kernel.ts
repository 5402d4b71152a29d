import type { ByteMatcher } from './byte-matcher.js';

/**
 * The byte matcher's tables as plain typed arrays: what a scan worker (engine/parallel-scan.ts) needs,
 * sent once by structured clone (building the matcher takes far longer than copying its tables).
 */
export interface ScanTables {
  /** Byte → class (0: a byte in no literal); `width` classes in all, the row width of every table. */
  readonly classes: Uint8Array;
  readonly width: number;
  /** The line automaton, premultiplied: the next state of `s` on byte b is `lineDelta[s + classes[b]]`. */
  readonly lineDelta: Int32Array;
  /** ACC_* of the accepting states, which are numbered first: every state below accLimit. */
  readonly lineAcc: Uint8Array;
  readonly accLimit: number;
  readonly lineStart: number;
  readonly anyPrefix: boolean;
  readonly anySuffix: boolean;
  readonly suffixLast: Uint8Array;
  /** The reversed suffix trie, premultiplied; -1: no edge; suffixEnd[s] 1 where a suffix ends. */
  readonly suffixDelta: Int32Array;
  readonly suffixEnd: Uint8Array;
}

export function tablesOf(m: ByteMatcher): ScanTables {
  return m.tables;
}

/**
 * The end of the CSI sequences (ECMA-48: ESC `[`, parameter bytes 0x30-0x3F, intermediate bytes
 * 0x20-0x2F, a final byte 0x40-0x7E) that start at `at`, back to back; `at` when none does. Normalization
 * (lines/normalize.ts) removes every one of them. Self-contained, as scanBatch (which calls it): the
 * scan worker runs their source texts. pbuilder 0.231, test/logs/:
 *   \x1b[0mI: mounting /proc filesystem\x1b[0m      \x1b[1;33mW: cgroups are not available on the host\x1b[0m
 */
export function csiRun(buf: Uint8Array, at: number): number {
  let pos = at;
  for (;;) {
    if (buf[pos] !== 27 || buf[pos + 1] !== 91) return pos;
    let k = pos + 2;
    while (buf[k]! >= 0x30 && buf[k]! <= 0x3f) k++;
    while (buf[k]! >= 0x20 && buf[k]! <= 0x2f) k++;
    if (!(buf[k]! >= 0x40 && buf[k]! <= 0x7e)) return pos;
    pos = k + 1;
  }
}

/** The newline after `at` (an ESC) when only CSI sequences and CRs come before it; else -1. */
export function trailingCsi(buf: Uint8Array, at: number): number {
  let k = csiRun(buf, at);
  if (k === at) return -1;
  while (buf[k] === 13) k++;
  return buf[k] === 10 ? k : -1;
}

/**
 * What scanBatch found: the batch's line count and, per flagged line, [2 × its index in the batch + 1 if
 * it may hold an anywhere literal (ScanTarget.line's `triggers`), start, newline].
 */
export interface BatchFlags {
  lines: number;
  count: number;
  flags: Int32Array;
}

/**
 * The lines of `buf` (whole lines: its last byte is a newline) that someone may want whatever the
 * checker's state: a literal (a prefix, an anywhere literal, a suffix), a redraw CR, a CI prefix. The
 * same decisions as LineScanner.scan (engine/scan-lines.ts) with `everyLine` false; the caller hands on
 * the lines between while the checker says needsNext().
 *
 * Self-contained but for csiRun and trailingCsi (no other outer names, constants written out: ACC_NEWLINE 2,
 * ACC_CR 3, ACC_PREFIX 4): the scan worker runs their source texts (Function.prototype.toString), which
 * works from dist/ and from the one-file bundle alike.
 */
export function scanBatch(t: ScanTables, buf: Uint8Array & { indexOf(value: number, from: number): number }): BatchFlags {
  const delta = t.lineDelta;
  const acc = t.lineAcc;
  const accLimit = t.accLimit;
  const classes = t.classes;
  const suffixLast = t.suffixLast;
  const anySuffix = t.anySuffix;
  const n = buf.length;
  let flags = new Int32Array(3 * 64);
  let count = 0;
  let line = 0;
  const flag = (index: number, literal: boolean, start: number, nl: number): void => {
    if (3 * count + 3 > flags.length) {
      const grown = new Int32Array(flags.length * 2);
      grown.set(flags);
      flags = grown;
    }
    flags[3 * count] = 2 * index + (literal ? 1 : 0);
    flags[3 * count + 1] = start;
    flags[3 * count + 2] = nl;
    count++;
  };
  // As scan-lines.ts ciPrefix: a CI system's prefix at the line's start (normalization strips it).
  const ci = (at: number): boolean => {
    const first = buf[at]!;
    switch (first) {
      case 35: { const c = buf[at + 1]!; return c >= 48 && c <= 57; }
      case 91: { const c = buf[at + 1]!; return c === 32 || (c >= 48 && c <= 57); }
      case 95: return buf[at + 1] === 98;
      case 98: case 101: case 115: case 99: return buf[at + 5] === 9 || buf[at + 6] === 9 || buf[at + 7] === 9;
      default:
        if (first >= 48 && first <= 57) return buf[at + 4] === 45 || buf[at + 2] === 58;
        return false;
    }
  };
  // As LineScanner.endNeeds.
  const endNeeds = (start: number, nl: number): boolean => {
    let last = nl - 1;
    for (; last >= start; last--) {
      const b = buf[last]!;
      if (b === 32 || (b >= 9 && b <= 13)) continue;
      if (b >= 0x80) return true;
      break;
    }
    if (last < start) return false;
    const sd = t.suffixDelta;
    const se = t.suffixEnd;
    let s = 0;
    for (let i = last; i >= start; i--) {
      s = sd[s + classes[buf[i]!]!]!;
      if (s < 0) return false;
      if (se[s] === 1) return true;
    }
    return false;
  };
  if (n === 0) return { lines: 0, count: 0, flags };
  let start = 0;
  let need = ci(0);
  let literal = need;
  let textEnd = -1;
  let s = t.lineStart;
  for (let i = need ? buf.indexOf(10, 0) : buf[0] === 27 ? csiRun(buf, 0) : 0; i < n; i++) {
    let j = i;
    for (; j < n; j++) {
      s = delta[s + classes[buf[j]!]!]!;
      if (s < accLimit) break;
    }
    if (j >= n) break;
    i = j;
    const a = acc[s]!;
    if (a === 2) {
      const end = textEnd < 0 ? i : textEnd;
      if (!need && anySuffix && end > start && suffixLast[buf[end - 1]!] === 1) need = endNeeds(start, end);
      if (need) flag(line, literal, start, i);
      line++;
      start = i + 1;
      if (start >= n) break;
      need = ci(start);
      literal = need;
      textEnd = -1;
      if (need) i = buf.indexOf(10, start) - 1;
      else if (buf[start] === 27) i = csiRun(buf, start) - 1;
      continue;
    }
    if (a === 4) {
      need = true;
      continue;
    }
    if (a === 3) {
      let k = i + 1;
      while (buf[k] === 13) k++;
      if (buf[k] === 10) continue;
    }
    if (buf[i] === 27) {
      const nl = trailingCsi(buf, i);
      if (nl >= 0) {
        textEnd = i;
        i = nl - 1;
        continue;
      }
    }
    need = true;
    literal = true;
    i = buf.indexOf(10, i) - 1;
  }
  return { lines: line, count, flags };
}
