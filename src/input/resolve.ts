import path from 'node:path';
import micromatch from 'micromatch';
import nodeFs from 'node:fs';
import type { GlobOptions } from 'tinyglobby';
import { InputError, describeSystemError } from './errors.js';

export interface InputSpec {
  /** A path to open, or `-` for standard input. */
  readonly path: string;
  /** The argument it came from (a glob can give many). */
  readonly argument: string;
}

/** Directories that never hold the logs a user means and can be huge. */
const SKIP_DIRS = new Set(['.git', 'node_modules']);

/**
 * Expands the command-line arguments into inputs, in order: `-` is stdin, a glob (micromatch syntax)
 * is expanded against the file system and sorted, anything else is a path (checked when opened).
 * A glob that matches nothing is an error for that argument, as in a shell with `failglob`.
 */
export async function resolveInputs(args: readonly string[], cwd = process.cwd()): Promise<{ inputs: InputSpec[]; errors: { argument: string; message: string }[] }> {
  const inputs: InputSpec[] = [];
  const errors: { argument: string; message: string }[] = [];
  let stdin = false;
  for (const argument of args) {
    if (argument === '-') {
      // Standard input can be read once: a second `-` would wait for ever on a stream that has ended.
      if (stdin) errors.push({ argument, message: 'standard input is given more than once; it is read once' });
      else inputs.push({ path: argument, argument });
      stdin = true;
      continue;
    }
    // A URL is no file: say so rather than "no files match this pattern" (`?` makes it a glob).
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(argument)) {
      errors.push({ argument, message: 'logcheck reads files and standard input, not URLs: download it first (curl -fsSL URL | logcheck)' });
      continue;
    }
    if (argument === '-' || !micromatch.scan(argument).isGlob) {
      inputs.push({ path: argument, argument });
      continue;
    }
    try {
      const unreadable: string[] = [];
      const matched = await expandGlob(argument, cwd, undefined, unreadable);
      // A directory the walk could not read hides logs: an error, never silence (the rest is still read).
      for (const message of unreadable) errors.push({ argument, message });
      if (matched.length === 0 && unreadable.length === 0) errors.push({ argument, message: 'no files match this pattern' });
      for (const file of matched) inputs.push({ path: file, argument });
    } catch (error) {
      errors.push({ argument, message: error instanceof InputError ? error.message : String(error) });
    }
  }
  return { inputs, errors };
}

/**
 * Expands one glob. tinyglobby (fdir + picomatch) walks the tree and goes into a directory only when
 * the pattern can match below it, so `*.log` reads one directory and `logs/*\/*.build` two levels,
 * never the whole tree under the base (`cd /usr && logcheck '*.log'` read 117k entries before).
 * micromatch stays the judge of what matches: every path found is matched again with it, so the
 * syntax is micromatch's as documented.
 */
export async function expandGlob(pattern: string, cwd: string, fs?: GlobOptions['fs'], unreadable?: string[]): Promise<string[]> {
  // fdir skips a directory it cannot read without a word: note each one (ENOENT is a base that does not exist).
  const base = (fs ?? nodeFs) as typeof nodeFs;
  const watched = unreadable === undefined ? fs : {
    ...base,
    readdir: ((dir: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) => {
      (base.readdir as unknown as (d: string, o: unknown, c: typeof callback) => void)(dir, options, (error, entries) => {
        if (error !== null && error.code !== 'ENOENT') unreadable.push(`${dir.replace(/\/$/, '')}: cannot read this directory: ${describeSystemError(error)}`);
        callback(error, entries);
      });
    }) as unknown as typeof nodeFs.readdir,
  } as GlobOptions['fs'];
  const isMatch = micromatch.matcher(pattern, { dot: false });
  const absolute = path.isAbsolute(pattern);
  // Loaded only for a glob: most runs name files.
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, {
    cwd,
    absolute,
    onlyFiles: true,
    dot: false,
    // Symbolic links are followed: sbuild keeps the last build as `latest.build -> foo_1.0_amd64.build`.
    // A link back up is entered once by fdir; what it reaches twice is dropped below.
    followSymbolicLinks: true,
    ...(watched ? { fs: watched } : {}),
    expandDirectories: false,
    ignore: [...SKIP_DIRS].map((d) => `**/${d}/**`),
  });
  // Match the path as the user wrote the pattern: relative to cwd, or absolute if they gave one.
  const seen = new Set<string>();
  return found
    .map((p) => (absolute ? p : p.replace(/^\.\//, '')))
    .filter((p) => isMatch(p))
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .filter((p) => {
      // The same file reached through a directory link (`loop -> .`) is one input.
      let key: string;
      try { key = path.join(nodeFs.realpathSync(path.resolve(cwd, path.dirname(p))), path.basename(p)); } catch { key = p; }
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.localeCompare(b));
}
