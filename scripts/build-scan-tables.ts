import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTables } from '../src/engine/byte-tables.js';
import { byteLiteralsOf } from '../src/engine/checker.js';
import { encodeTables, scanTablesDir, tablesKey } from '../src/engine/scan-tables-file.js';
import { allParsers } from '../src/parsers/index.js';

/**
 * Writes the byte matcher's tables of the built-in parsers (with and without in-log directives) to
 * data/scan-tables/<key>.br and removes those of other keys (engine/scan-tables-file.ts says why).
 * Run by `npm run bundle`; test/engine/scan-tables-file.test.ts fails when they are stale.
 */
export function writeScanTables(dir = scanTablesDir()): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const directives of [false, true]) {
    const literals = byteLiteralsOf(allParsers, directives);
    const key = tablesKey(literals);
    writeFileSync(path.join(dir, `${key}.br`), encodeTables(key, buildTables(literals)));
    written.push(`${key}.br`);
  }
  for (const f of readdirSync(dir)) if (!written.includes(f)) rmSync(path.join(dir, f));
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(writeScanTables().join('\n'));
}
