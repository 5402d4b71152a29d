import type { Parser } from '../parser.js';
import type { Evidence, LogLine } from '../types.js';

/**
 * dpkg's and apt's messages about the dpkg database itself: status-file parse errors, the package
 * manager locks, and an interrupted dpkg. (Resolver output and dpkg-buildpackage are another parser's.)
 * Formats from dpkg lib/dpkg/parse.c and src/main (1.10 to 1.21), apt-pkg/deb/debsystem.cc and
 * apt-pkg/contrib/fileutl.cc (apt 0.x to 2.6), and real runs of dpkg 1.21.22 / apt 2.6.1 (test/logs).
 */

/** The wording era of a status parse error. */
export type ParseErrorWording =
  /** dpkg ≤ 1.14: ``dpkg: parse error, in file `F' near line N package `P':`` (dpkg git tag 1.14.31 lib/parsehelp.c) */
  | 'parse-error-backquote'
  /** dpkg 1.15.x: `dpkg-query: parse error, in file 'F' near line N package 'P':` (ASCII quotes; tag 1.15.0 lib/parsehelp.c) */
  | 'parse-error'
  /** `dpkg: parsing file 'F' near line N package 'P':` without the `error:` level (a pasted or reworded copy) */
  | 'parsing'
  /** dpkg ≥ 1.16.0: `dpkg: error: parsing file 'F' near line N package 'P':` (tag 1.16.0 parsehelp.c + ehandle.c `%s: error: %s`) */
  | 'parsing-error';

export type LockKind = 'frontend' | 'database' | 'lists' | 'archives' | 'other';

declare module '../facts.js' {
  interface FactMap {
    /** A dpkg database file could not be parsed (the fact is carried by the problem line when there is one). */
    'dpkg.parse-error': {
      readonly program: string;
      readonly level: 'error' | 'warning';
      readonly file: string;
      readonly near: number;
      readonly package?: string;
      /** ` missing 'Version' field`, ` missing version`, ... (trimmed) */
      readonly problem?: string;
      readonly wording: ParseErrorWording;
      readonly evidence: readonly Evidence[];
    };
    /** A package-manager lock could not be taken. */
    'dpkg.lock': {
      readonly tool: 'dpkg' | 'apt';
      readonly lock: LockKind;
      readonly path?: string;
      readonly pid?: number;
      /** The holder's command name as apt prints it (`apt-get`, `unattended-upgr`). */
      readonly holder?: string;
      /** `Waiting for cache lock: ...` (apt ≥ 2.x with a lock timeout): not (yet) a failure. */
      readonly waiting: boolean;
    };
    /** `E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem.` */
    'dpkg.interrupted': { readonly command: string };
  }
}

// A status parse error, every era, one-line (pasted) or the first of two lines:
//   dpkg: parse error, in file `/sw/var/lib/dpkg/status' near line 537 package `fink-buildlock-antlr-2.7.4-2':
//   dpkg-query: parse error, in file '/var/lib/dpkg/available' near line 2 package 'indicator-message':
//   dpkg: error: parsing file '/var/lib/dpkg/status' near line 14 package 'fink-buildlock-antlr-2.7.4-2':
//   dpkg: warning: parsing file '/var/lib/dpkg/status' near line 14 package 'fink-buildlock-antlr-2.7.4-2':
//   dpkg: parse error, in file `/var/lib/dpkg/updates/0159' near line 1:
//   dpkg: parse error, in file `/sw/var/lib/dpkg/status' near line 537 package `fink-buildlock-antlr-2.7.4-2':  missing version
//   dpkg: parse error, in file `/sw/var/lib/dpkg/status' near line 537          (the Fink wiki's copy: the
//   package `fink-buildlock-antlr-2.7.4-2':  missing version                    package wrapped to line two)
const PARSE_ERROR =
  /^(?:sudo )?(dpkg(?:-query|-deb|-split|-divert|-trigger|-statoverride)?)(?:: (error|warning))?: (parse error, in file|parsing file) [`'](.+?)' near line (\d+)(?:(?: package [`'](.+?)')?:\s*(.*))?$/s;
// `s`: with a U+2028 after it, `(.*)$` would fail and the lazy name retry at every later `':`.
const PACKAGE_LINE = /^\s*package [`'](.+?)':\s*(.*)$/s;

// apt: `E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 18103 (apt-get)`
//      `E: Could not get lock /var/lib/dpkg/lock - open (11: Resource temporarily unavailable)`
//      `Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4012 (unattended-upgr)... 5s`
const APT_GET_LOCK = /(Waiting for cache lock: )?Could not get lock (\S+?)(?:\.? It is held by process (\d+)(?: \(([^)]+)\))?| - open \(|\s*$)/;
// apt: `E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?`
//      `E: Unable to lock the administration directory (/var/lib/dpkg/), is another process using it?`
//      `E: Unable to lock directory /var/lib/apt/lists/`
const APT_UNABLE = /Unable to (acquire the dpkg frontend lock|lock the administration directory|lock directory|lock the download directory) \(?([^\s),]+)/;
// dpkg ≥ 1.20.0: `dpkg: error: dpkg frontend lock was locked by another process with pid 18103`
//      1.21:   `dpkg: error: dpkg database lock was locked by another process with pid 19442`
//      1.19.5–1.19.7: `dpkg: error: dpkg frontend lock is locked by another process`; 1.19.1–1.19.4 `dpkg frontend is locked ...`
//      1.16.0–1.19.x: `dpkg: error: dpkg status database is locked by another process`
//      ≤ 1.15: `dpkg: status database area is locked by another process`       (dpkg git tags, lib/dpkg/dbmodify.c, file.c)
const DPKG_LOCKED =
  /^(?:sudo )?dpkg(?:-\w+)?: (?:error: )?(dpkg frontend lock|dpkg frontend|dpkg database lock|dpkg status database|status database area) (?:was|is) locked by another process(?: with pid (\d+))?/;
//   E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem.
//   E: dpkg was interrupted, you must manually run 'sudo dpkg --configure -a' to correct the problem.
const INTERRUPTED = /dpkg was interrupted, you must manually run '([^']+)'/;

function lockKind(path: string): LockKind {
  if (path.endsWith('lock-frontend')) return 'frontend';
  if (path.includes('/lists/')) return 'lists';
  if (path.includes('/archives/')) return 'archives';
  if (path.endsWith('/lock') || path.endsWith('/dpkg/') || path.endsWith('/dpkg')) return 'database';
  return 'other';
}

function wordingOf(how: string, quote: string, level: string | undefined): ParseErrorWording {
  if (how === 'parsing file') return level === undefined ? 'parsing' : 'parsing-error';
  return quote === '`' ? 'parse-error-backquote' : 'parse-error';
}

interface PendingParseError {
  readonly program: string;
  readonly level: 'error' | 'warning';
  readonly file: string;
  readonly near: number;
  readonly package?: string;
  readonly wording: ParseErrorWording;
  readonly line: LogLine;
  /** The header ended at `near line N`: the package (and problem) follow on the next line. */
  readonly awaitPackage?: boolean;
}

/** The fact fields of a pending header (without its bookkeeping). */
function base(p: PendingParseError): { program: string; level: 'error' | 'warning'; file: string; near: number; package?: string; wording: ParseErrorWording } {
  return { program: p.program, level: p.level, file: p.file, near: p.near, ...(p.package !== undefined ? { package: p.package } : {}), wording: p.wording };
}

// dpkg: error: parsing file '/var/lib/dpkg/status' near line 793 package 'hostname':
// dpkg: error: dpkg frontend lock was locked by another process with pid 27790
// E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem.
const DPKG_GATE = / near line |locked by another process|dpkg was interrupted/;

export const dpkgStatusParser: Parser = {
  name: 'dpkg-status',
  // The phrases the branches below test for (busy covers a parse error's second line).
  triggers: [' near line ', 'locked by another process', 'dpkg was interrupted', 'Could not get lock ', 'Unable to '],
  emits: ['dpkg.parse-error', 'dpkg.lock', 'dpkg.interrupted'],
  create({ emit }) {
    let pending: PendingParseError | undefined;

    const flush = (problemLine?: LogLine): void => {
      if (pending === undefined) return;
      const p = pending;
      pending = undefined;
      const evidence: Evidence[] = [{ line: p.line.number, text: p.line.text }];
      if (problemLine !== undefined) evidence.push({ line: problemLine.number, text: problemLine.text });
      emit('dpkg.parse-error', problemLine ?? p.line, {
        ...base(p),
        ...(problemLine !== undefined ? { problem: problemLine.text.trim() } : {}),
        evidence,
      });
    };

    return {
      busy: () => pending !== undefined,
      line(line) {
        const text = line.text;
        if (pending !== undefined) {
          if (pending.awaitPackage) {
            const m = PACKAGE_LINE.exec(text);
            if (m !== null) {
              const first = pending.line;
              const rest = base(pending);
              pending = undefined;
              emit('dpkg.parse-error', line, {
                ...rest,
                package: m[1]!,
                ...(m[2]!.trim() !== '' ? { problem: m[2]!.trim() } : {}),
                evidence: [{ line: first.number, text: first.text }, { line: line.number, text }],
              });
              return;
            }
          }
          // The problem is the next line, indented by one space: ` missing 'Version' field`.
          if (text.startsWith(' ') && text.trim() !== '') {
            flush(line);
            return;
          }
          flush();
        }
        // One pass decides whether any of the dpkg texts below can be on this line.
        if (text.includes('dpkg') && DPKG_GATE.test(text)) {
          if (text.includes(' near line ')) {
            const m = PARSE_ERROR.exec(text);
            if (m !== null) {
              const quote = text.charAt(text.indexOf(m[4]!) - 1);
              const record: PendingParseError = {
                program: m[1]!,
                level: m[2] === 'warning' ? 'warning' : 'error',
                file: m[4]!,
                near: Number(m[5]),
                ...(m[6] !== undefined ? { package: m[6] } : {}),
                wording: wordingOf(m[3]!, quote, m[2]),
                line,
                ...(m[7] === undefined ? { awaitPackage: true } : {}),
              };
              const joined = (m[7] ?? '').trim();
              if (joined !== '') {
                // A pasted copy with both lines joined: the problem follows on the same line.
                emit('dpkg.parse-error', line, { ...base(record), problem: joined, evidence: [{ line: line.number, text }] });
              } else {
                pending = record;
              }
              return;
            }
          }
          if (text.includes('locked by another process')) {
            const m = DPKG_LOCKED.exec(text);
            if (m !== null) {
              const what = m[1]!;
              emit('dpkg.lock', line, {
                tool: 'dpkg',
                lock: what.includes('frontend') ? 'frontend' : 'database',
                ...(m[2] !== undefined ? { pid: Number(m[2]) } : {}),
                waiting: false,
              });
            }
            return;
          }
          if (text.includes('dpkg was interrupted')) {
            const m = INTERRUPTED.exec(text);
            if (m !== null) emit('dpkg.interrupted', line, { command: m[1]! });
            return;
          }
        }
        if (!text.includes('lock')) return;
        if (text.includes('Could not get lock ')) {
          const m = APT_GET_LOCK.exec(text);
          if (m !== null) {
            const path = m[2]!;
            emit('dpkg.lock', line, {
              tool: 'apt',
              lock: lockKind(path),
              path,
              ...(m[3] !== undefined ? { pid: Number(m[3]) } : {}),
              ...(m[4] !== undefined ? { holder: m[4] } : {}),
              waiting: m[1] !== undefined,
            });
          }
          return;
        }
        if (text.includes('Unable to ') && text.includes('lock')) {
          const m = APT_UNABLE.exec(text);
          if (m !== null) {
            const path = m[2]!;
            const kind: LockKind = m[1] === 'acquire the dpkg frontend lock' ? 'frontend'
              : m[1] === 'lock the administration directory' ? 'database' : lockKind(path);
            emit('dpkg.lock', line, { tool: 'apt', lock: kind, path, waiting: false });
          }
        }
      },
      end() {
        flush();
      },
    };
  },
};
