import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Spool } from '../formatters/stream.js';
import { Gatherer } from './gather.js';

/** Bytes read back at a time: a string of a 1 MiB piece was made in V8's large-object space, kept until a full collection. */
const PIECE = 64 * 1024;

/**
 * A spool in a temporary file that has no name once it is open (unlinked at once: nothing is left
 * behind by a crash or a kill), so that what a format must give at the end (JSON's `diagnoses` of
 * 10,000 logs, SARIF's results) is not kept in memory. Each text is copied into a 64 KiB buffer as it
 * comes (output/gather.ts says why); read back in 64 KiB pieces.
 *
 * A write that fails (the temporary directory's disk is full: ENOSPC, EDQUOT, EIO) loses nothing: what
 * did not reach the file, and every text after it, is kept in memory and given after the file's part.
 */
export function fileSpool(dir: string = tmpdir()): Spool {
  const file = path.join(dir, `logcheck-spool-${process.pid}-${randomBytes(4).toString('hex')}`);
  let fd: number | undefined = openSync(file, 'wx+', 0o600);
  unlinkSync(file);
  const gather = new Gatherer(PIECE);
  let written = 0;
  // Set once a write failed: the bytes from there on.
  let memory: Buffer[] | undefined;
  const put = (bytes: Uint8Array): void => {
    let at = 0;
    try {
      while (at < bytes.length) {
        const n = writeSync(fd!, bytes, at, bytes.length - at, written);
        at += n;
        written += n;
      }
    } catch {
      memory = [Buffer.from(bytes.subarray(at))];
    }
  };
  const flush = (): void => {
    if (!gather.empty && fd !== undefined) put(gather.take());
  };
  // After a failed write: kept in memory (true).
  const keep = (text: string): boolean => {
    if (memory === undefined) return false;
    memory.push(Buffer.from(text, 'utf8'));
    return true;
  };
  return {
    write: (text) => {
      if (fd === undefined || keep(text) || gather.add(text)) return;
      flush();
      if (!keep(text) && !gather.add(text)) put(Buffer.from(text, 'utf8'));
    },
    drain: function* () {
      if (memory === undefined) flush();
      if (fd === undefined) return;
      const buffer = Buffer.allocUnsafe(PIECE);
      const decoder = new TextDecoder('utf-8');
      try {
        for (let at = 0; at < written;) {
          const n = readSync(fd, buffer, 0, Math.min(PIECE, written - at), at);
          if (n === 0) break;
          at += n;
          // A piece may end inside a character: the decoder keeps the rest for the next piece.
          yield decoder.decode(buffer.subarray(0, n), { stream: true });
        }
        for (const part of memory?.splice(0) ?? []) yield decoder.decode(part, { stream: true });
        const rest = decoder.decode();
        if (rest !== '') yield rest;
      } finally {
        closeSync(fd);
        fd = undefined;
      }
    },
  };
}
