import type { Parser } from '../parser.js';
import { LiteralAutomaton } from './literal-automaton.js';

interface Literal {
  readonly text: string;
  /** Bit i set: parser i declared this literal. */
  readonly mask: number;
}

/**
 * ripgrep's literal prefilter, per line: which gated parsers could act on this line? Most lines of a
 * build log (dpkg unpacking, compiler command lines, test chatter) hold none of their literals, and
 * then those parsers are skipped. Literals anchored at the start or the end of a line are tested with
 * startsWith/endsWith, which is cheap and tells exactly whose they are; only those that can stand
 * anywhere go into one Aho-Corasick automaton (engine/literal-automaton.ts: its cost does not grow with
 * their number) whose states know whose literals end there, so a match wakes only the parsers that
 * declared it. (Waking every parser with such literals on any match ran each of them on 3-4 times the
 * lines it asked for on the mixed bench log.)
 */
export class Prefilter {
  /** Bit i set: parser i (registration order) is gated; the others see every line. */
  readonly gatedMask: number;
  private readonly anywhere: LiteralAutomaton | undefined;
  /** First character code (mod 128) → the prefixes that start with it: an array, as a Map lookup costs more. */
  private readonly prefixes: (Literal[] | undefined)[] = new Array(128);
  /** Last character code (mod 128) → the suffixes that end with it. */
  private readonly suffixes: (Literal[] | undefined)[] = new Array(128);
  private readonly anyPrefix: boolean;
  private readonly anySuffix: boolean;

  constructor(parsers: readonly Parser[]) {
    if (parsers.length > 31) throw new Error('the prefilter keeps one bit per parser: at most 31 parsers');
    let gated = 0;
    const anywhere: string[] = [];
    const anywhereMarks: number[] = [];
    const prefixes = new Map<string, number>();
    const suffixes = new Map<string, number>();
    parsers.forEach((p, i) => {
      const bit = 1 << i;
      if (p.triggers === undefined && p.prefixes === undefined && p.suffixes === undefined) return;
      gated |= bit;
      for (const t of p.triggers ?? []) {
        anywhere.push(t);
        anywhereMarks.push(bit);
      }
      for (const t of p.prefixes ?? []) prefixes.set(t, (prefixes.get(t) ?? 0) | bit);
      for (const t of p.suffixes ?? []) suffixes.set(t, (suffixes.get(t) ?? 0) | bit);
    });
    this.gatedMask = gated;
    this.anywhere = anywhere.length > 0 ? new LiteralAutomaton(anywhere, anywhereMarks) : undefined;
    for (const [text, mask] of prefixes) bucket(this.prefixes, text.charCodeAt(0), { text, mask });
    for (const [text, mask] of suffixes) bucket(this.suffixes, text.charCodeAt(text.length - 1), { text, mask });
    this.anyPrefix = prefixes.size > 0;
    this.anySuffix = suffixes.size > 0;
  }

  /**
   * The prefilter of a parser list, built once and kept: it holds no state between lines, and building it
   * (its regular expression) was 70% of making a Checker, which a run over 10,000 small logs does 10,000 times.
   */
  static of(parsers: readonly Parser[]): Prefilter {
    let known = BUILT.get(parsers);
    if (known === undefined) {
      known = new Prefilter(parsers);
      BUILT.set(parsers, known);
    }
    return known;
  }

  /**
   * The gated parsers (as bits) whose literals this line holds. `triggers` false: the caller knows it
   * holds no anywhere literal (the byte scanner read it through), so only its prefix and suffix are tested.
   */
  hits(text: string, triggers = true): number {
    let mask = 0;
    if (this.anyPrefix) {
      let start = 0;
      while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
      const candidates = this.prefixes[text.charCodeAt(start) & 127];
      if (candidates !== undefined) for (const p of candidates) if (text.startsWith(p.text, start)) mask |= p.mask;
    }
    if (this.anySuffix) {
      const last = text.charCodeAt(text.length - 1);
      // Trailing white space (a space, a tab, a no-break space...) is not part of the message.
      const end = last <= 32 || last === 0xa0 || last >= 0x2000 ? text.trimEnd().length : text.length;
      const candidates = this.suffixes[text.charCodeAt(end - 1) & 127];
      if (candidates !== undefined) for (const s of candidates) if (text.endsWith(s.text, end)) mask |= s.mask;
    }
    if (triggers && this.anywhere !== undefined) mask |= this.anywhere.marks(text);
    return mask;
  }
}

const BUILT = new WeakMap<readonly Parser[], Prefilter>();

function bucket(table: (Literal[] | undefined)[], code: number, literal: Literal): void {
  // Codes above 127 share slots with ASCII ones: a few more startsWith calls, never a missed literal.
  (table[code & 127] ??= []).push(literal);
}
