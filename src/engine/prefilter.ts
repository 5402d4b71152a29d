import type { Parser } from '../parser.js';
import { AnchoredLiterals, prefixStart, suffixEnd } from './anchored-literals.js';
import { LiteralAutomaton } from './literal-automaton.js';

/**
 * ripgrep's literal prefilter, per line: which gated parsers could act on this line? Most lines of a
 * build log (dpkg unpacking, compiler command lines, test chatter) hold none of their literals, and
 * then those parsers are skipped. Literals anchored at the start or the end of a line are found by
 * walking a trie from there (engine/anchored-literals.ts), which tells exactly whose they are; those
 * that can stand anywhere go into one Aho-Corasick automaton (engine/literal-automaton.ts: its cost does
 * not grow with their number) whose states know whose literals end there, so a match wakes only the
 * parsers that declared it. (Waking every parser with such literals on any match ran several of them on
 * 3-16 times the lines they asked for on the mixed bench log: the compiler's, dpkg-status's.)
 */
export class Prefilter {
  /** Bit i set: parser i (registration order) is gated; the others see every line. */
  readonly gatedMask: number;
  private readonly anywhere: LiteralAutomaton | undefined;
  private readonly prefixes: AnchoredLiterals;
  private readonly suffixes: AnchoredLiterals;

  constructor(parsers: readonly Parser[]) {
    if (parsers.length > 31) throw new Error('the prefilter keeps one bit per parser: at most 31 parsers');
    let gated = 0;
    const literals = { anywhere: [] as string[], prefixes: [] as string[], suffixes: [] as string[] };
    const marks = { anywhere: [] as number[], prefixes: [] as number[], suffixes: [] as number[] };
    parsers.forEach((p, i) => {
      if (p.triggers === undefined && p.prefixes === undefined && p.suffixes === undefined) return;
      gated |= 1 << i;
      for (const [kind, list] of [['anywhere', p.triggers], ['prefixes', p.prefixes], ['suffixes', p.suffixes]] as const) {
        for (const t of list ?? []) {
          literals[kind].push(t);
          marks[kind].push(1 << i);
        }
      }
    });
    this.gatedMask = gated;
    this.anywhere = literals.anywhere.length > 0 ? new LiteralAutomaton(literals.anywhere, marks.anywhere) : undefined;
    this.prefixes = new AnchoredLiterals(literals.prefixes, marks.prefixes);
    this.suffixes = new AnchoredLiterals(literals.suffixes, marks.suffixes, true);
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
    if (!this.prefixes.empty) mask |= this.prefixes.marks(text, prefixStart(text));
    if (!this.suffixes.empty) mask |= this.suffixes.marks(text, suffixEnd(text));
    if (triggers && this.anywhere !== undefined) mask |= this.anywhere.marks(text);
    return mask;
  }
}

const BUILT = new WeakMap<readonly Parser[], Prefilter>();
