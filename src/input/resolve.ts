import { promises as fs } from 'node:fs';
import path from 'node:path';
import micromatch from 'micromatch';
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
  for (const argument of args) {
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

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { base } = micromatch.scan(pattern);
  const root = path.resolve(cwd, base === '' ? '.' : base);
  const isMatch = micromatch.matcher(pattern, { dot: false });
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) await walk(full);
        continue;
      }
      if (!entry.isFile()) continue;
      // Match the path as the user wrote the pattern: relative to cwd, or absolute if they gave one.
      const shown = path.isAbsolute(pattern) ? full : path.relative(cwd, full);
      if (isMatch(shown.split(path.sep).join('/'))) found.push(shown);
    }
  };
  await walk(root);
  return found;
}
