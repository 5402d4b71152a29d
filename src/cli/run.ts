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
import { SEVERITY_RANK, type Finding, type SourceResult } from '../types.js';
import { HELP, parseCli, type CliOptions } from './args.js';
import { explainRule, listRules } from './commands.js';
import { startProgress } from './progress.js';
import { gitTracked } from './checkout.js';
import { useColor } from './color.js';

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
    for (const id of [...options.only, ...options.disable]) {
      if (findRule(id) === undefined) throw new UsageError(`unknown rule "${id}" (logcheck rules lists them)`);
    }
  } catch (error) {
    say(`${(error as Error).message} (logcheck --help shows usage)`);
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
      io.stdout.write(listRules(allRules, { format, ...(columns !== undefined ? { columns } : {}) }));
      return 0;
    }
    case 'explain': {
      const rule = findRule(options.files[0]!);
      if (rule === undefined) { say(`unknown rule "${options.files[0]}" (logcheck rules lists them)`); return 2; }
      io.stdout.write(explainRule(rule));
      return 0;
    }
    case 'check': break;
  }

  try {
    return await check(options, io, say);
  } catch (error) {
    // A bug, not the user's fault: still one line, and exit 2.
    say(`internal error: ${(error as Error)?.message ?? String(error)}${io.env.LOGCHECK_DEBUG ? `\n${(error as Error)?.stack}` : ' (LOGCHECK_DEBUG=1 shows the stack)'}`);
    return 2;
  }
}

async function check(options: CliOptions, io: CliIO, say: (m: string) => void): Promise<number> {
  let files = options.files;
  if (files.length === 0) {
    if (io.stdin.isTTY) {
      say('no log given and standard input is a terminal: give a file, or pipe a build into logcheck (logcheck --help)');
      return 2;
    }
    files = ['-'];
  }
  const rules = allRules.filter((r) => (options.only.length === 0 || options.only.includes(r.meta.id)) && !options.disable.includes(r.meta.id));
  // With --tee stdout carries the build itself; what logcheck says goes to stderr.
  const out = options.tee ? io.stderr : io.stdout;
  const color = useColor(options.color, out, io.env);
  const context: FormatContext = {
    color,
    rules: rules.map((r) => r.meta),
    env: io.env,
    cwd: io.cwd,
    pathMaps: options.pathMaps,
    // Unguessable, so that no log line can end GitHub's ::stop-commands:: block.
    nonce: randomBytes(16).toString('hex'),
    isTracked: gitTracked(),
    ...(out.isTTY === true ? { columns: out.columns || 80 } : {}),
    failOn: options.failOn,
    ...(options.sarifCategory !== undefined ? { sarifCategory: options.sarifCategory } : {}),
  };
  const primary = options.outputs.find((o) => o.file === undefined);
  const primaryFormatter = primary ? getFormatter(primary.format) : undefined;
  const live = options.live ?? files.includes('-');
  const liveFormatter = live && (primaryFormatter?.live || primaryFormatter?.liveSession) ? primaryFormatter : undefined;
  const liveWrite = liveFormatter?.liveSession?.(context) ?? (liveFormatter ? (f: Finding, continues: boolean) => liveFormatter.live!(f, continues, context) : undefined);
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
      ...(options.maxFindingsPerRule !== undefined ? { maxFindingsPerRule: options.maxFindingsPerRule } : {}),
      ...(options.maxLineBytes !== undefined ? { maxLineBytes: options.maxLineBytes } : {}),
      latin1: options.latin1,
      ...(liveFormatter ? {
        onFinding: (finding) => {
          progress?.clear();
          out.write(liveWrite!(finding, shownCauses.has(finding.cause)));
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
    const text = formatter.final(report, output.file === undefined ? context : { ...context, color: false, columns: undefined }, shown);
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

  if (failed) return 2;
  const threshold = SEVERITY_RANK[options.failOn];
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}

function writeFile(path: string, text: string, append = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path, { flags: append ? 'a' : 'w' });
    out.on('error', reject);
    out.end(text, () => resolve());
  });
}
