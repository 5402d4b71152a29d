import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fc from 'fast-check';
import { basenameHashesOf, decodeFilters, filterOf, hashOf, mayHold } from '../../src/packages/basename-filter.js';
import { FILTERED_KINDS, filterFileName, indexFileName, loadKind } from '../../src/packages/data.js';
import { KindData } from '../../src/packages/kind-data.js';
import { filtersFor } from '../../scripts/build-basename-filters.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.join(root, 'data/packages');
const indexFile = readFileSync(path.join(dir, indexFileName('header')));
const filterFile = readFileSync(path.join(dir, filterFileName('header')));

describe('the basename filters of header.idx (data/packages/header.bloom, packages/basename-filter.ts)', () => {
  it('the shipped file is the one its index gives (npm run package-index writes both)', function () {
    this.timeout(30_000);
    for (const kind of FILTERED_KINDS) {
      const shipped = readFileSync(path.join(dir, filterFileName(kind)));
      expect(shipped.equals(filtersFor(readFileSync(path.join(dir, indexFileName(kind))))), `${filterFileName(kind)} is stale: npm run package-index`).to.equal(true);
    }
  });

  it("holds every key's last path component in its own block's filter, and few others (about 1%)", function () {
    this.timeout(30_000);
    const data = KindData.open(indexFile)!;
    const filters = decodeFilters(filterFile, indexFile, data.blockCount)!;
    expect(filters.length).to.equal(data.blockCount);
    let i = 0;
    let probes = 0;
    let positives = 0;
    for (const { text } of data.blockTexts()) {
      const latin1 = Buffer.from(text, 'utf8').toString('latin1');
      for (const h of basenameHashesOf(latin1)) expect(mayHold(filters[i]!, h), `block ${i}`).to.equal(true);
      // Names no header has: what the filter lets through is its false-positive rate.
      for (let k = 0; k < 200; k++, probes++) {
        const name = `no-such-header-${k}.h`;
        if (mayHold(filters[i]!, hashOf(name, 0, name.length))) positives++;
      }
      i++;
    }
    expect(positives / probes).to.be.below(0.03);
  });

  it('a search by basename finds the same with the shipped filters as by reading every block', () => {
    const withFilters = loadKind('header')!;
    const without = KindData.open(indexFile)!;
    for (const name of ['glib.h', 'Python.h', 'gtk.h', 'ssl.h', 'zlib.h', 'QObject', 'ffi.h', 'png.h', 'jpeglib.h', 'curl.h', 'config.h', 'no-such-header.h']) {
      expect(withFilters.entriesEndingWith(`/${name}`), name).to.deep.equal(without.entriesEndingWith(`/${name}`));
    }
  });

  it('is not used for another index file, a damaged or a cut file', () => {
    const blocks = KindData.open(indexFile)!.blockCount;
    expect(decodeFilters(filterFile, indexFile, blocks)).to.not.equal(undefined);
    const other = Buffer.from(indexFile);
    other[other.length - 1] ^= 1;
    expect(decodeFilters(filterFile, other, blocks)).to.equal(undefined);
    expect(decodeFilters(filterFile, indexFile, blocks + 1)).to.equal(undefined);
    expect(decodeFilters(filterFile.subarray(0, filterFile.length - 1), indexFile, blocks)).to.equal(undefined);
    expect(decodeFilters(Buffer.from('garbage\n'), indexFile, blocks)).to.equal(undefined);
  });

  it('a Bloom filter never misses a hash it was given (property)', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 0xffffffff }), { minLength: 0, maxLength: 300 }), (hashes) => {
      const filter = filterOf(hashes);
      for (const h of hashes) expect(mayHold(filter, h)).to.equal(true);
    }), { numRuns: 300 });
  });
});
