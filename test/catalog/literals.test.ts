import { expect } from 'chai';
import { deriveLiterals } from '../../src/catalog/literals.js';

describe('catalog literal derivation', () => {
  const cases: [string, string, ReturnType<typeof deriveLiterals>][] = [
    ['^CMake Error at (?<file>\\S+):(?<line>\\d+)', '', { prefixes: ['CMake Error at '] }],
    ['^\\s*CMake Error', '', { prefixes: ['CMake Error'] }],
    ['^[ \\t]*dh_install: error:', '', { prefixes: ['dh_install: error:'] }],
    ['(?<cmd>\\S+): not found\\s*$', '', { suffixes: [': not found'] }],
    ['Could NOT find (?<name>\\w+)', '', { anywhere: ['Could NOT find '] }],
    ['^No package \'(?<name>[^\']+)\' found', '', { prefixes: ['No package \''] }],
    // The character before a quantifier is optional: not part of the literal.
    ['^errors?: foo', '', { prefixes: ['error'] }],
    // A top-level alternation or the i flag: nothing is safe.
    ['^foo bar|^baz qux', '', undefined],
    ['^Error: x', 'i', undefined],
    ['^\\d+ tests? failed', '', { anywhere: [' failed'] }],
    ['(?<=xyz)abcd', '', { anywhere: ['abcd'] }],
  ];
  for (const [source, flags, expected] of cases) {
    it(`/${source}/${flags}`, () => {
      expect(deriveLiterals(source, flags)).to.deep.equal(expected);
      // Whatever was derived must occur in a line the pattern matches: checked per entry by the examples test.
    });
  }
});
