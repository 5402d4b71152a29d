import type { CatalogEntry, PatternSource } from './schema.js';
import { literalsOf, patternList, patternParts } from './compile.js';
import { placeholders } from './template.js';
import { groupNames, re2Matcher } from './matcher.js';

/** One problem with an entry: where (the entry's id and a field path) and what. */
export interface CatalogProblem {
  readonly id: string;
  /** The entry's position in the list given. */
  readonly index: number;
  readonly path: string;
  readonly message: string;
}

// kebab-case: `cmake-package-not-found` (checked for `--` and a trailing `-` in code)
const ID = /^[a-z0-9]+-[a-z0-9-]*[a-z0-9]$/;
const SPECIAL = new Set(['package', 'packages', 'suite']);

export interface ValidateOptions {
  /** Cause ids entries may name. */
  readonly causes: ReadonlySet<string>;
  /** Ids already taken (other rules, other catalogs). */
  readonly takenIds?: ReadonlySet<string>;
  /** Users' patterns: must compile for RE2 (linear time), and may use `{{1}}` when they name no group. */
  readonly untrusted?: boolean;
  /** Imported problem matchers: no examples, and no literal needed (they then see every line). */
  readonly imported?: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

function patternOk(p: unknown): p is PatternSource {
  return typeof p === 'string' || p instanceof RegExp || (isObject(p) && typeof p.regex === 'string' && (p.flags === undefined || typeof p.flags === 'string'));
}


/**
 * Checks entries as plain data (they may come from a user's JSON or YAML): every field's type, ids,
 * causes, patterns that compile, literals the prefilter can use, templates that name only captures,
 * and examples that show every pattern on a real line. Returns every problem, not only the first.
 */
export function validateCatalog(raw: readonly unknown[], options: ValidateOptions): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Set<string>(options.takenIds ?? []);
  raw.forEach((value, index) => {
    const id = isObject(value) && typeof value.id === 'string' ? value.id : `#${index + 1}`;
    const bad = (path: string, message: string): void => {
      problems.push({ id, index, path, message });
    };
    if (!isObject(value)) {
      bad('', 'an entry must be an object');
      return;
    }
    const e = value as Partial<CatalogEntry> & Record<string, unknown>;
    if (!str(e.id) || !ID.test(e.id) || e.id.includes('--')) bad('id', 'must be kebab-case with at least two words, e.g. "cmake-package-not-found"');
    else if (ids.has(e.id)) bad('id', 'is already used by another rule or entry');
    else ids.add(e.id);
    for (const field of ['family', 'title', 'cause', 'message'] as const) if (!str(e[field])) bad(field, 'must be a non-empty string');
    if (e.severity !== undefined && !['error', 'warning', 'note'].includes(e.severity)) bad('severity', 'must be error, warning or note');
    if (e.side !== 'package' && e.side !== 'environment') bad('side', 'must be "package" or "environment"');
    if (str(e.cause) && !options.causes.has(e.cause)) bad('cause', `unknown cause "${e.cause}"`);
    if (e.tags !== undefined && (!Array.isArray(e.tags) || !e.tags.every(str))) bad('tags', 'must be a list of strings');

    const patterns = e.match === undefined ? [] : patternList(e.match as PatternSource);
    if (patterns.length === 0) bad('match', 'needs at least one pattern');
    const names = new Set<string>();
    const compiled: RegExp[] = [];
    const checkPatterns = (list: unknown[], path: string, into: RegExp[] | undefined): void => {
      list.forEach((p, i) => {
        const where = list.length > 1 ? `${path}[${i}]` : path;
        if (!patternOk(p)) {
          bad(where, 'must be a regular expression source (a string) or { regex, flags }');
          return;
        }
        const { source, flags } = patternParts(p);
        if (!/^[isu]*$/.test(flags)) bad(where, `flags "${flags}": only i, s and u are allowed (a pattern sees one line)`);
        try {
          const re = new RegExp(source.replace(/\(\?P</g, '(?<'), flags.replace(/[^isu]/g, ''));
          if (options.untrusted === true) re2Matcher(source, flags);
          into?.push(re);
          const named = groupNames(source);
          for (const n of named) names.add(n);
          // No named group: captures are numbered ({{1}}, {{2}}), as in a GitHub problem matcher.
          if (named.length === 0) for (let g = 1; g <= 9; g++) names.add(String(g));
        } catch (err) {
          bad(where, `does not compile${options.untrusted === true ? ' for RE2 (no lookaround, no backreferences)' : ''}: ${(err as Error).message}`);
        }
      });
    };
    checkPatterns(patterns, 'match', compiled);
    if (e.literals !== undefined) {
      for (const key of ['prefixes', 'suffixes', 'anywhere'] as const) {
        const list = (e.literals as Record<string, unknown>)[key];
        if (list !== undefined && (!Array.isArray(list) || !list.every((l) => typeof l === 'string' && l.length >= 2))) bad(`literals.${key}`, 'must be a list of strings of 2 characters or more');
      }
    }
    if (options.imported !== true && patterns.length > 0 && compiled.length === patterns.length && literalsOf(e as CatalogEntry) === undefined) {
      bad('literals', 'none can be derived from the patterns (a top-level |, the i flag, no literal run of 3+ characters): declare prefixes, suffixes or anywhere');
    }
    const follow: RegExp[] = [];
    if (e.then !== undefined) {
      if (!isObject(e.then)) bad('then', 'must be an object { match, within }');
      else {
        checkPatterns(patternList(e.then.match as PatternSource), 'then.match', follow);
        if (!Number.isInteger(e.then.within) || (e.then.within as number) < 1 || (e.then.within as number) > 50) bad('then.within', 'must be a whole number from 1 to 50');
      }
    }
    if (e.lookup !== undefined && (!isObject(e.lookup) || !str(e.lookup.kind) || !str(e.lookup.name))) bad('lookup', 'must be { kind, name }');

    const templates: [string, unknown][] = [['message', e.message], ['headline', e.headline]];
    for (const [key, fix] of [['fix', e.fix], ['fixUnresolved', e.fixUnresolved], ['fixNear', e.fixNear], ['fixEach', e.fixEach]] as const) {
      if (fix === undefined) {
        if (key === 'fix') bad('fix', 'is required: { summary, steps? }');
        continue;
      }
      if (!isObject(fix) || !str(fix.summary)) {
        bad(key, 'must be { summary, steps? }');
        continue;
      }
      templates.push([`${key}.summary`, fix.summary]);
      if (fix.steps !== undefined) {
        if (!Array.isArray(fix.steps)) bad(`${key}.steps`, 'must be a list of strings');
        else fix.steps.forEach((s, i) => templates.push([`${key}.steps[${i}]`, s]));
      }
    }
    // Without fixUnresolved, `fix` is what an unresolved lookup shows (fixNear and fixEach only show with packages).
    if (e.lookup !== undefined && e.fixUnresolved === undefined && templates.some(([p, t]) => !p.startsWith('fixNear') && !p.startsWith('fixEach') && typeof t === 'string' && placeholders(t).some((n) => SPECIAL.has(n)))) {
      bad('fixUnresolved', 'is required when the fix names {{package}}: it is used when no package is found');
    }
    if (e.lookup !== undefined && str(e.lookup.name)) templates.push(['lookup.name', e.lookup.name]);
    if (e.lookup !== undefined && isObject(e.lookup) && e.lookup.components !== undefined) templates.push(['lookup.components', e.lookup.components]);
    if ((e.fixNear !== undefined || e.fixEach !== undefined) && e.lookup === undefined) bad('fixNear', 'fixNear and fixEach need a lookup');
    for (const [path, t] of templates) {
      if (t === undefined) continue;
      if (typeof t !== 'string') {
        bad(path, 'must be a string');
        continue;
      }
      for (const n of placeholders(t)) {
        // {{near}}: what a near answer's packages ship, only in fixNear.
        if (n === 'near' && path.startsWith('fixNear') && e.lookup !== undefined) continue;
        if (SPECIAL.has(n) ? e.lookup === undefined || path === 'lookup.name' || path.startsWith('lookup.components') || path.startsWith('fixUnresolved') : !names.has(n)) {
          bad(path, `{{${n}}} is neither a named group of the patterns nor available here`);
        }
      }
    }
    if (!isObject(e.docs)) bad('docs', 'must be { description, why, fix }');
    else for (const key of ['description', 'why', 'fix'] as const) if (!str(e.docs[key]) || (e.docs[key] as string).length < 20) bad(`docs.${key}`, 'must say it in at least 20 characters');

    if (options.imported === true && (e.examples === undefined || (Array.isArray(e.examples) && e.examples.length === 0))) { /* a problem matcher has none */ }
    else if (!Array.isArray(e.examples) || e.examples.length === 0) bad('examples', 'needs at least one real log line that matches');
    else {
      e.examples.forEach((ex, i) => {
        if (!isObject(ex) || !Array.isArray(ex.lines) || ex.lines.length === 0 || !ex.lines.every((l) => typeof l === 'string')) {
          bad(`examples[${i}].lines`, 'must be a non-empty list of log lines');
          return;
        }
        if (ex.line !== undefined && (!Number.isInteger(ex.line) || (ex.line as number) < 1 || (ex.line as number) > ex.lines.length)) bad(`examples[${i}].line`, `must be a line of the example (1 to ${ex.lines.length})`);
        if (ex.captures !== undefined) {
          if (!isObject(ex.captures)) bad(`examples[${i}].captures`, 'must map group names to strings');
          else for (const k of Object.keys(ex.captures)) if (!names.has(k)) bad(`examples[${i}].captures.${k}`, 'is not a named group of the patterns');
        }
      });
      compiled.forEach((re, i) => {
        const shown = (e.examples as { lines: string[] }[]).some((ex) => Array.isArray(ex.lines) && ex.lines.some((l) => typeof l === 'string' && re.test(l)));
        if (!shown) bad(patterns.length > 1 ? `match[${i}]` : 'match', 'no example line matches this pattern');
      });
    }
    if (options.imported === true && (e.nearMisses === undefined || (Array.isArray(e.nearMisses) && e.nearMisses.length === 0))) { /* a problem matcher has none */ }
    else if (!Array.isArray(e.nearMisses) || e.nearMisses.length === 0 || !e.nearMisses.every((l) => typeof l === 'string')) bad('nearMisses', 'needs at least one line that looks alike but must not match');
  });
  return problems;
}

/** `examples[1].line` → `/examples/1/line` (a JSON pointer into the entry). */
export function problemPointer(problem: CatalogProblem): string {
  return problem.path === '' ? '' : `/${problem.path.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}`;
}

export function formatProblems(problems: readonly CatalogProblem[]): string {
  return problems.map((p) => `catalog entry ${p.id}${p.path ? ` ${p.path}` : ''}: ${p.message}`).join('\n');
}
