/**
 * Every parser's literals as one byte-level automaton, run over raw UTF-8 chunks (engine/scan-lines.ts):
 * an Aho-Corasick DFA for the literals that can stand anywhere in a line, a trie walked from a line's
 * start for its prefixes and one walked backwards from its end for its suffixes. A step of the DFA is two
 * array reads whatever the number of literals (the catalog's hundreds cost no more than ten), unlike a
 * regular expression of alternatives, whose cost grows with their number.
 *
 * It answers one question per line, "could anyone want this line?", and must never say no where the
 * line-level test (engine/prefilter.ts, on the normalized text) would say yes. So it also says yes for
 * every line whose normalized text could differ from its bytes (an escape, a bare CR, `…`, a CI prefix).
 */

export interface ByteLiterals {
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  readonly anywhere: readonly string[];
}

/** acc values: what reaching a state means. */
export const ACC_LITERAL = 1;
export const ACC_NEWLINE = 2;
export const ACC_CR = 3;

// Bytes that make normalizeLine change a line (lines/normalize.ts): ESC, U+009B (CSI, C2 9B in UTF-8),
// `…` (U+2026, E2 80 A6). A CR is one too unless only CRs follow it up to the newline (scan-lines.ts).
const NORMALIZED = ['\x1b', '\u009b', '\u2026', '\r'];

interface Node { next: Map<number, number>; end: boolean }

/** A byte trie with dense rows per state (over byte classes); -1: no such edge. */
class Trie {
  readonly delta: Int32Array;
  readonly end: Uint8Array;
  readonly width: number;

  constructor(words: readonly Buffer[], readonly classes: Uint8Array, width: number) {
    this.width = width;
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
    this.delta = new Int32Array(nodes.length * width).fill(-1);
    // By premultiplied state, as delta.
    this.end = new Uint8Array(nodes.length * width);
    nodes.forEach((n, s) => {
      for (const [c, t] of n.next) this.delta[s * width + c] = t * width;
      if (n.end) this.end[s * width] = 1;
    });
  }
}

export class ByteMatcher {
  /** Byte → class (0: a byte in no literal). */
  readonly classes = new Uint8Array(256);
  /** Number of classes: the row width of every table. */
  readonly width: number;
  // The anywhere DFA and the prefix trie are only steps to the line automaton: not kept (5 MB).
  readonly suffixes: Trie;
  readonly anyPrefix: boolean;
  readonly anySuffix: boolean;

  constructor(literals: ByteLiterals) {
    const anywhere = [...new Set([...literals.anywhere, ...NORMALIZED])].filter((t) => t !== '').map((t) => Buffer.from(t, 'utf8'));
    const prefixes = [...new Set(literals.prefixes)].filter((t) => t !== '').map((t) => Buffer.from(t, 'utf8'));
    const suffixes = [...new Set(literals.suffixes)].filter((t) => t !== '').map((t) => Buffer.from(t, 'utf8').reverse());
    let width = 1;
    const classOf = (b: number): void => { if (this.classes[b] === 0) this.classes[b] = width++; };
    classOf(10);
    classOf(13);
    classOf(32);
    classOf(9);
    for (const w of [...anywhere, ...prefixes, ...suffixes]) for (const b of w) classOf(b);
    if (width > 256) throw new Error('byte classes overflow');
    this.width = width;
    const pt = new Trie(prefixes, this.classes, width);
    this.suffixes = new Trie(suffixes, this.classes, width);
    this.anyPrefix = prefixes.length > 0;
    this.anySuffix = suffixes.length > 0;

    // Aho-Corasick: the trie of the anywhere literals, failure links by breadth, then every missing edge
    // filled from the failure state's row. State 0 is the root; the newline leads to a state of its own
    // whose row is the root's (each line starts afresh: no literal holds a newline).
    const nodes: Node[] = [{ next: new Map(), end: false }, { next: new Map(), end: false }];
    const NL = 1;
    const CR = this.classes[13]!;
    for (const w of anywhere) {
      let s = 0;
      for (const b of w) {
        const c = this.classes[b]!;
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
    const acc = new Uint8Array(count * width);
    const order: number[] = [];
    const NLC = this.classes[10]!;
    // The root's row.
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
      for (let c = 0; c < width; c++) {
        const t = nodes[s]!.next.get(c);
        delta[s * width + c] = t !== undefined ? t * width : delta[fail[s]! * width + c]!;
      }
      delta[s * width + NLC] = NL * width;
      if (nodes[s]!.end || acc[fail[s]! * width] === ACC_LITERAL) acc[s * width] = ACC_LITERAL;
    }
    // The newline state: the root's row.
    for (let c = 0; c < width; c++) delta[NL * width + c] = delta[c]!;
    acc[NL * width] = ACC_NEWLINE;
    // A CR (no literal holds one besides the CR itself, so every state goes to the root's CR child).
    acc[nodes[0]!.next.get(CR)! * width] = ACC_CR;

    // The line automaton: the anywhere DFA and the prefix trie run side by side from each line's start
    // (the trie stays at its root over leading spaces and tabs), as one DFA over pairs of their states,
    // built by breadth from the pair (root, line start). Every newline leads to one state (ACC_NEWLINE)
    // whose row is the start's: each line starts afresh.
    const P = pt.end.length / width; // prefix trie nodes; -1 is "no prefix any more"
    const SP = this.classes[32]!;
    const TAB = this.classes[9]!;
    const ids = new Map<number, number>();
    // The pairs by state number (0 is the newline state), and the tables written row by row into typed
    // arrays that grow: nested arrays of rows cost 15 MB and most of the start-up time.
    const pairA: number[] = [0];
    const pairP: number[] = [0];
    let cap = 1024;
    let lineDelta = new Int32Array(cap * width);
    let lineAcc = new Uint8Array(cap * width);
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
        const x = new Uint8Array(cap * width);
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
        lineDelta[row + c] = id(a2, p2) * width;
      }
      const hit = acc[a * width]!;
      lineAcc[row] = (p > 0 && pt.end[p * width] === 1) || hit === ACC_LITERAL ? ACC_LITERAL : hit === ACC_CR ? ACC_CR : 0;
    }
    // The newline state: the start's row, and ACC_NEWLINE.
    lineDelta.copyWithin(0, width, 2 * width);
    lineAcc[0] = ACC_NEWLINE;
    const states = pairA.length;
    this.lineDelta = lineDelta.subarray(0, states * width);
    this.lineAcc = lineAcc.subarray(0, states * width);
    this.lineStart = width;
    // Bytes a line may end with for the suffix test to matter: a suffix's last byte, white space, non-ASCII.
    for (const w of suffixes) this.suffixLast[w[0]!] = 1;
    for (const b of [9, 10, 11, 12, 13, 32]) this.suffixLast[b] = 1;
    for (let b = 0x80; b < 256; b++) this.suffixLast[b] = 1;
  }

  /** The line automaton (premultiplied, as delta): prefixes and anywhere literals in one step per byte. */
  readonly lineDelta: Int32Array;
  readonly lineAcc: Uint8Array;
  /** Its state at the start of a line (not the newline state: that one says ACC_NEWLINE). */
  readonly lineStart: number;
  /** 1 for a byte a line can end with for endNeeds to be worth calling. */
  readonly suffixLast = new Uint8Array(256);

  /** Walks the reversed suffix trie back from `last` (inclusive): true when a suffix ends there. */
  suffixAt(buf: Uint8Array, start: number, last: number): boolean {
    const { delta, end: done } = this.suffixes;
    const classes = this.classes;
    let s = 0;
    for (let i = last; i >= start; i--) {
      s = delta[s + classes[buf[i]!]!]!;
      if (s < 0) return false;
      if (done[s] === 1) return true;
    }
    return false;
  }
}
