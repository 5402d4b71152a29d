import assert from 'node:assert/strict';
import { normalizeLine } from '../src/lines/normalize.js';

// A CRLF log's blank line reaches normalizeLine as "\r"; lastRedraw looped forever on it
// (String#lastIndexOf with a negative position searches from 0 and found the same \r again).
describe('normalizeLine: CRLF blank lines', () => {
  it('reads "\\r" and "\\r\\r" as empty lines', () => {
    assert.equal(normalizeLine('\r'), '');
    assert.equal(normalizeLine('\r\r'), '');
    assert.equal(normalizeLine('\rtext\r'), 'text');
  });
});
