import { expect } from 'chai';
import { Checker } from '../../src/engine/checker.js';
import { allParsers } from '../../src/parsers/index.js';
import { allRules } from '../../src/rules/index.js';
import { normalizeLine } from '../../src/lines/normalize.js';

/**
 * Built-in patterns against catastrophic backtracking: long adversarial lines built from the pieces
 * each regex looks for must be read in linear time. The bound is generous (a backtracking blow-up
 * takes minutes, not milliseconds); this is a safety net, not a benchmark.
 */
const PIECES = ['checking ', '... ', '(cached) ', 'for working ', 'File "', '", line 1, in ', 'Error: ', 'I: mounting /', ' filesystem', ' -> ', 'Traceback (most recent call last):', '\x1b[', '0;', '2025-07-04T14:32:14.5Z ', '#6 1.2 ', 'a.', 'Mounting /a to ', ': No such file or directory', '[Errno 2]', ' '];

describe('no catastrophic backtracking in built-in patterns', () => {
  for (const piece of PIECES) {
    it(`a 200 kB line of ${JSON.stringify(piece)}`, () => {
      const raw = `${piece}`.repeat(Math.ceil(200_000 / piece.length)) + '!';
      const checker = new Checker({ source: 't', rules: allRules, parsers: allParsers });
      const started = process.hrtime.bigint();
      for (const prefix of ['', 'checking ', 'I: ', 'Traceback (most recent call last):\n']) {
        for (const [i, part] of (prefix + raw).split('\n').entries()) checker.line({ number: i + 1, raw: part, text: normalizeLine(part) });
      }
      checker.end();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      expect(ms).to.be.below(2000);
    });
  }
});
