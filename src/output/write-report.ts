import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { describeSystemError } from '../input/errors.js';
import { Gatherer } from './gather.js';

/** A report file that could not be written, as one line (`no space left on device`). */
export class WriteError extends Error {
  override readonly name = 'WriteError';
}

function describeWrite(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOSPC': return 'no space left on device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EROFS': return 'read-only file system';
    case 'ENOENT': return 'no such directory';
    case 'EISDIR': return 'is a directory';
    case 'EFBIG': return 'file too large';
    case 'EIO': return 'input/output error';
    default: return describeSystemError(error);
  }
}

/**
 * Writes a report (`-o FILE`) so that the file holds either the whole new report or what it held
 * before, never a partial one: the text goes to a temporary file beside it, is flushed to disk, and
 * is renamed over the name (two logcheck runs writing one file cannot interleave either). A file
 * that exists and may not be written keeps its contents and is an error, as for `cp`. A name that is
 * not a regular file (`/dev/stdout`, a FIFO, `/dev/full`) is written in place: renaming over a
 * device would replace it.
 */
export async function writeReport(file: string, text: string): Promise<void> {
  const report = await openReport(file);
  try {
    await report.write(text);
  } catch (error) {
    await report.discard();
    throw error;
  }
  await report.commit();
}

/** A report written piece by piece as the run goes (`-o FILE` of a streaming format). */
export interface ReportFile {
  write(text: string): Promise<void>;
  /** The whole report is written: it replaces the file (flushed to disk first). */
  commit(): Promise<void>;
  /** Writing failed: the file keeps what it held before; the temporary file is removed. */
  discard(): Promise<void>;
}

/**
 * Opens `file` for a report written in pieces, with writeReport's guarantees: the pieces go to a
 * temporary file beside it, renamed over the name only by `commit`, so that a full disk, a crash or a
 * kill in the middle of 10,000 logs leaves the old file (and, at worst, a `.NAME.PID.RANDOM.tmp`
 * beside it after a kill), never half a report. A name that is not a regular file is written in place.
 */
export async function openReport(file: string): Promise<ReportFile> {
  return gathered(await openUnbuffered(file));
}

/** Small pieces (one log's findings) gathered into writes of 256 KiB, as bytes (output/gather.ts says why). */
function gathered(file: Unbuffered): ReportFile {
  const gather = new Gatherer(256 * 1024);
  // The buffer is filled again only once its bytes are written: each write waits for the one before.
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    if (!gather.empty) await file.write(gather.take());
  };
  return {
    write: (text) => {
      writing = writing.then(async () => {
        if (gather.add(text)) return;
        await flush();
        if (!gather.add(text)) await file.write(text);
      });
      return writing;
    },
    commit: async () => { await writing; await flush(); await file.commit(); },
    discard: async () => { await writing.catch(() => undefined); await file.discard(); },
  };
}

/** A report file that writes each piece as it is given (bytes or text). */
interface Unbuffered extends Omit<ReportFile, 'write'> {
  write(data: string | Uint8Array): Promise<void>;
}

async function openUnbuffered(file: string): Promise<Unbuffered> {
  let target = file;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new WriteError('is a directory');
    if (!stat.isFile()) return await inPlace(file);
    await fs.access(file, constants.W_OK);
    // A symbolic link stays one: the file it points to is replaced.
    target = await fs.realpath(file);
  } catch (error) {
    if (error instanceof WriteError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteError(describeWrite(error));
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o666);
  } catch (error) {
    throw new WriteError(describeWrite(error));
  }
  const opened = handle;
  const fail = async (error: unknown): Promise<never> => {
    await opened.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error instanceof WriteError ? error : new WriteError(describeWrite(error));
  };
  return {
    write: async (text) => {
      try {
        await opened.writeFile(text);
      } catch (error) {
        await fail(error);
      }
    },
    commit: async () => {
      try {
        await opened.sync();
        await opened.close();
        await fs.rename(temp, target);
      } catch (error) {
        await fail(error);
      }
    },
    discard: async () => {
      await opened.close().catch(() => undefined);
      await fs.unlink(temp).catch(() => undefined);
    },
  };
}

/** A device or a FIFO (`/dev/stdout`, `/dev/full`): written as the pieces come. */
async function inPlace(file: string): Promise<Unbuffered> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'w');
  } catch (error) {
    throw new WriteError(describeWrite(error));
  }
  const fail = async (error: unknown): Promise<never> => {
    await handle.close().catch(() => undefined);
    throw new WriteError(describeWrite(error));
  };
  return {
    write: async (text) => { try { await handle.writeFile(text); } catch (error) { await fail(error); } },
    commit: async () => { try { await handle.close(); } catch (error) { await fail(error); } },
    discard: async () => { await handle.close().catch(() => undefined); },
  };
}

/**
 * Appends to a file other steps write too (`$GITHUB_STEP_SUMMARY`): in one write, and if that fails
 * (a full disk) the file is cut back to where it was, so the next step's summary does not follow half
 * of ours.
 */
export async function appendReport(file: string, text: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  let size: number | undefined;
  try {
    handle = await fs.open(file, 'a');
    const stat = await handle.stat();
    if (stat.isFile()) size = stat.size;
    await handle.writeFile(text);
    await handle.close();
  } catch (error) {
    if (handle !== undefined && size !== undefined) await handle.truncate(size).catch(() => undefined);
    await handle?.close().catch(() => undefined);
    throw new WriteError(describeWrite(error));
  }
}
