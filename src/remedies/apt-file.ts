/**
 * `apt-file search --regexp` takes a POSIX extended regex: the dots and pluses of a file name
 * (`libstdc++.so`, `python3.11`) must be escaped to match themselves.
 */
export function aptFileRegex(text: string): string {
  return text.replace(/[.+]/g, '\\$&');
}
