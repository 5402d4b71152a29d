import { Readable } from 'node:stream';
import { Checker } from './engine/checker.js';
import { readLines, scanLines } from './engine/read-lines.js';
import { allParsers } from './parsers/index.js';
import { allRules } from './rules/index.js';
import type { Parser } from './parser.js';
import type { Rule } from './rule.js';
import type { Finding, Severity, SourceResult } from './types.js';
import type { FindingFilter } from './suppress.js';

export interface CheckOptions {
  /** The name findings carry (a path, or `<stdin>`). */
  readonly source?: string;
  /** Defaults to every rule. */
  readonly rules?: readonly Rule[];
  readonly parsers?: readonly Parser[];
  /** Called the moment a rule is certain, while the input is still being read. */
  readonly onFinding?: (finding: Finding) => void;
  readonly maxLineBytes?: number;
  /** false: every parser sees every line (tests prove the prefilter changes nothing). */
  readonly prefilter?: boolean;
  /**
   * false: every line is decoded and given to the checker, instead of only those a byte scanner finds
   * some parser's literal in (engine/scan-lines.ts; tests prove it changes nothing). Default true.
   */
  readonly scan?: boolean;
  /**
   * Where the byte scan runs: true on a worker thread (engine/parallel-scan.ts), false on this thread;
   * default: on a worker for a regular file of 8 MiB or more when a second core is idle (engine/read-lines.ts wantsScanWorker).
   */
  readonly scanWorker?: boolean;
  /** Findings kept per rule and input (default 100); the rest are counted in `omitted`. */
  readonly maxFindingsPerRule?: number;
  readonly latin1?: boolean;
  /** Makes the filter for this input (suppressions, baseline): see src/suppress.ts. */
  readonly filter?: () => FindingFilter;
  /** Severities set by the configuration, by rule id. */
  readonly severityOf?: (ruleId: string) => Severity | undefined;
}

/**
 * Checks one log given as a byte stream (a file, a pipe, a decompressor). Memory does not grow with the
 * log's size. Input problems (a cut line, bad UTF-8, a truncated gzip) come back in `problems`; every
 * finding made before such a problem is kept.
 */
export async function checkStream(input: Readable, options: CheckOptions = {}): Promise<SourceResult> {
  const source = options.source ?? '<stdin>';
  const checker = new Checker({
    source,
    rules: options.rules ?? allRules,
    parsers: options.parsers ?? allParsers,
    ...(options.onFinding ? { onFinding: options.onFinding } : {}),
    ...(options.prefilter !== undefined ? { prefilter: options.prefilter } : {}),
    ...(options.maxFindingsPerRule !== undefined ? { maxFindingsPerRule: options.maxFindingsPerRule } : {}),
    ...(options.filter !== undefined ? { filter: options.filter() } : {}),
    ...(options.severityOf !== undefined ? { severityOf: options.severityOf } : {}),
  });
  const readOptions = {
    source,
    ...(options.maxLineBytes !== undefined ? { maxLineBytes: options.maxLineBytes } : {}),
    ...(options.latin1 !== undefined ? { latin1: options.latin1 } : {}),
  };
  const matcher = options.scan === false ? undefined : checker.byteMatcher();
  const read = matcher !== undefined
    ? await scanLines(input, readOptions, matcher, checker, (look) => checker.setLookBack(look), options.scanWorker)
    : await readLines(input, readOptions, (line) => checker.line(line));
  const findings = checker.end();
  const omitted = [...checker.omitted].map(([ruleId, count]) => ({ ruleId, count }));
  const suppressed: { ruleId: string; reason: string; count: number }[] = [];
  let known = 0;
  for (const [key, count] of checker.dropped) {
    const [kind, ruleId, reason] = key.split('\0') as [string, string, string];
    if (kind === 'baseline') known += count;
    else suppressed.push({ ruleId, reason, count });
  }
  return {
    source, lines: read.lines, bytes: read.bytes, findings: [...findings], problems: read.problems,
    ...(omitted.length > 0 ? { omitted } : {}),
    ...(suppressed.length > 0 ? { suppressed } : {}),
    ...(known > 0 ? { known } : {}),
  };
}

/** Checks log text held in memory (tests, editors, small programs). */
export function checkText(text: string | Buffer, options: CheckOptions = {}): Promise<SourceResult> {
  return checkStream(Readable.from([typeof text === 'string' ? Buffer.from(text) : text]), options);
}
