import path from 'node:path';
import type { CatalogEntry } from '../catalog/schema.js';
import { problemPointer, validateCatalog } from '../catalog/validate.js';
import { CAUSES, defineCauses } from '../causes.js';
import { ConfigError, readDataFile } from './load.js';
import type { LoadedConfig } from './types.js';

/** Users' own causes: the configuration's `causes`, its `causeFiles` and its GitHub problem matchers. */
export interface UserCauses {
  readonly entries: readonly CatalogEntry[];
  /** Imported problem matchers (no examples, possibly no literal: they may see every line). */
  readonly matchers: readonly CatalogEntry[];
}

interface Located { readonly list: readonly unknown[]; readonly locate: (pointer: string) => string; readonly base: string }

/**
 * Checks users' entries as strictly as ours (same schema, same validator), with RE2 syntax (their
 * patterns run on RE2JS: linear time), and names each problem by file, line and column. A cause id
 * that is not one of ours becomes a cause of its own, titled by the entry.
 */
function checked(sources: readonly Located[], taken: ReadonlySet<string>, imported: boolean): CatalogEntry[] {
  const all = sources.flatMap((s) => s.list);
  const own = new Set<string>();
  for (const e of all) {
    const cause = (e as { cause?: unknown }).cause;
    if (typeof cause === 'string' && !CAUSES.has(cause)) own.add(cause);
  }
  const problems: string[] = [];
  const ids = new Set(taken);
  for (const source of sources) {
    for (const p of validateCatalog(source.list, { causes: new Set([...CAUSES.keys(), ...own]), takenIds: ids, untrusted: true, imported })) {
      problems.push(`${source.locate(`${source.base}/${p.index}${problemPointer(p)}`)}: cause ${p.id}${p.path ? ` ${p.path}` : ''}: ${p.message}`);
    }
    for (const e of source.list) ids.add((e as { id: string }).id);
  }
  if (problems.length > 0) throw new ConfigError(problems.slice(0, 20).join('\n'));
  const entries = all as CatalogEntry[];
  defineCauses(entries.filter((e) => own.has(e.cause)).map((e) => ({ id: e.cause, title: e.title, side: e.side })));
  return entries;
}

function listOf(file: string, data: unknown, key: string): { list: unknown[]; base: string } {
  if (Array.isArray(data)) return { list: data, base: '' };
  if (typeof data === 'object' && data !== null && Array.isArray((data as Record<string, unknown>)[key])) return { list: (data as Record<string, unknown[]>)[key]!, base: `/${key}` };
  throw new ConfigError(`${file}: expected a list of ${key}, or an object with "${key}": [...]`);
}

interface MatcherPattern { regexp?: unknown; file?: unknown; line?: unknown; column?: unknown; message?: unknown; severity?: unknown; loop?: unknown }

/**
 * A GitHub problem matcher (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md) as a
 * cause: its regexp (the last pattern, after the ones before it on the lines just above), its groups
 * by number as `{{1}}`..., `file`/`line` as the source location, `message` as the message.
 */
function fromMatcher(owner: string, severity: unknown, patterns: readonly MatcherPattern[], where: string): CatalogEntry {
  if (patterns.length === 0 || patterns.length > 2 || patterns.some((p) => typeof p.regexp !== 'string')) {
    throw new ConfigError(`${where}: problem matcher ${owner}: only one or two patterns, each with a "regexp", can be imported`);
  }
  const last = patterns[patterns.length - 1]!;
  const group = (n: unknown): string | undefined => (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 9 ? `{{${n}}}` : undefined);
  const message = group(last.message) ?? group(patterns[0]!.message) ?? `${owner} reported a problem`;
  const file = group(last.file) ?? group(patterns[0]!.file);
  const line = group(last.line) ?? group(patterns[0]!.line);
  const id = `matcher-${owner.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;
  const docs = `Imported from the GitHub problem matcher "${owner}".`;
  return {
    id,
    family: 'problem-matcher',
    title: `${owner} (problem matcher)`,
    severity: severity === 'warning' ? 'warning' : 'error',
    cause: 'problem-matcher',
    side: 'package',
    tags: ['problem-matcher'],
    match: patterns.length === 2 ? String(patterns[0]!.regexp) : String(last.regexp),
    ...(patterns.length === 2 ? { then: { match: String(last.regexp), within: 1, reportHere: true } } : {}),
    message,
    ...(file !== undefined && line !== undefined ? { location: { file, line, ...(group(last.column) ? { column: group(last.column)! } : {}) } } : {}),
    fix: { summary: `See what ${owner} reported: ${message}` },
    docs: { description: docs, why: `${docs} Its own documentation says what the message means.`, fix: `${docs} Fix what the message names.` },
    examples: [],
    nearMisses: [],
  };
}

export function loadUserCauses(loaded: LoadedConfig | undefined, taken: ReadonlySet<string>): UserCauses {
  if (loaded === undefined) return { entries: [], matchers: [] };
  const { config, dir, locate } = loaded;
  const sources: Located[] = [];
  if (config.causes !== undefined) sources.push({ list: config.causes, locate, base: '/causes' });
  for (const name of config.causeFiles ?? []) {
    const file = path.resolve(dir, name);
    const { data, locate: at } = readDataFile(file);
    const { list, base } = listOf(file, data, 'causes');
    sources.push({ list, locate: at, base });
  }
  const entries = checked(sources, taken, false);
  const matcherSources: Located[] = [];
  for (const name of config.problemMatchers ?? []) {
    const file = path.resolve(dir, name);
    const { data, locate: at } = readDataFile(file);
    const { list } = listOf(file, data, 'problemMatcher');
    const converted = list.map((m, i) => {
      const matcher = m as { owner?: unknown; severity?: unknown; pattern?: unknown };
      if (typeof matcher.owner !== 'string' || !Array.isArray(matcher.pattern)) throw new ConfigError(`${at(`/problemMatcher/${i}`)}: a problem matcher needs "owner" and "pattern"`);
      return fromMatcher(matcher.owner, matcher.severity, matcher.pattern as MatcherPattern[], at(`/problemMatcher/${i}`));
    });
    matcherSources.push({ list: converted, locate: at, base: '/problemMatcher' });
  }
  if (matcherSources.length > 0 && !CAUSES.has('problem-matcher')) defineCauses([{ id: 'problem-matcher', title: 'A problem a problem matcher recognised', side: 'package' }]);
  const matchers = checked(matcherSources, new Set([...taken, ...entries.map((e) => e.id)]), true);
  return { entries, matchers };
}
