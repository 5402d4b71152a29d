import { randomBytes } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import { checkStream } from '../check.js';
import { allRules, findRule } from '../rules/index.js';
import { getFormatter, formatterNames, type FormatContext } from '../formatters/index.js';
import { inert } from '../formatters/sanitize.js';
import { InputError, InterruptedError, UsageError } from '../input/errors.js';
import { openInput } from '../input/open.js';
import { teeTo, type Tee } from '../input/tee.js';
import { resolveInputs } from '../input/resolve.js';
import { followFile } from '../input/follow.js';
import type { RunReport } from '../report.js';
import { VERSION } from '../version.js';
import { SEVERITY_RANK, type Finding, type SourceResult } from '../types.js';
import { HELP, parseCli, type CliOptions } from './args.js';
import { explainRule, listRules } from './commands.js';
import { startProgress } from './progress.js';
import { ConfigError, loadConfig, loadDataLibraries, readDataFile } from '../config/load.js';
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
import { setAptFileFallback } from '../packages/index.js';
import { appendReport, writeReport } from '../output/write-report.js';
import { SIGNAL_EXIT, watchInterrupts } from './interrupts.js';
import { OutputStream } from './output-stream.js';
import { gitTracked } from './checkout.js';
import { useColor } from './color.js';

export interface CliIO {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable & { isTTY?: boolean; columns?: number };
  readonly stderr: Writable & { isTTY?: boolean; columns?: number };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The process whose SIGINT/SIGTERM end reading early, with the report still given (the entry passes it). */
  readonly process?: NodeJS.Process;
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
    setup = await loadSetup(options, io);
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
    case 'rules': {
      // -f json for programs; a table only on a terminal, sized to it.
      const format = options.outputs[0]!.format;
      if (format !== 'text' && format !== 'json') { say(`rules prints text or json, not ${format}`); return 2; }
      const columns = io.stdout.isTTY === true ? (io.stdout.columns || 80) : undefined;
      io.stdout.write(listRules(setup.all, { format, ...(columns !== undefined ? { columns } : {}) }));
      return 0;
    }
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

async function loadSetup(options: CliOptions, io: CliIO): Promise<Setup> {
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
  const baselineFile = options.baseline !== undefined ? path.resolve(io.cwd, options.baseline) : (config?.baseline !== undefined ? path.resolve(setup.loaded!.dir, config.baseline) : undefined);
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
  setAptFileFallback(options.aptFile);
  const rules = setup.rules.filter((r) => (options.only.length === 0 || options.only.includes(r.meta.id)) && !options.disable.includes(r.meta.id));
  // With --tee stdout carries the build itself; what logcheck says goes to stderr.
  const stdout = new OutputStream(io.stdout);
  const stderr = new OutputStream(io.stderr);
  const out = options.tee ? stderr : stdout;
  const rawOut = options.tee ? io.stderr : io.stdout;
  const color = useColor(options.color, rawOut, io.env);
  const context: FormatContext = {
    color,
    rules: rules.map((r) => r.meta),
    env: io.env,
    cwd: io.cwd,
    pathMaps,
    // Unguessable, so that no log line can end GitHub's ::stop-commands:: block.
    nonce: randomBytes(16).toString('hex'),
    isTracked: gitTracked(),
    ...(rawOut.isTTY === true ? { columns: rawOut.columns || 80 } : {}),
    failOn,
    ...((options.sarifCategory ?? config?.formats?.sarif?.category) !== undefined ? { sarifCategory: (options.sarifCategory ?? config?.formats?.sarif?.category)! } : {}),
  };
  const primary = options.outputs.find((o) => o.file === undefined);
  const primaryFormatter = primary ? getFormatter(primary.format) : undefined;
  const live = options.live ?? (files.includes('-') || options.follow);
  const liveFormatter = live && (primaryFormatter?.live || primaryFormatter?.liveSession) ? primaryFormatter : undefined;
  const liveWrite = liveFormatter?.liveSession?.(context) ?? (liveFormatter ? (f: Finding, continues: boolean) => liveFormatter.live!(f, continues, context) : undefined);
  const forPeople = primaryFormatter?.forPeople === true;
  const writesFiles = options.outputs.some((o) => o.file !== undefined) || options.outputs.some((o) => getFormatter(o.format)!.sideOutputs !== undefined);
  const interrupts = watchInterrupts(io.process, { ignoreInt: options.tee });
  // `logcheck big.log | head`: once stdout's reader is gone and nothing else is to be written, stop reading.
  const readerGone = new AbortController();
  io.stdout.on('error', (error: NodeJS.ErrnoException) => { if (error.code === 'EPIPE' && !options.tee && !writesFiles) readerGone.abort(); });
  const stop = AbortSignal.any([interrupts.signal, readerGone.signal]);
  const stopped = aborted(stop);

  try {
    let failed = false;
    const { inputs, errors } = await resolveInputs(files, io.cwd);
    for (const e of errors) { say(`${e.argument}: ${e.message}`); failed = true; }

    const results: SourceResult[] = [];
    for (const input of inputs) {
      if (stop.aborted) break;
      let opened;
      let tee: Tee | undefined;
      try {
        let stdin: Readable = io.stdin;
        if (options.tee && input.path === '-') {
          tee = teeTo(io.stdin, io.stdout);
          stdin = tee.branch;
        }
        opened = options.follow
          ? { label: input.path, stream: followFile(input.path), compression: 'none' as const }
          // Relative to the working directory the CLI was given (a library caller's cwd), labelled as written.
          : await openInput(input.path === '-' ? '-' : path.resolve(io.cwd, input.path), stdin, input.path === '-' ? options.label : input.path);
      } catch (error) {
        say(`${input.path}: ${error instanceof InputError ? error.message : String(error)}`);
        failed = true;
        await Promise.race([tee?.done, stopped]);
        continue;
      }
      const stream = opened.stream;
      const onStop = (): void => { stream.destroy(new InterruptedError(String(stop.reason ?? 'stopped'))); };
      stop.addEventListener('abort', onStop, { once: true });
      const shownCauses = new Set<string>();
      let found = 0;
      const progress = forPeople && !options.quiet && input.path !== '-' && !options.follow
        ? await startProgress(io, opened.label, opened.size, opened.bytesRead, () => found)
        : undefined;
      const result = await checkStream(stream, {
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
        // LOGCHECK_SCAN_WORKERS=0: a large file's byte scan stays on the main thread (=1: on a worker whatever the file and load).
        ...(io.env.LOGCHECK_SCAN_WORKERS === '0' ? { scanWorker: false } : io.env.LOGCHECK_SCAN_WORKERS === '1' ? { scanWorker: true } : {}),
        onFinding: (finding) => {
          found++;
          if (liveFormatter === undefined) return;
          progress?.clear();
          out.write(liveWrite!(finding, shownCauses.has(finding.cause)));
          shownCauses.add(finding.cause);
        },
      });
      stop.removeEventListener('abort', onStop);
      progress?.stop();
      // The build output goes on to its end even when the checker stopped early (a binary input).
      await Promise.race([tee?.done, stopped]);
      for (const p of result.problems) {
        if (readerGone.signal.aborted && p.message.startsWith('interrupted')) continue;
        say(`${p.source}: ${p.message}`);
        if (p.level === 'error') failed = true;
      }
      results.push(result);
    }
    if (interrupts.signal.aborted || readerGone.signal.aborted) {
      // Reading stopped, and stdin may still be open (a build writing on): let go of it.
      io.stdin.pause();
      io.stdin.destroy?.();
    }

    const report: RunReport = { version: 1, tool: { name: 'logcheck', version: VERSION }, results };
    for (const output of options.outputs) {
      const formatter = getFormatter(output.format)!;
      const shown = formatter === liveFormatter;
      const text = formatter.final(report, output.file === undefined ? context : { ...context, color: false, columns: undefined }, shown);
      if (output.file === undefined) {
        // After an input error, "No problems found" would read as a clean bill of health.
        if (!((options.quiet || failed) && text.startsWith('No problems'))) out.write(text);
      } else {
        try {
          await writeReport(output.file, text);
        } catch (error) {
          say(`${output.file}: cannot write the ${output.format} report: ${(error as Error).message}`);
          failed = true;
        }
      }
      for (const side of formatter.sideOutputs?.(report, { ...context, color: false }) ?? []) {
        try {
          if (side.append) await appendReport(side.path, side.text);
          else await writeReport(side.path, side.text);
        } catch (error) {
          say(`${side.path}: cannot write: ${(error as Error).message}`);
          failed = true;
        }
      }
    }
    if (options.writeBaseline !== undefined) {
      try {
        await writeReport(path.resolve(io.cwd, options.writeBaseline), makeBaseline(results));
      } catch (error) {
        say(`${options.writeBaseline}: cannot write the baseline: ${(error as Error).message}`);
        failed = true;
      }
    }
    await out.flush();
    if (out.error !== undefined && !out.readerGone) {
      say(`${out === stdout ? 'standard output' : 'standard error'}: cannot write the report: ${describeWriteError(out.error)}`);
      failed = true;
    }
    if (options.tee) {
      await stdout.flush();
      if (stdout.error !== undefined && !stdout.readerGone) {
        say(`standard output: cannot pass the build output on: ${describeWriteError(stdout.error)}`);
        failed = true;
      }
    }

    const signal = interrupts.received();
    if (signal !== undefined) return SIGNAL_EXIT[signal];
    if (failed) return 2;
    const threshold = SEVERITY_RANK[failOn];
    return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
  } finally {
    interrupts.dispose();
    stdout.dispose();
    stderr.dispose();
  }
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  return error.code === 'ENOSPC' ? 'no space left on device' : error.code === 'EIO' ? 'input/output error' : error.message.split('\n')[0]!;
}
