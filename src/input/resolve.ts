import { promises as fs } from 'node:fs';
import path from 'node:path';
import micromatch from 'micromatch';
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
    if (!micromatch.scan(argument).isGlob) {
      inputs.push({ path: argument, argument });
      continue;
    }
    try {
      const { files, problems } = await expandGlob(argument, cwd);
      for (const problem of problems) errors.push({ argument: problem.path, message: problem.message });
      if (files.length === 0 && problems.length === 0) errors.push({ argument, message: 'no files match this pattern' });
      for (const file of files) inputs.push({ path: file, argument });
    } catch (error) {
      errors.push({ argument, message: error instanceof InputError ? error.message : String(error) });
    }
  }
  return { inputs, errors };
}

async function expandGlob(pattern: string, cwd: string): Promise<{ files: string[]; problems: DirectoryProblem[] }> {
  const { base } = micromatch.scan(pattern);
  const root = path.resolve(cwd, base === '' ? '.' : base);
  const isMatch = micromatch.matcher(pattern, { dot: false });
  const found: string[] = [];
  const problems: DirectoryProblem[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const listing = await listDirectory(dir, seen);
    if (listing.problem) { problems.push(listing.problem); return; }
    for (const { path: full, kind } of listing.entries) {
      if (kind === 'dir') {
        if (!SKIP_DIRS.has(path.basename(full))) await walk(full);
        continue;
      }
      // Match the path as the user wrote the pattern: relative to cwd, or absolute if they gave one.
      const shown = path.isAbsolute(pattern) ? full : path.relative(cwd, full);
      if (isMatch(shown.split(path.sep).join('/'))) found.push(shown);
    }
  };
  await walk(root);
  return { files: found, problems };
}

export interface DirectoryProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * One directory of a glob walk, sorted by name: its files and subdirectories, symbolic links followed (a log
 * kept as `latest.build -> foo_1.0_amd64.build`, as sbuild does, is a log), each directory entered once
 * (a link back up would loop for ever). A directory that cannot be read is a problem to report, not
 * silence: the logs inside it would be missing from the check. Kept apart from the matching so that
 * another walker can use it.
 */
export async function listDirectory(dir: string, seen: Set<string> = new Set()): Promise<{ entries: { path: string; kind: 'file' | 'dir' }[]; problem?: DirectoryProblem }> {
  const out: { path: string; kind: 'file' | 'dir' }[] = [];
  let entries;
  try {
    const real = await fs.realpath(dir);
    if (seen.has(real)) return { entries: out };
    seen.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    // A base directory that does not exist is a glob that matches nothing.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: out };
    return { entries: out, problem: { path: dir, message: `cannot read this directory: ${describeSystemError(error)}` } };
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    let kind: 'file' | 'dir' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
    if (entry.isSymbolicLink()) {
      // A broken link is listed as a file: opening it then says "no such file" under its name.
      const target = await fs.stat(full).catch(() => undefined);
      kind = target === undefined || target.isFile() ? 'file' : target.isDirectory() ? 'dir' : 'other';
    }
    if (kind !== 'other') out.push({ path: full, kind });
  }
  return { entries: out };
}
