/**
 * Turns a raw log line into the text parsers read. Cheap literal gates come first: most lines
 * have no escape, no carriage return, no CI prefix and no ellipsis, and pay four `includes`.
 */

// pbuilder colours its lines even into files:
//   \x1b[0mI: mounting /proc filesystem\x1b[0m
// CSI sequences (colours, cursor moves, `\x1b[0K` erase-line from GitLab), OSC (titles, hyperlinks,
// ended by BEL or ST), and the other two-byte escapes (`\x1b(B`, `\x1b=`, `\x1bM`).
 
// Buildkite marks each line's time with an APC ended by BEL:  \x1b_bk;t=1625064000000\x07checking ...
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b\x07]*(?:\x07|\x1b\\)?|\x1b[ -/]*[0-~]|[\x1b\x9b]/g;

// GitHub Actions raw log:   2025-07-04T14:32:14.5612144Z I: mounting /proc filesystem
const GITHUB_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;
// Jenkins timestamper:      [2025-07-04T14:32:14.561Z] I: mounting /proc filesystem
const JENKINS_TIMESTAMP = /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?\] /;
// Docker BuildKit plain progress:  #6 20.55 checking for sem_open... yes
const BUILDKIT_PREFIX = /^#\d+ \d+\.\d+ /;
// GitLab runner ≥ 17 with timestamps (stream 00, O stdout / E stderr, + a continued line):
//   2024-05-21T12:34:56.123456Z 00O checking for sem_open... yes
//   2024-05-21T12:34:56.123456Z 01E+rest of a long line
const GITLAB_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z \d\d[OE]\+? ?/;
// Jenkins timestamper's default "system clock time" format:   17:18:52 checking for sem_open... yes
// (also with milliseconds:  17:18:52.123 ...)
const JENKINS_CLOCK = /^\d\d:\d\d:\d\d(?:\.\d{3})? /;
// Open Build Service (build time since start):   [   23s] checking for sem_open... yes
const OBS_PREFIX = /^\[ *\d+s\] /;
// Bamboo's build log download: level, date, time, then the line, tab-separated:
//   build	04-Jul-2025 14:32:14	checking for sem_open... yes      error	04-Jul-2025 14:32:14	E: ...
const BAMBOO_PREFIX = /^(?:build|error|simple|command)\t\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d\t/;
// Buildkite's timestamp marker, when the escape character was lost on the way:   _bk;t=1625064000000\x07text
const BUILDKITE_MARK = /^_bk;t=\d+\x07/;

// The colour codes pbuilder, dpkg and compilers write are plain SGR:  \x1b[0m  \x1b[1;33m
const SGR = /\x1b\[[0-9;]*m/g;

export function stripEscapes(text: string): string {
  if (text.includes('\x1b')) {
    // Most escapes are colours: remove those with a cheap pattern, the general one only if any remain.
    const plain = text.replace(SGR, '');
    return plain.includes('\x1b') || plain.includes('\x9b') ? plain.replace(ESCAPES, '') : plain;
  }
  return text.includes('\x9b') ? text.replace(ESCAPES, '') : text;
}

/**
 * A line with bare carriage returns is a progress display redrawn in place:
 *   (Reading database ... \r(Reading database ... 5%\r ... (Reading database ... 12437 files ...)\r
 * A terminal shows the last non-empty segment, so that is what we read.
 */
function lastRedraw(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  // lastIndexOf treats a negative start as 0, so stop explicitly at the beginning of the line.
  let start = end > 0 ? text.lastIndexOf('\r', end - 1) : -1;
  while (start >= 0) {
    const segment = text.slice(start + 1, end);
    if (segment.trim() !== '') return segment;
    end = start;
    start = end > 0 ? text.lastIndexOf('\r', end - 1) : -1;
  }
  return text.slice(0, end);
}

function stripCiPrefix(text: string): string {
  if (text.charCodeAt(0) === 35 /* # */) return text.replace(BUILDKIT_PREFIX, '');
  const rest = stripCiTimestamp(text);
  // `docker build` in a GitHub Actions job: 2025-07-04T14:32:14.5612144Z #6 20.55 checking for sem_open... yes
  return rest !== text && rest.charCodeAt(0) === 35 ? rest.replace(BUILDKIT_PREFIX, '') : rest;
}

/** A CI system's timestamp or marker at the start of a line (GitHub, GitLab, Jenkins, OBS, Bamboo, Buildkite). */
export function stripCiTimestamp(text: string): string {
  const first = text.charCodeAt(0);
  if (first === 91 /* [ */) {
    if (text.charCodeAt(5) === 45 /* - */) return text.replace(JENKINS_TIMESTAMP, '');
    return text.replace(OBS_PREFIX, '');
  }
  if (first >= 48 && first <= 57) {
    if (text.charCodeAt(4) === 45 && text.charCodeAt(10) === 84 /* T */) {
      // GitLab's stream marker after the timestamp, else GitHub's bare timestamp.
      const gitlab = text.replace(GITLAB_TIMESTAMP, '');
      return gitlab !== text ? gitlab : text.replace(GITHUB_TIMESTAMP, '');
    }
    if (text.charCodeAt(2) === 58 /* : */ && text.charCodeAt(5) === 58) return text.replace(JENKINS_CLOCK, '');
    return text;
  }
  if (first === 95 /* _ */) return text.replace(BUILDKITE_MARK, '');
  // build, error, simple, command: Bamboo's level words, then a tab.
  if ((first === 98 || first === 101 || first === 115 || first === 99) && text.includes('\t')) return text.replace(BAMBOO_PREFIX, '');
  return text;
}

export function normalizeLine(raw: string): string {
  let text = stripEscapes(raw);
  if (text.includes('\r')) text = lastRedraw(text);
  text = stripCiPrefix(text);
  // The 2013 transcript in the seed was pasted through a word processor:  checking for sem_unlink… yes
  if (text.includes('\u2026')) text = text.replaceAll('\u2026', '...');
  return text;
}
