import type { BuildEnvironment } from './facts.js';
import type { FaultSide } from './types.js';

/**
 * Where a build is, as the log tells it. Parsers move it forward as they recognise stage lines
 * (pbuilder's `I: Installing the build-deps`, sbuild's boxed `| Build |`, dpkg-buildpackage's
 * ` debian/rules binary`, dh's `   dh_auto_test`); rules read it when they report, so a finding knows
 * the stage it happened in without every rule tracking stages itself.
 */
export interface BuildStage {
  /** `extract-base`, `build-deps`, `install-deps`, `dh_auto_test`, `hook D10-update-local-repo`, ... */
  readonly name: string;
  /** Which tool announced it. */
  readonly tool: 'pbuilder' | 'sbuild' | 'dpkg-buildpackage' | 'debhelper';
  readonly line: number;
  readonly text: string;
}

declare module './facts.js' {
  interface BuildEnvironment {
    /** The innermost stage the log has announced so far. */
    stage?: BuildStage;
    /** The package's unpacked source tree inside the chroot (`/build/foo-1.0`), from `I: Running cd ... &&` or sbuild's `<<PKGBUILDDIR>>`. */
    sourceDir?: string;
    /** The directory make last entered (`make[1]: Entering directory '/build/foo-1.0/src'`). */
    makeDir?: string;
  }
}

/**
 * Stages that belong to the build environment, not the package: a failure there is the chroot's,
 * the resolver's or the builder's (sbuild names: Fail-Stage values of sbuild 0.85's Build.pm).
 */
const ENVIRONMENT_STAGES = new Set([
  // pbuilder
  'extract-base', 'build-deps', 'timeout', 'cleanup', 'login', 'execute',
  // sbuild
  'init', 'create-session', 'lock-session', 'chroot-setup', 'update', 'apt-get-update', 'apt-get-upgrade',
  'apt-get-distupgrade', 'check-space', 'install-core', 'install-essential', 'install-deps',
  'explain-bd-uninstallable', 'fetch-src',
]);

export function stageSide(stage: string | undefined): FaultSide | undefined {
  if (stage === undefined) return undefined;
  if (stage.startsWith('hook')) return 'environment';
  return ENVIRONMENT_STAGES.has(stage) ? 'environment' : 'package';
}

export function setStage(env: BuildEnvironment, name: string, tool: BuildStage['tool'], line: { number: number; text: string }): void {
  env.stage = { name, tool, line: line.number, text: line.text };
}

/** The current stage's name, for a finding's `stage`. */
export function currentStage(env: Readonly<BuildEnvironment>): string | undefined {
  return env.stage?.name;
}

/**
 * A path as the package's source tree knows it: `/build/foo-1.0/src/a.c` → `src/a.c`, `././main.c` →
 * `main.c`, a relative path joined to the directory make was in.
 */
export function sourcePath(env: Readonly<BuildEnvironment>, file: string): string {
  let path = file;
  if (!path.startsWith('/') && env.makeDir !== undefined) path = `${env.makeDir}/${path}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  let normal = (path.startsWith('/') ? '/' : '') + parts.join('/');
  const root = env.sourceDir?.replace(/(?<!\/)\/+$/, '');
  if (root !== undefined && normal.startsWith(`${root}/`)) normal = normal.slice(root.length + 1);
  return normal;
}
