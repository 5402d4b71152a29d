import type { LiteralSpec } from './schema.js';

/**
 * Derives prefilter literals from a pattern's source, for the common shapes: `^CMake Error at ...`
 * (a prefix), `... not found$` (a suffix), `... Could NOT find ...` (a literal run at the top level,
 * tested anywhere). Returns undefined when no safe literal exists (a top-level alternation, a case-
 * insensitive pattern, runs shorter than 3 characters): the entry must then declare its literals.
 */
const META = new Set([...'.^$*+?()[]{}|\\']);
const QUANTIFIER = new Set([...'*+?{']);
const MIN = 3;

interface Token { lit?: string; depth: number; quantified: boolean; alternation?: boolean; anchorStart?: boolean; anchorEnd?: boolean; skipSpace?: boolean }

/** Splits a pattern's source into top-level tokens: literal characters, groups/classes/escapes (opaque), anchors. */
function tokenize(source: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  let depth = 0;
  while (i < source.length) {
    const ch = source[i]!;
    let tok: Token;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === undefined) return undefined;
      // \s, \d, \w, \b ... are classes or assertions; \. \( \[ \/ are literal characters.
      if (/[.*+?^${}()|[\]\\/\-:'"`<>=!@#%&,;~ ]/.test(next)) tok = { lit: next, depth, quantified: false };
      else if (next === 's' && depth === 0) tok = { depth, quantified: false, skipSpace: true };
      else if (next === 'x' || next === 'u' || next === 'p' || next === 'P' || next === 'k') return undefined;
      else tok = { depth, quantified: false };
      i += 2;
    } else if (ch === '[') {
      const end = classEnd(source, i);
      if (end < 0) return undefined;
      tok = { depth, quantified: false, skipSpace: depth === 0 && /^\[(?: \\t|\\t |\s| )\]$/.test(source.slice(i, end + 1)) };
      i = end + 1;
    } else if (ch === '(') {
      depth++;
      i++;
      // skip group syntax like ?: ?<name> ?= ?!
      if (source[i] === '?') {
        if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') i = source.indexOf('>', i) + 1;
        else if (source[i + 1] === '<') i += 3;
        else i += 2;
      }
      continue;
    } else if (ch === ')') {
      depth--;
      i++;
      // A quantified group makes the literal before it uncertain only inside it: mark the token before.
      if (QUANTIFIER.has(source[i] ?? '')) {
        const q = source[i] === '{' ? source.indexOf('}', i) + 1 : i + 1;
        if (q <= i) return undefined;
        tokens.push({ depth: depth + 1, quantified: true });
        i = q;
        if (source[i] === '?') i++;
      }
      continue;
    } else if (ch === '|') {
      tok = { depth, quantified: false, alternation: true };
      i++;
    } else if (ch === '^') {
      tok = { depth, quantified: false, anchorStart: true };
      i++;
    } else if (ch === '$') {
      tok = { depth, quantified: false, anchorEnd: true };
      i++;
    } else if (ch === '.') {
      tok = { depth, quantified: false };
      i++;
    } else if (META.has(ch)) {
      return undefined;
    } else {
      tok = { lit: ch, depth, quantified: false };
      i++;
    }
    if (QUANTIFIER.has(source[i] ?? '')) {
      tok.quantified = true;
      i = source[i] === '{' ? source.indexOf('}', i) + 1 : i + 1;
      if (i <= 0) return undefined;
      if (source[i] === '?' || source[i] === '+') i++;
    }
    tokens.push(tok);
  }
  return tokens;
}

function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** Runs of top-level, unquantified literal characters, with whether they touch the anchors. */
function runs(tokens: Token[]): { text: string; atStart: boolean; atEnd: boolean }[] {
  const out: { text: string; atStart: boolean; atEnd: boolean }[] = [];
  let current = '';
  let atStart = false;
  let started = false; // any token consumed before the run began (other than ^ and leading space skips)
  const flush = (atEnd: boolean): void => {
    if (current.length > 0) out.push({ text: current, atStart, atEnd });
    current = '';
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.anchorStart && t.depth === 0 && k === 0) continue;
    if (t.anchorEnd && t.depth === 0 && k === tokens.length - 1) {
      flush(true);
      continue;
    }
    if (t.depth === 0 && t.lit !== undefined && !t.quantified) {
      if (current === '') atStart = !started && tokens[0]?.anchorStart === true;
      current += t.lit;
      continue;
    }
    // Leading `\s*` / `[ \t]*` after ^ still allows a prefix (the prefilter skips spaces and tabs).
    if (t.skipSpace === true && t.quantified && !started && current === '') continue;
    // A trailing `\s*` before $ still allows a suffix (the prefilter ignores trailing white space).
    if (t.skipSpace === true && t.quantified && tokens[k + 1]?.anchorEnd === true && k + 1 === tokens.length - 1) continue;
    flush(false);
    started = true;
  }
  flush(false);
  return out;
}

export function deriveLiterals(source: string, flags: string): LiteralSpec | undefined {
  if (flags.includes('i')) return undefined;
  const tokens = tokenize(source);
  if (tokens === undefined || tokens.some((t) => t.alternation === true && t.depth === 0)) return undefined;
  const found = runs(tokens);
  const prefix = found.find((r) => r.atStart && r.text.length >= MIN);
  if (prefix !== undefined) return { prefixes: [prefix.text] };
  const suffix = found.find((r) => r.atEnd && r.text.length >= MIN);
  if (suffix !== undefined) return { suffixes: [suffix.text] };
  const longest = found.reduce<string>((best, r) => (r.text.length > best.length ? r.text : best), '');
  return longest.length >= MIN + 1 ? { anywhere: [longest] } : undefined;
}
