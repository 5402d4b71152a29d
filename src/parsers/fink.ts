import type { Parser } from '../parser.js';
import type { Evidence, LogLine } from '../types.js';

/**
 * Fink's buildlock messages, and the dpkg lines that name a `fink-buildlock-*` package. Formats from
 * fink/fink perlmod/Fink/Finally/Buildlock.pm (commit da8ef8af), Fink/PkgVersion.pm's older
 * set_buildlock, Fink/SysState.pm, Fink/Engine.pm and Fink/CLI.pm (print_breaking wraps at 77 columns
 * when the output is not a terminal), and real dpkg 1.21 runs on lock packages (test/logs/dpkg-1.21-buildlock-*).
 */

/** Which lock scheme printed a line: the old PkgVersion one or Fink::Finally::Buildlock. */
export type LockScheme = 'pkgversion' | 'finally';

export type LockAction = 'remove' | 'install' | 'configure';

declare module '../facts.js' {
  interface FactMap {
    /** `Installing build-lock package...` (Finally::Buildlock) / `Setting build lock...` (PkgVersion). */
    'fink.lock-install': { readonly scheme: LockScheme };
    /** `Removing build-lock package...` / `Removing build lock...`: the normal end of a build. */
    'fink.lock-remove': { readonly scheme: LockScheme };
    /** dpkg starts installing a lock package: `Preparing to unpack .../fink-buildlock-foo-1.0-1_2007.03.08-15.10.22_all.deb ...`. */
    'fink.lock-unpack': { readonly lock: string; readonly version?: string };
    /** dpkg installed a lock: `Setting up fink-buildlock-foo-1.0-1 (2007.03.08-14.54.00) ...`. */
    'fink.lock-installed': { readonly lock: string; readonly version: string };
    /** dpkg removed a lock: `Removing fink-buildlock-foo-1.0-1 (2007.03.08-14.54.00) ...`. */
    'fink.lock-removed': { readonly lock: string };
    /** `Can't set build lock for foo (1.0-1)` / `Can't set build lock for foo-1.0-1.` */
    'fink.lock-failed': { readonly name: string; readonly version?: string; readonly fullname: string; readonly scheme: LockScheme };
    /** The lock package's prerm: `There is currently an active buildlock for the package` / `     foo (1.0-1)`. */
    'fink.lock-active': { readonly name: string; readonly version: string; readonly evidence: readonly Evidence[] };
    /**
     * The lock prerm of fink 0.23.5–0.24.x (PkgVersion::set_buildlock, tags release_0_23_5_1 to release_0_24_26),
     * which refuses any upgrade of an installed lock, live or dead:
     *   Error: fink thinks that the package it is about to build:
     *     foo (1.0-1)
     *   is currently being built by another fink process. That build
     *   process has a timestamp of:
     *     2005.03.08-13.50.00
     *   If this is not true (perhaps the previous build process crashed?),
     *   just remove the fink package:
     *     fink remove fink-buildlock-foo-1.0-1
     */
    'fink.lock-prerm': { readonly name: string; readonly version: string; readonly lock: string; readonly timestamp?: string; readonly evidence: readonly Evidence[] };
    /** A dpkg/apt dependency line naming a lock package: ` fink-buildlock-foo-1.0-1 depends on bar-dev.` */
    'fink.lock-relation': {
      /** The lock package that has the relation (or, for `X conflicts with fink-buildlock-…`, the lock named). */
      readonly lock: string;
      readonly relation: 'depends' | 'conflicts';
      readonly other: string;
      /** What dpkg was doing, from the line before: removing, installing or configuring `subject`. */
      readonly action?: LockAction;
      readonly subject?: string;
      readonly evidence: readonly Evidence[];
    };
    /** `WARNING: Can't remove package fink-buildlock-foo-1.0-1. This is not fatal, ...` */
    'fink.lock-left': { readonly lock: string; readonly evidence: readonly Evidence[] };
    /** `Could not resolve inconsistent dependencies!` and the buildlocks fink lists after it (`foo-1.0-1`). */
    'fink.inconsistent': { readonly buildlocks: readonly string[]; readonly evidence: readonly Evidence[] };
    /** A run ended abnormally: `^C`, `Killed: 9`, `Segmentation fault`, `Bus error`, `Abort trap`. */
    'fink.interrupt': { readonly what: string };
    /** `Failed: phase compiling: foo-1.0-1 failed` */
    'fink.failed': { readonly message: string };
  }
  interface BuildEnvironment {
    /** Set once a Fink line is seen. */
    fink?: { version?: string; readonly signs: Evidence[] };
  }
}

const LOCK = 'fink-buildlock-';

//   Can't set build lock for foo (1.0-1)
const FAILED_NEW = /^Can't set build lock for (\S+) \(([^)\s]+)\)/;
//   Can't set build lock for foo-1.0-1.
const FAILED_OLD = /^Can't set build lock for (\S+?)\.?\s*$/;
//        foo (1.0-1)            (the prerm's second line)
const ACTIVE_PACKAGE = /^\s+(\S+) \(([^)\s]+)\)\s*$/;
//   dpkg: dependency problems prevent removal of bar-dev:
//   dpkg: dependency problems prevent configuration of fink-buildlock-foo-1.0-1:
const PREVENT = /^dpkg: dependency problems prevent (removal|configuration) of (\S+?):?\s*$/;
//   dpkg: regarding .../baz_2.0-1_all.deb containing baz:
const REGARDING = /^dpkg: regarding \S+ containing (\S+?):?\s*$/;
//    fink-buildlock-foo-1.0-1 depends on bar-dev.
//    fink-buildlock-foo-1.0-1 depends on bar-dev (>= 1.2); however:
//    fink-buildlock-foo-1.0-1 conflicts with baz
//    fink-buildlock-foo-1.0-1-2005.03.01-12.00.00 conflicts with fink-buildlock-foo-1.0-1
const RELATION = /^ (\S+) (depends on|conflicts with) (\S+?)[.;]?(?: \(.*)?(?:; however:)?\s*$/s;
//    fink-buildlock-foo-1.0-1 : Depends: bar-dev but it is not going to be installed     (apt)
const APT_RELATION = /^\s+(fink-buildlock-\S+) : (Depends|PreDepends|Conflicts|Breaks): (\S+)/;
//   Preparing to unpack .../fink-buildlock-foo-1.0-1_2007.03.08-15.10.22_all.deb ...
//   Unpacking fink-buildlock-foo-1.0-1 (from .../fink-buildlock-foo-1.0-1_2007.03.08-15.10.22_darwin-i386.deb) ...
// The look-behind starts a match only where a name can start (after `/`, `_`, a space or the line's start):
// without it each `fink-buildlock-` inside one long word scans that whole word again.
const UNPACK_DEB = /(?<![^_\s/])(fink-buildlock-[^_\s/]+)_([^_\s/]+)_[^_\s/]+\.deb/;
//   Setting up fink-buildlock-foo-1.0-1 (2007.03.08-14.54.00) ...
//   Removing fink-buildlock-foo-1.0-1 (2007.03.08-14.54.00) ...
// A package name holds no `:` (dpkg's pkg-name rules), so the name stops at the first one: a lazy `\S+?` before
// `(?::\S+)?` tried every split of a long `:a:a:a` word.
const SETUP_REMOVE = /^(Setting up|Removing) (fink-buildlock-[^\s:]+)(?::\S+)? \(([^)\s]+)\)/;
//   WARNING: Can't remove package fink-buildlock-foo-1.0-1. This is not fatal, but you may want to
const LEFT = /^WARNING: Can't remove package(?: (fink-buildlock-\S+?))?\.?(?:\s|$)/;
//   Error: fink thinks that the package it is about to build:      (fink 0.23.5–0.24.x lock prerm)
const PRERM_OLD = 'Error: fink thinks that the package it is about to build:';
//     2005.03.08-13.50.00
const PRERM_STAMP = /^\s+(\d{4}\.\d\d\.\d\d-\d\d\.\d\d\.\d\d)\s*$/;
//     fink remove fink-buildlock-foo-1.0-1
const PRERM_REMOVE = /^\s+fink remove (fink-buildlock-\S+)\s*$/;
//   Package manager version: 0.45.6
const VERSION = /^Package manager version: (\d[\w.+~-]*)/;
//   ^C        Killed: 9        Terminated: 15        Segmentation fault: 11        Bus error        Abort trap: 6
const INTERRUPT = /^(\^C|(?:Killed|Terminated|Segmentation fault|Bus error|Abort trap|Hangup|Interrupt)(?:: \d+)?)(?:\s.*)?$/s;

type Inconsistent = { phase: 'head' | 'intro' | 'list'; evidence: Evidence[]; locks: string[] };

export const finkParser: Parser = {
  name: 'fink',
  // Lines that name a lock package, and the fixed beginnings of fink's own messages (interrupts included).
  triggers: [LOCK],
  prefixes: [
    'dpkg: ', 'Installing build-lock package...', 'Setting build lock...', 'Removing build-lock package...', 'Removing build lock...',
    "Can't set build lock for ", 'Could not resolve inconsistent dependencies!', 'There is currently an active buildlock',
    "WARNING: Can't remove package", 'Package manager version: ', 'Failed: ', PRERM_OLD,
    '^C', 'Killed', 'Terminated', 'Segmentation fault', 'Bus error', 'Abort trap', 'Hangup', 'Interrupt',
  ],
  emits: ['fink.lock-prerm', 'fink.lock-install', 'fink.lock-remove', 'fink.lock-unpack', 'fink.lock-installed', 'fink.lock-removed', 'fink.lock-failed',
    'fink.lock-active', 'fink.lock-relation', 'fink.lock-left', 'fink.inconsistent', 'fink.interrupt', 'fink.failed'],
  create({ emit, env }) {
    let active: Evidence | undefined;
    let leftPending: Evidence | undefined;
    let context: { action: LockAction; subject: string; evidence: Evidence } | undefined;
    let inconsistent: Inconsistent | undefined;
    // The 0.23.5–0.24.x prerm text being read (at most its ten lines).
    let prerm: { evidence: Evidence[]; name?: string; version?: string; timestamp?: string } | undefined;
    // The lock scheme of the last `Setting build lock...` / `Installing build-lock package...`.
    let installScheme: LockScheme | undefined;

    const seen = (_line: LogLine): void => {
      env.fink ??= { signs: [] };
    };
    const ev = (line: LogLine): Evidence => ({ line: line.number, text: line.text });

    /** Emits the message on its last line (the facts are complete once a line does not belong to it). */
    const endInconsistent = (): void => {
      if (inconsistent === undefined) return;
      const done = inconsistent;
      inconsistent = undefined;
      const last = done.evidence[done.evidence.length - 1]!;
      emit('fink.inconsistent', { number: last.line, raw: last.text, text: last.text }, { buildlocks: done.locks, evidence: done.evidence });
    };

    /** Returns true when the line was taken by the inconsistent-dependencies message. */
    const continueInconsistent = (line: LogLine): boolean => {
      if (inconsistent === undefined) return false;
      const text = line.text;
      const state = inconsistent;
      if (state.phase === 'head') {
        if (text.startsWith('It looks like some of the problems')) {
          state.evidence.push(ev(line));
          state.phase = text.includes('following packages:') ? 'list' : 'intro';
          return true;
        }
        endInconsistent();
        return false;
      }
      if (state.phase === 'intro') {
        // print_breaking wraps the sentence at 77 columns: `... involve buildlocks for the` / `following packages:`
        if (text.trim() !== '' && state.evidence.length < 4) {
          state.evidence.push(ev(line));
          if (text.includes('packages:')) state.phase = 'list';
          return true;
        }
        endInconsistent();
        return false;
      }
      //   foo-1.0-1         (two spaces, then NAME-VERSION-REVISION without the fink-buildlock- prefix)
      const m = /^\s+(\S+)\s*$/.exec(text);
      if (m !== null && text.charCodeAt(0) === 32) {
        state.locks.push(m[1]!);
        state.evidence.push(ev(line));
        return true;
      }
      endInconsistent();
      return false;
    };

    return {
      // Multi-line messages and a dpkg context (until the next blank line) need every line.
      busy: () => inconsistent !== undefined || active !== undefined || leftPending !== undefined || context !== undefined || prerm !== undefined,
      line(line) {
        const text = line.text;
        if (continueInconsistent(line)) return;
        if (prerm !== undefined) {
          const p = prerm;
          p.evidence.push(ev(line));
          const pkg = p.name === undefined ? ACTIVE_PACKAGE.exec(text) : null;
          if (pkg !== null) {
            p.name = pkg[1]!;
            p.version = pkg[2]!;
            return;
          }
          const stamp = PRERM_STAMP.exec(text);
          if (stamp !== null) {
            p.timestamp = stamp[1]!;
            return;
          }
          const remove = PRERM_REMOVE.exec(text);
          if (remove !== null) {
            prerm = undefined;
            const parsed = splitFullname(remove[1]!.slice(LOCK.length));
            seen(line);
            emit('fink.lock-prerm', line, {
              name: p.name ?? parsed.name, version: p.version ?? parsed.version ?? '', lock: remove[1]!,
              ...(p.timestamp !== undefined ? { timestamp: p.timestamp } : {}), evidence: p.evidence,
            });
            return;
          }
          if (p.evidence.length > 10) prerm = undefined;
          return;
        }
        if (text.startsWith(PRERM_OLD)) {
          prerm = { evidence: [ev(line)] };
          return;
        }

        if (active !== undefined) {
          const first = active;
          active = undefined;
          const m = ACTIVE_PACKAGE.exec(text);
          if (m !== null) {
            seen(line);
            emit('fink.lock-active', line, { name: m[1]!, version: m[2]!, evidence: [first, ev(line)] });
            return;
          }
        }
        if (leftPending !== undefined) {
          const first = leftPending;
          leftPending = undefined;
          // print_breaking put the lock name at the start of the next line.
          const m = /^(fink-buildlock-\S+?)\.?(?:\s|$)/.exec(text);
          if (m !== null) {
            emit('fink.lock-left', line, { lock: m[1]!, evidence: [first, ev(line)] });
            return;
          }
        }
        if (text.trim() === '') {
          context = undefined;
          return;
        }

        const c = text.charCodeAt(0);
        // Lines that start with a space: dpkg's dependency details.
        if (c === 32) {
          if (!text.includes(LOCK)) return;
          let m = RELATION.exec(text);
          if (m !== null) {
            const [, who, verb, other] = m as unknown as [string, string, string, string];
            const lock = who.startsWith(LOCK) ? who : other.startsWith(LOCK) ? other : undefined;
            if (lock === undefined) return;
            seen(line);
            emit('fink.lock-relation', line, {
              lock,
              relation: verb === 'depends on' ? 'depends' : 'conflicts',
              other: lock === who ? other : who,
              ...(context !== undefined ? { action: context.action, subject: context.subject } : {}),
              evidence: [...(context !== undefined ? [context.evidence] : []), ev(line)],
            });
            return;
          }
          m = APT_RELATION.exec(text);
          if (m !== null) {
            seen(line);
            emit('fink.lock-relation', line, {
              lock: m[1]!,
              relation: m[2] === 'Conflicts' || m[2] === 'Breaks' ? 'conflicts' : 'depends',
              other: m[3]!,
              evidence: [ev(line)],
            });
          }
          return;
        }

        if (c === 100 /* d */ && text.startsWith('dpkg: ')) {
          if (text.startsWith('dpkg: dependency problems prevent ')) {
            const m = PREVENT.exec(text);
            if (m !== null) context = { action: m[1] === 'removal' ? 'remove' : 'configure', subject: m[2]!, evidence: ev(line) };
            return;
          }
          if (text.startsWith('dpkg: regarding ')) {
            const m = REGARDING.exec(text);
            if (m !== null) context = { action: 'install', subject: m[1]!, evidence: ev(line) };
            return;
          }
          context = undefined;
          return;
        }

        if (text.includes(LOCK)) {
          if (text.startsWith('Preparing to unpack ') || text.startsWith('Unpacking ') || text.startsWith('Preparing to replace ')) {
            const m = UNPACK_DEB.exec(text);
            if (m !== null) {
              seen(line);
              emit('fink.lock-unpack', line, { lock: m[1]!, version: m[2]! });
            }
            return;
          }
          if (text.startsWith('Setting up ') || text.startsWith('Removing ')) {
            const m = SETUP_REMOVE.exec(text);
            if (m !== null) {
              seen(line);
              if (m[1] === 'Setting up') emit('fink.lock-installed', line, { lock: m[2]!, version: m[3]! });
              else emit('fink.lock-removed', line, { lock: m[2]! });
            }
            return;
          }
        }

        switch (c) {
          case 73: // I
            if (text.startsWith('Installing build-lock package...')) {
              seen(line);
              installScheme = 'finally';
              emit('fink.lock-install', line, { scheme: 'finally' });
              return;
            }
            break;
          case 83: // S
            if (text.startsWith('Setting build lock...')) {
              seen(line);
              installScheme = 'pkgversion';
              emit('fink.lock-install', line, { scheme: 'pkgversion' });
              return;
            }
            break;
          case 82: // R
            if (text.startsWith('Removing build-lock package...')) {
              seen(line);
              emit('fink.lock-remove', line, { scheme: 'finally' });
            } else if (text.startsWith('Removing build lock...')) {
              seen(line);
              emit('fink.lock-remove', line, { scheme: 'pkgversion' });
            }
            return;
          case 67: // C
            if (text.startsWith("Can't set build lock for ")) {
              seen(line);
              let m = FAILED_NEW.exec(text);
              if (m !== null) {
                // `Can't set build lock for foo (1.0-1)`: Finally::Buildlock (0.25+), and PkgVersion in 0.23.5–0.24.x.
                emit('fink.lock-failed', line, { name: m[1]!, version: m[2]!, fullname: `${m[1]!}-${m[2]!}`, scheme: installScheme === 'pkgversion' ? 'pkgversion' : 'finally' });
                return;
              }
              m = FAILED_OLD.exec(text);
              if (m !== null) {
                const fullname = m[1]!;
                const parts = splitFullname(fullname);
                emit('fink.lock-failed', line, { ...parts, fullname, scheme: 'pkgversion' });
              }
              return;
            }
            if (text.startsWith('Could not resolve inconsistent dependencies!')) {
              seen(line);
              inconsistent = { phase: 'head', evidence: [ev(line)], locks: [] };
            }
            return;
          case 84: // T
            if (text.startsWith('There is currently an active buildlock for the package')) {
              seen(line);
              active = ev(line);
              return;
            }
            break;
          case 87: // W
            if (text.startsWith("WARNING: Can't remove package")) {
              const m = LEFT.exec(text);
              if (m === null) return;
              seen(line);
              if (m[1] !== undefined) emit('fink.lock-left', line, { lock: m[1], evidence: [ev(line)] });
              else leftPending = ev(line);
            }
            return;
          case 80: // P
            if (text.startsWith('Package manager version: ')) {
              const m = VERSION.exec(text);
              if (m !== null) {
                const fink = (env.fink ??= { signs: [] });
                fink.version = m[1]!;
                fink.signs.push(ev(line));
              }
            }
            return;
          case 70: // F
            if (text.startsWith('Failed: ')) emit('fink.failed', line, { message: text.slice(8).trim() });
            return;
          default:
            break;
        }
        // ^C Killed Terminated Segmentation Bus Abort Hangup Interrupt
        if (c === 94 || c === 75 || c === 84 || c === 83 || c === 66 || c === 65 || c === 72 || c === 73) {
          if (text.length > 40) return;
          const m = INTERRUPT.exec(text);
          if (m !== null) emit('fink.interrupt', line, { what: m[1]! });
        }
      },
      end() {
        endInconsistent();
      },
    };
  },
};

/** `foo-bar-1.0-1` → name `foo-bar`, version `1.0-1` (fink versions and revisions have no `-`). */
export function splitFullname(fullname: string): { name: string; version?: string } {
  const m = /^(.+)-([^-]+-[^-]+)$/s.exec(fullname);
  return m === null ? { name: fullname } : { name: m[1]!, version: m[2]! };
}
