import { expect } from 'chai';
import { catalogEntries } from '../../src/rules/catalog/index.js';
import { catalogRule } from '../../src/catalog/rule.js';
import { RuleTester, runRule } from '../../src/testing/rule-tester.js';
import { validateCatalog, formatProblems } from '../../src/catalog/validate.js';
import { CAUSES } from '../../src/causes.js';
import { codeRules } from '../../src/rules/index.js';

/**
 * Every catalog entry is checked the way the rule tests check a rule: its examples (real log lines)
 * must give exactly one finding at the stated line with exactly the stated captures, under every
 * variant of the rule tester (CRLF, colour, CI timestamps, random chunks, prefilter off); its near
 * misses must give none. An entry without a passing example cannot land.
 */
describe('catalog entries', () => {
  it('validate (ids unique among all rules, causes known, templates name only captures)', () => {
    const problems = validateCatalog(catalogEntries, { causes: new Set(CAUSES.keys()), takenIds: new Set(codeRules.map((r) => r.meta.id)) });
    expect(problems, formatProblems(problems)).to.deep.equal([]);
  });

  for (const entry of catalogEntries) {
    describe(entry.id, () => {
      const rule = catalogRule(entry);
      entry.examples.forEach((example, i) => {
        it(`matches example ${i + 1}${example.source ? ` (${example.source})` : ''}`, async () => {
          await RuleTester.check(rule, {
            code: [...example.lines],
            findings: [{
              line: example.line ?? 1,
              side: entry.side,
              cause: entry.cause,
              ...(example.captures !== undefined ? { data: { captures: example.captures } } : {}),
              ...(example.package !== undefined ? { remediationIncludes: [example.package] } : {}),
            }],
          });
        });
      });
      entry.nearMisses.forEach((miss, i) => {
        it(`does not match near miss ${i + 1}`, async () => {
          const findings = await runRule(rule, [Buffer.from(`${miss}\n`)]);
          expect(findings.map((f) => f.message)).to.deep.equal([]);
        });
      });
    });
  }
});
