/**
 * An error about the user's input or arguments: shown as one line, exit code 2, never a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Reading was stopped on purpose (SIGINT, SIGTERM): what was read is still reported. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`);
  }
}

/** A wrong command line: shown with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Node's system errors (ENOENT, EISDIR, EACCES, ...) as the one line a person wants to read. */
export function describeSystemError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory (give a file, or a glob such as "dir/**/*.log")';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'Z_BUF_ERROR': return 'truncated compressed data (unexpected end of file)';
    case 'Z_DATA_ERROR': return 'corrupt compressed data';
    default: return e instanceof Error ? e.message.split('\n')[0]! : String(error);
  }
}
