import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { checkStream } from '../check.js';
import { allRules, findRule } from '../rules/index.js';
import { getFormatter, formatterNames, type FormatContext } from '../formatters/index.js';
import { inert } from '../formatters/sanitize.js';
import { InputError, UsageError } from '../input/errors.js';
import { openInput } from '../input/open.js';
import { teeTo, type Tee } from '../input/tee.js';
import { resolveInputs } from '../input/resolve.js';
import type { RunReport } from '../report.js';
import { VERSION } from '../version.js';
import { SEVERITY_RANK, type SourceResult } from '../types.js';
import { HELP, parseCli, type CliOptions } from './args.js';
import { explainRule, listRules } from './commands.js';
import { startProgress } from './progress.js';
import { ConfigError, loadConfig, readDataFile } from '../config/load.js';
import { loadUserCauses } from '../config/causes.js';
import { applyRuleSettings } from '../config/rules.js';
import { testCauses } from '../config/test-rules.js';
import { catalogRule } from '../catalog/rule.js';
import { createCatalogParser } from '../catalog/parser.js';
import { allParsers } from '../parsers/index.js';
import { createFilterFactory } from '../suppress.js';
import { makeBaseline, readBaseline } from '../baseline.js';
import type { LoadedConfig } from '../config/types.js';
import type { Rule } from '../rule.js';
import type { Parser } from '../parser.js';
import type { CatalogEntry } from '../catalog/schema.js';
import { parsePathMap } from '../formatters/locations.js';
import path from 'node:path';

export interface CliIO {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable & { isTTY?: boolean; columns?: number };
  readonly stderr: Writable & { isTTY?: boolean; columns?: number };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Runs the command line and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const say = (message: string): void => { io.stderr.write(`logcheck: ${inert(message)}\n`); };
  let options: CliOptions;
  try {
    options = parseCli(argv);
    for (const o of options.outputs) {
      if (getFormatter(o.format) === undefined) throw new UsageError(`unknown format "${o.format}" (known: ${formatterNames().join(', ')})`);
    }
  } catch (error) {
    say(`${(error as Error).message} (logcheck --help shows usage)`);
    return 2;
  }
  // The configuration and the user's own causes: data only; any problem is exit 2 with file:line:col.
  let setup: Setup;
  try {
    setup = loadSetup(options, io);
    for (const id of [...options.only, ...options.disable]) {
      if (!setup.all.some((r) => r.meta.id === id)) throw new UsageError(`unknown rule "${id}" (logcheck rules lists them)`);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of error.message.split('\n')) say(line);
      return 2;
    }
    say(`${(error as Error).message}${error instanceof UsageError ? ' (logcheck --help shows usage)' : ''}`);
    return 2;
  }

  switch (options.command) {
    case 'help': io.stdout.write(HELP); return 0;
    case 'version': io.stdout.write(`logcheck ${VERSION}\n`); return 0;
    case 'rules': io.stdout.write(listRules(setup.all)); return 0;
    case 'test-rules': return testRules(options, setup, io, say);
    case 'explain': {
      const rule = setup.all.find((r) => r.meta.id === options.files[0]) ?? findRule(options.files[0]!);
      if (rule === undefined) { say(`unknown rule "${options.files[0]}" (logcheck rules lists them)`); return 2; }
      io.stdout.write(explainRule(rule));
      return 0;
    }
    case 'check': break;
  }

  try {
    return await check(options, io, say, setup);
  } catch (error) {
    // A bug, not the user's fault: still one line, and exit 2.
    say(`internal error: ${(error as Error)?.message ?? String(error)}${io.env.LOGCHECK_DEBUG ? `\n${(error as Error)?.stack}` : ' (LOGCHECK_DEBUG=1 shows the stack)'}`);
    return 2;
  }
}

/** What the configuration adds: the rules (ours and the user's, settings applied), parsers, filters. */
interface Setup {
  readonly loaded: LoadedConfig | undefined;
  /** Every rule known, on or off (for --rule, rules, explain). */
  readonly all: readonly Rule[];
  /** The rules that run, with the configuration's settings applied. */
  readonly rules: readonly Rule[];
  readonly parsers: readonly Parser[];
  readonly userEntries: readonly CatalogEntry[];
  readonly severityOf: ((ruleId: string) => import('../types.js').Severity | undefined) | undefined;
}

function loadSetup(options: CliOptions, io: CliIO): Setup {
  const loaded = loadConfig({ cwd: io.cwd, ...(options.config !== undefined ? { file: options.config } : {}), none: options.noConfig });
  const user = loadUserCauses(loaded, new Set(allRules.map((r) => r.meta.id)));
  // `logcheck test-rules FILE...`: causes files given on the command line too.
  const extra: CatalogEntry[] = [];
  if (options.command === 'test-rules' && options.files.length > 0) {
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

async function testRules(options: CliOptions, setup: Setup, io: CliIO, say: (m: string) => void): Promise<number> {
  if (setup.userEntries.length === 0) {
    say(options.files.length === 0 && setup.loaded === undefined ? 'no configuration found and no causes file given: logcheck test-rules causes.yaml' : 'no causes to test');
    return 2;
  }
  const outcomes = await testCauses(setup.userEntries);
  for (const o of outcomes) io.stdout.write(`${o.ok ? 'ok  ' : 'FAIL'} ${inert(o.id)} ${o.what}${o.problem !== undefined ? `: ${inert(o.problem)}` : ''}\n`);
  const failed = outcomes.filter((o) => !o.ok).length;
  io.stdout.write(`${outcomes.length - failed} passed, ${failed} failed (${setup.userEntries.length} causes)\n`);
  return failed > 0 ? 1 : 0;
}

async function check(options: CliOptions, io: CliIO, say: (m: string) => void, setup: Setup): Promise<number> {
  const config = setup.loaded?.config;
  const baselineFile = options.baseline ?? (config?.baseline !== undefined ? path.resolve(setup.loaded!.dir, config.baseline) : undefined);
  let filter;
  try {
    filter = createFilterFactory({
      ignoreLines: options.ignoreLines,
      ...(config?.ignore !== undefined ? { ignore: config.ignore } : {}),
      ...(config?.inlineDirectives !== undefined ? { inlineDirectives: config.inlineDirectives } : {}),
      // --write-baseline records every finding: the old baseline does not hide any.
      ...(baselineFile !== undefined && options.writeBaseline === undefined ? { baseline: readBaseline(baselineFile) } : {}),
    });
  } catch (error) {
    say((error as Error).message);
    return 2;
  }
  const failOn = options.failOnGiven ? options.failOn : config?.failOn ?? options.failOn;
  const pathMaps = [...options.pathMaps, ...Object.entries(config?.pathMap ?? {}).map(([from, to]) => parsePathMap(`${from}=${to}`)!).filter(Boolean)];
  let files = options.files;
  if (files.length === 0) {
    if (io.stdin.isTTY) {
      say('no log given and standard input is a terminal: give a file, or pipe a build into logcheck (logcheck --help)');
      return 2;
    }
    files = ['-'];
  }
  const rules = setup.rules.filter((r) => (options.only.length === 0 || options.only.includes(r.meta.id)) && !options.disable.includes(r.meta.id));
  // With --tee stdout carries the build itself; what logcheck says goes to stderr.
  const out = options.tee ? io.stderr : io.stdout;
  const color = options.color ?? (out.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb');
  const context: FormatContext = {
    color,
    rules: rules.map((r) => r.meta),
    env: io.env,
    cwd: io.cwd,
    pathMaps,
    // Unguessable, so that no log line can end GitHub's ::stop-commands:: block.
    nonce: randomBytes(16).toString('hex'),
  };
  const primary = options.outputs.find((o) => o.file === undefined);
  const primaryFormatter = primary ? getFormatter(primary.format) : undefined;
  const live = options.live ?? files.includes('-');
  const liveFormatter = live && primaryFormatter?.live ? primaryFormatter : undefined;
  const forPeople = primaryFormatter?.forPeople === true;

  let failed = false;
  const { inputs, errors } = await resolveInputs(files, io.cwd);
  for (const e of errors) { say(`${e.argument}: ${e.message}`); failed = true; }

  const results: SourceResult[] = [];
  for (const input of inputs) {
    let opened;
    let tee: Tee | undefined;
    try {
      let stdin: Readable = io.stdin;
      if (options.tee && input.path === '-') {
        tee = teeTo(io.stdin, io.stdout);
        stdin = tee.branch;
      }
      opened = await openInput(input.path, stdin, input.path === '-' ? options.label : undefined);
    } catch (error) {
      say(`${input.path}: ${error instanceof InputError ? error.message : String(error)}`);
      failed = true;
      await tee?.done;
      continue;
    }
    const shownCauses = new Set<string>();
    const progress = forPeople && !options.quiet && input.path !== '-'
      ? startProgress(io, opened.label, opened.size, opened.bytesRead)
      : undefined;
    const result = await checkStream(opened.stream, {
      source: opened.label,
      rules,
      parsers: setup.parsers,
      ...(filter !== undefined ? { filter } : {}),
      ...(setup.severityOf !== undefined ? { severityOf: setup.severityOf } : {}),
      ...(options.maxFindingsPerRule !== undefined ? { maxFindingsPerRule: options.maxFindingsPerRule } : {}),
      ...(options.maxLineBytes !== undefined ? { maxLineBytes: options.maxLineBytes } : {}),
      latin1: options.latin1,
      // LOGCHECK_SCAN=0: without the byte scanner (for the bench's comparison; the findings are the same).
      ...(io.env.LOGCHECK_SCAN === '0' ? { scan: false } : {}),
      ...(liveFormatter ? {
        onFinding: (finding) => {
          progress?.clear();
          out.write(liveFormatter.live!(finding, shownCauses.has(finding.cause), context));
          shownCauses.add(finding.cause);
        },
      } : {}),
    });
    progress?.stop();
    // The build output goes on to its end even when the checker stopped early (a binary input).
    await tee?.done;
    for (const p of result.problems) {
      say(`${p.source}: ${p.message}`);
      if (p.level === 'error') failed = true;
    }
    results.push(result);
  }

  const report: RunReport = { version: 1, tool: { name: 'logcheck', version: VERSION }, results };
  for (const output of options.outputs) {
    const formatter = getFormatter(output.format)!;
    const shown = formatter === liveFormatter;
    const text = formatter.final(report, output.file === undefined ? context : { ...context, color: false }, shown);
    if (output.file === undefined) {
      if (!(options.quiet && text.startsWith('No problems'))) out.write(text);
    } else {
      try {
        await writeFile(output.file, text);
      } catch (error) {
        say(`${output.file}: cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        failed = true;
      }
    }
    for (const side of formatter.sideOutputs?.(report, { ...context, color: false }) ?? []) {
      try {
        await writeFile(side.path, side.text, side.append);
      } catch (error) {
        say(`${side.path}: cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        failed = true;
      }
    }
  }

  if (options.writeBaseline !== undefined) {
    try {
      await writeFile(options.writeBaseline, makeBaseline(results));
    } catch (error) {
      say(`${options.writeBaseline}: cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      failed = true;
    }
  }

  if (failed) return 2;
  const threshold = SEVERITY_RANK[failOn];
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}

function writeFile(path: string, text: string, append = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path, { flags: append ? 'a' : 'w' });
    out.on('error', reject);
    out.end(text, () => resolve());
  });
}
