import { expect } from 'chai';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { readLines } from '../../src/engine/read-lines.js';
import { normalizeLine } from '../../src/lines/normalize.js';
import { randomChunks } from '../../src/testing/rule-tester.js';
import type { LogLine } from '../../src/types.js';

async function read(chunks: Buffer[], maxLineBytes?: number): Promise<{ lines: LogLine[]; problems: string[] }> {
  const lines: LogLine[] = [];
  const result = await readLines(Readable.from(chunks), { source: 't', ...(maxLineBytes ? { maxLineBytes } : {}) }, (l) => lines.push(l));
  return { lines, problems: result.problems.map((p) => p.message) };
}

// Log-like text: ASCII, multi-byte characters, CR, ESC and newlines in any mix.
const logText = fc.array(fc.oneof(
  fc.constantFrom('\n', '\r\n', '\r', '\x1b[0m', 'I: mounting /proc filesystem', '…', 'é', '😀', '\t', 'checking for sem_open... yes'),
  fc.string({ maxLength: 20 }),
), { maxLength: 60 }).map((parts) => parts.join(''));

describe('lines', () => {
  it('chunk boundaries never change the lines (property)', async () => {
    await fc.assert(fc.asyncProperty(logText, fc.integer({ min: 1, max: 1000 }), async (text, seed) => {
      const whole = await read([Buffer.from(text)]);
      const split = await read(randomChunks(Buffer.from(text), seed));
      expect(split.lines).to.deep.equal(whole.lines);
    }), { numRuns: 200 });
  });

  // The clamp validates UTF-8 where a chunk lies and joins only the line across two chunks: the first
  // line with a bad byte is named whatever the chunking (a 0xFF byte, which UTF-8 never holds).
  it('names the first line that is not UTF-8 whatever the chunk boundaries (property)', async () => {
    const line = fc.oneof(fc.constantFrom('é', '😀', 'checking for sem_open... yes', ''), fc.string({ maxLength: 30 })).map((t) => t.replace(/\n/g, ''));
    await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 1000 }), async (lines, at, pos, seed) => {
      const bad = at % lines.length;
      const parts = lines.map((l, i) => {
        const b = Buffer.from(l);
        if (i !== bad) return b;
        // Between characters, never inside one.
        const cut = Buffer.from([...l].slice(0, pos % ([...l].length + 1)).join('')).length;
        return Buffer.concat([b.subarray(0, cut), Buffer.from([0xff]), b.subarray(cut)]);
      });
      const bytes = Buffer.concat(parts.flatMap((p) => [p, Buffer.from('\n')]));
      const split = await read(randomChunks(bytes, seed));
      expect(split.problems.filter((p) => p.includes('UTF-8'))).to.deep.equal([`line ${bad + 1}: not valid UTF-8; read with replacement characters (--encoding latin1 reads a Latin-1 log)`]);
    }), { numRuns: 300 });
  });

  it('line numbers count newlines exactly (property)', async () => {
    await fc.assert(fc.asyncProperty(logText, async (text) => {
      const { lines } = await read([Buffer.from(text)]);
      // A log with CR but no LF at all is read with CR as its line end (its own test below).
      const crOnly = !text.includes('\n') && text.includes('\r');
      const newlines = (text.match(crOnly ? /\r/g : /\n/g) ?? []).length;
      const trailing = text.length > 0 && !text.endsWith(crOnly ? '\r' : '\n') ? 1 : 0;
      expect(lines.length).to.equal(newlines + trailing);
      lines.forEach((l, i) => expect(l.number).to.equal(i + 1));
    }), { numRuns: 200 });
  });

  it('cuts long lines at the clamp, says how long they were, keeps later numbers exact (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1025, max: 5000 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 99 }), async (length, before, seed) => {
      const text = `${'x\n'.repeat(before)}${'é'.repeat(length)}\nafter\n`;
      const { lines } = await read(randomChunks(Buffer.from(text), seed), 1024);
      const long = lines[before]!;
      expect(long.cutBytes).to.equal(length * 2);
      expect(Buffer.byteLength(long.raw)).to.be.at.most(1024);
      expect(long.raw).to.match(/^é+$/); // never a broken character
      expect(lines[before + 1]).to.include({ number: before + 2, text: 'after' });
    }), { numRuns: 60 });
  });

  it('normalized text never holds an escape character (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('\x1b', '[', '0', 'm', ']', ';', '\x07', '\\', 'a', '\r', '\x9b') }), (raw) => {
      expect(normalizeLine(raw)).not.to.match(/[\x1b\x9b]/);
    }), { numRuns: 500 });
  });
});

describe('normalizeLine', () => {
  const cases: [string, string, string][] = [
    ['pbuilder colour', '\x1b[0mI: mounting /proc filesystem\x1b[0m', 'I: mounting /proc filesystem'],
    ['bold yellow warning', '\x1b[1;33mW: cgroups are not available on the host, not using them.\x1b[0m', 'W: cgroups are not available on the host, not using them.'],
    ['OSC hyperlink', '\x1b]8;;file:///x\x07link\x1b]8;;\x07', 'link'],
    ['dpkg progress redraws', '(Reading database ... \r(Reading database ... 5%\r(Reading database ... 12437 files and directories currently installed.)\r', '(Reading database ... 12437 files and directories currently installed.)'],
    ['GitHub timestamp', '2025-07-04T14:32:14.5612144Z checking for sem_open... yes', 'checking for sem_open... yes'],
    ['BuildKit', '#6 20.55 checking for sem_open... yes', 'checking for sem_open... yes'],
    ['Jenkins timestamper', '[2025-07-04T14:32:14.561Z] I: mounting /proc filesystem', 'I: mounting /proc filesystem'],
    ['GitLab section marker', 'section_start:1700000000:build\r\x1b[0KRunning build', 'Running build'],
    ['typographic ellipsis', 'checking for sem_unlink\u2026 yes', 'checking for sem_unlink... yes'],
    ['a heading that is not a BuildKit prefix', '# checking', '# checking'],
    // A CRLF log's blank line arrives as "\r"; lastRedraw once looped forever on it (lastIndexOf with a
    // negative start searches from 0). test/logs/pbuilder-0.231-build-hello-success.log line 243 has one.
    ['a CRLF blank line', '\r', ''],
    ['carriage returns only', '\r\r', ''],
    ['text between carriage returns', '\rtext\r', 'text'],
    ['GitLab runner timestamps (stdout)', '2024-05-21T12:34:56.123456Z 00O checking for sem_open... yes', 'checking for sem_open... yes'],
    ['GitLab runner timestamps (stderr, continued)', '2024-05-21T12:34:56.123456Z 01E+E: Failed autobuilding of package', 'E: Failed autobuilding of package'],
    ['Jenkins timestamper clock time', '17:18:52 checking for sem_open... yes', 'checking for sem_open... yes'],
    ['Jenkins timestamper with milliseconds', '17:18:52.123 E: Failed autobuilding of package', 'E: Failed autobuilding of package'],
    ['Open Build Service', '[   23s] checking for sem_open... yes', 'checking for sem_open... yes'],
    ['Open Build Service, long build', '[12345s] make: *** [Makefile:3: all] Error 1', 'make: *** [Makefile:3: all] Error 1'],
    ['Bamboo build line', 'build\t04-Jul-2025 14:32:14\tchecking for sem_open... yes', 'checking for sem_open... yes'],
    ['Bamboo error line', 'error\t04-Jul-2025 14:32:14\tE: Failed autobuilding of package', 'E: Failed autobuilding of package'],
    ['Buildkite timestamp APC', '\x1b_bk;t=1625064000000\x07checking for sem_open... yes', 'checking for sem_open... yes'],
    ['Buildkite marker without its escape', '_bk;t=1625064000000\x07checking for sem_open... yes', 'checking for sem_open... yes'],
    ['a time inside a line is kept', 'autopkgtest [17:18:52]: test command1: FAIL', 'autopkgtest [17:18:52]: test command1: FAIL'],
    ['a bracketed word is not an OBS prefix', '[ERROR] Failed to execute goal', '[ERROR] Failed to execute goal'],
  ];
  for (const [name, raw, text] of cases) it(name, () => expect(normalizeLine(raw)).to.equal(text));
});
