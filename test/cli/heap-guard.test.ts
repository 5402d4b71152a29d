import assert from 'node:assert/strict';
import { HeapGuard, STEP } from '../../src/cli/heap-guard.js';

const MB = 1024 * 1024;

describe('heap guard (a full collection between logs once the old generation grew by STEP)', () => {
  it('looks every 16th log, collects once the old generation is STEP over the last base, then measures from what was kept', () => {
    let used = 30 * MB;
    const guard = new HeapGuard(() => used);
    for (let i = 0; i < 32; i++) guard.afterLog();
    assert.equal(guard.collections, 0, 'nothing grew');
    used = 30 * MB + STEP + MB;
    for (let i = 0; i < 15; i++) guard.afterLog();
    assert.equal(guard.collections, 0, 'only every 16th log looks');
    guard.afterLog();
    assert.equal(guard.collections, 1, 'a real collection (gc through --expose-gc) was made');
    // The fake measure does not fall: the base is now 31 MB + STEP, and 1 MB under a step more is not enough.
    used = 30 * MB + 2 * STEP;
    for (let i = 0; i < 16; i++) guard.afterLog();
    assert.equal(guard.collections, 1);
  });

  it('a full collection of V8\'s own in between lowers the base', () => {
    let used = 60 * MB;
    const guard = new HeapGuard(() => used);
    used = 30 * MB;
    for (let i = 0; i < 16; i++) guard.afterLog();
    used = 30 * MB + STEP - MB;
    for (let i = 0; i < 16; i++) guard.afterLog();
    assert.equal(guard.collections, 0, 'a MB under the step over 30');
    used = 30 * MB + STEP + MB;
    for (let i = 0; i < 16; i++) guard.afterLog();
    assert.equal(guard.collections, 1);
  });
});
