import { expect } from 'chai';
import fc from 'fast-check';
import { Prefilter } from '../../src/engine/prefilter.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { FileStream } from '../../src/input/file-stream.js';
import path from 'node:path';
import { Readable } from 'node:stream';
import { checkStream } from '../../src/check.js';
import { Checker } from '../../src/engine/checker.js';
import { ByteMatcher } from '../../src/engine/byte-matcher.js';
import { LineScanner } from '../../src/engine/scan-lines.js';
import { scanBatch } from '../../src/engine/scan-kernel.js';
import { allParsers } from '../../src/parsers/index.js';
import { allRules } from '../../src/rules/index.js';
import type { Finding, LogLine, SourceResult } from '../../src/types.js';
import { LOGS } from '../helpers/cli.js';

/** Everything a finding says, but its source. */
function essence(r: SourceResult): unknown {
  return { lines: r.lines, problems: r.problems, findings: r.findings.map((f: Finding) => ({ ...f })), omitted: r.omitted };
}

function chunks(data: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) out.push(data.subarray(i, i + size));
  return out;
}

describe('the byte scanner (engine/scan-lines.ts) changes no finding', () => {
  const logs = readdirSync(LOGS).filter((f) => f.endsWith('.log')).sort();

  it('the checker of every built-in parser and rule can scan (no parser or rule needs every line)', () => {
    expect(new Checker({ source: 'x', rules: allRules, parsers: allParsers }).byteMatcher()).to.be.instanceOf(ByteMatcher);
  });

  // Each log as it is, in 7-byte chunks (lines across chunks), with CRLF, and with GitHub's timestamps
  // (normalization strips them: the scanner must pass those lines on).
  const variants: [string, (b: Buffer) => Buffer[]][] = [
    ['as it is', (b) => [b]],
    ['in 7-byte chunks', (b) => chunks(b, 7)],
    ['with CRLF', (b) => [Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n'))]],
    ['with GitHub timestamps', (b) => [Buffer.from(b.toString('utf8').replace(/^/gm, '2025-07-04T14:32:14.5612144Z '))]],
  ];
  for (const name of logs) {
    it(name, async () => {
      const data = readFileSync(path.join(LOGS, name));
      const plain = essence(await checkStream(Readable.from([data]), { source: name, scan: false }));
      for (const [how, make] of variants) {
        const a = how === 'as it is' ? plain : essence(await checkStream(Readable.from(make(data)), { source: name, scan: false }));
        const b = essence(await checkStream(Readable.from(make(data)), { source: name }));
        expect(b, how).to.deep.equal(a);
      }
    });
  }
});

describe('the byte scanner on a file read in recycled 64 KiB chunks (FileStream.recycle)', () => {
  it('finds what the line reader finds in every test log one after the other, three times (2 MB, 30 chunks)', async function () {
    this.timeout(60_000);
    const names = readdirSync(LOGS).filter((f) => f.endsWith('.log')).sort();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'logcheck-scan-')), 'all.log');
    const all = Buffer.concat(names.map((n) => readFileSync(path.join(LOGS, n))));
    writeFileSync(file, Buffer.concat([all, all, all]));
    const plain = essence(await checkStream(Readable.from([readFileSync(file)]), { source: 'all.log', scan: false, maxFindingsPerRule: 1000 }));
    const stream = new FileStream(file);
    let recycled = 0;
    const recycle = stream.recycle.bind(stream);
    stream.recycle = (memory) => { recycled++; recycle(memory); };
    const scanned = essence(await checkStream(stream, { source: 'all.log', maxFindingsPerRule: 1000 }));
    expect(scanned).to.deep.equal(plain);
    expect(recycled, 'chunks handed back').to.be.greaterThan(3);
    // The clamp passes chunks on as views (only the line across two chunks is joined), so the chunks
    // come back and are read into again: a few allocated, not one per 64 KiB read.
    const chunks = Math.ceil(readFileSync(file).length / 65536);
    expect(stream.allocated, `chunks allocated for ${chunks} reads`).to.be.lessThan(12);
  });
});

describe('the byte matcher never misses a line the prefilter would pass', () => {
  const prefilter = new Prefilter(allParsers);
  const matcher = new Checker({ source: 'x', rules: allRules, parsers: allParsers }).byteMatcher()!;
  const literals = allParsers.flatMap((p) => [...(p.triggers ?? []), ...(p.prefixes ?? []), ...(p.suffixes ?? [])]);
  it('on lines made of literals, their pieces and white space (property)', async () => {
    const piece = fc.oneof(fc.constantFrom(...literals), fc.constantFrom(...literals).map((l) => l.slice(1)), fc.constantFrom(' ', '\t', 'x', '\u00a0', ': ', '\u2192', 'é'));
    const line = fc.array(piece, { maxLength: 6 }).map((a) => a.join('').replace(/[\n\r\x1b]/g, ''));
    await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), async (lines) => {
      const seen = new Set<number>();
      const scanner = new LineScanner(matcher, { line: (l) => { seen.add(l.number); }, needsNext: () => false }, new Map());
      await new Promise<void>((resolve, reject) => Readable.from([Buffer.from(`${lines.join('\n')}\n`)]).pipe(scanner).on('finish', resolve).on('error', reject));
      lines.forEach((text, i) => {
        if (prefilter.hits(text) !== 0) expect(seen.has(i + 1), JSON.stringify(text)).to.equal(true);
      });
    }), { numRuns: 500 });
  });
});

describe("the byte scanner's word that a line holds no trigger (ScanTarget.line's `triggers`)", () => {
  const matcher = new Checker({ source: 'x', rules: allRules, parsers: allParsers }).byteMatcher()!;
  const triggers = [...new Set(allParsers.flatMap((p) => p.triggers ?? []))];
  const holdsTrigger = (text: string): boolean => triggers.some((t) => text.includes(t));

  async function handed(data: Buffer): Promise<Map<number, { text: string; triggers: boolean }>> {
    const seen = new Map<number, { text: string; triggers: boolean }>();
    const scanner = new LineScanner(matcher, { line: (l, t) => { seen.set(l.number, { text: l.text, triggers: t }); }, needsNext: () => false }, new Map());
    await new Promise<void>((resolve, reject) => Readable.from([data]).pipe(scanner).on('finish', resolve).on('error', reject));
    return seen;
  }

  it('false only on lines without one, and the worker kernel (scanBatch) says the same of every line (every test log)', async () => {
    let unread = 0;
    for (const name of readdirSync(LOGS).filter((f) => f.endsWith('.log')).sort()) {
      let data = readFileSync(path.join(LOGS, name));
      if (data[data.length - 1] !== 10) data = Buffer.concat([data, Buffer.from('\n')]);
      const seen = await handed(data);
      const batch = scanBatch(matcher.tables, data);
      const fromBatch = new Map<number, boolean>();
      for (let k = 0; k < batch.count; k++) fromBatch.set((batch.flags[3 * k]! >> 1) + 1, (batch.flags[3 * k]! & 1) === 1);
      expect([...fromBatch.keys()], name).to.deep.equal([...seen.keys()]);
      for (const [number, { text, triggers: t }] of seen) {
        expect(fromBatch.get(number), `${name}:${number}`).to.equal(t);
        if (!t) {
          unread++;
          expect(holdsTrigger(text), `${name}:${number} ${JSON.stringify(text)}`).to.equal(false);
        }
      }
    }
    // Most handed lines are handed for a prefix alone (pbuilder's `I: `, dpkg-buildpackage's ...).
    expect(unread).to.be.greaterThan(1000);
  });

  it('on lines made of literals, their pieces, escapes and white space (property)', async () => {
    const literals = allParsers.flatMap((p) => [...(p.triggers ?? []), ...(p.prefixes ?? []), ...(p.suffixes ?? [])]);
    const piece = fc.oneof(fc.constantFrom(...literals), fc.constantFrom(...literals).map((l) => l.slice(1)), fc.constantFrom(' ', '\t', 'x', '\x1b[0m', '\r', '\u2026', '\u00a0', ': ', '\u2192'));
    const line = fc.array(piece, { maxLength: 6 }).map((a) => a.join('').replace(/\n/g, ''));
    await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), async (lines) => {
      for (const { text, triggers: t } of (await handed(Buffer.from(`${lines.join('\n')}\n`))).values()) {
        if (!t) expect(holdsTrigger(text), JSON.stringify(text)).to.equal(false);
      }
    }), { numRuns: 500 });
  });

  it('a line wanted for its prefix alone is read to its end: false; with a trigger after the prefix: true', async () => {
    // pbuilder 0.231 (test/logs/): `I: ` lines; `error: ` is a trigger anywhere (the compiler's).
    const seen = await handed(Buffer.from('I: Building the package\nI: x: error: y\n'));
    expect([...seen.values()].map((l) => l.triggers)).to.deep.equal([false, true]);
  });
});

describe('LineScanner', () => {
  // make's `***` line is the only one with a literal; the look-back must still see the skipped lines.
  // Lines from test/logs/pbuilder-0.231-compile-error.log.
  const parsers = [allParsers.find((p) => p.name === 'make')!];
  const matcher = new ByteMatcher({ prefixes: ['make'], suffixes: ['not found'], anywhere: ['rror: '] });

  async function scan(input: Buffer[], target?: (line: LogLine, s: LineScanner) => void): Promise<{ seen: LogLine[]; scanner: LineScanner }> {
    const seen: LogLine[] = [];
    const scanner: LineScanner = new LineScanner(matcher, { line: (l) => { seen.push(l); target?.(l, scanner); }, needsNext: () => false }, new Map());
    await new Promise<void>((resolve, reject) => Readable.from(input).pipe(scanner).on('finish', resolve).on('error', reject));
    return { seen, scanner };
  }

  it('hands on only the lines with a literal, with their exact numbers', async () => {
    const { seen, scanner } = await scan([Buffer.from("gcc -c main.c\nmain.c:3:5: error: unknown type name 'foo'\n   3 | foo x;\nmake[1]: *** [Makefile:9: main.o] Error 1\nsh: 1: cmake: not found  \nlast")]);
    expect(seen.map((l) => [l.number, l.text])).to.deep.equal([
      [2, "main.c:3:5: error: unknown type name 'foo'"],
      [4, 'make[1]: *** [Makefile:9: main.o] Error 1'],
      [5, 'sh: 1: cmake: not found  '],
    ]);
    // The last piece without a newline is a line (split2's framing).
    expect(scanner.lines).to.equal(6);
  });

  it('passes on lines that normalization changes: escapes in the text, bare CR, CI prefixes; not a CRLF ending', async () => {
    const { seen } = await scan([Buffer.from('a\x1b[1mb\nplain\r\nProgress 5%\rProgress 9%\n[   23s] checking\n#6 20.55 text\ndone…\nplain\n')]);
    expect(seen.map((l) => l.number)).to.deep.equal([1, 3, 4, 5, 6]);
  });

  it('reads a line between colours (pbuilder 0.231) as its text: the prefix after them, the suffix before them', async () => {
    // Lines 1-3 as in test/logs/pbuilder-0.231-*.log; `make` is a prefix and `not found` a suffix here.
    const { seen } = await scan([Buffer.from('\x1b[0mI: mounting /proc filesystem\x1b[0m\n\x1b[0mmake[1]: *** [x] Error 1\x1b[0m\r\n\x1b[1;33mW: sh: 1: x: not found\x1b[0m\x1b[K\n\x1b[0m\nx \x1b[0m y\n\x1b(Bmake\n')]);
    expect(seen.map((l) => [l.number, l.text])).to.deep.equal([
      [2, 'make[1]: *** [x] Error 1'],
      [3, 'W: sh: 1: x: not found'],
      // An escape inside the text, and one that is not CSI: passed on as before.
      [5, 'x  y'],
      [6, 'make'],
    ]);
  });

  it('the look-back sees the lines it skipped, decoded on demand', async () => {
    let recent: string[] = [];
    await scan(chunks(Buffer.from('a\nb\nc\nmake: *** [all] Error 2\nd\n'), 3), (line, s) => {
      if (line.number === 4) recent = s.recentLines().map((l) => `${l.number}:${l.text}`);
    });
    expect(recent).to.deep.equal(['1:a', '2:b', '3:c', '4:make: *** [all] Error 2']);
  });

  it("make's last output before its error comes from the look-back", async () => {
    const log = Buffer.from("gcc -c main.c\nmain.c:3:5: note: here\n\nmake[1]: Leaving directory '/build/x'\nmake[1]: *** [Makefile:9: main.o] Error 1\n");
    const facts: unknown[] = [];
    const rule = { meta: { id: 'probe' } as never, create: () => ({ 'make.error': (f: { lastOutput?: unknown }) => { facts.push(f.lastOutput); } }) };
    await checkStream(Readable.from([log]), { rules: [rule as never], parsers });
    expect(facts).to.deep.equal([{ line: 2, text: 'main.c:3:5: note: here' }]);
  });
});

describe('LineScanner look-back', () => {
  const matcher = new ByteMatcher({ prefixes: ['make'], suffixes: [], anywhere: [] });
  const text = Array.from({ length: 60 }, (_, i) => (i === 44 ? 'make: *** [all] Error 2' : `line ${i + 1}`)).join('\n');
  for (const size of [1, 5, 64, 100000]) {
    it(`reaches 32 lines back over chunk boundaries (${size}-byte chunks), and at the end the last lines`, async () => {
      let back: string[] = [];
      const scanner: LineScanner = new LineScanner(matcher, { line: () => { back = scanner.recentLines().map((l) => `${l.number}:${l.text}`); }, needsNext: () => false }, new Map());
      const data = Buffer.from(text);
      for (let i = 0; i < data.length; i += size) scanner.feed(data.subarray(i, i + size));
      scanner.flush();
      expect(back).to.deep.equal(Array.from({ length: 32 }, (_, k) => (k === 31 ? '45:make: *** [all] Error 2' : `${14 + k}:line ${14 + k}`)));
      expect(scanner.recentLines().map((l) => l.number)).to.deep.equal(Array.from({ length: 32 }, (_, k) => 29 + k));
      expect(scanner.recentLines()[31]!.text).to.equal('line 60');
    });
  }
});
