import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { checkStream } from '../check.js';
import { findRule } from '../rules/index.js';
import { getFormatter, formatterNames, type FormatContext, type Formatter } from '../formatters/index.js';
import { inert } from '../formatters/sanitize.js';
import { memorySpool, type Chunks, type ReportStream } from '../formatters/stream.js';
import { InputError, InterruptedError, UsageError } from '../input/errors.js';
import { openInput } from '../input/open.js';
import { teeTo, type Tee } from '../input/tee.js';
import { resolveInputs } from '../input/resolve.js';
import { followFile } from '../input/follow.js';
import type { RunReport } from '../report.js';
import { SummaryCounter } from '../summary.js';
import { VERSION } from '../version.js';
import { SEVERITY_RANK, type Finding, type SourceResult } from '../types.js';
import { HELP, parseCli, type CliOptions, type OutputSpec } from './args.js';
import { explainRule, listRules } from './commands.js';
import { startProgress } from './progress.js';
import { ConfigError } from '../config/load.js';
import { testCauses } from '../config/test-rules.js';
import { parsePathMap } from '../formatters/locations.js';
import { makeBaseline } from '../baseline.js';
import { appendReport, openReport, writeReport, type ReportFile } from '../output/write-report.js';
import { fileSpool } from '../output/spool.js';
import { SIGNAL_EXIT, watchInterrupts } from './interrupts.js';
import { OutputStream } from './output-stream.js';
import { gitTracked } from './checkout.js';
import { useColor } from './color.js';
import { checkOptionsFor, loadSetup, type Setup } from './setup.js';
import { checkInPool, defaultJobs, type WorkerSetup } from './pool.js';
import { HeapGuard } from './heap-guard.js';

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
    return await check(argv, options, io, say, setup);
  } catch (error) {
    // A bug, not the user's fault: still one line, and exit 2.
    say(`internal error: ${(error as Error)?.message ?? String(error)}${io.env.LOGCHECK_DEBUG ? `\n${(error as Error)?.stack}` : ' (LOGCHECK_DEBUG=1 shows the stack)'}`);
    return 2;
  }
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

/** One requested output as the run goes: its stream (or none: the format gets the kept results at the end), its file. */
interface OpenOutput {
  readonly spec: OutputSpec;
  readonly formatter: Formatter;
  readonly context: FormatContext;
  readonly shown: boolean;
  readonly stream: ReportStream | undefined;
  /** `-o FILE`: written to a temporary file beside it, renamed over it at the end (output/write-report.ts). */
  file: ReportFile | undefined;
  /** Writing its file failed (said once): nothing more is written to it. */
  broken: boolean;
}

async function check(argv: readonly string[], options: CliOptions, io: CliIO, say: (m: string) => void, setup: Setup): Promise<number> {
  const config = setup.loaded?.config;
  let base;
  try {
    base = checkOptionsFor(options, setup, io.cwd, io.env);
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
  const rules = base.rules;
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
    // JSON's diagnoses of every log wait in a temporary file, not in memory, until the results are written.
    spool: () => { try { return fileSpool(); } catch { return memorySpool(); } },
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
  const opened: OpenOutput[] = [];

  try {
    let failed = false;
    const { inputs, errors } = await resolveInputs(files, io.cwd);
    for (const e of errors) { say(`${e.argument}: ${e.message}`); failed = true; }

    // Each output as the run goes: a streaming format writes each log's part once it is checked
    // (to stdout, or to its -o file's temporary file); the others get the kept results at the end.
    for (const spec of options.outputs) {
      const formatter = getFormatter(spec.format)!;
      const shown = formatter === liveFormatter;
      const ctx: FormatContext = { ...(spec.file === undefined ? context : { ...context, color: false, columns: undefined }), inputs: inputs.length };
      const o: OpenOutput = { spec, formatter, context: ctx, shown, stream: formatter.stream?.(ctx, shown), file: undefined, broken: false };
      if (spec.file !== undefined) {
        try {
          o.file = await openReport(spec.file);
        } catch (error) {
          say(`${spec.file}: cannot write the ${spec.format} report: ${(error as Error).message}`);
          failed = true;
          o.broken = true;
        }
      }
      opened.push(o);
    }
    const write = async (o: OpenOutput, chunks: Chunks, last = false): Promise<void> => {
      if (o.broken) return;
      for (const chunk of typeof chunks === 'string' ? [chunks] : chunks) {
        if (chunk === '') continue;
        if (o.file !== undefined) {
          try {
            await o.file.write(chunk);
          } catch (error) {
            say(`${o.spec.file}: cannot write the ${o.spec.format} report: ${(error as Error).message}`);
            failed = true;
            o.broken = true;
            return;
          }
        } else {
          // After an input error, "No problems found" would read as a clean bill of health.
          if (last && (options.quiet || failed) && chunk.startsWith('No problems')) continue;
          out.write(chunk);
          await out.drained();
        }
      }
    };
    for (const o of opened) if (o.stream !== undefined) await write(o, o.stream.begin());

    // The results are kept only for a format that needs them all at the end, or --write-baseline.
    const keep = opened.some((o) => o.stream === undefined) || options.writeBaseline !== undefined;
    const results: SourceResult[] = [];
    const counter = new SummaryCounter();
    const heap = new HeapGuard();
    const threshold = SEVERITY_RANK[failOn];
    let overThreshold = false;
    const take = async (result: SourceResult): Promise<void> => {
      for (const p of result.problems) {
        if (readerGone.signal.aborted && p.message.startsWith('interrupted')) continue;
        say(`${p.source}: ${p.message}`);
        if (p.level === 'error') failed = true;
      }
      counter.add(result);
      if (result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) overThreshold = true;
      for (const o of opened) if (o.stream !== undefined) await write(o, o.stream.result(result));
      if (keep) results.push(result);
      heap.afterLog();
    };

    const jobs = options.jobs ?? (inputs.length > 1 ? defaultJobs() : 1);
    // -j N: this thread and N - 1 workers check logs. Workers for several files only: stdin, --follow, --tee and live output stay in this thread.
    const pooled = jobs > 1 && inputs.length > 1 && !options.follow && !options.tee && liveFormatter === undefined && !inputs.some((i) => i.path === '-');
    if (pooled) {
      const setup: WorkerSetup = { logcheckWorker: true, argv: [...argv], cwd: io.cwd, env: { ...io.env } };
      for await (const done of checkInPool(inputs.map((input, index) => ({ index, path: input.path })), { size: jobs, setup, ahead: jobs * 4, stop, local: base })) {
        if ('openError' in done) {
          say(`${inputs[done.index]!.path}: ${done.openError}`);
          failed = true;
        } else await take(done.result);
      }
    }
    for (const input of pooled ? [] : inputs) {
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
        if (tee !== undefined) await Promise.race([tee.done, stopped]);
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
        ...base,
        source: opened.label,
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
      // Only with a tee: each race adds a reaction to `stopped`, which lives (unsettled) to the end of the run.
      if (tee !== undefined) await Promise.race([tee.done, stopped]);
      await take(result);
    }
    if (interrupts.signal.aborted || readerGone.signal.aborted) {
      // Reading stopped, and stdin may still be open (a build writing on): let go of it.
      io.stdin.pause();
      io.stdin.destroy?.();
    }

    const summary = counter.summary();
    const report: RunReport = { version: 1, tool: { name: 'logcheck', version: VERSION }, results };
    for (const o of opened) {
      await write(o, o.stream !== undefined ? o.stream.end(summary) : o.formatter.final(report, o.context, o.shown), true);
      if (o.file !== undefined && !o.broken) {
        try {
          await o.file.commit();
          o.file = undefined;
        } catch (error) {
          say(`${o.spec.file}: cannot write the ${o.spec.format} report: ${(error as Error).message}`);
          failed = true;
          o.broken = true;
        }
      }
      for (const side of o.formatter.sideOutputs?.(report, { ...context, color: false }) ?? []) {
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
    return overThreshold ? 1 : 0;
  } finally {
    // A report file not committed (an internal error) leaves the old file as it was.
    for (const o of opened) if (o.file !== undefined) await o.file.discard().catch(() => undefined);
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
