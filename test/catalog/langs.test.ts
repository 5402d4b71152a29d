import { expect } from 'chai';
import { checkText } from '../../src/check.js';
import { catalogEntries } from '../../src/rules/catalog/index.js';

/**
 * The language families (python, perl, java, r, ruby, node, go, rust, haskell, ocaml, php) with every
 * rule on: each example must give its entry's finding and no second cause-specific finding on the same
 * line (the TypeScript rules python-module-not-found, build-network-access, compiler-error and
 * test-suite-failure read some of the same tools' output), and lines that a TypeScript rule owns must
 * not be reported by a language entry as well.
 */
const FAMILIES = new Set(['python', 'perl', 'java', 'r', 'ruby', 'node', 'go', 'rust', 'haskell', 'ocaml', 'php']);
/** Rules that summarise rather than diagnose: they may share a line with a cause. */
const SUMMARY = new Set(['build-first-failure']);

describe('language catalog families with every rule on', () => {
  const entries = catalogEntries.filter((e) => FAMILIES.has(e.family));

  it('hold at least 55 entries', () => {
    expect(entries.length).to.be.at.least(55);
  });

  for (const entry of entries) {
    entry.examples.forEach((example, i) => {
      it(`${entry.id} example ${i + 1}: one cause at line ${example.line ?? 1}`, async () => {
        const result = await checkText(`${example.lines.join('\n')}\n`);
        const at = result.findings.filter((f) => f.line === (example.line ?? 1) && !SUMMARY.has(f.ruleId));
        expect(at.map((f) => f.ruleId)).to.deep.equal([entry.id]);
      });
    });
  }

  // Lines the TypeScript rules report: no language entry adds a second finding.
  const owned: [string, string][] = [
    ["ModuleNotFoundError: No module named 'setuptools'", 'python-module-not-found'], // src/rules/python-module-not-found.ts docs example
    ['npm ERR! request to https://registry.npmjs.org/x failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org', 'build-network-access'], // src/parsers/system.ts sample
    ['go: github.com/x/y@v1.0.0: Get "https://proxy.golang.org/github.com/x/y/@v/v1.0.0.mod": dial tcp: lookup proxy.golang.org on [::1]:53: read udp [::1]:41234->[::1]:53: read: connection refused', 'build-network-access'], // Go 1.19 module fetch without network
  ];
  for (const [line, rule] of owned) {
    it(`leaves ${rule}'s line to it: ${line.slice(0, 50)}`, async () => {
      const result = await checkText(`${line}\n`);
      const ids = result.findings.filter((f) => f.line === 1 && !SUMMARY.has(f.ruleId)).map((f) => f.ruleId);
      expect(ids).to.deep.equal([rule]);
    });
  }
});
