import path from 'node:path';
import micromatch from 'micromatch';
import { glob, type GlobOptions } from 'tinyglobby';
import { InputError } from './errors.js';

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
      const matched = await expandGlob(argument, cwd);
      if (matched.length === 0) errors.push({ argument, message: 'no files match this pattern' });
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
export async function expandGlob(pattern: string, cwd: string, fs?: GlobOptions['fs']): Promise<string[]> {
  const isMatch = micromatch.matcher(pattern, { dot: false });
  const absolute = path.isAbsolute(pattern);
  const found = await glob(pattern, {
    cwd,
    absolute,
    onlyFiles: true,
    dot: false,
    // Symbolic links are not followed (no loops; as before: only regular files and directories).
    followSymbolicLinks: false,
    ...(fs ? { fs } : {}),
    expandDirectories: false,
    ignore: [...SKIP_DIRS].map((d) => `**/${d}/**`),
  });
  // Match the path as the user wrote the pattern: relative to cwd, or absolute if they gave one.
  return found
    .map((p) => (absolute ? p : p.replace(/^\.\//, '')))
    .filter((p) => isMatch(p))
    .sort((a, b) => a.localeCompare(b));
}
