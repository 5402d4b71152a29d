/**
 * Builds the byte matcher's tables (engine/byte-matcher.ts) from the parsers' literals: an Aho-Corasick
 * DFA of the literals that can stand anywhere in a line and a trie of the prefixes, run side by side as
 * one DFA over byte classes, and a reversed trie of the suffixes. Building takes a tenth of a second or
 * more, so the tables of the built-in literals ship prebuilt (engine/scan-tables-file.ts).
 */
import type { ScanTables } from './scan-kernel.js';

export interface ByteLiterals {
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  readonly anywhere: readonly string[];
}

/** acc values: what reaching a state means. */
export const ACC_LITERAL = 1;
export const ACC_NEWLINE = 2;
export const ACC_CR = 3;
/**
 * A prefix ends here and no anywhere literal does: the line is needed, and the scan goes on to its end to
 * learn whether it also holds an anywhere literal (the checker and the catalog then skip their own
 * search for one: engine/prefilter.ts).
 */
export const ACC_PREFIX = 4;

// Bytes that make normalizeLine change a line (lines/normalize.ts): ESC, U+009B (CSI, C2 9B in UTF-8),
// `…` (U+2026, E2 80 A6). A CR is one too unless only CRs follow it up to the newline (scan-lines.ts).
const NORMALIZED = ['\x1b', '\u009b', '\u2026', '\r'];

interface Node { next: Map<number, number>; end: boolean }

/** A byte trie with dense rows per state (over byte classes), premultiplied; -1: no such edge. */
function trie(words: readonly Buffer[], classes: Uint8Array, width: number): { delta: Int32Array; end: Uint8Array } {
  const nodes: Node[] = [{ next: new Map(), end: false }];
  for (const w of words) {
    let s = 0;
    for (const b of w) {
      let t = nodes[s]!.next.get(classes[b]!);
      if (t === undefined) {
        t = nodes.length;
        nodes.push({ next: new Map(), end: false });
        nodes[s]!.next.set(classes[b]!, t);
      }
      s = t;
    }
    nodes[s]!.end = true;
  }
  const delta = new Int32Array(nodes.length * width).fill(-1);
  const end = new Uint8Array(nodes.length * width);
  nodes.forEach((n, s) => {
    for (const [c, t] of n.next) delta[s * width + c] = t * width;
    if (n.end) end[s * width] = 1;
  });
  return { delta, end };
}

/** Every literal's bytes, deduplicated, in a stable order (the tables' cache key is made from this). */
export function canonicalLiterals(literals: ByteLiterals): ByteLiterals {
  const clean = (list: readonly string[]): string[] => [...new Set(list)].filter((t) => t !== '').sort();
  return { prefixes: clean(literals.prefixes), suffixes: clean(literals.suffixes), anywhere: clean([...literals.anywhere, ...NORMALIZED]) };
}

export function buildTables(given: ByteLiterals): ScanTables {
  const literals = canonicalLiterals(given);
  const anywhere = literals.anywhere.map((t) => Buffer.from(t, 'utf8'));
  const prefixes = literals.prefixes.map((t) => Buffer.from(t, 'utf8'));
  const suffixes = literals.suffixes.map((t) => Buffer.from(t, 'utf8').reverse());
  const classes = new Uint8Array(256);
  let width = 1;
  const classOf = (b: number): void => { if (classes[b] === 0) classes[b] = width++; };
  classOf(10);
  classOf(13);
  classOf(32);
  classOf(9);
  for (const w of [...anywhere, ...prefixes, ...suffixes]) for (const b of w) classOf(b);
  if (width > 256) throw new Error('byte classes overflow');
  const pt = trie(prefixes, classes, width);
  const st = trie(suffixes, classes, width);

  // Aho-Corasick: the trie of the anywhere literals, failure links by breadth, then every missing edge
  // filled from the failure state's row. State 0 is the root; the newline leads to a state of its own
  // whose row is the root's (each line starts afresh: no literal holds a newline).
  const nodes: Node[] = [{ next: new Map(), end: false }, { next: new Map(), end: false }];
  const NL = 1;
  const CR = classes[13]!;
  for (const w of anywhere) {
    let s = 0;
    for (const b of w) {
      const c = classes[b]!;
      let t = nodes[s]!.next.get(c);
      if (t === undefined) {
        t = nodes.length;
        nodes.push({ next: new Map(), end: false });
        nodes[s]!.next.set(c, t);
      }
      s = t;
    }
    nodes[s]!.end = true;
  }
  const count = nodes.length;
  const fail = new Int32Array(count);
  const delta = new Int32Array(count * width);
  // One per DFA state (not premultiplied): only the product below reads it.
  const acc = new Uint8Array(count);
  const order: number[] = [];
  const NLC = classes[10]!;
  for (let c = 0; c < width; c++) {
    const t = nodes[0]!.next.get(c);
    delta[c] = t === undefined ? 0 : t * width;
    if (t !== undefined) { fail[t] = 0; order.push(t); }
  }
  delta[NLC] = NL * width;
  for (let k = 0; k < order.length; k++) {
    const s = order[k]!;
    for (const [c, t] of nodes[s]!.next) {
      fail[t] = delta[fail[s]! * width + c]! / width;
      order.push(t);
    }
    // The failure state's row (complete: it is nearer the root), then this state's own edges.
    delta.copyWithin(s * width, fail[s]! * width, fail[s]! * width + width);
    for (const [c, t] of nodes[s]!.next) delta[s * width + c] = t * width;
    delta[s * width + NLC] = NL * width;
    if (nodes[s]!.end || acc[fail[s]!] === ACC_LITERAL) acc[s] = ACC_LITERAL;
  }
  for (let c = 0; c < width; c++) delta[NL * width + c] = delta[c]!;
  acc[NL] = ACC_NEWLINE;
  // A CR (no literal holds one besides the CR itself, so every state goes to the root's CR child).
  acc[nodes[0]!.next.get(CR)!] = ACC_CR;

  // The line automaton: the anywhere DFA and the prefix trie run side by side from each line's start
  // (the trie stays at its root over leading spaces and tabs), as one DFA over pairs of their states,
  // built by breadth from the pair (root, line start). Every newline leads to one state (ACC_NEWLINE)
  // whose row is the start's: each line starts afresh.
  const P = pt.end.length / width;
  const SP = classes[32]!;
  const TAB = classes[9]!;
  const ids = new Map<number, number>();
  // The pairs by state number (0 is the newline state); rows written into typed arrays that grow
  // (nested arrays of rows cost 15 MB and most of the build time).
  const pairA: number[] = [0];
  const pairP: number[] = [0];
  let cap = 1024;
  let lineDelta = new Int32Array(cap * width);
  let lineAcc = new Uint8Array(cap);
  // Most pairs have left every prefix behind (p = -1): those are looked up by their DFA state alone.
  const pastPrefix = new Int32Array(count);
  const id = (a: number, p: number): number => {
    if (p === -1) {
      const known = pastPrefix[a]!;
      if (known !== 0) return known;
      const n = pairA.length;
      pastPrefix[a] = n;
      pairA.push(a);
      pairP.push(p);
      return n;
    }
    const key = a * (P + 1) + (p + 1);
    let n = ids.get(key);
    if (n === undefined) {
      n = pairA.length;
      ids.set(key, n);
      pairA.push(a);
      pairP.push(p);
    }
    return n;
  };
  id(0, 0);
  for (let n = 1; n < pairA.length; n++) {
    if (n >= cap) {
      cap *= 2;
      const d = new Int32Array(cap * width);
      d.set(lineDelta);
      lineDelta = d;
      const x = new Uint8Array(cap);
      x.set(lineAcc);
      lineAcc = x;
    }
    const a = pairA[n]!;
    const p = pairP[n]!;
    const row = n * width;
    for (let c = 0; c < width; c++) {
      if (c === NLC) { lineDelta[row + c] = 0; continue; }
      const a2 = delta[a * width + c]! / width;
      let p2 = -1;
      if (p === 0 && (c === SP || c === TAB)) p2 = 0;
      else if (p >= 0) { const t = pt.delta[p * width + c]!; p2 = t < 0 ? -1 : t / width; }
      lineDelta[row + c] = id(a2, p2);
    }
    const hit = acc[a]!;
    lineAcc[n] = hit === ACC_LITERAL ? ACC_LITERAL : hit === ACC_CR ? ACC_CR : p > 0 && pt.end[p * width] === 1 ? ACC_PREFIX : 0;
  }
  lineAcc[0] = ACC_NEWLINE;
  return renumbered(lineDelta, lineAcc, pairA.length, width, classes, { anyPrefix: prefixes.length > 0, anySuffix: suffixes.length > 0, suffixes, suffixDelta: st.delta, suffixEnd: st.end });
}

/**
 * The accepting states numbered first, so that the scan's hot loop tells one by its number alone
 * (`s < accLimit`) instead of reading a second table for every byte: 1.5x on the loop alone. The rows
 * (`rows[n * width + c]` is the next state's number) become premultiplied, as the scan reads them.
 */
function renumbered(
  rows: Int32Array, acc: Uint8Array, states: number, width: number, classes: Uint8Array,
  rest: { anyPrefix: boolean; anySuffix: boolean; suffixes: readonly Buffer[]; suffixDelta: Int32Array; suffixEnd: Uint8Array },
): ScanTables {
  const to = new Int32Array(states);
  let next = 0;
  // The newline state (0) stays 0: every newline leads there.
  for (let n = 0; n < states; n++) if (acc[n] !== 0) to[n] = next++;
  const accepting = next;
  for (let n = 0; n < states; n++) if (acc[n] === 0) to[n] = next++;
  const lineDelta = new Int32Array(states * width);
  const lineAcc = new Uint8Array(accepting * width);
  for (let n = 0; n < states; n++) {
    const from = n * width;
    const row = to[n]! * width;
    for (let c = 0; c < width; c++) lineDelta[row + c] = to[rows[from + c]!]! * width;
    if (acc[n] !== 0) lineAcc[row] = acc[n]!;
  }
  // The start's row is the newline state's: a newline starts the next line as the first one starts.
  const lineStart = to[1]! * width;
  lineDelta.copyWithin(0, lineStart, lineStart + width);
  // Bytes a line may end with for the suffix test to matter: a suffix's last byte, white space, non-ASCII.
  const suffixLast = new Uint8Array(256);
  for (const w of rest.suffixes) suffixLast[w[0]!] = 1;
  for (const b of [9, 10, 11, 12, 13, 32]) suffixLast[b] = 1;
  for (let b = 0x80; b < 256; b++) suffixLast[b] = 1;
  return {
    classes, width, lineDelta, lineAcc, accLimit: accepting * width, lineStart,
    anyPrefix: rest.anyPrefix, anySuffix: rest.anySuffix, suffixLast, suffixDelta: rest.suffixDelta, suffixEnd: rest.suffixEnd,
  };
}
