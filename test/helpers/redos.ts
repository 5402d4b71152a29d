import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Alternative, Node as RegexNode, Quantifier } from '@eslint-community/regexpp/ast';

/**
 * Catastrophic-backtracking checks for log-reading regexes, usable on any list of RegExp objects:
 * the built-in patterns found by a static scan of src/, or a catalog's `pattern` entries.
 *
 *   assertLinear(catalog.map((c) => ({ regex: c.pattern, where: c.id, samples: c.examples })));
 */

export interface PatternUnderTest {
  readonly regex: RegExp;
  /** Where it comes from, for the failure message (`src/parsers/apt.ts:43`). */
  readonly where: string;
  /** Real lines the pattern is meant for: their prefixes and pieces make the attack lines. */
  readonly samples?: readonly string[];
}

export interface LinearOptions {
  /** Length of the final attack line (default 1 MiB, the default --max-line-bytes). */
  readonly bytes?: number;
  /** Time allowed for one match on the final line (default 1000 ms; linear takes a few ms). */
  readonly boundMs?: number;
  /** How many of the slowest screened attack lines are grown to full size (default 4). */
  readonly worst?: number;
}

export interface Slow {
  readonly where: string;
  readonly regex: string;
  readonly attack: string;
  readonly bytes: number;
  readonly ms: number;
}

/**
 * Every regular-expression literal in the TypeScript files under `dir` (recursively), with the comment
 * lines just above it (where the project puts a real sample line), found with the TypeScript parser so
 * that no literal is missed, inline ones (`.replace(/\).*$/, '')`) included.
 */
export function collectRegexLiterals(dir: string, root = dir): PatternUnderTest[] {
  const found: PatternUnderTest[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) { found.push(...collectRegexLiterals(full, root)); continue; }
    if (!name.endsWith('.ts')) continue;
    const text = readFileSync(full, 'utf8');
    const lines = text.split('\n');
    const file = ts.createSourceFile(full, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(file);
        const slash = literal.lastIndexOf('/');
        const regex = new RegExp(literal.slice(1, slash), literal.slice(slash + 1));
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
        const samples: string[] = [];
        for (let i = line - 1; i >= 0 && i >= line - 8 && /^\s*(\/\/|\*|\/\*\*)/.test(lines[i]!); i--) {
          samples.push(lines[i]!.replace(/^\s*(?:\/\/|\/\*\*|\*)\s?/, ''));
        }
        // A sample may sit on the same line, after the code.
        found.push({ regex, where: `${path.relative(path.dirname(root), full)}:${line + 1}`, samples: samples.flatMap(splitSamples) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/** Comment lines often hold several samples separated by runs of spaces. */
function splitSamples(comment: string): string[] {
  const parts = comment.split(/ {4,}/).map((s) => s.trim()).filter((s) => s.length > 0);
  return parts.length > 1 ? [comment.trim(), ...parts] : [comment.trim()];
}

/** Quantifiers (max > 1) that hold another unbounded quantifier: `(a+)+`, `(?:\s*x)*`. */
export function nestedQuantifiers(regex: RegExp): string[] {
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parseLiteral(`/${regex.source}/${regex.flags.replace(/[^dgimsuyv]/g, '')}`);
  const nested: string[] = [];
  visitRegExpAST(ast, {
    onQuantifierEnter(q: Quantifier) {
      if (q.max <= 1) return;
      const inner: Quantifier[] = [];
      visitRegExpAST(q.element as never, { onQuantifierEnter(i: Quantifier) { if (i.max === Infinity) inner.push(i); } });
      // `(?:x+y)*` is safe only when something fixed separates the repetitions; we do not try to prove that.
      if (inner.length > 0) nested.push(`${q.raw} holds ${inner.map((i) => i.raw).join(', ')}`);
    },
  } as never);
  return nested;
}

/** Whether a pattern uses `.` without the `s` flag: then a U+2028 in the line (which `.` does not match) fails it. */
export function dotStopsAtLineSeparator(regex: RegExp): boolean {
  if (regex.dotAll) return false;
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parseLiteral(`/${regex.source}/${regex.flags.replace(/[^dgimsuyv]/g, '')}`);
  let dot = false;
  visitRegExpAST(ast, { onCharacterSetEnter(n: { kind: string }) { if (n.kind === 'any') dot = true; } } as never);
  return dot;
}

/** The literal runs of a pattern (`Failed to fetch `, `...`) and the characters its classes name. */
function piecesOf(regex: RegExp): { literals: string[]; chars: string[] } {
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parseLiteral(`/${regex.source}/${regex.flags.replace(/[^dgimsuyv]/g, '')}`);
  const literals = new Set<string>();
  const chars = new Set<string>();
  const walk = (node: RegexNode): void => {
    if (node.type === 'Alternative') {
      let run = '';
      for (const e of (node as Alternative).elements) {
        if (e.type === 'Character') { run += String.fromCodePoint(e.value); continue; }
        if (run) literals.add(run);
        run = '';
      }
      if (run) literals.add(run);
    }
    if (node.type === 'Character') chars.add(String.fromCodePoint(node.value));
    if (node.type === 'CharacterClassRange') { chars.add(String.fromCodePoint(node.min.value)); chars.add(String.fromCodePoint(node.max.value)); }
    for (const key of ['alternatives', 'elements', 'element'] as const) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) for (const c of child) walk(c as RegexNode);
      else if (child && typeof child === 'object') walk(child as RegexNode);
    }
  };
  walk(ast.pattern);
  return { literals: [...literals], chars: [...chars] };
}

/** Characters that log text is made of, and those that trip `.`, `\s`, `\S`, `\w` and `$` differently. */
const ALPHABET = [' ', '\t', 'a', 'Z', '0', '_', '.', ':', '/', '-', '(', ')', '[', ']', '`', "'", '"', '=', ',', ';', '\\', '*', '+', '#', '!', '<', '>', '{', '}', '|', '\u2028', '\u00a0', '\u00e9', '\x1b', '\r'];
const JOINERS = [' ', 'a', '0', ':', '\u2028'];
/** What ends an attack line: something no pattern expects, so that matching fails and backtracks. */
const ENDINGS = ['!\u2028', '\u2028!'];

/** Attack lines for one pattern: a prefix that gets it going, one piece repeated, an ending that fails it. */
function attacks(pattern: PatternUnderTest): { prefix: string; piece: string; ending: string }[] {
  const { literals, chars } = piecesOf(pattern.regex);
  const pieces = new Set<string>([...ALPHABET, ...chars]);
  for (const l of literals) {
    pieces.add(l);
    for (const j of JOINERS) { pieces.add(l + j); pieces.add(j + l); }
  }
  const prefixes = new Set<string>(['']);
  for (const sample of pattern.samples ?? []) {
    prefixes.add(sample);
    for (let i = 0; i < sample.length; i++) {
      const c = sample[i]!;
      const next = sample[i + 1];
      // Cut before and after every separator: `E: Failed to fetch URL` + spaces + U+2028.
      if (c === ' ' || c === ':' || c === '(' || c === '"' || c === '`' || c === "'" || c === '=' || c === '/') {
        prefixes.add(sample.slice(0, i));
        prefixes.add(sample.slice(0, i + 1));
      } else if (next === ' ') prefixes.add(sample.slice(0, i + 1));
    }
    // Pieces of the sample itself: `undefined reference to `x'` repeated, `3 failed, ` repeated.
    for (const l of literals) {
      const at = sample.indexOf(l);
      if (at >= 0) pieces.add(sample.slice(at));
    }
    const words = sample.split(' ');
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) pieces.add(`${words.slice(i, i + n).join(' ')} `);
    }
  }
  for (const l of literals) prefixes.add(l);
  const out: { prefix: string; piece: string; ending: string }[] = [];
  for (const prefix of prefixes) for (const piece of pieces) if (piece.length > 0) for (const ending of ENDINGS) out.push({ prefix, piece, ending });
  return out;
}

function build(a: { prefix: string; piece: string; ending: string }, bytes: number): string {
  return a.prefix + a.piece.repeat(Math.max(1, Math.ceil((bytes - a.prefix.length) / a.piece.length))) + a.ending;
}

function time(r: RegExp, text: string): number {
  const started = process.hrtime.bigint();
  r.exec(text);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Runs each pattern against crafted lines (screened at 256 bytes and 2 KiB, the slowest grown through 8 KiB and
 * 64 KiB to `bytes`) and returns those that took longer than the bound (scaled down for the smaller
 * steps, so a quadratic pattern is caught at 8 KiB in milliseconds instead of hanging for minutes).
 */
export function findSlow(patterns: readonly PatternUnderTest[], options: LinearOptions = {}): Slow[] {
  const bytes = options.bytes ?? 1024 * 1024;
  const bound = options.boundMs ?? 1000;
  const worst = options.worst ?? 4;
  const slow: Slow[] = [];
  for (const pattern of patterns) {
    // Without g/y, exec always starts at 0 and keeps no state between lines.
    const regex = new RegExp(pattern.regex.source, pattern.regex.flags.replace(/[gy]/g, ''));
    // Two rounds of screening, the second on longer lines, so that a GC pause cannot hide the worst line.
    let screened = attacks(pattern).map((a) => ({ a, ms: time(regex, build(a, 256)) }));
    screened.sort((x, y) => y.ms - x.ms);
    screened = screened.slice(0, 32).map(({ a }) => ({ a, ms: time(regex, build(a, 2048)) }));
    screened.sort((x, y) => y.ms - x.ms);
    let failed: Slow | undefined;
    for (const { a } of screened.slice(0, worst)) {
      for (const size of [8 * 1024, 64 * 1024, bytes]) {
        const line = build(a, size);
        const limit = Math.max(20, bound * (size / bytes));
        // Linear time: the bound scales with the length (with a floor for timer noise). A first run can
        // be slow for other reasons (V8 compiles a regex to machine code after a few runs, a GC pause, a
        // busy machine): only the best of three counts.
        let ms = time(regex, line);
        for (let retry = 0; retry < 2 && ms > limit; retry++) ms = Math.min(ms, time(regex, line));
        if (ms > limit) {
          failed = { where: pattern.where, regex: String(pattern.regex), attack: describe(a), bytes: line.length, ms: Math.round(ms) };
          break;
        }
      }
      if (failed) break;
    }
    if (failed) slow.push(failed);
  }
  return slow;
}

function describe(a: { prefix: string; piece: string; ending: string }): string {
  const show = (s: string): string => JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${show(a.prefix)} + ${show(a.piece)} repeated + ${show(a.ending)}`;
}

/** Throws, listing every slow pattern with the line that makes it slow. */
export function assertLinear(patterns: readonly (PatternUnderTest | RegExp)[], options: LinearOptions = {}): void {
  const list = patterns.map((p, i) => (p instanceof RegExp ? { regex: p, where: `#${i}` } : p));
  const slow = findSlow(list, options);
  if (slow.length > 0) {
    throw new Error(`patterns that backtrack on long lines:\n${slow.map((s) => `  ${s.where} ${s.regex}: ${s.ms} ms on ${s.bytes} chars of ${s.attack}`).join('\n')}`);
  }
}
