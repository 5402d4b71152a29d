import type { Parser } from '../parser.js';
import type { Evidence, LogLine } from '../types.js';
import { setStage } from '../stage.js';
import { recordOutcome } from '../outcome.js';

/**
 * pbuilder's own lines: the session, its mounts and unmounts, hooks, and its `E:`/`W:` messages.
 * Formats checked against pbuilder 0.231's pbuilder-modules and its changelog.
 */

export type MountKind =
  /** `I: mounting /proc filesystem` (mountproc's built-in mounts) */
  | 'builtin'
  /** `I: creating /{dev,run}/shm` (≥ 0.228, USESHM=yes: a tmpfs on /dev/shm, /run/shm a link) */
  | 'shm-tmpfs'
  /** `I: Mounting /dev/shm` or `I: Mounting /a to /b` (BINDMOUNTS / --bindmounts) */
  | 'bind'
  /** `I: redirecting /dev/ptmx to /dev/pts/ptmx` */
  | 'ptmx';

export type PbuilderStage =
  | 'extract-base' | 'source' | 'build-deps' | 'build' | 'timeout' | 'cleanup' | 'time' | 'login' | 'execute';

/** `I:` line beginnings that announce a stage (pbuilder 0.231 wording; older ones match too). */
const STAGES: readonly (readonly [string, PbuilderStage])[] = [
  // I: extracting base tarball [/var/cache/pbuilder/base.tgz]
  ['extracting base tarball', 'extract-base'],
  // I: Copying source file / I: Extracting source
  ['Copying source file', 'source'],
  ['Extracting source', 'source'],
  // I: Installing the build-deps
  ['Installing the build-deps', 'build-deps'],
  // I: Building the package
  ['Building the package', 'build'],
  // I: Terminating build process due to timeout
  ['Terminating build process due to timeout', 'timeout'],
  // I: cleaning the build env
  ['cleaning the build env', 'cleanup'],
  // I: Current time: Sat Nov 21 01:59:59 UTC 2026
  ['Current time:', 'time'],
  // I: entering the shell
  ['entering the shell', 'login'],
];

/** Every `I:` body the parser acts on (line() below): the stages and these. */
const INFO_STARTS: readonly string[] = [
  'Building the build Environment', 'Building the build environment', 'mounting ', 'Mounting ',
  'creating /{dev,run}/shm', 'redirecting /dev/ptmx', 'pbuilder: network access will be disabled',
  'unmounting ', 'user script ', 'Running cd ',
  ...STAGES.map(([start]) => start),
];

/**
 * pbuilder's E: lines that end a run (pbuilder 0.231 pbuilder-buildpackage, pbuilder-satisfydepends-funcs,
 * pbuilder-modules). `E: Something is still mounted under ...` is not one: it is clean-up after the build.
 *   E: Failed autobuilding of package
 *   E: pbuilder-satisfydepends failed.
 */
export const GIVES_UP: readonly string[] = [
  'Failed autobuilding of package', 'pbuilder-satisfydepends failed', 'pbuilder: Failed', 'Could not satisfy build-dependency',
  'Unrecoverable error installing build-dependencies', 'failed to ', 'Missing changes file', 'Distribution not specified', 'debootstrap failed',
];

export interface Mount {
  /** Mount point inside the chroot, absolute: `/proc`, `/dev/shm`, `/var/cache/pbuilder/result`. */
  readonly target: string;
  readonly kind: MountKind;
  readonly line: number;
  readonly text: string;
}

/**
 * How a session got shared memory (pbuilder-modules mountproc, by version, from pbuilder's git history):
 * `useshm` ≥ 0.228 `I: creating /{dev,run}/shm` (a tmpfs on /dev/shm, /run/shm a link to it);
 * `userunshm` 0.215–0.227 `I: mounting /run/shm filesystem` (a tmpfs on /run/shm only); `usedevshm` 0.214
 * (USEDEVSHM: `I: mounting /run/shm filesystem`, or `/dev/shm` on hosts without /run/shm); `bind` a
 * BINDMOUNTS/--bindmounts entry for /dev/shm (the host's): `I: Mounting /dev/shm`, before 0.187 `-> Mounting /dev/shm`.
 */
export interface PbuilderShm {
  readonly how: 'useshm' | 'userunshm' | 'usedevshm' | 'bind';
  readonly target: string;
  readonly line: number;
  readonly text: string;
}

/** What a pbuilder log says about its version, as bounds (dotted versions, compared numerically). */
export interface PbuilderEra {
  /** The lowest version that prints what was seen. */
  min?: string;
  /** The highest version that prints what was seen. */
  max?: string;
  /** The lines that set the bounds. */
  readonly signs: Evidence[];
}

declare module '../facts.js' {
  interface FactMap {
    /** A chroot session begins: `I: Building the build Environment` (or ` -> Building the build environment`). */
    'pbuilder.session': { readonly mode: 'build' | 'create' };
    'pbuilder.mount': Mount;
    /** The mount phase of a session is over; `mounts` is everything it mounted (in order). */
    'pbuilder.mounts-done': { readonly mounts: readonly Mount[] };
    /** `I: unmounting dev/shm filesystem` (built-in: relative) or `I: unmounting /dev/shm filesystem` (bind: absolute). */
    'pbuilder.unmount': { readonly target: string; readonly relative: boolean };
    /** `E: pbuilder-satisfydepends failed.` / `W: cgroups are not available ...` (stderr in pbuilder). */
    'pbuilder.message': { readonly level: 'E' | 'W'; readonly message: string };
    /**
     * `I: user script /hooks/D10-foo starting` / `... finished`. `aborted`: pbuilder went on to unmount or
     * clean up while the hook was running (a failed hook aborts pbuilder with no E: line); `lastOutput` is
     * the hook's last line of output then.
     */
    'pbuilder.hook': { readonly script: string; readonly state: 'starting' | 'finished' | 'aborted'; readonly lastOutput?: Evidence };
    /** A step pbuilder announces: `I: Installing the build-deps` → `build-deps`. */
    'pbuilder.stage': { readonly stage: PbuilderStage };
  }
  interface BuildEnvironment {
    /** Set once a pbuilder line is seen. */
    pbuilder?: PbuilderEra;
    /** `I: pbuilder: network access will be disabled during build` (USENETWORK=no, the default). */
    networkDisabled?: Evidence;
    /** The current session's shm line, when it had one: what pbuilder put on /dev/shm or /run/shm. */
    pbuilderShm?: PbuilderShm;
  }
}

// The prefix pbuilder has used for info lines: `I: ` since 0.187, ` -> ` before. Current
// pbuilder-satisfydepends still prints ` -> Attempting to satisfy build-dependencies`, so a ` -> `
// line is a sign of an old pbuilder only for what mountproc and the session print. Before 0.187 a bind
// mount had no leading space, and the session line no prefix at all (pbuilder-modules, git 06a64a8^):
//   I: mounting /proc filesystem
//    -> mounting /proc filesystem
//   -> Mounting /dev/shm
//   Building the build Environment
/**
 * A running hook's last line of output (not empty, not pbuilder's `I:`), looked back for when pbuilder
 * moves on, so that the parser needs no line while the hook runs (engine/scan-lines.ts skips them).
 */
function hookOutput(recent: readonly LogLine[], started: number, current: number): Evidence | undefined {
  for (let k = recent.length - 1; k >= 0; k--) {
    const line = recent[k]!;
    if (line.number >= current) continue;
    if (line.number <= started) return undefined;
    if (line.text.charCodeAt(0) !== 73 /* I */ && line.text.trim() !== '') return { line: line.number, text: line.text, note: 'last output of the hook' };
  }
  return undefined;
}

function infoBody(text: string): { body: string; old: boolean } | undefined {
  if (text.startsWith('I: ')) return { body: text.slice(3), old: false };
  if (text.startsWith(' -> ')) return { body: text.slice(4), old: true };
  if (text.startsWith('-> ')) return { body: text.slice(3), old: true };
  if (text.startsWith('Building the build Environment')) return { body: text, old: true };
  return undefined;
}

//   I: mounting /proc filesystem        I: mounting /dev/pts filesystem        I: mounting /run/shm filesystem
const BUILTIN_MOUNT = /^mounting (\/\S*) filesystem\s*$/;
//   I: Mounting /dev/shm                 I: Mounting /srv/cache to /var/cache/apt/archives
const BIND_MOUNT = /^Mounting (\S+)(?: to (\S+))?\s*$/;
//   I: unmounting dev/pts filesystem     I: unmounting /dev/shm filesystem
const UNMOUNT = /^unmounting (\S+) filesystem\s*$/;
//   I: user script /var/cache/pbuilder/hooks/D10-tmpfs starting
const HOOK = /^user script (\S+) (starting|finished)\s*$/;
//   I: Running cd /build/shmfail-1.0/ && env PATH="/usr/sbin:/usr/bin:/sbin:/bin" HOME="/nonexistent" dpkg-buildpackage -us -uc
const RUNNING_CD = /^Running cd (\/\S+?)\/? &&/;

/** Dotted versions compared numerically: 0.215 < 0.228 < 0.228.6. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export const pbuilderParser: Parser = {
  name: 'pbuilder',
  // Every pbuilder line starts with one of these (` -> ` before 0.187; the engine skips leading spaces).
  // Only the `I:` lines read below: debootstrap's `I: Retrieving`/`Validating`/`Extracting` (a third of
  // a `pbuilder create` log) and pbuilder's other chatter wake nothing. While the mount phase is open the
  // parser is busy and sees every line anyway (what ends that phase is any line).
  prefixes: [...INFO_STARTS.map((start) => `I: ${start}`), 'E: ', 'W: ', '-> ', 'Building the build Environment'],
  emits: ['pbuilder.session', 'pbuilder.stage', 'pbuilder.mount', 'pbuilder.mounts-done', 'pbuilder.unmount', 'pbuilder.message', 'pbuilder.hook'],
  create({ emit, env, recentLines }) {
    let mounts: Mount[] | undefined;
    // The hook that is running, and its last line of output.
    // `I: cleaning the build env` seen: an `I: Current time:` after it is echobacktime at the end of a good run.
    let cleaned = false;
    let hook: { script: string; line: number } | undefined;

    const era = (line: LogLine, bound: { min?: string; max?: string }): void => {
      const known = (env.pbuilder ??= { signs: [] });
      let moved = false;
      if (bound.min !== undefined && (known.min === undefined || compareVersions(bound.min, known.min) > 0)) {
        known.min = bound.min;
        moved = true;
      }
      if (bound.max !== undefined && (known.max === undefined || compareVersions(bound.max, known.max) < 0)) {
        known.max = bound.max;
        moved = true;
      }
      if (moved) known.signs.push({ line: line.number, text: line.text });
    };

    const closeMounts = (line: LogLine): void => {
      if (mounts === undefined) return;
      const done = mounts;
      mounts = undefined;
      if (done.length > 0) emit('pbuilder.mounts-done', line, { mounts: done });
    };

    const mount = (line: LogLine, target: string, kind: MountKind): void => {
      mounts ??= [];
      const record: Mount = { target, kind, line: line.number, text: line.text };
      mounts.push(record);
      emit('pbuilder.mount', line, { ...record });
    };

    return {
      // During the mount phase every line matters (the first non-pbuilder line ends it), and while a
      // hook runs its output is remembered.
      busy: () => mounts !== undefined && mounts.length > 0,
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        // Cheap gate: pbuilder lines start with `I: `, `E: `, `W: ` or ` -> `.
        // Before 0.187: `-> Mounting /dev/shm` (no leading space) and an unprefixed `Building the build Environment`.
        const oldLine = (c === 45 /* - */ && text.startsWith('-> ')) || (c === 66 /* B */ && text.startsWith('Building the build Environment'));
        if (c !== 73 && c !== 69 && c !== 87 && c !== 32 && !oldLine) {
          if (mounts !== undefined && mounts.length > 0 && text.trim() !== '') closeMounts(line);
          return;
        }
        if (text.charCodeAt(1) === 58 && text.charCodeAt(2) === 32 && (c === 69 || c === 87)) {
          env.pbuilder ??= { signs: [] };
          const message = text.slice(3).trim();
          if (c === 69 && GIVES_UP.some((s) => message.startsWith(s))) recordOutcome(env, 'failed', line, true);
          emit('pbuilder.message', line, { level: c === 69 ? 'E' : 'W', message });
          return;
        }
        const info = infoBody(text);
        if (info === undefined) return;
        const { body, old } = info;

        if (body.startsWith('Building the build Environment') || body.startsWith('Building the build environment')) {
          env.pbuilder ??= { signs: [] };
          if (old) era(line, { max: '0.186' });
          mounts = [];
          delete env.pbuilderShm;
          emit('pbuilder.session', line, { mode: body.includes('Environment') || old ? 'build' : 'create' });
          return;
        }
        if (body.startsWith('mounting ') || body.startsWith('Mounting ')) {
          let m = BUILTIN_MOUNT.exec(body);
          if (m !== null) {
            const target = m[1]!;
            if (old) era(line, { max: '0.186' });
            else if (target === '/proc') era(line, { min: '0.187' });
            if (target === '/sys') era(line, { min: '0.225' });
            // 0.214 (USEDEVSHM) mounted /run/shm, or /dev/shm where the host had no /run/shm; 0.215–0.227 /run/shm.
            if (target === '/run/shm') era(line, { min: '0.214', max: '0.227' });
            if (target === '/dev/shm') era(line, { min: '0.214', max: '0.214' });
            if (target === '/run/shm' || target === '/dev/shm') {
              const known = env.pbuilder!;
              const how = target === '/dev/shm' || (known.max !== undefined && compareVersions(known.max, '0.214') <= 0) ? 'usedevshm' : 'userunshm';
              env.pbuilderShm = { how, target, line: line.number, text };
            }
            mount(line, target, 'builtin');
            return;
          }
          m = BIND_MOUNT.exec(body);
          if (m !== null) {
            const target = m[2] ?? m[1]!;
            if (target === '/dev/shm' || target === '/run/shm') env.pbuilderShm = { how: 'bind', target, line: line.number, text };
            mount(line, target, 'bind');
            return;
          }
        }
        if (body.startsWith('creating /{dev,run}/shm')) {
          era(line, { min: '0.228' });
          env.pbuilderShm = { how: 'useshm', target: '/dev/shm', line: line.number, text };
          mount(line, '/dev/shm', 'shm-tmpfs');
          return;
        }
        if (body.startsWith('redirecting /dev/ptmx')) {
          // A new /dev/pts instance with ptmx redirected: pbuilder 0.228.6 and later.
          era(line, { min: '0.228.6' });
          mount(line, '/dev/ptmx', 'ptmx');
          return;
        }
        if (body.startsWith('pbuilder: network access will be disabled')) {
          era(line, { min: '0.215' });
          env.networkDisabled = { line: line.number, text };
        }
        if (hook !== undefined && (body.startsWith('unmounting ') || body.startsWith('cleaning the build env'))) {
          // pbuilder's trap runs `set +e` and exits 1: a failed build with no E: line.
          recordOutcome(env, 'failed', line, true);
          const last = hookOutput(recentLines(), hook.line, line.number);
          emit('pbuilder.hook', line, { script: hook.script, state: 'aborted', ...(last ? { lastOutput: last } : {}) });
          hook = undefined;
        }
        if (body.startsWith('unmounting ')) {
          const m = UNMOUNT.exec(body);
          if (m !== null) {
            const target = m[1]!;
            emit('pbuilder.unmount', line, { target: target.startsWith('/') ? target : `/${target}`, relative: !target.startsWith('/') });
          }
          return;
        }
        if (body.startsWith('user script ')) {
          const m = HOOK.exec(body);
          if (m !== null) {
            const script = m[1]!;
            if (m[2] === 'starting') {
              setStage(env, `hook ${script.slice(script.lastIndexOf('/') + 1)}`, 'pbuilder', line);
              hook = { script, line: line.number };
            } else hook = undefined;
            emit('pbuilder.hook', line, { script, state: m[2] as 'starting' | 'finished' });
          }
          return;
        }
        if (body.startsWith('Running cd ')) {
          const m = RUNNING_CD.exec(body);
          if (m !== null) env.sourceDir = m[1]!;
        }
        // Any other pbuilder info line ends the mount phase (mountproc ends with the policy-rc.d line).
        if (mounts !== undefined && mounts.length > 0) closeMounts(line);
        for (let i = 0; i < STAGES.length; i++) {
          const [start, stage] = STAGES[i]!;
          if (body.startsWith(start)) {
            if (stage === 'cleanup') cleaned = true;
            else if (stage === 'timeout') recordOutcome(env, 'failed', line, true);
            else if (stage === 'time' && cleaned) {
              cleaned = false;
              recordOutcome(env, 'succeeded', line, true);
            } else if (stage === 'build' || stage === 'extract-base') cleaned = false;
            if (stage !== 'time') setStage(env, stage, 'pbuilder', line);
            emit('pbuilder.stage', line, { stage });
            return;
          }
        }
      },
      end() {
        // A log cut off in the middle of the mount phase still had those mounts.
        if (mounts !== undefined && mounts.length > 0) {
          const last = mounts[mounts.length - 1]!;
          emit('pbuilder.mounts-done', { number: last.line, raw: last.text, text: last.text }, { mounts });
          mounts = undefined;
        }
      },
    };
  },
};
