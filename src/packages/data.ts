/**
 * The shipped index files: data/packages/<kind>.idx, written by scripts/build-package-index.ts in the
 * block format of src/packages/index-file.ts (format 2). Their content, the text form: a first line
 * `logcheck-package-index/1<TAB>kind=..<TAB>suite=..<TAB>release=..<TAB>date=..`, then one
 * `key<TAB>pkg pkg ...` line per key, keys sorted, packages ranked (the first is the one to add), a
 * virtual package written `virtual=provider`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shippedDataDir } from '../data-dir.js';
import { decodeFilters } from './basename-filter.js';
import { encodeIndexFile, parseIndexText } from './index-file.js';
import { KindData } from './kind-data.js';
import type { PackageKind } from './extract.js';

export { DATA_FORMAT, TEXT_FORMAT } from './index-file.js';
export { KindData } from './kind-data.js';

/** The file name of a kind's index. */
export const indexFileName = (kind: string): string => `${kind}.idx`;
/** The file name of the basename filters of a kind's index (packages/basename-filter.ts): headers only. */
export const filterFileName = (kind: string): string => `${kind}.bloom`;
/** The kinds searched by the end of their keys (packages/index.ts lookupHeader), which ship filters. */
export const FILTERED_KINDS: readonly PackageKind[] = ['header'];

// A bundle copied on its own has no index: lookups then find nothing and fixes say how to search.
let dataDir = shippedDataDir('packages');
const loaded = new Map<PackageKind, KindData | null>();
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

/**
 * The data of one kind, on first use: its file read whole (compressed: 1.5 MB for headers, one read,
 * and a file replaced during a run cannot mismatch the directory read before), its blocks
 * decompressed only as lookups need them. Null when the file is missing or not an index.
 */
export function loadKind(kind: PackageKind): KindData | null {
  const cached = loaded.get(kind);
  if (cached !== undefined) return cached;
  let data: KindData | null = null;
  try {
    reads++;
    const file = readFileSync(path.join(dataDir, indexFileName(kind)));
    data = KindData.open(file);
    if (data !== null && FILTERED_KINDS.includes(kind)) {
      // Missing, damaged or of another index file: the first search by basename makes its own.
      let filters;
      try {
        filters = decodeFilters(readFileSync(path.join(dataDir, filterFileName(kind))), file, data.blockCount);
      } catch {
        filters = undefined;
      }
      if (filters !== undefined) data.useBasenameFilters(filters);
    }
  } catch {
    data = null;
  }
  loaded.set(kind, data);
  return data;
}

/** The block file of a text form whose rows may be in any order (tests write small indices with it). */
export function indexFileOfText(text: string): Buffer | undefined {
  const parsed = parseIndexText(text);
  if (!parsed) return undefined;
  const key = (row: string): string => row.slice(0, row.indexOf('\t'));
  const rows = parsed.rows.map((r) => [key(r), r] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, r]) => r);
  return encodeIndexFile(parsed.fields, rows);
}

/** The data of a text form, through the same block file (tests). */
export function parseKind(text: string): KindData | null {
  const file = indexFileOfText(text);
  return file ? KindData.open(file) : null;
}
