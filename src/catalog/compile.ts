import type { CatalogEntry, LiteralSpec, PatternSource } from './schema.js';
import { deriveLiterals } from './literals.js';
import { re2Matcher, v8Matcher, type Matcher } from './matcher.js';

/** Which regular expression engine runs an entry's patterns: V8's for ours, RE2's (linear) for users'. */
export type PatternEngine = 'v8' | 're2';

/** An entry made ready to run: its patterns compiled, its literals known. */
export interface CompiledEntry {
  readonly entry: CatalogEntry;
  readonly patterns: readonly Matcher[];
  readonly follow: readonly Matcher[];
  readonly literals: Required<LiteralSpec>;
}

export function patternList(match: PatternSource | readonly PatternSource[]): PatternSource[] {
  return Array.isArray(match) ? [...(match as readonly PatternSource[])] : [match as PatternSource];
}

/** A pattern as source and flags (the JSON form). */
export function patternParts(pattern: PatternSource): { source: string; flags: string } {
  if (pattern instanceof RegExp) return { source: pattern.source, flags: pattern.flags };
  if (typeof pattern === 'string') return { source: pattern, flags: '' };
  return { source: pattern.regex, flags: pattern.flags ?? '' };
}

export function toRegExp(pattern: PatternSource): RegExp {
  const { source, flags } = patternParts(pattern);
  // Never global or sticky: exec must not keep state between lines.
  return new RegExp(source, flags.replace(/[gy]/g, ''));
}

/** The literals for the prefilter: declared ones, or derived from every pattern (all must yield one). */
export function literalsOf(entry: CatalogEntry): Required<LiteralSpec> | undefined {
  if (entry.literals !== undefined) {
    return { prefixes: entry.literals.prefixes ?? [], suffixes: entry.literals.suffixes ?? [], anywhere: entry.literals.anywhere ?? [] };
  }
  const out = { prefixes: [] as string[], suffixes: [] as string[], anywhere: [] as string[] };
  for (const pattern of patternList(entry.match)) {
    const { source, flags } = patternParts(pattern);
    const derived = deriveLiterals(source, flags);
    if (derived === undefined) return undefined;
    out.prefixes.push(...(derived.prefixes ?? []));
    out.suffixes.push(...(derived.suffixes ?? []));
    out.anywhere.push(...(derived.anywhere ?? []));
  }
  return out;
}

export function matcherOf(pattern: PatternSource, engine: PatternEngine): Matcher {
  const { source, flags } = patternParts(pattern);
  return engine === 're2' ? re2Matcher(source, flags) : v8Matcher(source, flags);
}

/** An entry that sees every line (an imported problem matcher with no literal to gate on). */
export const UNGATED: Required<LiteralSpec> = { prefixes: [], suffixes: [], anywhere: [] };

export function compileEntry(entry: CatalogEntry, engine: PatternEngine = 'v8', allowUngated = false): CompiledEntry {
  const literals = literalsOf(entry) ?? (allowUngated ? UNGATED : undefined);
  if (literals === undefined) throw new Error(`catalog entry ${entry.id}: no literal can be derived from its patterns; declare "literals"`);
  return {
    entry,
    patterns: patternList(entry.match).map((p) => matcherOf(p, engine)),
    follow: entry.then !== undefined ? patternList(entry.then.match).map((p) => matcherOf(p, engine)) : [],
    literals,
  };
}
