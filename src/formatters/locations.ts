import path from 'node:path';
import type { Finding } from '../types.js';

/** `--path-map FROM=TO`: a path prefix as the log shows it, and what it is in the repository. */
export interface PathMap {
  readonly from: string;
  readonly to: string;
}

/** Where a CI format should point a finding. */
export interface CiLocation {
  /**
   * Repository-relative with forward slashes (`src/foo.c`, `logs/build.log`), or, when the place is
   * not inside the checkout, the path as given (absolute, or a label such as `<stdin>`).
   */
  readonly path: string;
  /**
   * True when `path` is relative to the repository root and the file is in the commit (tracked by
   * git, when the root is a git work tree): usable as GitHub's `file=`, which links into the commit.
   */
  readonly inRepo: boolean;
  /** True when the file lies under the root on disk (tracked or not): `path` is then relative to it. */
  readonly inCheckout: boolean;
  readonly line: number;
  readonly endLine?: number;
  readonly column?: number;
  /** `source`: a file the log names (compiler error); `log`: the log itself. */
  readonly kind: 'source' | 'log';
}

/** Parses `FROM=TO` (the first `=` splits: `<<PKGBUILDDIR>>=.`, `/build/pkg-1.0/=`). */
export function parsePathMap(spec: string): PathMap | undefined {
  const at = spec.indexOf('=');
  if (at <= 0) return undefined;
  return { from: spec.slice(0, at), to: spec.slice(at + 1) };
}

function toSlashes(p: string): string {
  return p.replaceAll('\\', '/');
}

function stripSlash(p: string): string {
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

/**
 * Applies the longest matching map. A prefix matches whole path segments only: `/build/pkg-1.0`
 * maps `/build/pkg-1.0/src/a.c` but not `/build/pkg-1.00/src/a.c`.
 */
export function applyPathMaps(p: string, maps: readonly PathMap[]): string {
  const given = toSlashes(p);
  let best: PathMap | undefined;
  for (const map of maps) {
    const from = stripSlash(toSlashes(map.from));
    const matches = given === from || given.startsWith(`${from}/`) || (from.endsWith('/') && given.startsWith(from));
    if (matches && (best === undefined || from.length > stripSlash(toSlashes(best.from)).length)) best = map;
  }
  if (best === undefined) return given;
  const from = stripSlash(toSlashes(best.from));
  const rest = given.slice(from.length).replace(/^\/+/, '');
  const to = stripSlash(toSlashes(best.to));
  if (to === '' || to === '.') return rest === '' ? '.' : rest;
  return rest === '' ? to : `${to}/${rest}`;
}

/**
 * Relative to `root` (the repository root in CI; default `cwd`) when the path, resolved against
 * `cwd`, is inside it; forward slashes, no `./`. `undefined` when it lies outside (`../x`, another
 * absolute path) or is no path (`<stdin>`).
 */
export function repoRelative(p: string, cwd: string, root = cwd): string | undefined {
  if (p === '' || p.includes('<<') || p.startsWith('<')) return undefined;
  const absolute = path.resolve(cwd, p);
  const relative = path.relative(path.resolve(cwd, root), absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return toSlashes(relative);
}

export interface LocateOptions {
  /** Where relative log paths were given (the working directory). */
  readonly cwd: string;
  /** The checkout: `$GITHUB_WORKSPACE`, `$CI_PROJECT_DIR`, or cwd. */
  readonly root?: string;
  readonly pathMaps: readonly PathMap[];
  /**
   * Whether a root-relative path is in the commit (`git ls-files`); `undefined` when that cannot be
   * known (no git work tree): then a file in the checkout counts as in the repository.
   */
  readonly isTracked?: (repoPath: string) => boolean | undefined;
}

/** The options for a CI format: its checkout root from the runner's variable, else cwd. */
export function locateOptions(context: { cwd?: string; pathMaps?: readonly PathMap[]; env: Readonly<Record<string, string | undefined>>; isTracked?: (root: string, repoPath: string) => boolean | undefined }, rootVariable?: 'GITHUB_WORKSPACE' | 'CI_PROJECT_DIR'): LocateOptions {
  const cwd = context.cwd ?? process.cwd();
  const fromEnv = rootVariable !== undefined ? context.env[rootVariable] : undefined;
  const root = fromEnv !== undefined && fromEnv !== '' ? path.resolve(cwd, fromEnv) : cwd;
  const isTracked = context.isTracked;
  return { cwd, root, pathMaps: context.pathMaps ?? [], ...(isTracked ? { isTracked: (p: string) => isTracked(root, p) } : {}) };
}

function tracked(relative: string, o: LocateOptions): boolean {
  return o.isTracked?.(relative) ?? true;
}

/**
 * Where a finding lands in CI. A finding with a source `location` lands on that file when the path
 * map (or cwd) turns it into a repository path; otherwise, and for every other finding, on the log
 * line, with the log's path made relative to cwd when the log is inside the checkout.
 */
export function locate(finding: Finding, o: LocateOptions): CiLocation {
  if (finding.location !== undefined) {
    const mapped = applyPathMaps(finding.location.path, o.pathMaps);
    const relative = repoRelative(mapped, o.cwd, o.root);
    if (relative !== undefined) {
      return {
        path: relative,
        inRepo: tracked(relative, o),
        inCheckout: true,
        line: finding.location.line,
        ...(finding.location.column !== undefined ? { column: finding.location.column } : {}),
        kind: 'source',
      };
    }
  }
  const mapped = applyPathMaps(finding.source, o.pathMaps);
  const relative = repoRelative(mapped, o.cwd, o.root);
  return {
    path: relative ?? mapped,
    inRepo: relative !== undefined && tracked(relative, o),
    inCheckout: relative !== undefined,
    line: finding.line,
    ...(finding.endLine !== undefined ? { endLine: finding.endLine } : {}),
    kind: 'log',
  };
}
