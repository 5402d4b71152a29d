import type { Parser } from '../parser.js';
import { triePattern } from './trie-pattern.js';

/**
 * ripgrep's literal prefilter, per line: does this line hold anything any gated parser acts on?
 * Most lines of a build log (dpkg unpacking, compiler command lines, test chatter) hold none, and then
 * the gated parsers are skipped. Literals anchored at the start or the end of a line are tested with
 * startsWith/endsWith, which is cheap; only those that can stand anywhere go into one trie-shaped
 * regular expression, whose cost grows with their number.
 */
export class Prefilter {
  /** Per parser (same order): whether it waits for its literals; the others see every line. */
  readonly gated: readonly boolean[];
  private readonly anywhere: RegExp | undefined;
  /** First character code (mod 128) → the prefixes that start with it: an array, as a Map lookup costs more. */
  private readonly prefixes: (string[] | undefined)[] = new Array(128);
  /** Last character code (mod 128) → the suffixes that end with it. */
  private readonly suffixes: (string[] | undefined)[] = new Array(128);
  private readonly anyPrefix: boolean;
  private readonly anySuffix: boolean;

  constructor(parsers: readonly Parser[]) {
    this.gated = parsers.map((p) => p.triggers !== undefined || p.prefixes !== undefined || p.suffixes !== undefined);
    const anywhere = parsers.flatMap((p) => p.triggers ?? []);
    this.anywhere = anywhere.length > 0 ? triePattern(anywhere) : undefined;
    const prefixes = [...new Set(parsers.flatMap((p) => p.prefixes ?? []))];
    const suffixes = [...new Set(parsers.flatMap((p) => p.suffixes ?? []))];
    for (const prefix of prefixes) bucket(this.prefixes, prefix.charCodeAt(0), prefix);
    for (const suffix of suffixes) bucket(this.suffixes, suffix.charCodeAt(suffix.length - 1), suffix);
    this.anyPrefix = prefixes.length > 0;
    this.anySuffix = suffixes.length > 0;
  }

  hit(text: string): boolean {
    if (this.anyPrefix) {
      let start = 0;
      while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
      const candidates = this.prefixes[text.charCodeAt(start) & 127];
      if (candidates !== undefined) for (const p of candidates) if (text.startsWith(p, start)) return true;
    }
    if (this.anySuffix) {
      const last = text.charCodeAt(text.length - 1);
      // Trailing white space (a space, a tab, a no-break space...) is not part of the message.
      const end = last <= 32 || last === 0xa0 || last >= 0x2000 ? text.trimEnd().length : text.length;
      const candidates = this.suffixes[text.charCodeAt(end - 1) & 127];
      if (candidates !== undefined) for (const s of candidates) if (text.endsWith(s, end)) return true;
    }
    return this.anywhere !== undefined && this.anywhere.test(text);
  }
}

function bucket(table: (string[] | undefined)[], code: number, literal: string): void {
  // Codes above 127 share slots with ASCII ones: a few more startsWith calls, never a missed literal.
  (table[code & 127] ??= []).push(literal);
}
