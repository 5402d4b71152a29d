import { spawn } from 'node:child_process';
import { PassThrough, type Readable } from 'node:stream';
import { InputError } from './errors.js';
import { GzipMembers } from './gunzip.js';

export type Compression = 'gzip' | 'xz' | 'zstd' | 'bzip2' | 'none';

/** Compression by magic bytes, never by file name: a `.log` may be gzipped and a `.gz` may not be. */
export function detectCompression(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0xfd && head[1] === 0x37 && head[2] === 0x7a && head[3] === 0x58 && head[4] === 0x5a && head[5] === 0x00) return 'xz';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) return 'bzip2';
  return 'none';
}

const TOOLS: Record<Exclude<Compression, 'gzip' | 'none'>, { command: string; package: string }> = {
  xz: { command: 'xz', package: 'xz-utils' },
  zstd: { command: 'zstd', package: 'zstd' },
  bzip2: { command: 'bzip2', package: 'bzip2' },
};

/**
 * A stream of the decompressed bytes. gzip is read with Node's zlib, member by member (gunzip.ts); xz, zstd and
 * bzip2 go through the system tool, as Node 20 has no decoder for them.
 */
export function decompress(input: Readable, compression: Compression): Readable {
  if (compression === 'none') return input;
  if (compression === 'gzip') {
    const gunzip = new GzipMembers();
    // Its warning (bytes after the gzip data) reaches the line reader on the stream it reads.
    return input.pipe(gunzip).on('close', () => input.destroy());
  }
  const tool = TOOLS[compression];
  const child = spawn(tool.command, ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => { if (stderr.length < 400) stderr += text; });
  // The output ends only once the tool has exited: a truncated .xz makes `xz -dc` exit 1 after
  // writing all it could, and that must reach the reader as an error, not as a clean end.
  const out = new PassThrough();
  child.stdout.pipe(out, { end: false });
  input.pipe(child.stdin);
  child.stdin.on('error', () => undefined); // the tool stopped reading: its exit status says why
  // The reader stopped early (binary content, a read error, an interrupt): the tool would block for ever
  // writing into a pipe nobody reads, and keep logcheck from exiting. Stop it and let go of the input.
  let exited = false;
  child.on('exit', () => { exited = true; });
  out.on('close', () => {
    if (exited) return;
    input.unpipe(child.stdin);
    child.stdin.destroy();
    child.stdout.destroy();
    child.kill('SIGTERM');
    if (input !== process.stdin) input.destroy();
  });
  child.on('error', (error: NodeJS.ErrnoException) => {
    out.destroy(error.code === 'ENOENT'
      ? new InputError(`${compression}-compressed, and ${tool.command} is not installed (apt-get install ${tool.package})`)
      : error);
  });
  child.on('close', (code) => {
    if (code === 0) {
      out.end();
      return;
    }
    if (code === null) return; // killed: the 'error' handler or the reader already said why
    const said = stderr.trim().split('\n').pop()?.replace(/^[^:]*: \(stdin\): /, '') ?? '';
    out.destroy(new InputError(`${compression} data is damaged or truncated${said ? `: ${said}` : ''}`));
  });
  return out;
}
