import assert from 'node:assert/strict';
import { HeapGuard } from '../../src/cli/heap-guard.js';

const MB = 1024 * 1024;

describe('heap guard (a full collection between logs once the old generation grew by 16 MB)', () => {
  it('looks every 16th log, collects once the old generation is 16 MB over the last base, then measures from what was kept', () => {
    let used = 30 * MB;
    const guard = new HeapGuard(() => used);
    for (let i = 0; i < 32; i++) guard.afterLog();
    assert.equal(guard.collections, 0, 'nothing grew');
    used = 47 * MB;
    for (let i = 0; i < 15; i++) guard.afterLog();
    assert.equal(guard.collections, 0, 'only every 16th log looks');
    guard.afterLog();
    assert.equal(guard.collections, 1, 'a real collection (gc through --expose-gc) was made');
    // The fake measure does not fall: the base is now 47 MB, and 62 MB is under the step.
    used = 62 * MB;
    for (let i = 0; i < 16; i++) guard.afterLog();
    assert.equal(guard.collections, 1);
  });

  it('a full collection of V8\'s own in between lowers the base', () => {
    let used = 60 * MB;
    const guard = new HeapGuard(() => used);
    used = 30 * MB;
    for (let i = 0; i < 16; i++) guard.afterLog();
    used = 45 * MB;
    for (let i = 0; i < 16; i++) guard.afterLog();
    assert.equal(guard.collections, 0, '45 MB is 15 over 30');
    used = 47 * MB;
    for (let i = 0; i < 16; i++) guard.afterLog();
    assert.equal(guard.collections, 1);
  });
});
