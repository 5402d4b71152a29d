import assert from 'node:assert/strict';
import { checkText } from '../../src/check.js';

// test/logs/pbuilder-0.231-build-hello-success.log line 243 is a lone `\r` before the newline
// (`\r\r\n` in the file): reading it used to loop forever.
describe('lines made of carriage returns', () => {
  it('reads a line of nothing but \\r without hanging', async () => {
    const result = await checkText('I: one\n\r\r\n\r\nI: two\n', { rules: [] });
    assert.equal(result.lines, 4);
    assert.deepEqual(result.problems, []);
  });
});
