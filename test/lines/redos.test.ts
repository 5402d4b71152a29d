import { expect } from 'chai';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Checker } from '../../src/engine/checker.js';
import { LiteralAutomaton } from '../../src/engine/literal-automaton.js';
import { checkStream } from '../../src/check.js';
import { allParsers } from '../../src/parsers/index.js';
import { allRules } from '../../src/rules/index.js';
import { normalizeLine } from '../../src/lines/normalize.js';
import { ROOT } from '../helpers/cli.js';
import { assertLinear, collectRegexLiterals, dotStopsAtLineSeparator, findSlow, nestedQuantifiers } from '../helpers/redos.js';

const MiB = 1024 * 1024;

/**
 * Built-in patterns against catastrophic backtracking. Every regular-expression literal under src/
 * (found by a static scan, so a new parser, rule or catalog entry is covered without a list to keep) is
 * run against crafted worst-case lines of 1 MiB, the default --max-line-bytes: prefixes of its sample
 * lines, one piece (a character, a literal of the pattern, a word of the sample) repeated, and an ending
 * that fails the match (`!`, U+2028, which `.` does not match but `\s` does). A backtracking blow-up
 * takes seconds to minutes; linear matching takes milliseconds.
 */
describe('no catastrophic backtracking in built-in patterns', function () {
  this.timeout(120_000);
  const patterns = collectRegexLiterals(path.join(ROOT, 'src'));

  it('the scan finds the patterns (parsers, rules, lines, formatters)', () => {
    expect(patterns.length).to.be.greaterThan(100);
    for (const dir of ['src/parsers/', 'src/rules/', 'src/lines/', 'src/formatters/']) {
      expect(patterns.some((p) => p.where.startsWith(dir)), dir).to.equal(true);
    }
  });

  const byFile = new Map<string, typeof patterns>();
  for (const p of patterns) {
    const file = p.where.replace(/:\d+$/, '');
    byFile.set(file, [...(byFile.get(file) ?? []), p]);
  }
  for (const [file, list] of byFile) {
    it(`${file}: ${list.length} pattern(s) linear on 1 MiB lines`, () => assertLinear(list));
  }

  it('no nested unbounded quantifiers (`(a+)+`, `(?:\\w*\\.)*`)', () => {
    const nested = patterns.flatMap((p) => nestedQuantifiers(p.regex).map((n) => `${p.where} ${p.regex}: ${n}`));
    expect(nested).to.deep.equal([]);
  });

  it('every `.` also matches U+2028 (the `s` flag): a line separator in a message must not hide the line', () => {
    // Without `s`, `error: (.*)$` fails on `main.c:3:1: error: x\u2028y` and the finding is lost; with `.*?\s*$`
    // the engine retries at every split before failing, which is the quadratic case above.
    const without = patterns.filter((p) => p.where.startsWith('src/parsers/') || p.where.startsWith('src/rules/')).filter((p) => dotStopsAtLineSeparator(p.regex));
    expect(without.map((p) => `${p.where} ${p.regex}`)).to.deep.equal([]);
  });

  it("the prefilter's automaton of parser triggers: 1 MiB of near misses in milliseconds", () => {
    const triggers = allParsers.flatMap((p) => p.triggers ?? []);
    const trie = new LiteralAutomaton(triggers, triggers.map(() => 1));
    const nearMisses = triggers.map((t) => t.slice(0, -1)).join('\u2028');
    const line = nearMisses.repeat(Math.ceil(MiB / nearMisses.length));
    const started = process.hrtime.bigint();
    trie.found(line);
    trie.marks(line);
    expect(Number(process.hrtime.bigint() - started) / 1e6).to.be.below(1000);
  });
});

describe('the checks catch what they are for', function () {
  this.timeout(60_000);
  // The patterns as they were before issue 10 (the samples are the ones that stood above them).
  const before = [
    { regex: /^([EW]): Failed to fetch (\S+)\s+(.*)$/, where: 'apt FETCH', samples: ['E: Failed to fetch http://mirror.local/debian/pool/main/f/foo/foo_1.0_amd64.deb  404  Not Found [IP: 10.0.0.1 80]'] },
    { regex: /\([^)]*\)/g, where: 'checkbuilddeps conflicts', samples: ['libfoo-dev (>= 1.0)'] },
  ];
  it('findSlow reports each of the old quadratic patterns, with the line that shows it', () => {
    const slow = findSlow(before, { bytes: 256 * 1024, boundMs: 250, worst: 1 });
    expect(slow.map((s) => s.where)).to.deep.equal(before.map((b) => b.where));
  });

  it('nestedQuantifiers names the nesting', () => {
    expect(nestedQuantifiers(/^((?:[A-Za-z_]\w*\.)*[A-Z]\w*)$/)).to.deep.equal(['(?:[A-Za-z_]\\w*\\.)* holds \\w*']);
    expect(nestedQuantifiers(/^(?:a|b)*c+$/)).to.deep.equal([]);
  });

  it('assertLinear takes plain RegExp objects (a catalog of patterns) and throws with the culprit', () => {
    expect(() => assertLinear([/^x$/, /\([^)]*\)/], { bytes: 256 * 1024, boundMs: 250 })).to.throw(/#1 \/\\\(\[\^\)\]\*\\\)\//);
  });
});

/** The whole pipeline (normalization, prefilter, every parser and rule) on the lines of issue 10. */
describe('the checker reads crafted 1 MiB lines in linear time', function () {
  this.timeout(60_000);
  const fill = (piece: string, bytes = MiB): string => piece.repeat(Math.ceil(bytes / piece.length));
  const LINES: [string, string[]][] = [
    ['apt: Failed to fetch, spaces, U+2028', [`E: Failed to fetch x${fill(' ')}\u2028`, `E: Failed to fetch x${fill(' ')}!\u2028`]],
    ['autoconf: checking a... repeated', [`checking ${fill('a...')}\u2028`, `checking a...${fill(' ')}\u2028!`]],
    ['compiler: undefined reference repeated', [fill("undefined reference to `x'") + '!']],
    ['fink: Removing with :u repeated', [`Removing fink-buildlock-x${fill(':u')}`]],
    ['python: a frame line with spaces and U+2028', ['Traceback (most recent call last):', `  File "", line 0, in x${fill(' ')}\u2028!`]],
    ['dpkg-checkbuilddeps: Build conflicts of (', [`dpkg-checkbuilddeps: error: Build conflicts: ${fill('(')}`]],
    ['libc: perror with spaces', [`sem_open: x${fill(' ')}!`]],
    ['pytest: summary of counts', [`= ${fill('3 failed, ')} in 1s =!`]],
    ['make: recipe of file:line pieces', [`make: *** [${fill('Makefile:9: ')}`]],
  ];
  const PIECES = ['checking ', '... ', '(cached) ', 'File "', '", line 1, in ', 'Error: ', 'I: mounting /', ' -> ', '\x1b[', '0;', '2025-07-04T14:32:14.5Z ', '#6 1.2 ', 'Mounting /a to ', ': No such file or directory', '[Errno 2]', ' ', '\u2028'];
  for (const piece of PIECES) LINES.push([`a 256 KiB line of ${JSON.stringify(piece)}`, [fill(piece, MiB / 4) + '!']]);

  for (const [name, lines] of LINES) {
    it(name, () => {
      const checker = new Checker({ source: 't', rules: allRules, parsers: allParsers });
      const started = process.hrtime.bigint();
      let number = 0;
      for (const prefix of ['', 'checking ', 'I: ']) {
        for (const raw of lines) { number++; checker.line({ number, raw: prefix + raw, text: normalizeLine(prefix + raw) }); }
      }
      checker.end();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      expect(ms).to.be.below(3000);
    });
  }

  it('a 64 MB line under --max-line-bytes 64 MiB: read whole, in seconds, and the next lines still found', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'checking a... ');
    const chunks: Buffer[] = [Buffer.from('first\n')];
    for (let i = 0; i < 1024; i++) chunks.push(chunk);
    chunks.push(Buffer.from('\nchecking for sem_open... yes\nchecking whether POSIX semaphores are enabled... no\n'));
    const started = Date.now();
    const result = await checkStream(Readable.from(chunks), { source: 'long.log', maxLineBytes: 64 * MiB + 1 });
    const ms = Date.now() - started;
    expect(result.problems).to.deep.equal([]);
    expect(result.findings.map((f) => [f.ruleId, f.line])).to.deep.equal([['autoconf-semaphores-disabled', 4]]);
    expect(ms).to.be.below(15_000);
  });
});
