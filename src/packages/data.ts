/**
 * The shipped index files: data/packages/<kind>.br, brotli-compressed text written by
 * scripts/build-package-index.ts. First line: `logcheck-package-index/1<TAB>kind=..<TAB>suite=..<TAB>release=..<TAB>date=..`;
 * then one `key<TAB>pkg pkg ...` line per key, packages ranked (the first is the one to add), a virtual
 * package written `virtual=provider`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { PackageKind } from './extract.js';

export const DATA_FORMAT = 'logcheck-package-index/1';

/**
 * One kind's data, kept as the decompressed text: a lookup is one `indexOf` of `\nkey\t` (a few
 * milliseconds over the 12 MB of headers), so loading costs one decompression and no Map of
 * 280,000 entries.
 */
export class KindData {
  constructor(readonly suite: string, readonly release: string, readonly date: string, private readonly text: string) {}

  /** The stored value of `key` (`pkg pkg virtual=provider[<TAB>via]`), or undefined. */
  get(key: string): string | undefined {
    if (!key || key.includes('\n') || key.includes('\t')) return undefined;
    const needle = `\n${key}\t`;
    const at = this.text.indexOf(needle);
    if (at < 0) return undefined;
    const start = at + needle.length;
    const end = this.text.indexOf('\n', start);
    return this.text.slice(start, end < 0 ? undefined : end);
  }

  /** Every key that starts with `prefix` (the keys are sorted, so they are one run), in file order. */
  keysStartingWith(prefix: string): string[] {
    const out: string[] = [];
    if (!prefix || prefix.includes('\n') || prefix.includes('\t')) return out;
    const needle = `\n${prefix}`;
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) {
      const tab = this.text.indexOf('\t', at + 1);
      const nl = this.text.indexOf('\n', at + 1);
      if (tab < 0 || (nl >= 0 && nl < tab)) continue;
      out.push(this.text.slice(at + 1, tab));
    }
    return out;
  }

  /** Every key that ends with `suffix` (which starts with `/`), in file order. */
  keysEndingWith(suffix: string): string[] {
    const out: string[] = [];
    if (!suffix || suffix.includes('\n') || suffix.includes('\t')) return out;
    const needle = `${suffix}\t`;
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) {
      const lineStart = this.text.lastIndexOf('\n', at) + 1;
      const key = this.text.slice(lineStart, at + suffix.length);
      if (!key.includes('\t')) out.push(key);
    }
    return out;
  }
}

// dist/src/packages/data.js → <package root>/data/packages; bundle/logcheck.mjs → <package root>/data/packages.
// A bundle copied on its own has no index: lookups then find nothing and fixes say how to search.
const here = path.dirname(fileURLToPath(import.meta.url));
let dataDir = [path.resolve(here, '../../../data/packages'), path.resolve(here, '../data/packages')].find((d) => existsSync(d)) ?? path.resolve(here, '../../../data/packages');
const loaded = new Map<PackageKind, KindData | null>();

/**
 * The decompressor's output buffer: one, larger than any index file's text (header's is 15 MB), so
 * that the text is decompressed into it in place. By default brotliDecompressSync writes 16 KiB
 * chunks and joins them: a thousand chunks in the C heap, freed only after the join, which glibc then
 * kept (its trim threshold had been raised by the decoder's 16 MiB window): 30 MB of a run's peak RSS
 * after one header lookup (/proc/self/smaps, [heap]). Pages of it that nothing writes are never
 * resident, and above glibc's 32 MiB DEFAULT_MMAP_THRESHOLD_MAX it is mapped on its own and given
 * back whole when collected.
 */
const OUTPUT_CHUNK = 48 * 1024 * 1024;
let reads = 0;

/** Where the index files are read from (tests point it elsewhere); clears what was loaded. */
export function setPackageIndexDir(dir: string): void {
  dataDir = dir;
  loaded.clear();
}

export function packageIndexDir(): string {
  return dataDir;
}

/** How many index files were read so far (the lazy-loading test counts them). */
export function packageIndexReads(): number {
  return reads;
}

/** The data of one kind, read and decompressed on first use; null when the file is missing or unreadable. */
export function loadKind(kind: PackageKind): KindData | null {
  const cached = loaded.get(kind);
  if (cached !== undefined) return cached;
  let data: KindData | null = null;
  try {
    reads++;
    const text = brotliDecompressSync(readFileSync(path.join(dataDir, `${kind}.br`)), { chunkSize: OUTPUT_CHUNK }).toString('utf8');
    data = parseKind(text);
  } catch {
    data = null;
  }
  loaded.set(kind, data);
  return data;
}

export function parseKind(text: string): KindData | null {
  const nl = text.indexOf('\n');
  const head = text.slice(0, nl < 0 ? undefined : nl).split('\t');
  if (head[0] !== DATA_FORMAT) return null;
  const field = (name: string): string => head.find((h) => h.startsWith(`${name}=`))?.slice(name.length + 1) ?? '';
  return new KindData(field('suite'), field('release'), field('date'), text);
}
