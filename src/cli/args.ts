import { parseArgs } from 'node:util';
import { UsageError } from '../input/errors.js';
import { isSeverity, type Severity } from '../types.js';
import { parsePathMap, type PathMap } from '../formatters/locations.js';

export interface OutputSpec {
  readonly format: string;
  /** A file to write instead of stdout. */
  file?: string;
}

export interface CliOptions {
  readonly command: 'check' | 'rules' | 'explain' | 'test-rules' | 'help' | 'version';
  readonly files: string[];
  readonly outputs: OutputSpec[];
  readonly failOn: Severity;
  /** Whether --fail-on was given (else the configuration's failOn applies). */
  readonly failOnGiven: boolean;
  readonly config: string | undefined;
  readonly noConfig: boolean;
  readonly ignoreLines: string[];
  readonly baseline: string | undefined;
  readonly writeBaseline: string | undefined;
  readonly color: boolean | undefined;
  readonly live: boolean | undefined;
  readonly only: string[];
  readonly disable: string[];
  readonly maxLineBytes: number | undefined;
  readonly latin1: boolean;
  readonly label: string | undefined;
  readonly quiet: boolean;
  readonly maxFindingsPerRule: number | undefined;
  /** `--tee`: copy stdin to stdout unchanged; the diagnosis goes to stderr. */
  readonly tee: boolean;
  /** `--follow`: read a growing log as `tail -F` does, to the builder's end of session. */
  readonly follow: boolean;
  readonly pathMaps: PathMap[];
  /** `--apt-file`: ask apt-file for what the shipped package index lacks (src/packages/apt-file.ts). */
  readonly aptFile: boolean;
  /** `--sarif-category`: SARIF run.automationDetails.id. */
  readonly sarifCategory: string | undefined;
  /** `--jobs N` / `-j N`: logs checked at once on worker threads (1: none); default: defaultJobs() (pool.ts), the idle cores. */
  readonly jobs: number | undefined;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o', multiple: true },
  'fail-on': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  live: { type: 'boolean' },
  'no-live': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'disable-rule': { type: 'string', multiple: true },
  'max-line-bytes': { type: 'string' },
  'max-findings-per-rule': { type: 'string' },
  encoding: { type: 'string' },
  label: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  tee: { type: 'boolean' },
  follow: { type: 'boolean' },
  'path-map': { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'ignore-line': { type: 'string', multiple: true },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'apt-file': { type: 'boolean' },
  'sarif-category': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/**
 * `--color=always|never|auto` (as GNU ls and grep spell it) next to `--color` / `--no-color`.
 * node:util parseArgs has no optional values, so the `=` forms are rewritten before it runs; only
 * up to `--`, after which every argument is a file.
 */
function colorForms(argv: readonly string[]): string[] {
  const out: string[] = [];
  let options = true;
  for (const arg of argv) {
    if (options && arg === '--') options = false;
    const m = options ? /^--colou?r=(.*)$/.exec(arg) : null;
    if (m === null) { out.push(arg); continue; }
    const value = m[1]!.toLowerCase();
    if (value === 'always' || value === 'yes' || value === 'force') out.push('--color');
    else if (value === 'never' || value === 'no' || value === 'none') out.push('--no-color');
    else if (value === 'auto' || value === 'tty' || value === 'if-tty') out.push('--color-auto');
    else throw new UsageError(`--color takes always, never or auto, not "${m[1]}"`);
  }
  return out;
}

/**
 * Encoding names, as the WHATWG Encoding Standard and iconv spell them. Latin-1 is read byte for
 * byte (Node's `latin1`); windows-1252 and ASCII differ from it and are not accepted as aliases.
 */
const UTF8_NAMES = new Set(['utf8', 'utf-8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);
const LATIN1_NAMES = new Set(['latin1', 'latin-1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'iso-ir-100', 'cp819', 'ibm819', 'csisolatin1', 'binary']);

/** `true` for Latin-1, `false` for UTF-8; a UsageError for anything else. */
export function parseEncoding(name: string | undefined): boolean {
  if (name === undefined) return false;
  const key = name.trim().toLowerCase();
  if (UTF8_NAMES.has(key)) return false;
  if (LATIN1_NAMES.has(key)) return true;
  throw new UsageError(`--encoding takes utf-8 or latin1 (iso-8859-1 and its other names), not "${name}"`);
}

/** Parses the command line. Throws UsageError with a one-line message for anything wrong. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: colorForms(argv), options: { ...OPTIONS, 'color-auto': { type: 'boolean' } }, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/^Unknown option/, 'unknown option'));
  }
  const { values, positionals, tokens } = parsed;

  // -o belongs to the -f before it: `-f text -f sarif -o out.sarif`. An -o before any -f (ESLint's
  // order, `-o out.json -f json`) belongs to the next -f that has no file of its own, else to text.
  const outputs: OutputSpec[] = [];
  const pending: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'format') {
      const spec: OutputSpec = { format: token.value! };
      const file = pending.shift();
      if (file !== undefined) spec.file = file;
      outputs.push(spec);
    }
    if (token.name === 'output-file') {
      const target = outputs[outputs.length - 1];
      if (target === undefined) pending.push(token.value!);
      else if (target.file !== undefined) throw new UsageError(`-o ${token.value} follows -f ${target.format}, which already has -o ${target.file}`);
      else target.file = token.value!;
    }
  }
  if (pending.length > 1) throw new UsageError(`-o ${pending.join(' and -o ')}: each -o needs its own -f`);
  if (pending.length === 1) outputs.push({ format: 'text', file: pending[0]! });
  if (outputs.length === 0) outputs.push({ format: 'text' });
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) throw new UsageError(`formats ${toStdout.map((o) => o.format).join(' and ')} would both write to stdout: give all but one -o FILE`);

  const failOn = values['fail-on'] ?? 'error';
  if (!isSeverity(failOn)) throw new UsageError(`--fail-on takes error, warning or note, not "${failOn}"`);

  let maxLineBytes: number | undefined;
  if (values['max-line-bytes'] !== undefined) {
    maxLineBytes = Number(values['max-line-bytes']);
    if (!Number.isInteger(maxLineBytes) || maxLineBytes < 1024) throw new UsageError('--max-line-bytes takes a whole number of bytes, 1024 or more');
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError('--jobs takes a whole number from 1 to 256');
  }
  let maxFindingsPerRule: number | undefined;
  if (values['max-findings-per-rule'] !== undefined) {
    maxFindingsPerRule = Number(values['max-findings-per-rule']);
    if (!Number.isInteger(maxFindingsPerRule) || maxFindingsPerRule < 1) throw new UsageError('--max-findings-per-rule takes a whole number, 1 or more');
  }
  const latin1 = parseEncoding(values.encoding);
  // The last colour option wins (`--no-color ... --color=auto` is auto).
  let color: boolean | undefined;
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'color') color = true;
    else if (t.name === 'no-color') color = false;
    else if (t.name === 'color-auto') color = undefined;
  }

  const pathMaps: PathMap[] = [];
  for (const spec of values['path-map'] ?? []) {
    const map = parsePathMap(spec);
    if (map === undefined) throw new UsageError(`--path-map takes FROM=TO (e.g. '<<PKGBUILDDIR>>=.'), not "${spec}"`);
    pathMaps.push(map);
  }

  let command: CliOptions['command'] = 'check';
  const files = [...positionals];
  // A subcommand is a first word before any `--`: `logcheck -- rules` reads a file named rules.
  const terminator = tokens.findIndex((t) => t.kind === 'option-terminator');
  const firstPositional = tokens.findIndex((t) => t.kind === 'positional');
  const subcommand = firstPositional >= 0 && (terminator < 0 || firstPositional < terminator) ? files[0] : undefined;
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (subcommand === 'rules' && files.length === 1) { command = 'rules'; files.shift(); }
  else if (subcommand === 'test-rules') { command = 'test-rules'; files.shift(); }
  else if (subcommand === 'explain') {
    command = 'explain';
    files.shift();
    if (files.length !== 1) throw new UsageError('explain takes one rule id: logcheck explain <rule-id> (logcheck rules lists them)');
  }
  if (values.tee && command === 'check' && files.some((f) => f !== '-')) {
    throw new UsageError('--tee reads standard input only: pipe the build into it (build 2>&1 | logcheck --tee)');
  }
  if (values.follow && command === 'check' && (values.tee || files.length !== 1 || files[0] === '-')) {
    throw new UsageError('--follow takes one log file, as it is written: logcheck --follow /var/cache/pbuilder/result/build.log');
  }

  return {
    command,
    files,
    outputs,
    failOn,
    failOnGiven: values['fail-on'] !== undefined,
    config: values.config,
    noConfig: values['no-config'] ?? false,
    ignoreLines: values['ignore-line'] ?? [],
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    color,
    live: values['no-live'] ? false : values.live,
    only: values.rule ?? [],
    disable: values['disable-rule'] ?? [],
    maxLineBytes,
    latin1,
    label: values.label,
    quiet: values.quiet ?? false,
    maxFindingsPerRule,
    tee: values.tee ?? false,
    follow: values.follow ?? false,
    pathMaps,
    aptFile: values['apt-file'] ?? false,
    sarifCategory: values['sarif-category'],
    jobs,
  };
}

export const HELP = `Usage: logcheck [options] [file|glob|-]...
       logcheck rules
       logcheck explain <rule-id>
       logcheck test-rules [causes.yaml...]   run your own causes' examples

Reads build logs (pbuilder, sbuild, dpkg/apt, autoconf, Python, Fink) as a stream, finds the
contradictions that explain a broken build, and says what to change. With no file and a pipe on
standard input it reads the pipe, showing findings while the build runs:
  pbuilder build foo.dsc 2>&1 | logcheck
With --tee the build output passes through unchanged and the diagnosis is added on stderr:
  pbuilder build foo.dsc 2>&1 | logcheck --tee

Inputs: paths, '-' for stdin ('--' ends the options: logcheck -- rules reads a file
named rules), globs ('logs/**/*.build', micromatch syntax). gzip is read directly
(by its magic bytes); xz, zstd and bzip2 through the system tools.

Options:
  -f, --format NAME        output format (repeatable): text (default), json, ndjson, github,
                           sarif, gitlab, junit, compact, markdown
  -o, --output-file FILE   write the format given just before to FILE instead of stdout
                           (-f text -f sarif -o logcheck.sarif: text on stdout, SARIF in a file)
      --tee                copy standard input to standard output byte for byte, as it comes;
                           findings go to stderr (or -o) as soon as they are certain
      --follow FILE        read a log while the build writes it (as tail -F), findings as they are
                           certain, the report at the builder's end of session (pbuilder, sbuild)
                           or at Ctrl-C
      --path-map FROM=TO   report source paths under FROM as TO in CI formats (repeatable;
                           longest FROM wins): --path-map '<<PKGBUILDDIR>>=.'
      --fail-on LEVEL      exit 1 on findings at or above LEVEL: error (default), warning, note
      --rule ID            run only this rule (repeatable)
      --disable-rule ID    do not run this rule (repeatable)
      --live / --no-live   print each finding as soon as it is certain (default: when reading stdin)
      --label NAME         the name to report for stdin (default <stdin>)
      --max-line-bytes N   longest line read whole (default 1048576); longer ones are cut and said
      --max-findings-per-rule N  findings kept per rule and log (default 100); the rest are counted
      --encoding ENC       utf-8 (default) or latin1
      --color / --no-color force colour on or off (NO_COLOR is honoured)
  -c, --config FILE        the configuration (default: the first of logcheck.config.json,
                           logcheck.config.yaml, .logcheck.yaml, .logcheck.yml, .logcheck.json,
                           debian/logcheck.yaml found walking up from the working directory)
      --no-config          use no configuration file
      --ignore-line REGEX  drop findings whose line matches REGEX (RE2 syntax; repeatable;
                           counted in the summary)
      --baseline FILE      report only findings not in FILE (and count the known ones)
      --write-baseline FILE  record this run's findings in FILE
      --apt-file           when a fix needs the package that ships a file the built-in index
                           (Debian trixie) does not know, ask apt-file (slow: seconds a search)
      --encoding ENC       utf-8 (default) or latin1 (also iso-8859-1, l1, cp819, ...)
      --sarif-category ID  SARIF run.automationDetails.id: one per build (matrix) job
      --color[=WHEN]       colour: always (--color), never (--no-color) or auto (default: on
                           a terminal; a non-empty NO_COLOR turns it off, FORCE_COLOR on)
  -j, --jobs N             check N logs at once, on this thread and N-1 worker threads (default:
                           the cores the load average leaves idle; 1: no workers); the output keeps
                           the inputs' order
  -q, --quiet              no spinner, no summary line when there is nothing to report
  -h, --help               this text
  -V, --version            the version

Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage, input, output or internal
error (a log or part of one not read; a cut line or bad UTF-8 is only a warning), 130/143 SIGINT/SIGTERM.
`;
