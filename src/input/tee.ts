import { Readable, type Writable } from 'node:stream';

export interface Tee {
  /** The same bytes, for the checker. Destroying it (a binary input, a bad gzip) does not stop the copy. */
  readonly branch: Readable;
  /** Settles when the input has ended and everything was handed to `out` (or `out` broke). */
  readonly done: Promise<void>;
}

/**
 * `--tee`: every chunk of `input` is written to `out` unchanged (the raw bytes, before any decoding or
 * decompression) and pushed to `branch` for checking. Reading waits while `out` is full (a slow
 * terminal, a pipe into `less`) or the checker is behind, so memory stays at a few chunks whatever
 * the size of the build output. The copy goes on to the end even when the checker gives up, so the
 * build output is never cut short by logcheck. The branch ends only after `out` has taken the last
 * byte, so that a summary printed afterwards on another stream comes after the last build line.
 */
export function teeTo(input: Readable, out: Writable): Tee {
  let outFull = false;
  let branchFull = false;
  let outBroken = false;
  const resume = (): void => {
    if (!outFull && !branchFull) input.resume();
  };
  const branch = new Readable({
    read() {
      if (branchFull) { branchFull = false; resume(); }
    },
    destroy(error, callback) {
      branchFull = false;
      resume();
      callback(error);
    },
  });
  const onDrain = (): void => { if (outFull) { outFull = false; resume(); } };
  const onOutError = (): void => { outBroken = true; onDrain(); };
  out.on('drain', onDrain);
  out.on('error', onOutError);

  const done = new Promise<void>((resolve) => {
    const finish = (error?: Error): void => {
      out.off('drain', onDrain);
      const end = (): void => {
        out.off('error', onOutError);
        if (!branch.destroyed) {
          if (error) branch.destroy(error);
          else branch.push(null);
        }
        resolve();
      };
      // An empty write's callback runs once every earlier write has been flushed.
      if (outBroken || out.destroyed) end();
      else out.write(Buffer.alloc(0), () => end());
    };
    input.on('end', () => finish());
    input.on('error', (error) => finish(error));
  });

  input.on('data', (chunk: Buffer) => {
    if (!outBroken && !out.write(chunk)) { outFull = true; input.pause(); }
    if (!branch.destroyed && !branch.push(chunk)) { branchFull = true; input.pause(); }
  });
  return { branch, done };
}
