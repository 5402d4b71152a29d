/**
 * The shipped index files: data/packages/<kind>.br, brotli-compressed text written by
 * scripts/build-package-index.ts. First line: `logcheck-package-index/1<TAB>kind=..<TAB>suite=..<TAB>release=..<TAB>date=..`;
 * then one `key<TAB>pkg pkg ...` line per key, packages ranked (the first is the one to add), a virtual
 * package written `virtual=provider`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { PackageKind } from './extract.js';

export const DATA_FORMAT = 'logcheck-package-index/1';

export interface KindData {
  suite: string;
  release: string;
  date: string;
  /** key → the ranked package list as stored (`pkg pkg virtual=provider`). */
  rows: Map<string, string>;
}

// dist/src/packages/data.js → <package root>/data/packages
let dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/packages');
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

/** The data of one kind, read and decompressed on first use; null when the file is missing or unreadable. */
export function loadKind(kind: PackageKind): KindData | null {
  const cached = loaded.get(kind);
  if (cached !== undefined) return cached;
  let data: KindData | null = null;
  try {
    reads++;
    const text = brotliDecompressSync(readFileSync(path.join(dataDir, `${kind}.br`))).toString('utf8');
    data = parseKind(text);
  } catch {
    data = null;
  }
  loaded.set(kind, data);
  return data;
}

export function parseKind(text: string): KindData | null {
  const lines = text.split('\n');
  const head = lines[0]!.split('\t');
  if (head[0] !== DATA_FORMAT) return null;
  const field = (name: string): string => head.find((h) => h.startsWith(`${name}=`))?.slice(name.length + 1) ?? '';
  const rows = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab > 0) rows.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return { suite: field('suite'), release: field('release'), date: field('date'), rows };
}
