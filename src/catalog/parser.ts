import type { Parser } from '../parser.js';
import type { LogLine } from '../types.js';
import type { CatalogEntry, CatalogMatch } from './schema.js';
import { compileEntry, UNGATED, type CompiledEntry, type PatternEngine } from './compile.js';
import type { MatchResult } from './matcher.js';
import { detach } from '../lines/detach.js';
import { AnchoredLiterals, prefixStart, suffixEnd } from '../engine/anchored-literals.js';
import { LiteralAutomaton } from '../engine/literal-automaton.js';

declare module '../facts.js' {
  interface FactMap {
    /** A catalog entry matched: `catalog:<entry id>` (one kind per entry, so only that entry's rule is called). */
    [kind: `catalog:${string}`]: CatalogMatch;
  }
}

/** Which entries' literals a line holds: its prefixes and suffixes (tries), then the rest. */
class LiteralIndex {
  readonly prefixes: string[] = [];
  readonly suffixes: string[] = [];
  readonly anywhere: string[] = [];
  private readonly prefixTrie: AnchoredLiterals;
  private readonly suffixTrie: AnchoredLiterals;
  /** By the tries' word index: the entries of that literal. */
  private readonly entriesOfPrefix: number[][];
  private readonly entriesOfSuffix: number[][];
  /** The anywhere literals in one Aho-Corasick automaton: one pass over the line finds all it holds. */
  private readonly automaton: LiteralAutomaton;
  /** By the automaton's word index: the entries of that literal. */
  private readonly entriesOf: number[][];
  /** Entries with no literal: candidates on every line. */
  readonly always: number[] = [];

  constructor(entries: readonly CompiledEntry[]) {
    const prefix = new Map<string, number[]>();
    const suffix = new Map<string, number[]>();
    const anywhere = new Map<string, number[]>();
    entries.forEach((c, i) => {
      if (c.literals === UNGATED) this.always.push(i);
      for (const p of c.literals.prefixes) push(prefix, p, i);
      for (const s of c.literals.suffixes) push(suffix, s, i);
      for (const a of c.literals.anywhere) push(anywhere, a, i);
    });
    this.prefixTrie = new AnchoredLiterals([...prefix.keys()]);
    this.entriesOfPrefix = this.prefixTrie.words.map((w) => prefix.get(w)!);
    this.suffixTrie = new AnchoredLiterals([...suffix.keys()], undefined, true);
    this.entriesOfSuffix = this.suffixTrie.words.map((w) => suffix.get(w)!);
    this.automaton = new LiteralAutomaton([...anywhere.keys()]);
    this.entriesOf = this.automaton.words.map((w) => anywhere.get(w)!);
    this.prefixes = [...prefix.keys()];
    this.suffixes = [...suffix.keys()];
    this.anywhere = [...anywhere.keys()];
  }

  /**
   * Entry indices (ascending) whose literals the line holds; undefined when none. `anywhere` false: the
   * line is known to hold none of the anywhere literals (ParserInstance.line's `triggers`).
   */
  candidates(text: string, anywhere = true): number[] | undefined {
    let out: number[] | undefined = this.always.length > 0 ? [...this.always] : undefined;
    const add = (list: readonly number[]): void => {
      out ??= [];
      for (const i of list) if (!out.includes(i)) out.push(i);
    };
    const byPrefix = this.prefixTrie.found(text, prefixStart(text));
    if (byPrefix !== undefined) for (const w of byPrefix) add(this.entriesOfPrefix[w]!);
    const bySuffix = this.suffixTrie.found(text, suffixEnd(text));
    if (bySuffix !== undefined) for (const w of bySuffix) add(this.entriesOfSuffix[w]!);
    const found = anywhere ? this.automaton.found(text) : undefined;
    if (found !== undefined) for (const w of found) add(this.entriesOf[w]!);
    return out?.sort((a, b) => a - b);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

interface Pending {
  readonly compiled: CompiledEntry;
  readonly first: { line: number; text: string };
  readonly captures: Record<string, string>;
  readonly until: number;
}

function capturesOf(m: MatchResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(m.groups)) out[name] = detach(value);
  return out;
}

/**
 * The catalog's one parser: it knows no tool, only the entries' patterns. It runs on lines that hold an
 * entry's literal (or while a two-line entry waits for its second line) and emits `catalog:<id>` with
 * the captures. Entries tagged `generic` match only a line that no specific entry matched.
 */
export function createCatalogParser(entries: readonly CatalogEntry[], name = 'catalog', engine: PatternEngine = 'v8', allowUngated = false): Parser {
  const specific = entries.filter((e) => !(e.tags ?? []).includes('generic'));
  const generic = entries.filter((e) => (e.tags ?? []).includes('generic'));
  const compiled = [...specific, ...generic].map((e) => compileEntry(e, engine, allowUngated));
  const firstGeneric = specific.length;
  const index = new LiteralIndex(compiled);
  // An entry without literals must see every line: then the whole parser is ungated.
  const gated = index.always.length === 0;
  return {
    name,
    ...(gated ? { prefixes: index.prefixes, suffixes: index.suffixes, triggers: index.anywhere } : {}),
    emits: [],
    create({ emit }) {
      const pending: Pending[] = [];
      const report = (c: CompiledEntry, line: LogLine, captures: Record<string, string>, lines: CatalogMatch['lines'], at: number): void => {
        emit(`catalog:${c.entry.id}`, line, { entry: c.entry.id, captures, lines, at });
      };
      return {
        busy: () => pending.length > 0,
        line(line, triggers) {
          const text = line.text;
          if (pending.length > 0) {
            for (let k = 0; k < pending.length; k++) {
              const p = pending[k]!;
              if (line.number > p.until) {
                pending.splice(k--, 1);
                continue;
              }
              for (const re of p.compiled.follow) {
                const m = re.exec(text);
                if (m === null) continue;
                const follow = p.compiled.entry.then!;
                const second = { line: line.number, text: detach(text), note: follow.note ?? 'the detail' };
                const first = { ...p.first, note: p.compiled.entry.note ?? 'the error' };
                report(p.compiled, line, { ...p.captures, ...capturesOf(m) }, [first, second], follow.reportHere === true ? line.number : first.line);
                pending.splice(k--, 1);
                break;
              }
            }
          }
          // The engine's word on the line counts only for literals this parser declared (a gated one).
          const candidates = index.candidates(text, !gated || triggers !== false);
          if (candidates === undefined) return;
          let matched = false;
          for (const i of candidates) {
            if (i >= firstGeneric && matched) break;
            const c = compiled[i]!;
            for (const re of c.patterns) {
              const m = re.exec(text);
              if (m === null) continue;
              matched = true;
              const captures = capturesOf(m);
              if (c.follow.length > 0) {
                pending.push({ compiled: c, first: { line: line.number, text: detach(text) }, captures, until: line.number + c.entry.then!.within });
              } else {
                report(c, line, captures, [{ line: line.number, text: detach(text), note: c.entry.note ?? 'the error' }], line.number);
              }
              break;
            }
          }
        },
      };
    },
  };
}
