/**
 * Per block of an index file, a Bloom filter of its keys' last path components, so that a search for
 * the keys that end in `/<name>` (a header found by its name alone: `glib.h` under `glib-2.0/`)
 * decompresses only the few blocks that can hold one. Built from the index file at build time
 * (scripts/build-basename-filters.ts) into data/packages/<kind>.bloom; without it the first such search
 * reads every block and hashes every key (233 blocks and 284,047 keys for headers: 150-200 ms of CPU
 * in every run that looks up a header not at its exact path).
 *
 *   logcheck-basename-filters/1<TAB>source=<sha256 of the index file, 24 hex><TAB>blocks=233<TAB>bits=10\n
 *   then per block: its filter's length in bytes (uint32 LE) and the filter
 *
 * 10 bits a key and 3 probes: about 1% false positives, so a search reads 2-3 blocks it did not need
 * besides the ones that hold a match. The filter belongs to one index file: another one (a rebuilt
 * index) is answered without it.
 */
import { createHash } from 'node:crypto';

export const FILTER_FORMAT = 'logcheck-basename-filters/1';
const BITS_PER_KEY = 10;
const PROBES = 3;

/** FNV-1a over the code units text[from, to) (latin1: bytes). */
export function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finalizer: the second hash of double hashing, from the first (odd, so every probe differs). */
function mix(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) | 1) >>> 0;
}

/** The hash of the last path component of every key in a block's text (lines `key<TAB>value`, latin1). */
export function basenameHashesOf(text: string): number[] {
  const hashes: number[] = [];
  for (let start = 0; start < text.length;) {
    const tab = text.indexOf('\t', start);
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (tab >= 0 && tab < end) {
      const slash = text.lastIndexOf('/', tab);
      hashes.push(hashOf(text, slash >= start ? slash + 1 : start, tab));
    }
    start = end + 1;
  }
  return hashes;
}

/** A Bloom filter of these hashes. */
export function filterOf(hashes: readonly number[]): Uint8Array {
  const bytes = Math.max(8, Math.ceil((hashes.length * BITS_PER_KEY) / 8));
  const filter = new Uint8Array(bytes);
  const m = bytes * 8;
  for (const h of hashes) {
    const step = mix(h);
    for (let k = 0; k < PROBES; k++) {
      const bit = (h + k * step) % m;
      filter[bit >>> 3]! |= 1 << (bit & 7);
    }
  }
  return filter;
}

/** Whether the filter may hold `h` (false: certainly not). */
export function mayHold(filter: Uint8Array, h: number): boolean {
  const m = filter.length * 8;
  const step = mix(h);
  for (let k = 0; k < PROBES; k++) {
    const bit = (h + k * step) % m;
    if ((filter[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/** The 24 hex digits that tie a filter file to its index file. */
export function sourceId(indexFile: Buffer): string {
  return createHash('sha256').update(indexFile).digest('hex').slice(0, 24);
}

/** The filter file for `indexFile`, from its blocks' texts (latin1) in order. */
export function encodeFilters(indexFile: Buffer, blockTexts: Iterable<string>): Buffer {
  const parts: Buffer[] = [];
  let blocks = 0;
  for (const text of blockTexts) {
    const filter = filterOf(basenameHashesOf(text));
    const size = Buffer.alloc(4);
    size.writeUInt32LE(filter.length);
    parts.push(size, Buffer.from(filter.buffer, filter.byteOffset, filter.byteLength));
    blocks++;
  }
  const head = `${FILTER_FORMAT}\tsource=${sourceId(indexFile)}\tblocks=${blocks}\tbits=${BITS_PER_KEY}\n`;
  return Buffer.concat([Buffer.from(head), ...parts]);
}

/** The filters in `file` when it is the filter file of `indexFile` with `blocks` blocks; undefined otherwise. */
export function decodeFilters(file: Buffer, indexFile: Buffer, blocks: number): Uint8Array[] | undefined {
  const nl = file.subarray(0, 256).indexOf(0x0a);
  if (nl < 0) return undefined;
  const head = file.toString('latin1', 0, nl).split('\t');
  if (head[0] !== FILTER_FORMAT || !head.includes(`source=${sourceId(indexFile)}`) || !head.includes(`blocks=${blocks}`)) return undefined;
  const out: Uint8Array[] = [];
  let at = nl + 1;
  for (let i = 0; i < blocks; i++) {
    if (at + 4 > file.length) return undefined;
    const size = file.readUInt32LE(at);
    at += 4;
    if (size === 0 || at + size > file.length) return undefined;
    out.push(file.subarray(at, at + size));
    at += size;
  }
  return at === file.length ? out : undefined;
}
