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
 *
 * The tables are built by engine/byte-tables.ts, or read prebuilt (engine/scan-tables-file.ts).
 */
import { buildTables, type ByteLiterals } from './byte-tables.js';
import type { ScanTables } from './scan-kernel.js';

export { ACC_CR, ACC_LITERAL, ACC_NEWLINE, ACC_PREFIX, type ByteLiterals } from './byte-tables.js';

export class ByteMatcher {
  readonly tables: ScanTables;
  /** Byte → class (0: a byte in no literal). */
  readonly classes: Uint8Array;
  /** Number of classes: the row width of every table. */
  readonly width: number;
  /** The line automaton (premultiplied): prefixes and anywhere literals in one step per byte. */
  readonly lineDelta: Int32Array;
  /** What reaching an accepting state means (ACC_*), for the states below accLimit. */
  readonly lineAcc: Uint8Array;
  /** The accepting states are numbered first: a state below this one accepts. */
  readonly accLimit: number;
  /** The state at the start of a line (not the newline state: that one says ACC_NEWLINE). */
  readonly lineStart: number;
  /** 1 for a byte a line can end with for endNeeds to be worth calling. */
  readonly suffixLast: Uint8Array;
  readonly anyPrefix: boolean;
  readonly anySuffix: boolean;

  constructor(source: ByteLiterals | ScanTables) {
    const t = 'lineDelta' in source ? source : buildTables(source);
    this.tables = t;
    this.classes = t.classes;
    this.width = t.width;
    this.lineDelta = t.lineDelta;
    this.lineAcc = t.lineAcc;
    this.accLimit = t.accLimit;
    this.lineStart = t.lineStart;
    this.suffixLast = t.suffixLast;
    this.anyPrefix = t.anyPrefix;
    this.anySuffix = t.anySuffix;
  }

  /** Walks the reversed suffix trie back from `last` (inclusive): true when a suffix ends there. */
  suffixAt(buf: Uint8Array, start: number, last: number): boolean {
    const { suffixDelta: delta, suffixEnd: done } = this.tables;
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
