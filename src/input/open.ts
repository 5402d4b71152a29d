import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, statSync } from 'node:fs';
import { FileStream } from './file-stream.js';
import type { Readable } from 'node:stream';
import { decompress, detectCompression, type Compression } from './decompress.js';
import { InputError, describeSystemError } from './errors.js';

export interface OpenedInput {
  readonly label: string;
  readonly stream: Readable;
  readonly compression: Compression;
  /** Size on disk (compressed), when known: for progress. */
  readonly size?: number;
  /** Bytes read from the file so far (compressed), for progress. */
  readonly bytesRead?: () => number;
}

/** Opens a file (or `-` for stdin) for reading as a log; errors are InputErrors with one line of text. */
export async function openInput(path: string, stdin: Readable = process.stdin, label?: string): Promise<OpenedInput> {
  if (path === '-') {
    const head = await peek(stdin, 6);
    const compression = detectCompression(head);
    return { label: label ?? '<stdin>', stream: decompress(stdin, compression), compression };
  }
  const regular = openRegular(path, label);
  if (regular !== undefined) return regular;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    throw new InputError(describeSystemError(error));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(describeSystemError({ code: 'EISDIR' }));
    if (!stat.isFile()) {
      // A FIFO or a device: `logcheck <(pbuilder build x.dsc 2>&1)`, `/dev/stdin`. It cannot seek, so
      // it is sniffed like stdin, and read asynchronously so that a slow writer never blocks us.
      const stream = handle.createReadStream({ highWaterMark: 64 * 1024 });
      const compression = detectCompression(await peek(stream, 6));
      return { label: label ?? path, stream: decompress(stream, compression), compression };
    }
    const head = Buffer.alloc(6);
    const { bytesRead } = await handle.read(head, 0, 6, 0);
    const compression = detectCompression(head.subarray(0, bytesRead));
    await handle.close();
    const stream = new FileStream(path);
    return { label: label ?? path, stream: decompress(stream, compression), compression, size: stat.size, bytesRead: () => stream.bytesRead };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error instanceof InputError ? error : new InputError(describeSystemError(error));
  }
}

/**
 * A regular file opened, sniffed and handed to FileStream with synchronous calls: the asynchronous
 * open, stat, read and close below cost four thread-pool round trips per file, 12% of the CPU profile
 * of a run over 1,000 small logs. Anything but a regular file, or any error, is left to the asynchronous
 * path, which says what went wrong. A named pipe is never opened here: stat first. (Opening one, even
 * with O_NONBLOCK, lets its writer's open return; closing it again then left the writer's first writes
 * without a reader, EPIPE, until the asynchronous open: a test of a FIFO written in two parts lost them
 * under load.) O_NONBLOCK stays for a file replaced by a FIFO between the two calls.
 */
function openRegular(path: string, label: string | undefined): OpenedInput | undefined {
  let fd: number;
  try {
    if (!statSync(path).isFile()) return undefined;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      closeSync(fd);
      return undefined;
    }
    const head = Buffer.alloc(6);
    const n = readSync(fd, head, 0, 6, 0);
    const compression = detectCompression(head.subarray(0, n));
    const stream = new FileStream(path, fd, stat.size);
    return { label: label ?? path, stream: decompress(stream, compression), compression, size: stat.size, bytesRead: () => stream.bytesRead };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

/** Reads up to `n` bytes from a paused stream and puts them back, to sniff magic bytes. */
async function peek(stream: Readable, n: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const tryRead = (): void => {
      const chunk = stream.read() as Buffer | null;
      if (chunk !== null) {
        cleanup();
        stream.unshift(chunk);
        resolve(chunk.subarray(0, n));
      }
    };
    const onEnd = (): void => { cleanup(); resolve(new Uint8Array(0)); };
    // Already ended (read before): nothing will come, and no event either.
    if (stream.readableEnded) { resolve(new Uint8Array(0)); return; }
    const onError = (error: Error): void => { cleanup(); reject(new InputError(describeSystemError(error))); };
    const cleanup = (): void => {
      stream.off('readable', tryRead);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    stream.on('readable', tryRead);
    stream.once('end', onEnd);
    stream.once('error', onError);
    tryRead();
  });
}
