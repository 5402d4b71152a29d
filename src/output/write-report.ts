import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { describeSystemError } from '../input/errors.js';

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
  let target = file;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new WriteError('is a directory');
    if (!stat.isFile()) return await writeInPlace(file, text);
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
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw new WriteError(describeWrite(error));
  }
}

async function writeInPlace(file: string, text: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'w');
    await handle.writeFile(text);
    await handle.close();
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw new WriteError(describeWrite(error));
  }
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
