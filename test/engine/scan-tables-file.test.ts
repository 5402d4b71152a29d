import { expect } from 'chai';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACC_CR, ACC_LITERAL, ACC_NEWLINE, ACC_PREFIX, buildTables } from '../../src/engine/byte-tables.js';
import { byteLiteralsOf } from '../../src/engine/checker.js';
import { decodeTables, encodeTables, scanTablesDir, tablesFor, tablesKey } from '../../src/engine/scan-tables-file.js';
import type { ScanTables } from '../../src/engine/scan-kernel.js';
import { allParsers } from '../../src/parsers/index.js';

const SHIPPED = scanTablesDir();

function same(a: ScanTables, b: ScanTables): void {
  for (const k of ['width', 'accLimit', 'lineStart', 'anyPrefix', 'anySuffix'] as const) expect(a[k], k).to.equal(b[k]);
  for (const k of ['classes', 'suffixLast', 'lineAcc', 'suffixEnd', 'lineDelta', 'suffixDelta'] as const) {
    expect(a[k].length, k).to.equal(b[k].length);
    expect(Buffer.from(a[k].buffer, a[k].byteOffset, a[k].byteLength).equals(Buffer.from(b[k].buffer, b[k].byteOffset, b[k].byteLength)), k).to.equal(true);
  }
}

describe('the prebuilt byte matcher tables (data/scan-tables/)', () => {
  for (const directives of [false, true]) {
    it(`the shipped file of the built-in parsers${directives ? ' with in-log directives' : ''} is current: the tables built now, byte for byte (npm run bundle rewrites it)`, function () {
      this.timeout(30_000);
      const literals = byteLiteralsOf(allParsers, directives);
      const key = tablesKey(literals);
      expect(readdirSync(SHIPPED), 'data/scan-tables/ is stale: run `npm run bundle` and commit it').to.include(`${key}.br`);
      const decoded = decodeTables(readFileSync(path.join(SHIPPED, `${key}.br`)), key);
      expect(decoded).to.not.equal(undefined);
      same(decoded!, buildTables(literals));
    });
  }

  it('the accepting states are numbered first: a state below accLimit accepts, none above it', () => {
    const t = buildTables({ prefixes: ['make'], suffixes: ['not found'], anywhere: ['rror: '] });
    expect(t.lineAcc.length).to.equal(t.accLimit);
    for (let s = 0; s < t.accLimit; s += t.width) expect(t.lineAcc[s], `state ${s / t.width}`).to.be.oneOf([ACC_LITERAL, ACC_NEWLINE, ACC_CR, ACC_PREFIX]);
    // Walk `x rror: ` from a line's start: only the last byte of the literal reaches an accepting state.
    let s = t.lineStart;
    const reached: boolean[] = [];
    for (const b of Buffer.from('x rror: ')) {
      s = t.lineDelta[s + t.classes[b]!]!;
      reached.push(s < t.accLimit);
    }
    expect(reached).to.deep.equal([false, false, false, false, false, false, false, true]);
    expect(t.lineAcc[s]).to.equal(1);
    // A newline always leads to the newline state (0), whose row is the start's.
    expect(t.lineDelta[s + t.classes[10]!]).to.equal(0);
    expect(t.lineAcc[0]).to.equal(2);
  });

  it('reads the file of the literals\' key; builds them when the file is missing, of another key or damaged', () => {
    const literals = { prefixes: ['make'], suffixes: ['not found'], anywhere: ['rror: '] };
    const key = tablesKey(literals);
    // The same literals in another order and with repeats have the same key; others do not.
    expect(tablesKey({ prefixes: ['make', 'make'], suffixes: ['not found'], anywhere: ['rror: '] })).to.equal(key);
    expect(tablesKey({ prefixes: ['make'], suffixes: ['not found'], anywhere: ['rror:'] })).to.not.equal(key);
    const built = buildTables(literals);
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-tables-'));
    try {
      scanTablesDir(dir);
      same(tablesFor(literals), built);
      // A file of the right key is read, not rebuilt: a marked copy comes back marked.
      const marked = { ...built, lineStart: built.lineStart + built.width };
      writeFileSync(path.join(dir, `${key}.br`), encodeTables(key, marked));
      expect(tablesFor(literals).lineStart).to.equal(marked.lineStart);
      // Another key's tables under this name, or bytes that are not brotli: built again.
      writeFileSync(path.join(dir, `${key}.br`), encodeTables('0'.repeat(24), marked));
      same(tablesFor(literals), built);
      writeFileSync(path.join(dir, `${key}.br`), Buffer.from('not brotli'));
      same(tablesFor(literals), built);
      copyFileSync(path.join(SHIPPED, readdirSync(SHIPPED)[0]!), path.join(dir, `${key}.br`));
      same(tablesFor(literals), built);
    } finally {
      scanTablesDir(SHIPPED);
    }
  });
});
