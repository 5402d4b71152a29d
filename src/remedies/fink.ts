import type { BuildEnvironment } from '../facts.js';
import { compareVersions } from '../parsers/pbuilder.js';
import { splitFullname } from '../parsers/fink.js';
import type { Remediation } from '../types.js';

/** What a lock package's name says (Buildlock.pm: `'fink-buildlock-' . $pv->get_fullname()`). */
export interface LockName {
  /** The package name as dpkg knows it: `fink-buildlock-foo-1.0-1` (old scheme: `...-1.0-1-2005.03.01-12.00.00`). */
  readonly lock: string;
  /** NAME-VERSION-REVISION of the package being built. */
  readonly fullname: string;
  readonly name: string;
  readonly version?: string;
  /** The old scheme's build start time (`2005.03.01-12.00.00`) when the name carries it. */
  readonly timestamp?: string;
}

const PREFIX = 'fink-buildlock-';
// fink-buildlock-foo-1.0-1-2005.03.01-12.00.00  (PkgVersion::set_buildlock: strftime "%Y.%m.%d-%H.%M.%S"; a name used
// only by fink's CVS from 2004-11-15 to 2004-11-24, git 0c437af9 to 6a201b90, and by no release)
const STAMP = /-(\d{4}\.\d\d\.\d\d-\d\d\.\d\d\.\d\d)$/;

export function isLock(name: string): boolean {
  return name.startsWith(PREFIX);
}

export function parseLock(lock: string): LockName {
  let fullname = lock.startsWith(PREFIX) ? lock.slice(PREFIX.length) : lock;
  const stamp = STAMP.exec(fullname);
  if (stamp !== null) fullname = fullname.slice(0, stamp.index);
  const { name, version } = splitFullname(fullname);
  return { lock, fullname, name, ...(version !== undefined ? { version } : {}), ...(stamp !== null ? { timestamp: stamp[1]! } : {}) };
}

/** `2005.03.01-12.00.00` → milliseconds (local time is fine: only differences are used). */
export function stampTime(stamp: string): number | undefined {
  const m = /^(\d{4})\.(\d\d)\.(\d\d)-(\d\d)\.(\d\d)\.(\d\d)$/.exec(stamp);
  if (m === null) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

/** `foo (1.0-1)`, the way fink names a package version in its messages. */
export function describe(lock: LockName): string {
  return lock.version !== undefined ? `${lock.name} (${lock.version})` : lock.name;
}

/** `fink cleanup --buildlocks` exists from fink 0.25 on. */
const CLEANUP_SINCE = '0.25';

/** Steps that remove dead lock packages, chosen by the fink version the log shows. */
export function deadLockRemediation(env: Readonly<BuildEnvironment>, locks: readonly string[], summary: string): Remediation {
  const version = env.fink?.version;
  const remove = locks.map((lock) => `fink remove ${lock}`);
  if (version !== undefined && compareVersions(version, CLEANUP_SINCE) >= 0) {
    return {
      summary: `${summary} This log shows fink ${version}, which removes dead locks itself before every fink install and remove (Engine::cleanup_buildlocks, fink ≥ 0.25), so a dead lock blocks only raw dpkg or apt runs: make the change through fink, or run \`fink cleanup --buildlocks\`, or remove the lock package by name.`,
      steps: ['fink cleanup --buildlocks', 'fink list -t fink-buildlock', ...remove],
    };
  }
  if (version !== undefined) {
    return {
      summary: `${summary} This log shows fink ${version} (before 0.25, no \`fink cleanup --buildlocks\`): list the lock packages and remove them by name.`,
      steps: ['fink list -t fink-buildlock', ...remove],
    };
  }
  return {
    summary: `${summary} List the lock packages and remove them by name; fink 0.25 or later removes dead locks itself before its own installs and removals (only raw dpkg or apt stay blocked), and \`fink cleanup --buildlocks\` removes them all (\`fink --version\` shows yours).`,
    steps: ['fink list -t fink-buildlock', ...remove, 'fink cleanup --buildlocks   # fink >= 0.25'],
  };
}

/** How to check that no fink is still building, before calling a lock dead. */
export function noBuildRunningCheck(lock: LockName): string {
  return `ps ax | grep '[f]ink'   # no fink building ${lock.name}? then ${lock.lock} is dead`;
}
