import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules, codeRules } from '../src/rules/index.js';
import { allParsers } from '../src/parsers/index.js';
import { CAUSES } from '../src/causes.js';
import { renderRuleDocs } from '../scripts/docs.js';
import { ROOT } from './helpers/cli.js';

/** Like stylelint's own checks: every rule registered, documented, tested; every regex shown a real line. */
describe('every rule is registered, documented and tested', () => {
  const ruleFiles = readdirSync(path.join(ROOT, 'src/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

  it('each file in src/rules/ is a registered rule whose id is its file name', () => {
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).to.deep.equal(codeRules.map((r) => r.meta.id).sort());
  });

  for (const { meta } of codeRules) {
    it(`${meta.id}: metadata, cause, docs and a test file`, () => {
      expect(meta.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(['error', 'warning', 'note']).to.include(meta.severity);
      expect(CAUSES.has(meta.cause), `cause ${meta.cause} is not in src/causes.ts`).to.equal(true);
      for (const part of ['description', 'why', 'fix'] as const) expect(meta.docs[part].length, part).to.be.greaterThan(30);
      const test = path.join(ROOT, 'test/rules', `${meta.id}.test.ts`);
      expect(existsSync(test), `test/rules/${meta.id}.test.ts`).to.equal(true);
      const source = readFileSync(test, 'utf8');
      expect(source).to.include(`rules/${meta.id}.js`);
      expect(source).to.match(/invalid: \[/);
    });
  }

  for (const { meta } of allRules.filter((r) => !codeRules.includes(r))) {
    it(`${meta.id} (catalog): metadata, cause and docs (its examples run in test/catalog/entries.test.ts)`, () => {
      expect(CAUSES.has(meta.cause), `cause ${meta.cause} is not in src/causes.ts`).to.equal(true);
      for (const part of ['description', 'why', 'fix'] as const) expect(meta.docs[part].length, part).to.be.greaterThan(20);
    });
  }

  it('rule ids are unique', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('parsers have unique names', () => {
    const names = allParsers.map((p) => p.name);
    expect(new Set(names).size).to.equal(names.length);
  });

  it('docs/rules.md is current (npm run docs rewrites it)', () => {
    expect(readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')).to.equal(renderRuleDocs());
  });
});

describe('every regex in parsers and rules has a real sample line in a comment above it', () => {
  const dirs = ['src/parsers', 'src/rules'];
  // A regex that reads log text: a `const NAME = /.../` declaration, or a literal used with exec, test,
  // match or matchAll. (Literals that only rewrite a string for a command line are not log patterns.)
  const REGEX_LITERAL = /const \w+ = \/(?![/*\s])|\/[dgimsuy]*\.(?:exec|test)\(|\.(?:match|matchAll)\(\/(?![/*\s])/;
  for (const dir of dirs) {
    for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
      it(`${dir}/${file}`, () => {
        const lines = readFileSync(path.join(ROOT, dir, file), 'utf8').split('\n');
        const bare: string[] = [];
        lines.forEach((line, i) => {
          if (/^\s*(\/\/|\*)/.test(line) || !REGEX_LITERAL.test(line)) return;
          const above = lines.slice(Math.max(0, i - 6), i);
          if (!above.some((l) => /^\s*(\/\/|\*|\/\*\*)/.test(l))) bare.push(`${i + 1}: ${line.trim()}`);
        });
        expect(bare, 'regexes without a sample line above').to.deep.equal([]);
      });
    }
  }
});
