import { expect } from 'chai';
import fc from 'fast-check';
import { triePattern } from '../../src/engine/trie-pattern.js';
import { allParsers } from '../../src/parsers/index.js';

describe('triePattern', () => {
  it('matches exactly when some literal occurs (property, against includes)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', ':', '-', '.', '(', '|', '\\', '[', '^', '$', '/');
    fc.assert(fc.property(
      fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
      fc.string({ unit: alphabet, maxLength: 40 }),
      (literals, text) => {
        expect(triePattern(literals).test(text)).to.equal(literals.some((l) => text.includes(l)));
      },
    ), { numRuns: 2000 });
  });

  it('finds every parser trigger in a line that holds it', () => {
    const literals = allParsers.flatMap((p) => p.triggers ?? []);
    const pattern = triePattern(literals);
    for (const literal of literals) expect(pattern.test(`prefix ${literal} suffix`), literal).to.equal(true);
    expect(pattern.test('Unpacking libfoo1:amd64 (1.2-3) ...')).to.equal(false);
  });
});
