import { expect } from 'chai';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PACKAGE_KINDS } from '../../src/packages/extract.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/packages');

/** The cap docs/package-index.md states: the shipped index stays under 3 MB (3,000,000 bytes). */
const TOTAL_CAP = 3_000_000;

describe('the shipped package index', () => {
  const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as {
    suite: string; totalBytes: number; kinds: Record<string, { keys: number; bytes: number }>;
  };

  it(`stays under ${TOTAL_CAP} bytes in all`, () => {
    const total = readdirSync(dir).filter((f) => f.endsWith('.idx')).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
    expect(total).to.be.below(TOTAL_CAP);
    expect(total, 'meta.json states the size').to.equal(meta.totalBytes);
  });

  it('has every kind, none of them empty, from trixie', () => {
    expect(meta.suite).to.equal('trixie');
    for (const kind of PACKAGE_KINDS) {
      expect(meta.kinds[kind]?.keys ?? 0, kind).to.be.greaterThan(0);
      expect(statSync(path.join(dir, `${kind}.idx`)).size, kind).to.equal(meta.kinds[kind]!.bytes);
    }
  });
});
