import { createHash } from 'node:crypto';

/**
 * Stable fingerprints: the same problem in two runs of the same build gets the same fingerprint,
 * whatever the run's process ids, build places, temporary names, clock and path spelling. SARIF
 * (`partialFingerprints`), GitLab Code Quality (`fingerprint`), JUnit and baselines all key on it.
 *
 * Everything here is exported for the baseline code (issue 11) and library users: a finding's
 * fingerprint is `fingerprintOf(ruleId, source, evidenceTexts)`, numbered `:2`, `:3` when one log
 * repeats it (the Checker does that).
 */

/** What a variable part of a line is replaced by, and the sample line each pattern is for. */
const VOLATILE: readonly (readonly [RegExp, string])[] = [
  // pbuilder's build place is its pid (pbuilder 0.231 pbuilder-modules: BUILDPLACE="$BUILDPLACE/$$"):
  // W: No local /etc/mailname to copy, relying on /var/cache/pbuilder/build/28096/etc/mailname to be correct
  [/(\/pbuilder\/build\/)\d+(?=\/|\b)/g, '$1<pid>'],
  // sbuild's build directory is /build/<source package>-<random> (sbuild 0.85 Sbuild::Build: tempdir
  // "$pkg-XXXXXX" under /build), e.g. dpkg-source: info: extracting hello in /build/hello-Fk3G1a/hello-2.10
  // The random part is 6 letters or digits with at least one capital or digit: a plain
  // /build/shmprobe-1.0 (pbuilder's fixed place) keeps its name.
  [/(\/build\/[a-z0-9][a-z0-9+.]*-)(?=[A-Za-z0-9]{6}\/)(?=[a-z]{0,5}[A-Z0-9])[A-Za-z0-9]{6}(?=\/)/g, '$1<random>'],
  // mktemp and Python's tempfile names: /tmp/tmp.kX3bQ9ZJ1p (mktemp), /tmp/tmpk3j4_l2a (tempfile),
  // sbuild unshare's /tmp/tmp.sbuild.q8ZcLk2V7d, gcc's /tmp/ccA1b2C3.o
  [/(\/tmp\/)(?:tmp\.sbuild\.|tmp\.|tmp|cc)[A-Za-z0-9_]{6,}/g, '$1<tmp>'],
  // mktemp with a template (`mktemp /tmp/rt.XXXXXX`): FAIL: test_roundtrip (tmp /tmp/rt.9J5VZm)
  // and /tmp/rt.vnpfoz: six to sixteen letters and digits with a capital or a digit among them, or
  // exactly six lower-case letters (mktemp's default XXXXXX); /tmp/notes.txt keeps its name.
  [/(\/tmp\/[\w-]{1,64}\.)(?:(?=[a-z]{0,15}[A-Z0-9])[A-Za-z0-9]{6,16}|[a-z]{6})\b/g, '$1<tmp>'],
  // ISO 8601 times, as CI prefixes and sbuild write them: 2025-07-04T14:32:14.5612144Z, 2024-05-10 11:11:42+02:00
  [/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>'],
  // RFC 2822 dates, as sbuild's header and dpkg-parsechangelog print them: Mon, 01 Dec 2025 09:17:36 +0000
  [/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d? [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d(?: [+-]\d{4})?/g, '<time>'],
  // A bare clock time: I: pbuilder-time-stamp: 1733044656, make: *** [Makefile:3: all] Error 1 at 09:17:36
  [/\b\d\d:\d\d:\d\d(?:\.\d+)?\b/g, '<time>'],
  // pbuilder's epoch stamp: I: pbuilder-time-stamp: 1701423456
  [/(pbuilder-time-stamp: )\d+/g, '$1<time>'],
  // Addresses in crash reports and Python reprs: <multiprocessing.synchronize.Lock object at 0x7f3a2c1d5e80>
  [/\b0x[0-9a-fA-F]{6,16}\b/g, '<addr>'],
  // Process ids: E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4761 (apt-get)
  [/\b(process|pid|PID|Pid) \d+\b/g, '$1 <pid>'],
  // A program's pid in brackets, as syslog prints it: sbuild[48213]: ... (three digits or more:
  // make's `make[1]:` is its recursion depth, which does not change between runs)
  [/\b([A-Za-z][\w.-]*)\[\d{3,}\]:/g, '$1[<pid>]:'],
];

/** Evidence text with the parts that change from run to run replaced by placeholders. */
export function normalizeForFingerprint(text: string): string {
  let out = text.trim();
  for (const [pattern, replacement] of VOLATILE) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, replacement);
  }
  return out;
}

/**
 * One spelling per log path: `./x.log`, `x.log` and `a/../x.log` are the same log; backslashes are
 * slashes; temporary directories (`/tmp/tmp.kX3bQ9ZJ1p/build.log`) lose their random part. A label
 * such as `<stdin>` is kept.
 */
export function normalizeSourcePath(source: string): string {
  if (source.startsWith('<')) return source;
  let p = source.replaceAll('\\', '/');
  const absolute = p.startsWith('/');
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  p = `${absolute ? '/' : ''}${parts.join('/')}`;
  return normalizeForFingerprint(p) || '.';
}

/**
 * Stable across runs and line shifts: the rule, the log (normalised path) and the normalised text of
 * the lines that prove the finding, not where they are. 32 hex digits (sha256).
 */
export function fingerprintOf(ruleId: string, source: string, evidenceTexts: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(ruleId).update('\0').update(normalizeSourcePath(source));
  for (const text of evidenceTexts) hash.update('\0').update(normalizeForFingerprint(text));
  return hash.digest('hex').slice(0, 32);
}
