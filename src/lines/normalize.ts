/**
 * Turns a raw log line into the text parsers read. Cheap literal gates come first: most lines
 * have no escape, no carriage return, no CI prefix and no ellipsis, and pay four `includes`.
 */

// pbuilder colours its lines even into files:
//   \x1b[0mI: mounting /proc filesystem\x1b[0m
// CSI sequences (colours, cursor moves, `\x1b[0K` erase-line from GitLab), OSC (titles, hyperlinks,
// ended by BEL or ST), and the other two-byte escapes (`\x1b(B`, `\x1b=`, `\x1bM`).
 
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[ -/]*[0-~]|[\x1b\x9b]/g;

// GitHub Actions raw log:   2025-07-04T14:32:14.5612144Z I: mounting /proc filesystem
const GITHUB_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;
// Jenkins timestamper:      [2025-07-04T14:32:14.561Z] I: mounting /proc filesystem
const JENKINS_TIMESTAMP = /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?\] /;
// Docker BuildKit plain progress:  #6 20.55 checking for sem_open... yes
const BUILDKIT_PREFIX = /^#\d+ \d+\.\d+ /;

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
  const first = text.charCodeAt(0);
  if (first === 35 /* # */) return text.replace(BUILDKIT_PREFIX, '');
  let rest = text;
  if (first === 91 /* [ */ && text.charCodeAt(5) === 45 /* - */) rest = text.replace(JENKINS_TIMESTAMP, '');
  else if (first >= 48 && first <= 57 && text.charCodeAt(4) === 45 && text.charCodeAt(10) === 84 /* T */) rest = text.replace(GITHUB_TIMESTAMP, '');
  // `docker build` in a GitHub Actions job: 2025-07-04T14:32:14.5612144Z #6 20.55 checking for sem_open... yes
  return rest !== text && rest.charCodeAt(0) === 35 ? rest.replace(BUILDKIT_PREFIX, '') : rest;
}

export function normalizeLine(raw: string): string {
  let text = stripEscapes(raw);
  if (text.includes('\r')) text = lastRedraw(text);
  text = stripCiPrefix(text);
  // The 2013 transcript in the seed was pasted through a word processor:  checking for sem_unlink… yes
  if (text.includes('\u2026')) text = text.replaceAll('\u2026', '...');
  return text;
}
