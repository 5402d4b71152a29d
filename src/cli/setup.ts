import path from 'node:path';
import { allRules } from '../rules/index.js';
import { loadConfig, loadDataLibraries, readDataFile, ConfigError } from '../config/load.js';
import { loadUserCauses } from '../config/causes.js';
import { applyRuleSettings } from '../config/rules.js';
import { catalogRule } from '../catalog/rule.js';
import { createCatalogParser } from '../catalog/parser.js';
import { allParsers } from '../parsers/index.js';
import { createFilterFactory } from '../suppress.js';
import { readBaseline } from '../baseline.js';
import { setAptFileFallback } from '../packages/index.js';
import type { CheckOptions } from '../check.js';
import type { LoadedConfig } from '../config/types.js';
import type { Rule } from '../rule.js';
import type { Parser } from '../parser.js';
import type { CatalogEntry } from '../catalog/schema.js';
import type { Severity } from '../types.js';
import { parseCli, type CliOptions } from './args.js';

/**
 * The check a command line asks for, built from data only (the options, the working directory, the
 * environment): the main thread builds it once, and each worker of `--jobs` builds the same again
 * (no function crosses a thread).
 */
/** What the configuration adds: the rules (ours and the user's, settings applied), parsers, filters. */
export interface Setup {
  readonly loaded: LoadedConfig | undefined;
  /** Every rule known, on or off (for --rule, rules, explain). */
  readonly all: readonly Rule[];
  /** The rules that run, with the configuration's settings applied. */
  readonly rules: readonly Rule[];
  readonly parsers: readonly Parser[];
  readonly userEntries: readonly CatalogEntry[];
  readonly severityOf: ((ruleId: string) => Severity | undefined) | undefined;
}

export async function loadSetup(options: CliOptions, io: { readonly cwd: string }): Promise<Setup> {
  const loaded = await loadConfig({ cwd: io.cwd, ...(options.config !== undefined ? { file: options.config } : {}), none: options.noConfig });
  const user = loadUserCauses(loaded, new Set(allRules.map((r) => r.meta.id)));
  // `logcheck test-rules FILE...`: causes files given on the command line too.
  const extra: CatalogEntry[] = [];
  if (options.command === 'test-rules' && options.files.length > 0) {
    await loadDataLibraries();
    for (const file of options.files) {
      const { data } = readDataFile(path.resolve(io.cwd, file));
      const listed = Array.isArray(data) ? data : (data as { causes?: unknown[] } | null)?.causes;
      if (!Array.isArray(listed)) throw new ConfigError(`${file}: expected a list of causes, or an object with "causes": [...]`);
      const fake: LoadedConfig = { config: { causes: listed }, path: file, dir: path.dirname(path.resolve(io.cwd, file)), locate: (p) => `${file}${p ? ` ${p}` : ''}` };
      extra.push(...loadUserCauses(fake, new Set([...allRules.map((r) => r.meta.id), ...user.entries.map((e) => e.id), ...extra.map((e) => e.id)])).entries);
    }
  }
  const userEntries = [...user.entries, ...extra];
  const all = [...allRules, ...userEntries.map(catalogRule), ...user.matchers.map(catalogRule)];
  const parsers = [
    ...allParsers,
    ...(userEntries.length > 0 ? [createCatalogParser(userEntries, 'user-causes', 're2')] : []),
    ...(user.matchers.length > 0 ? [createCatalogParser(user.matchers, 'problem-matchers', 're2', true)] : []),
  ];
  const applied = applyRuleSettings(all, loaded?.config.rules);
  if (applied.unused.length > 0 && loaded !== undefined) {
    throw new ConfigError(applied.unused.map((k) => `${loaded.locate(`/rules/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)}: rules: "${k}" names no rule, family or tag (logcheck rules lists them)`).join('\n'));
  }
  return { loaded, all, rules: applied.rules, parsers, userEntries, severityOf: applied.severityOf };
}


/** The baseline file the run uses (--baseline, else the configuration's), resolved. */
export function baselineFile(options: CliOptions, setup: Setup, cwd: string): string | undefined {
  const config = setup.loaded?.config;
  return options.baseline !== undefined ? path.resolve(cwd, options.baseline) : (config?.baseline !== undefined ? path.resolve(setup.loaded!.dir, config.baseline) : undefined);
}

/** Everything checkStream needs but the source and the live callback; throws a one-line Error for a bad filter. */
export function checkOptionsFor(options: CliOptions, setup: Setup, cwd: string, env: Readonly<Record<string, string | undefined>>): Omit<CheckOptions, 'source' | 'onFinding'> & { readonly rules: readonly Rule[] } {
  const config = setup.loaded?.config;
  const baseline = baselineFile(options, setup, cwd);
  const filter = createFilterFactory({
    ignoreLines: options.ignoreLines,
    ...(config?.ignore !== undefined ? { ignore: config.ignore } : {}),
    ...(config?.inlineDirectives !== undefined ? { inlineDirectives: config.inlineDirectives } : {}),
    // --write-baseline records every finding: the old baseline does not hide any.
    ...(baseline !== undefined && options.writeBaseline === undefined ? { baseline: readBaseline(baseline) } : {}),
  });
  setAptFileFallback(options.aptFile);
  const rules = setup.rules.filter((r) => (options.only.length === 0 || options.only.includes(r.meta.id)) && !options.disable.includes(r.meta.id));
  return {
    rules,
    parsers: setup.parsers,
    ...(filter !== undefined ? { filter } : {}),
    ...(setup.severityOf !== undefined ? { severityOf: setup.severityOf } : {}),
    ...(options.maxFindingsPerRule !== undefined ? { maxFindingsPerRule: options.maxFindingsPerRule } : {}),
    ...(options.maxLineBytes !== undefined ? { maxLineBytes: options.maxLineBytes } : {}),
    latin1: options.latin1,
    // LOGCHECK_SCAN=0: without the byte scanner (for the bench's comparison; the findings are the same).
    ...(env.LOGCHECK_SCAN === '0' ? { scan: false } : {}),
    // LOGCHECK_SCAN_WORKERS=0: a large file's byte scan stays on the main thread (=1: on a worker whatever the file and load).
    ...(env.LOGCHECK_SCAN_WORKERS === '0' ? { scanWorker: false } : env.LOGCHECK_SCAN_WORKERS === '1' ? { scanWorker: true } : {}),
  };
}

/** A worker's check, from the command line the main thread was given. */
export async function workerCheck(argv: readonly string[], cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<Omit<CheckOptions, 'source' | 'onFinding'>> {
  const options = parseCli(argv);
  return checkOptionsFor(options, await loadSetup(options, { cwd }), cwd, env);
}
