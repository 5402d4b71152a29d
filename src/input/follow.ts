import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { sessionEnd } from './session-end.js';

export interface FollowOptions {
  /** How often the file is looked at for new bytes (default 200 ms). */
  readonly pollMs?: number;
  /** After a `settling` end line, how long nothing more may come before the session counts as over (default 1.5 s). */
  readonly settleMs?: number;
}

const CHUNK = 64 * 1024;

/**
 * `--follow FILE`: a growing log (pbuilder's `--logfile`, sbuild's `.build`) read as `tail -F` reads it:
 * from its start, waiting for the file if it is not there yet, then for new bytes; reopened from the
 * start when it is replaced (a new inode: the next build's log) or truncated. The stream ends at the
 * builder's end-of-session line (session-end.ts), so the report comes without a pipe; an interrupt
 * (SIGINT) ends it earlier, through `destroy`.
 */
export function followFile(path: string, options: FollowOptions = {}): Readable {
  const pollMs = options.pollMs ?? 200;
  const settleMs = options.settleMs ?? 1500;
  let fd: number | undefined;
  let ino: number | undefined;
  let offset = 0;
  let timer: NodeJS.Timeout | undefined;
  let line = '';
  let settlingSince: number | undefined;
  let ended = false;

  const close = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  const stream = new Readable({
    read() { /* bytes are pushed as they come */ },
    destroy(error, callback) {
      if (timer) clearTimeout(timer);
      close();
      callback(error);
    },
  });

  const open = (): boolean => {
    try {
      fd = openSync(path, 'r');
      ino = fstatSync(fd).ino;
      offset = 0;
      return true;
    } catch {
      return false;
    }
  };

  /** Scans new bytes for whole lines and the builder's last line. */
  const scan = (bytes: Buffer): void => {
    let start = 0;
    for (let nl = bytes.indexOf(10); nl !== -1; nl = bytes.indexOf(10, start)) {
      // Only the start of a long line matters to the end test.
      const piece = line + bytes.toString('utf8', start, Math.min(nl, start + 512));
      line = '';
      start = nl + 1;
      const end = sessionEnd(piece);
      if (end === 'final') ended = true;
      settlingSince = end === 'settling' ? Date.now() : undefined;
    }
    if (start < bytes.length && line.length < 512) line += bytes.toString('utf8', start, Math.min(bytes.length, start + 512));
  };

  const tick = (): void => {
    timer = undefined;
    let more = false;
    if (stream.destroyed) return;
    if (fd === undefined && !open()) { timer = setTimeout(tick, pollMs); return; }
    try {
      // Replaced (a new build's log under the same name) or truncated: start again from its beginning.
      const byName = statSync(path, { throwIfNoEntry: false });
      if (byName !== undefined && byName.ino !== ino) { close(); if (!open()) { timer = setTimeout(tick, pollMs); return; } }
      else if (fstatSync(fd!).size < offset) offset = 0;
      let grew = false;
      for (;;) {
        // The checker is behind: wait for it rather than hold the whole file in memory.
        if (stream.readableLength >= stream.readableHighWaterMark) { more = true; break; }
        const buffer = Buffer.allocUnsafe(CHUNK);
        const n = readSync(fd!, buffer, 0, CHUNK, offset);
        if (n === 0) break;
        offset += n;
        grew = true;
        const bytes = buffer.subarray(0, n);
        scan(bytes);
        stream.push(bytes);
        if (ended) break;
      }
      if (ended || (!grew && settlingSince !== undefined && Date.now() - settlingSince >= settleMs)) {
        close();
        stream.push(null);
        return;
      }
    } catch (error) {
      stream.destroy(error as Error);
      return;
    }
    timer = setTimeout(tick, more ? 5 : pollMs);
  };
  tick();
  return stream;
}
