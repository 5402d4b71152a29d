import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeFilters } from '../src/packages/basename-filter.js';
import { FILTERED_KINDS, filterFileName, indexFileName, KindData, packageIndexDir } from '../src/packages/data.js';

/**
 * Writes data/packages/<kind>.bloom, the basename filters of the kinds searched by the end of their
 * keys (packages/basename-filter.ts), from their index files. Run by `npm run package-index` after the
 * index; test/packages/basename-filter.test.ts fails when a filter file does not match its index.
 */
export function filtersFor(indexFile: Buffer): Buffer {
  const data = KindData.open(indexFile);
  if (data === null) throw new Error('not an index file');
  return encodeFilters(indexFile, (function* () { for (const b of data.blockTexts()) yield Buffer.from(b.text, 'utf8').toString('latin1'); })());
}

export function writeBasenameFilters(dir = packageIndexDir()): string[] {
  const written: string[] = [];
  for (const kind of FILTERED_KINDS) {
    writeFileSync(path.join(dir, filterFileName(kind)), filtersFor(readFileSync(path.join(dir, indexFileName(kind)))));
    written.push(filterFileName(kind));
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(writeBasenameFilters().join('\n'));
}
