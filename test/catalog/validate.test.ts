import { expect } from 'chai';
import { validateCatalog } from '../../src/catalog/validate.js';
import { pkgConfig } from '../../src/rules/catalog/pkg-config.js';

const causes = new Set(['missing-build-dep']);
const base = pkgConfig[0]!;

function problemsOf(entry: Record<string, unknown>): string[] {
  return validateCatalog([entry], { causes }).map((p) => `${p.path}: ${p.message}`);
}

describe('catalog validation', () => {
  it('accepts a built-in entry, and its JSON form (patterns as { regex, flags })', () => {
    expect(problemsOf({ ...base })).to.deep.equal([]);
    const json = JSON.parse(JSON.stringify(base, (_k, v: unknown) => (v instanceof RegExp ? { regex: v.source, flags: v.flags } : v))) as Record<string, unknown>;
    expect(problemsOf(json)).to.deep.equal([]);
  });

  const broken: [string, Record<string, unknown>, string][] = [
    ['a bad id', { id: 'Foo' }, 'id: must be kebab-case'],
    ['an unknown cause', { cause: 'nope' }, 'cause: unknown cause "nope"'],
    ['a pattern that does not compile', { match: '^No package (' }, 'match: does not compile'],
    ['a template naming no capture', { message: 'missing {{nothing}}' }, 'message: {{nothing}} is neither a named group'],
    ['no literal to gate on', { match: '^(?:a|b)(?<name>.+)$', examples: [{ lines: ['ax'] }] }, 'literals: none can be derived'],
    ['an example that does not match', { examples: [{ lines: ['hello'] }] }, 'no example line matches this pattern'],
    ['no near miss', { nearMisses: [] }, 'nearMisses: needs at least one'],
    ['a line outside the example', { examples: [{ lines: ["No package 'x' found"], line: 3 }] }, 'examples[0].line: must be a line of the example (1 to 1)'],
    ['a global flag', { match: { regex: "^No package '(?<name>[^']+)' found", flags: 'g' }, examples: [{ lines: ["No package 'x' found"] }] }, 'only i, s and u are allowed'],
    ['{{package}} without fixUnresolved', { fixUnresolved: undefined }, 'fixUnresolved: is required'],
  ];
  for (const [name, change, expected] of broken) {
    it(`rejects ${name}, saying where`, () => {
      const problems = problemsOf({ ...base, ...change });
      expect(problems.some((p) => p.includes(expected)), problems.join('\n')).to.equal(true);
    });
  }
});
