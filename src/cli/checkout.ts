import { execFileSync } from 'node:child_process';

/**
 * Which files of a checkout are in its commit, as `git ls-files` says: GitHub's `file=` links into
 * the commit, so a build log written into the workspace (untracked) must not get one. One `git`
 * call per root, on first use. When the root is no git work tree (or git is not installed) nothing
 * can be shown to be in the commit: `false` for every path, so no `file=` that might link nowhere.
 */
export function gitTracked(): (root: string, repoPath: string) => boolean {
  const cache = new Map<string, Set<string> | undefined>();
  return (root, repoPath) => {
    if (!cache.has(root)) cache.set(root, list(root));
    const files = cache.get(root);
    return files !== undefined && files.has(repoPath);
  };
}

function list(root: string): Set<string> | undefined {
  try {
    // -z: names as they are (no C-quoting of unusual bytes); paths are relative to root.
    const out = execFileSync('git', ['-C', root, 'ls-files', '-z'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    return new Set(out.split('\0').filter(Boolean));
  } catch {
    return undefined;
  }
}
