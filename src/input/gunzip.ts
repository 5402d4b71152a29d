import { Transform, type TransformCallback } from 'node:stream';
import { createInflateRaw, crc32, type InflateRaw } from 'node:zlib';

/**
 * gzip, member by member, as `gzip -dc` reads it (gzip 1.12, unzip.c / gzip.c `get_method`): any number
 * of members one after another, zero bytes after the last ignored, other bytes after it ignored with a
 * warning ("decompression OK, trailing garbage ignored"). Node's Gunzip instead fails on such bytes and
 * drops the output of the whole chunk that held them: the end of the log, where the failure is.
 * Each member's deflate data goes through zlib's raw inflate; its CRC-32 and length are checked.
 */
export class GzipMembers extends Transform {
  private held: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  private state: 'header' | 'body' | 'trailer' | 'ignore' = 'header';
  private inflater: InflateRaw | undefined;
  /** Input bytes written to the current inflater. */
  private fed = 0;
  private crc = 0;
  private size = 0;
  private members = 0;
  private trailing = 0;
  private garbage = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.held = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
    this.step(done);
  }

  override _flush(done: TransformCallback): void {
    if (this.state === 'body' || this.state === 'trailer' || (this.state === 'header' && this.members === 0)) {
      done(Object.assign(new Error('unexpected end of file'), { code: 'Z_BUF_ERROR' }));
      return;
    }
    if (this.state === 'header' && this.held.length > 0) this.noteTrailing(this.held);
    if (this.garbage) this.emit('input-warning', `${this.trailing} bytes after the end of the gzip data, ignored (as gzip -dc does)`);
    done();
  }

  private step(done: TransformCallback): void {
    for (;;) {
      if (this.state === 'ignore') { this.noteTrailing(this.held); this.held = Buffer.alloc(0); done(); return; }
      if (this.state === 'header') {
        if (this.held.length === 0) { done(); return; }
        if (this.members > 0 && (this.held[0] !== 0x1f || (this.held.length > 1 && this.held[1] !== 0x8b))) {
          this.state = 'ignore';
          continue;
        }
        const length = headerLength(this.held);
        if (length === undefined) { done(); return; }
        if (length < 0) { done(Object.assign(new Error('not gzip data'), { code: 'Z_DATA_ERROR' })); return; }
        this.held = this.held.subarray(length);
        this.startMember();
        continue;
      }
      if (this.state === 'trailer') {
        if (this.held.length < 8) { done(); return; }
        const crc = this.held.readUInt32LE(0);
        const size = this.held.readUInt32LE(4);
        if (crc !== this.crc >>> 0 || size !== this.size % 2 ** 32) {
          done(Object.assign(new Error('incorrect data check'), { code: 'Z_DATA_ERROR' }));
          return;
        }
        this.held = this.held.subarray(8);
        this.members++;
        this.state = 'header';
        continue;
      }
      // body
      const piece = this.held;
      this.held = Buffer.alloc(0);
      const inflater = this.inflater!;
      const before = this.fed;
      this.fed += piece.length;
      inflater.write(piece, (error) => {
        if (error) { done(error); return; }
        const used = inflater.bytesWritten - before;
        if (used < piece.length) {
          // The member's deflate data ended inside this piece: the rest is its trailer and what follows.
          this.endMember(piece.subarray(used), done);
          return;
        }
        done();
      });
      return;
    }
  }

  private startMember(): void {
    this.state = 'body';
    this.crc = 0;
    this.size = 0;
    this.fed = 0;
    const inflater = createInflateRaw();
    inflater.on('data', (data: Buffer) => {
      this.crc = crc32(data, this.crc);
      this.size += data.length;
      this.push(data);
    });
    this.inflater = inflater;
  }

  private endMember(rest: Buffer<ArrayBufferLike>, done: TransformCallback): void {
    const inflater = this.inflater!;
    this.inflater = undefined;
    // Output still queued in the inflater comes before 'end'.
    const finish = (): void => {
      this.state = 'trailer';
      this.held = rest;
      this.step(done);
    };
    if (inflater.readableEnded) finish();
    else inflater.once('end', finish);
    inflater.end();
  }

  private noteTrailing(bytes: Buffer): void {
    this.trailing += bytes.length;
    if (!this.garbage && bytes.some((b) => b !== 0)) this.garbage = true;
  }
}

/** The length of the gzip member header at the start of `b` (RFC 1952), undefined if not all there yet, -1 if bad. */
function headerLength(b: Buffer): number | undefined {
  if (b.length < 10) return undefined;
  if (b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) return -1;
  const flags = b[3]!;
  let at = 10;
  if (flags & 4) {
    if (b.length < at + 2) return undefined;
    at += 2 + b.readUInt16LE(at);
  }
  for (const bit of [8, 16]) {
    if (flags & bit) {
      const zero = b.indexOf(0, at);
      if (zero === -1) return undefined;
      at = zero + 1;
    }
  }
  if (flags & 2) at += 2;
  return b.length < at ? undefined : at;
}
