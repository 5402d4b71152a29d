import assert from 'node:assert/strict';
import { HeapGuard } from '../../src/cli/heap-guard.js';

describe('heap guard (a full collection between logs once the old generation grew by 16 MB)', () => {
  it('collects after 16 logs once 16 MB more lie in the old generation, not before, and not again at once', () => {
    const guard = new HeapGuard();
    for (let i = 0; i < 16; i++) guard.afterLog();
    assert.equal(guard.collections, 0, 'nothing grew');
    // 24 MB of arrays large enough for the large-object space (old generation), then dropped.
    let junk: number[][] = [];
    for (let i = 0; i < 24; i++) junk.push(new Array<number>(131_072).fill(i));
    assert.equal(junk.length, 24);
    junk = [];
    for (let i = 0; i < 15; i++) guard.afterLog();
    assert.equal(guard.collections, 0, 'only every 16th log looks');
    guard.afterLog();
    assert.equal(guard.collections, 1);
    for (let i = 0; i < 16; i++) guard.afterLog();
    assert.equal(guard.collections, 1, 'measured from what the collection kept');
  });
});
