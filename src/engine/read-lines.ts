import type { Readable } from 'node:stream';
import split2 from 'split2';
import { LineClamp } from '../lines/clamp.js';
import { normalizeLine } from '../lines/normalize.js';
import { InterruptedError, describeSystemError } from '../input/errors.js';
import type { InputProblem, LogLine } from '../types.js';
import type { ByteMatcher } from './byte-matcher.js';
import { LineScanner, type ScanTarget } from './scan-lines.js';
import { availableParallelism, loadavg } from 'node:os';
import { ParallelScanner } from './parallel-scan.js';
import { pipeAll } from './pipe.js';

/** A regular file at least this large is scanned on two threads (engine/parallel-scan.ts), given two cores. */
export const PARALLEL_SCAN_BYTES = 8 * 1024 * 1024;

/**
 * Whether a file of `size` bytes gets a scan worker by default: large enough, more than one core, and one
 * of them idle by the last minute's load average. On a machine whose cores are all busy the worker only
 * took turns with the main thread: measured 0.6-1.0x of one thread under a load of 7-11 on 2 cores.
 */
export function wantsScanWorker(size: number | undefined, cores?: number, load?: number): boolean {
  // The load is read only for a large file: os.loadavg() per log was 1% of a run over 1,000 small logs.
  if (size === undefined || size < PARALLEL_SCAN_BYTES) return false;
  const n = cores ?? availableParallelism();
  return n > 1 && (load ?? loadavg()[0]!) <= n - 1;
}

export interface ReadLinesOptions {
  readonly source: string;
  /** Longest line kept (bytes). Default 1 MiB. */
  readonly maxLineBytes?: number;
  readonly latin1?: boolean;
}

export interface ReadLinesResult {
  readonly lines: number;
  readonly bytes: number;
  readonly problems: InputProblem[];
}

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

/**
 * Reads a byte stream as numbered, normalized lines and hands each to `onLine` synchronously.
 * Memory stays bounded by the chunk size plus one clamped line, whatever the input size.
 * Never throws for bad input: what went wrong is returned as problems, after every line that could
 * be read was delivered.
 */
export async function readLines(
  input: Readable,
  options: ReadLinesOptions,
  onLine: (line: LogLine) => void,
): Promise<ReadLinesResult> {
  const { maxLineBytes, clamp, problems, problem, warnings } = begin(input, options);
  let number = 0;
  let cutLines = 0;
  let firstCut: { line: number; bytes: number } | undefined;

  const splitter = split2('\n', (raw: string): undefined => {
    number++;
    const cutBytes = clamp.cuts.size === 0 ? undefined : clamp.cuts.get(number);
    if (cutBytes !== undefined) {
      clamp.cuts.delete(number);
      cutLines++;
      firstCut ??= { line: number, bytes: cutBytes };
    }
    const line: LogLine = cutBytes === undefined
      ? { number, raw, text: normalizeLine(raw) }
      : { number, raw, text: normalizeLine(raw), cutBytes };
    onLine(line);
    return undefined;
  });
  splitter.resume();

  try {
    await pipeAll(input, clamp, splitter);
  } catch (error) {
    problem(readError(error, number));
  }
  finish({ clamp, problem, problems, warnings, maxLineBytes, firstCut, cutLines });
  return { lines: number, bytes: clamp.bytesIn, problems };
}

/** What both readers set up: the clamp, the problems list, and the input's own warnings. */
function begin(input: Readable, options: ReadLinesOptions) {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const clamp = new LineClamp({ maxLineBytes, latin1: options.latin1 ?? false });
  const problems: InputProblem[] = [];
  const problem = (message: string, level: InputProblem['level'] = 'error'): void => {
    problems.push({ source: options.source, message, level });
  };
  // Said by the input (bytes after the end of a gzip file) while it is read.
  const warnings: string[] = [];
  input.on('input-warning', (message: string) => warnings.push(message));
  return { maxLineBytes, clamp, problems, problem, warnings };
}

/** What a failed read says: an interruption with where it stopped, else the system's error. */
function readError(error: unknown, lines: number): string {
  if (error instanceof InterruptedError) {
    return `interrupted by ${error.signal} after line ${lines}: the input was cut short, and this report covers only what was read`;
  }
  return `${describeSystemError(error)}${lines > 0 ? ` (after line ${lines})` : ''}`;
}

interface Finish {
  readonly clamp: LineClamp;
  readonly problem: (message: string, level?: InputProblem['level']) => void;
  readonly problems: InputProblem[];
  readonly warnings: readonly string[];
  readonly maxLineBytes: number;
  readonly firstCut: { line: number; bytes: number } | undefined;
  readonly cutLines: number;
}

/** The warnings both readers give once the input has been read: cut lines, encoding, NULs, CRs, the input's own. */
function finish({ clamp, problem, problems, warnings, maxLineBytes, firstCut, cutLines }: Finish): void {
  if (firstCut !== undefined) {
    const more = cutLines > 1 ? ` (and ${cutLines - 1} more)` : '';
    problem(`line ${firstCut.line}${more}: ${firstCut.bytes} bytes long; read the first ${maxLineBytes} (--max-line-bytes raises the limit)`, 'warning');
  }
  if (clamp.invalidUtf8Line > 0) {
    problem(`line ${clamp.invalidUtf8Line}: not valid UTF-8; read with replacement characters (--encoding latin1 reads a Latin-1 log)`, 'warning');
  }
  if (clamp.nulLine > 0) problem(`line ${clamp.nulLine}: NUL bytes in the text; read on`, 'warning');
  if (clamp.readCrAsNewline) problem('lines end in CR alone (no LF): read each CR as a line end', 'warning');
  for (const message of warnings) problem(message, 'warning');
  if (problems.length === 0 && clamp.bytesIn === 0) {
    problem('empty log (0 bytes); was the build output captured, with 2>&1?');
  }
}

/**
 * As readLines, but the lines go through a byte scanner first (engine/scan-lines.ts): only the lines that
 * some parser's literal wakes (or that come while a parser is busy) are decoded and handed to `target`.
 * `recentLines` is set to the scanner's look-back, which sees every line.
 */
export async function scanLines(
  input: Readable,
  options: ReadLinesOptions,
  matcher: ByteMatcher,
  target: ScanTarget,
  setLookBack: (recentLines: () => readonly LogLine[]) => void,
  /** true: the byte scan on a worker thread; false: on this one; undefined: a worker for a large regular file, given two cores. */
  worker?: boolean,
): Promise<ReadLinesResult> {
  const { maxLineBytes, clamp, problems, problem, warnings } = begin(input, options);
  // A file read by FileStream takes back the chunks the scanner is done with (see FileStream.recycle).
  const recycle = (input as Readable & { recycle?: (memory: ArrayBufferLike) => void }).recycle;
  const size = (input as Readable & { size?: number }).size;
  const parallel = worker ?? wantsScanWorker(size);
  const scanner = parallel
    ? new ParallelScanner(matcher, target, clamp.cuts, recycle?.bind(input))
    : new LineScanner(matcher, target, clamp.cuts, recycle?.bind(input));
  setLookBack(() => scanner.recentLines());
  try {
    await pipeAll(input, clamp, scanner);
  } catch (error) {
    problem(readError(error, scanner.lines));
  }
  finish({ clamp, problem, problems, warnings, maxLineBytes, firstCut: scanner.firstCut, cutLines: scanner.cutLines });
  return { lines: scanner.lines, bytes: clamp.bytesIn, problems };
}
