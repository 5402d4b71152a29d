import { expect } from 'chai';
import { catalogEntries } from '../../src/rules/catalog/index.js';
import { patternList, toRegExp } from '../../src/catalog/compile.js';

/**
 * Every catalog pattern (first line and `then` line) against hostile lines built from its own examples:
 * the example stretched in the middle, its first 40 characters repeated, the example followed by a long
 * run of spaces, and the example repeated. A pattern that backtracks catastrophically takes seconds on
 * these (100 kB); a linear one well under the bound. A safety net next to test/lines/redos.test.ts,
 * which drives whole lines through the engine.
 */
const SIZE = 100_000;
const BOUND_MS = 150;

function hostile(line: string): string[] {
  const mid = Math.floor(line.length / 2);
  const chunk = line.slice(Math.max(0, mid - 4), mid + 4) || 'a';
  const head = line.slice(0, 40) || 'a';
  return [
    line.slice(0, mid) + chunk.repeat(Math.ceil(SIZE / chunk.length)) + line.slice(mid),
    head.repeat(Math.ceil(SIZE / head.length)),
    `${line}${' '.repeat(SIZE)}!`,
    `${line} `.repeat(Math.ceil(SIZE / (line.length + 1))),
    line.slice(0, mid) + ' '.repeat(SIZE) + line.slice(mid),
  ];
}

describe('catalog patterns stay linear on hostile lines made from their examples', () => {
  for (const entry of catalogEntries) {
    it(entry.id, () => {
      const patterns = [...patternList(entry.match), ...(entry.then !== undefined ? patternList(entry.then.match) : [])].map(toRegExp);
      const lines = entry.examples.flatMap((e) => e.lines).filter((l) => l.length > 0);
      let worst = 0;
      let worstAt = '';
      for (const line of lines) {
        for (const text of hostile(line)) {
          for (const re of patterns) {
            // The fastest of three runs: a shared machine's pauses (GC, other processes) are not backtracking.
            let ms = Infinity;
            for (let run = 0; run < 3 && ms >= BOUND_MS / 10; run++) {
              const started = process.hrtime.bigint();
              re.exec(text);
              ms = Math.min(ms, Number(process.hrtime.bigint() - started) / 1e6);
            }
            if (ms > worst) {
              worst = ms;
              worstAt = `${re.source} on a line made from ${JSON.stringify(line.slice(0, 60))}`;
            }
          }
        }
      }
      expect(worst, worstAt).to.be.below(BOUND_MS);
    });
  }
});
