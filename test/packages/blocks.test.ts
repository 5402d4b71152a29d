import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import fc from 'fast-check';
import { PACKAGE_KINDS } from '../../src/packages/extract.js';
import { encodeIndexFile } from '../../src/packages/index-file.js';
import { KindData } from '../../src/packages/kind-data.js';
import { sampleValue, type KindSample } from '../../scripts/package-index-sample.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.join(root, 'data/packages');
const open = (kind: string): KindData => KindData.open(readFileSync(path.join(dir, `${kind}.idx`)))!;
const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { kinds: Record<string, { keys: number; blocks: number; textSha256: string }> };
// Written by scripts/convert-package-index.ts from the format 1 files (data/packages/*.br of commit
// e62cc82), with format 1's lookups: the values and key lists the shipped files must still give.
const samples = JSON.parse(readFileSync(path.join(root, 'test/packages/index-sample.json'), 'utf8')) as Record<string, KindSample>;
const fields = { kind: 'test', suite: 'sid', release: '', date: 'x' };

describe('the block index (data/packages/<kind>.idx, src/packages/index-file.ts)', () => {
  it('every kind\'s blocks, one after the other, are format 1\'s rows byte for byte (sha256 from the .br files), sorted, each starting with its directory key', function () {
    this.timeout(20_000);
    for (const kind of PACKAGE_KINDS) {
      const data = open(kind);
      const hash = createHash('sha256');
      let keys = 0;
      let last = '';
      for (const { firstKey, text } of data.blockTexts()) {
        hash.update(text);
        expect(text.startsWith(`${firstKey}\t`), `${kind}: block of ${firstKey}`).to.equal(true);
        expect(last < firstKey, `${kind}: ${last} before ${firstKey}`).to.equal(true);
        const lines = text.slice(0, -1).split('\n');
        keys += lines.length;
        last = lines.at(-1)!.slice(0, lines.at(-1)!.indexOf('\t'));
      }
      expect(hash.digest('hex'), kind).to.equal(meta.kinds[kind]!.textSha256);
      expect(keys, kind).to.equal(meta.kinds[kind]!.keys);
      expect(data.blockCount, kind).to.equal(meta.kinds[kind]!.blocks);
    }
  });

  it('the first and last key of every block and keys spread over each kind have format 1\'s values; prefixes across block boundaries and basenames give format 1\'s keys', function () {
    this.timeout(20_000);
    for (const kind of PACKAGE_KINDS) {
      const data = open(kind);
      const sample = samples[kind]!;
      expect(Object.keys(sample.values).length, kind).to.be.at.least(40);
      for (const [key, value] of Object.entries(sample.values)) expect(sampleValue(data.get(key) ?? '<missing>'), `${kind} ${key}`).to.equal(value);
      for (const [prefix, keys] of Object.entries(sample.startingWith)) expect(data.keysStartingWith(prefix), `${kind} ${prefix}*`).to.deep.equal(keys);
      for (const [suffix, keys] of Object.entries(sample.endingWith)) expect(data.keysEndingWith(suffix), `${kind} *${suffix}`).to.deep.equal(keys);
    }
    // the sample holds real answers, not only empty ones
    expect(samples.header!.endingWith['/glib.h']).to.include('glib-2.0/glib.h');
    expect(samples.header!.values['#pc']).to.match(/^sha256:/);
  });

  it('a lookup decompresses the one block that can hold its key; a repeated lookup none; keysEndingWith each block at most once', () => {
    const data = open('header');
    expect(data.get('openssl/ssl.h')).to.match(/^libssl-dev\b/);
    expect(data.inflated).to.equal(1);
    expect(data.get('openssl/ssl.h')).to.match(/^libssl-dev\b/);
    expect(data.get('openssl/sslxx.h')).to.equal(undefined);
    expect(data.inflated).to.equal(1);
    expect(data.get('#pc')!.split(' ')).to.include('libssl-dev');
    expect(data.inflated).to.equal(2);
    const glib = data.entriesEndingWith('/glib.h');
    expect(glib.find(([k]) => k === 'glib-2.0/glib.h')![1]).to.equal('libgio-2.0-dev');
    // the two blocks kept are searched as kept; every other one decompressed once
    expect(data.inflated).to.equal(data.blockCount);
    expect(data.blockCount).to.be.greaterThan(100);
    // The next names read only the blocks their basename hashes point to, and answer as a full search.
    for (const suffix of ['/gtk.h', '/Python.h', '/gtk/gtk.h', '/no-such-header-here.h']) {
      const before = data.inflated;
      const fresh = open('header');
      expect(data.entriesEndingWith(suffix), suffix).to.deep.equal(fresh.entriesEndingWith(suffix));
      expect(data.inflated - before, `blocks read for ${suffix}`).to.be.below(8);
    }
    expect(data.entriesEndingWith('/gtk.h').map(([k]) => k)).to.include('gtk-3.0/gtk/gtk.h');
  });

  it('values kept from every block of headers keep no block alive (fresh strings, not slices of a block)', () => {
    // In a fresh process with gc(): the values of the first and last key of all 233 blocks, kept, cost
    // their own bytes; as substrings of the blocks' texts they would keep 233 × 64 KiB (15 MB).
    const keys = Object.keys(samples.header!.values);
    const script = `
      const { KindData } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/src/packages/kind-data.js')).href)});
      const fs = await import('node:fs');
      const data = KindData.open(fs.readFileSync(${JSON.stringify(path.join(dir, 'header.idx'))}));
      const used = () => { gc(); gc(); const m = process.memoryUsage(); return m.heapUsed + m.external; };
      const before = used();
      const kept = ${JSON.stringify(keys)}.map((k) => data.get(k));
      const after = used();
      console.log(JSON.stringify({ n: kept.filter(Boolean).length, inflated: data.inflated, growth: after - before }));`;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout) as { n: number; inflated: number; growth: number };
    expect(out.n).to.equal(keys.length);
    expect(out.inflated).to.be.at.least(233);
    expect(out.growth, 'bytes kept').to.be.below(2_000_000);
  });

  it('rows in random order of random keys: get, keysStartingWith and keysEndingWith agree with a plain search, for tiny blocks', () => {
    const key = fc.stringMatching(/^[a-c/.+]{1,6}$/);
    fc.assert(fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 80 }), key, (keys, blockBytes, probe) => {
      const sorted = [...keys].sort();
      const file = encodeIndexFile(fields, sorted.map((k, i) => `${k}\tp${i}`), blockBytes);
      const data = KindData.open(file)!;
      sorted.forEach((k, i) => expect(data.get(k)).to.equal(`p${i}`));
      expect(data.get(probe)).to.equal(sorted.includes(probe) ? `p${sorted.indexOf(probe)}` : undefined);
      expect(data.keysStartingWith(probe)).to.deep.equal(sorted.filter((k) => k.startsWith(probe)));
      expect(data.keysEndingWith(`/${probe}`)).to.deep.equal(sorted.filter((k) => k.endsWith(`/${probe}`)));
      // Later searches go by the blocks' basename hashes the first one made: the same answers.
      for (const other of [...sorted.slice(0, 8).map((k) => k.slice(k.lastIndexOf('/'))), `/${probe}`, '/zz', `/x${probe}`]) {
        expect(data.keysEndingWith(other), other).to.deep.equal(sorted.filter((k) => k.endsWith(other)));
      }
    }), { numRuns: 300 });
  });

  it('rows out of order, duplicate keys, rows without a key: the writer refuses them', () => {
    expect(() => encodeIndexFile(fields, ['b\t1', 'a\t2'])).to.throw(/out of order/);
    expect(() => encodeIndexFile(fields, ['a\t1', 'a\t2'])).to.throw(/out of order/);
    expect(() => encodeIndexFile(fields, ['\t1'])).to.throw(/no key/);
    expect(() => encodeIndexFile({ ...fields, suite: 'a\tb' }, ['a\t1'])).to.throw(/tab or newline/);
  });

  it('a truncated file, a format 1 file and a damaged block answer nothing, without throwing', () => {
    const file = encodeIndexFile(fields, Array.from({ length: 400 }, (_, i) => `key${String(i).padStart(3, '0')}\tpkg${i}`), 1024);
    expect(KindData.open(file)!.get('key123')).to.equal('pkg123');
    expect(KindData.open(file.subarray(0, file.length - 1))).to.equal(null);
    expect(KindData.open(Buffer.concat([file, Buffer.from('x')]))).to.equal(null);
    expect(KindData.open(brotliCompressSync(Buffer.from('logcheck-package-index/1\tkind=test\nkey\tpkg\n')))).to.equal(null);
    expect(KindData.open(Buffer.alloc(0))).to.equal(null);
    const damaged = Buffer.from(file);
    damaged.fill(0x55, damaged.length - 20); // inside the last block (key3xx)
    const data = KindData.open(damaged)!;
    expect(data.get('key399')).to.equal(undefined);
    expect(data.keysEndingWith('399')).to.deep.equal([]);
    expect(data.get('key000')).to.equal('pkg0');
  });
});
