import { expect } from 'chai';
import fc from 'fast-check';
import { AnchoredLiterals } from '../../src/engine/anchored-literals.js';
import { LiteralAutomaton } from '../../src/engine/literal-automaton.js';
import { allParsers } from '../../src/parsers/index.js';
import { Prefilter } from '../../src/engine/prefilter.js';

describe('LiteralAutomaton', () => {
  it('matches exactly when some literal occurs (property, against includes)', () => {
    // Repeats and overlaps (a, aa, ab), regex metacharacters, a non-ASCII character and a surrogate pair.
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', ':', '-', '.', '(', '|', '\\', '[', '^', '$', '/', '\u2019', '\u{1F600}');
    fc.assert(fc.property(
      fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
      fc.string({ unit: alphabet, maxLength: 40 }),
      (literals, text) => {
        expect(new LiteralAutomaton(literals).found(text) !== undefined).to.equal(literals.some((l) => text.includes(l)));
      },
    ), { numRuns: 2000 });
  });

  it('found() gives every literal the text holds, each once, and nothing else (property, against includes)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', ':', '-', '.', '(', '|', '\\', '[', '^', '$', '/', '\u2019', '\u{1F600}');
    fc.assert(fc.property(
      fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
      fc.array(fc.string({ unit: alphabet, maxLength: 40 }), { minLength: 1, maxLength: 3 }),
      (literals, texts) => {
        const automaton = new LiteralAutomaton(literals);
        // Several lines in a row: what one line found must not leak into the next.
        for (const text of texts) {
          const found = (automaton.found(text) ?? []).map((i) => automaton.words[i]!);
          expect(found.length, 'each once').to.equal(new Set(found).size);
          expect([...found].sort()).to.deep.equal([...new Set(literals)].filter((l) => text.includes(l)).sort());
        }
      },
    ), { numRuns: 2000 });
  });

  it('marks() is the OR of the marks of the literals the text holds; a literal given twice has both (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', ':', '.', '\u2019', '\u{1F600}');
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 8 }),
      fc.array(fc.string({ unit: alphabet, maxLength: 30 }), { minLength: 1, maxLength: 3 }),
      (given, texts) => {
        const automaton = new LiteralAutomaton(given.map(([w]) => w), given.map(([, bit]) => 1 << bit));
        for (const text of texts) {
          const expected = given.reduce((m, [w, bit]) => (text.includes(w) ? m | (1 << bit) : m), 0);
          expect(automaton.marks(text), text).to.equal(expected);
        }
      },
    ), { numRuns: 2000 });
    expect(() => new LiteralAutomaton(['a']).marks('a')).to.throw(/without marks/);
  });

  it('finds every parser trigger in a line that holds it', () => {
    const literals = allParsers.flatMap((p) => p.triggers ?? []);
    const pattern = new LiteralAutomaton(literals);
    for (const literal of literals) expect(pattern.found(`prefix ${literal} suffix`), literal).to.not.equal(undefined);
    expect(pattern.found('Unpacking libfoo1:amd64 (1.2-3) ...')).to.equal(undefined);
  });
});

describe('AnchoredLiterals', () => {
  const alphabet = fc.constantFrom('a', 'b', ' ', ':', '\u2019', '\u00e9', 'I');
  const cases = fc.tuple(
    fc.array(fc.tuple(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 8 }),
    fc.string({ unit: alphabet, maxLength: 12 }),
    fc.nat(14),
  );
  it('found() and marks() give the literals the text starts with at a position (property, against startsWith)', () => {
    fc.assert(fc.property(cases, ([given, text, at]) => {
      const words = given.map(([w]) => w);
      const trie = new AnchoredLiterals(words, given.map(([, bit]) => 1 << bit));
      const expected = [...new Set(words)].filter((w) => text.startsWith(w, at));
      expect((trie.found(text, at) ?? []).map((i) => trie.words[i]!).sort()).to.deep.equal(expected.sort());
      expect(trie.marks(text, at)).to.equal(given.reduce((m, [w, bit]) => (text.startsWith(w, at) ? m | (1 << bit) : m), 0));
    }), { numRuns: 2000 });
  });
  it('reversed: the literals the text ends with before a position (property, against endsWith)', () => {
    fc.assert(fc.property(cases, ([given, text, at]) => {
      const words = given.map(([w]) => w);
      const trie = new AnchoredLiterals(words, given.map(([, bit]) => 1 << bit), true);
      const end = Math.min(at, text.length);
      expect((trie.found(text, end) ?? []).map((i) => trie.words[i]!).sort()).to.deep.equal([...new Set(words)].filter((w) => text.endsWith(w, end)).sort());
      expect(trie.marks(text, end)).to.equal(given.reduce((m, [w, bit]) => (text.endsWith(w, end) ? m | (1 << bit) : m), 0));
    }), { numRuns: 2000 });
  });
});

describe('Prefilter', () => {
  const filter = new Prefilter(allParsers);
  it('hits on every trigger anywhere, every prefix after indentation, every suffix before trailing space', () => {
    for (const p of allParsers) {
      const bit = 1 << allParsers.indexOf(p);
      for (const t of p.triggers ?? []) expect(filter.hits(`x ${t} y`) & bit, t).to.equal(bit);
      for (const t of p.prefixes ?? []) expect(filter.hits(`  \t${t}zz`) & bit, t).to.equal(bit);
      for (const t of p.suffixes ?? []) expect(filter.hits(`zz ${t}  `) & bit, t).to.equal(bit);
    }
  });
  it("wakes pbuilder on the I: lines it reads, not on debootstrap's or its other chatter", () => {
    const bit = 1 << allParsers.findIndex((p) => p.name === 'pbuilder');
    // From test/logs/ (pbuilder 0.231 create and build logs).
    for (const line of ['I: mounting /proc filesystem', 'I: Mounting /dev/shm', 'I: creating /{dev,run}/shm', 'I: user script /var/cache/pbuilder/hooks/D10-tmpfs starting', 'I: Building the package', 'I: Current time: Sat Nov 21 01:59:59 UTC 2026', 'I: cleaning the build env', 'E: pbuilder-satisfydepends failed.']) {
      expect(filter.hits(line) & bit, line).to.equal(bit);
    }
    for (const line of ['I: Retrieving InRelease ', 'I: Validating libc6 2.41-12', 'I: Extracting libc6...', 'I: Obtaining the cached apt archive contents']) {
      expect(filter.hits(line) & bit, line).to.equal(0);
    }
  });

  it('wakes only the parsers whose own trigger a line holds, not every parser with triggers', () => {
    const bit = (name: string): number => 1 << allParsers.findIndex((p) => p.name === name);
    // test/logs/pbuilder-0.231-missing-header.log: a compiler error wakes the compiler's parser, not fink's or dpkg-status's.
    const line = 'main.c:2:10: fatal error: doesnotexist.h: No such file or directory';
    const mask = filter.hits(line);
    expect(mask & bit('compiler'), 'compiler').to.equal(bit('compiler'));
    for (const other of ['fink', 'dpkg-status', 'configure', 'test-runners']) expect(mask & bit(other), other).to.equal(0);
  });

  it('misses the lines most of a build log is made of', () => {
    for (const line of ['Unpacking libfoo1:amd64 (1.2-3) ...', 'Setting up libfoo1:amd64 (1.2-3) ...', 'gcc -O2 -g -c main.c -o main.o', 'libtool: compile:  gcc -DHAVE_CONFIG_H -I. -g -O2 -c foo.c  -fPIC -DPIC -o .libs/foo.o']) {
      expect(filter.hits(line), line).to.equal(0);
    }
  });
});
