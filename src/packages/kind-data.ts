/**
 * One kind's index, read from its block file (src/packages/index-file.ts): the compressed file stays
 * in memory (1.5 MB for headers, the largest), and a lookup decompresses only the block that can
 * hold its key. A few decompressed blocks are kept, most recently used last, so the lookups one
 * finding makes (a key, then its neighbours; header.idx's `#pc` row) decompress each block once.
 */
import { brotliDecompressSync } from 'node:zlib';
import { basenameHashesOf, filterOf, hashOf, mayHold } from './basename-filter.js';
import { readDirectory, type BlockEntry } from './index-file.js';

/** Decompressed blocks kept per kind: 4 × 64 KiB. */
const KEPT_BLOCKS = 4;

const bad = (s: string): boolean => !s || s.includes('\n') || s.includes('\t');
const NL = 0x0a;
const TAB = 0x09;

/** The first line of `block` at or after `from` (a line start) that starts with `needle`, or -1. */
function lineWith(block: Buffer, needle: Buffer, lineNeedle: Buffer, from: number): number {
  if (from === 0 && block.length >= needle.length && block.compare(needle, 0, needle.length, 0, needle.length) === 0) return 0;
  const at = block.indexOf(lineNeedle, Math.max(0, from - 1));
  return at < 0 ? -1 : at + 1;
}

/**
 * Blocks are kept and searched as bytes, and what a lookup returns is decoded from them: a fresh
 * string. A substring of a block's text would be a V8 sliced string that keeps the whole 64 KiB text
 * alive for as long as lookupPackages remembers the answer (10,000 answers in a long run).
 */
export class KindData {
  /** Blocks decompressed so far (the tests and scripts/bench-package-index.ts count them). */
  inflated = 0;
  private readonly kept = new Map<number, Buffer>();

  private constructor(readonly suite: string, readonly release: string, readonly date: string, private readonly file: Buffer, private readonly blocks: readonly BlockEntry[]) {}

  /** The data of a format 2 file, or null when it is not one (see readDirectory). */
  static open(file: Buffer): KindData | null {
    try {
      const dir = readDirectory(file, (d) => brotliDecompressSync(d, { maxOutputLength: Math.max(1, 64 * d.length + 4096) }));
      return dir ? new KindData(dir.fields.suite, dir.fields.release, dir.fields.date, file, dir.blocks) : null;
    } catch {
      return null;
    }
  }

  /** How many blocks the file has. */
  get blockCount(): number {
    return this.blocks.length;
  }

  /** The stored value of `key` (`pkg pkg virtual=provider[<TAB>via]`), or undefined. */
  get(key: string): string | undefined {
    if (bad(key)) return undefined;
    const i = this.blockOf(key);
    if (i < 0) return undefined;
    const block = this.block(i);
    const needle = Buffer.from(`${key}\t`);
    const at = lineWith(block, needle, Buffer.from(`\n${key}\t`), 0);
    if (at < 0) return undefined;
    const start = at + needle.length;
    return block.toString('utf8', start, block.indexOf(NL, start));
  }

  /** Every key that starts with `prefix`, in key order: one run of keys, so of consecutive blocks. */
  keysStartingWith(prefix: string): string[] {
    const out: string[] = [];
    if (bad(prefix)) return out;
    const needle = Buffer.from(prefix);
    const lineNeedle = Buffer.from(`\n${prefix}`);
    const first = Math.max(0, this.blockOf(prefix));
    // A block whose first key is past `prefix` and does not start with it holds no key of the run
    // (it sorts after every string that starts with `prefix`), nor does any block after it.
    for (let i = first; i < this.blocks.length && (i === first || this.blocks[i]!.firstKey.startsWith(prefix)); i++) {
      const block = this.block(i);
      for (let at = lineWith(block, needle, lineNeedle, 0); at >= 0; at = lineWith(block, needle, lineNeedle, at + 1)) out.push(block.toString('utf8', at, block.indexOf(TAB, at)));
    }
    return out;
  }

  /** Every key that ends with `suffix` (which starts with `/`), in key order. */
  keysEndingWith(suffix: string): string[] {
    return this.entriesEndingWith(suffix).map(([k]) => k);
  }

  /**
   * Every key that ends with `suffix`, with its value, in key order. Reads every block, one at a time,
   * dropping each: rare (a header not at its exact path) and lookupPackages remembers the answer.
   * Each block is searched as a latin1 string of its bytes (offsets are byte offsets), not as the
   * Buffer: the strings are allocated on V8's young heap, whose collections also free the Buffers'
   * memory; searching the Buffers alone left every one of them (15 MB for headers) until an old-space
   * collection, as RSS (measured: +15-28 MB peak RSS per pass searching Buffers, +3 MB as strings).
   */
  entriesEndingWith(suffix: string): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    if (bad(suffix)) return out;
    const needle = Buffer.from(`${suffix}\t`).toString('latin1');
    // After the first search, only the blocks that hold a key of this last path component (by hash).
    // (Only for a suffix that starts with `/`: then a key ending with it has that last component.)
    const base = suffix.startsWith('/') ? Buffer.from(suffix.slice(suffix.lastIndexOf('/') + 1)).toString('latin1') : '';
    const filters = base === '' ? undefined : this.basenames;
    const wanted = filters === undefined ? -1 : hashOf(base, 0, base.length);
    const build = base !== '' && filters === undefined ? [] as Uint8Array[] : undefined;
    for (let i = 0; i < this.blocks.length; i++) {
      if (filters !== undefined && !mayHold(filters[i]!, wanted)) continue;
      const block = this.kept.get(i) ?? this.raw(i);
      const text = block.toString('latin1');
      if (build !== undefined) build.push(filterOf(basenameHashesOf(text)));
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const start = text.lastIndexOf('\n', at) + 1;
        if (text.indexOf('\t', start) < at + needle.length - 1) continue; // in a value, not at the end of a key
        const valueStart = at + needle.length;
        out.push([block.toString('utf8', start, valueStart - 1), block.toString('utf8', valueStart, text.indexOf('\n', valueStart))]);
      }
    }
    if (build !== undefined) this.basenames = build;
    return out;
  }

  /**
   * By block: a Bloom filter of its keys' last path components (packages/basename-filter.ts), from
   * the shipped filter file (useBasenameFilters) or made by the first suffix search, which then reads
   * every block. A header found by its name alone (`glib.h` under `glib-2.0/`) is the common case of a
   * missing header: a search then decompresses the one or few blocks that can hold it, not all 233.
   */
  private basenames: Uint8Array[] | undefined;

  /** The filters of this file's blocks (data/packages/<kind>.bloom, checked against this file by the caller). */
  useBasenameFilters(filters: Uint8Array[]): void {
    if (filters.length === this.blocks.length) this.basenames = filters;
  }

  /** Each block's text in order, decompressed one at a time and not kept (checks, the converter). */
  *blockTexts(): Generator<{ firstKey: string; text: string }> {
    for (let i = 0; i < this.blocks.length; i++) yield { firstKey: this.blocks[i]!.firstKey, text: this.raw(i).toString('utf8') };
  }

  /** The block that holds `key` if any does: the last whose first key is <= key; -1 before the first. */
  private blockOf(key: string): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.blocks[mid]!.firstKey <= key) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Block `i`, from the kept ones or decompressed (then kept, the least recently used dropped). */
  private block(i: number): Buffer {
    const hit = this.kept.get(i);
    if (hit !== undefined) {
      this.kept.delete(i);
      this.kept.set(i, hit);
      return hit;
    }
    const block = this.raw(i);
    this.kept.set(i, block);
    if (this.kept.size > KEPT_BLOCKS) this.kept.delete(this.kept.keys().next().value!);
    return block;
  }

  /** Block `i` decompressed; an empty buffer when it does not decompress to its stated size (a damaged file answers nothing). */
  private raw(i: number): Buffer {
    const b = this.blocks[i]!;
    this.inflated++;
    try {
      // One output buffer of the block's size (+1: a full buffer makes zlib allocate one more to look
      // for further output), where the default 16 KiB chunks would be allocated, then concatenated.
      const out = brotliDecompressSync(this.file.subarray(b.offset, b.offset + b.bytes), { maxOutputLength: b.rawBytes, chunkSize: Math.max(64, b.rawBytes + 1) });
      return out.length === b.rawBytes && out[out.length - 1] === 0x0a ? out : Buffer.alloc(0);
    } catch {
      return Buffer.alloc(0);
    }
  }
}
