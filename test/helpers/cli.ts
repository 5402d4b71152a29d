import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { closeSync, openSync, writeSync } from 'node:fs';
import { run } from '../../src/cli/run.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The repository root (tests run from dist/test/...). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const LOGS = path.join(ROOT, 'test/logs');
export const logPath = (name: string): string => path.join(LOGS, name);

function sink(tty: boolean | number): PassThrough & { text: () => string; isTTY?: boolean; columns?: number } {
  const stream = new PassThrough() as PassThrough & { text: () => string; isTTY?: boolean; columns?: number };
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.text = () => Buffer.concat(chunks).toString('utf8');
  if (tty !== false) { stream.isTTY = true; stream.columns = tty === true ? 100 : tty; }
  return stream;
}

/** Runs the CLI in-process, as `logcheck ...args`, with the given stdin. */
export async function runCli(args: readonly string[], options: { stdin?: Buffer | string | Buffer[]; stdinTTY?: boolean; env?: Record<string, string>; cwd?: string; /** stdout is a terminal this wide */ columns?: number } = {}): Promise<CliRun> {
  const input = options.stdin === undefined ? [] : Array.isArray(options.stdin) ? options.stdin : [Buffer.from(options.stdin)];
  const stdin = Readable.from(input, { objectMode: false }) as Readable & { isTTY?: boolean };
  if (options.stdinTTY) stdin.isTTY = true;
  const stdout = sink(options.columns ?? false);
  const stderr = sink(false);
  const code = await run(args, { stdin, stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? ROOT });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * Writes a log of `mib` MiB that takes seconds to check: the sem_open contradiction at the top (two
 * configure lines, so a finding comes at once), then dpkg unpack lines no parser wants (none when
 * `contradiction` is false). For the tests of interrupts, spinners and pooled runs.
 */
export function writeBigLog(file: string, mib: number, contradiction = true): void {
  const fd = openSync(file, 'w');
  try {
    if (contradiction) writeSync(fd, 'checking for sem_open... yes\nchecking whether POSIX semaphores are enabled... no\n');
    const filler = Buffer.alloc(1024 * 1024, 'I: Unpacking libfoo (1.0-1) over (1.0-1) ...\n');
    for (let i = 0; i < mib; i++) writeSync(fd, filler);
  } finally {
    closeSync(fd);
  }
}
