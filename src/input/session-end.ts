import { normalizeLine } from '../lines/normalize.js';

/**
 * The last lines a builder writes to its log, for `--follow`: once one has been read, the session is
 * over and the report can be given.
 *
 * - `final`: nothing of interest can follow.
 * - `settling`: the session is over unless a known closing line comes at once (pbuilder writes the
 *   time after its clean-up only when the build succeeded), so it ends after a quiet moment.
 */
export type SessionEnd = 'final' | 'settling' | undefined;

// sbuild 0.85 (Sbuild/Build.pm, the Summary at the end of every build, failed or not):
//   Finished at 2026-11-21T02:35:11Z
//   Build needed 00:00:24, 52k disk space
const SBUILD_NEEDED = /^Build needed \d+:\d\d:\d\d, (?:\d+k|no) disk space$/;

export function sessionEnd(raw: string): SessionEnd {
  const text = normalizeLine(raw).trimEnd();
  if (text.startsWith('Build needed ') && SBUILD_NEEDED.test(text)) return 'final';
  // pbuilder 0.231 (pbuilder-modules, echobacktime, the last call of pbuilder-buildpackage on success):
  //   I: Current time: Sat Nov 21 01:59:59 UTC 2026
  //   I: pbuilder-time-stamp: 1795226399
  if (text.startsWith('I: pbuilder-time-stamp: ')) return 'final';
  // pbuilder 0.231 (pbuilder-modules, clean_subdirectories, from cleanbuildplace: the last line of a failed
  // build, and of a successful one but for the two time lines above):
  //   I: removing directory /var/cache/pbuilder/build/30667 and its subdirectories
  if (text.startsWith('I: removing directory ') && text.endsWith(' and its subdirectories')) return 'settling';
  // pbuilder 0.231 (cleanbuildplace, when a mount is left and nothing is removed):
  //   E: Something is still mounted under /var/cache/pbuilder/build/1234; unmount and remove /var/cache/pbuilder/build/1234 manually
  if (text.startsWith('E: Something is still mounted under ')) return 'settling';
  return undefined;
}
