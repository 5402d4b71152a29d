import assert from 'node:assert/strict';
import { Checker } from '../../src/engine/checker.js';
import { planOf } from '../../src/engine/rule-plan.js';
import { allRules } from '../../src/rules/index.js';
import type { Rule, RuleContext } from '../../src/rule.js';

const meta = (id: string): Rule['meta'] => ({ id, title: id, severity: 'error', cause: 'build-failed', tags: [], docs: { description: '', why: '', fix: '' } });

/** A context that records every read of it (and of its env) made while `create()` runs. */
function watchedContext(reads: string[]): RuleContext {
  const env = new Proxy({}, {
    get: (_t, key) => { reads.push(`env.${String(key)}`); return undefined; },
    has: (_t, key) => { reads.push(`env has ${String(key)}`); return false; },
    ownKeys: () => { reads.push('env keys'); return []; },
  });
  return {
    get source() { reads.push('source'); return 'x'; },
    env,
    report: () => { reads.push('report()'); },
    recentLines: () => { reads.push('recentLines()'); return []; },
    othersPending: () => { reads.push('othersPending()'); return false; },
  };
}

describe('rule plan (rules made when their first fact comes)', () => {
  // The Checker makes a fact-only rule the first time one of its facts is dispatched, so a rule whose
  // create() read its input's label or environment would see more of it than when made at the start.
  it('no rule reads its context, nor its environment, in create()', () => {
    const readers: string[] = [];
    for (const rule of allRules) {
      const reads: string[] = [];
      rule.create(watchedContext(reads));
      if (reads.length > 0) readers.push(`${rule.meta.id}: ${reads.join(', ')}`);
    }
    assert.deepEqual(readers, []);
  });

  it('makes at once only the rules that read lines, findings, end() or say they are pending', () => {
    const plan = planOf(allRules);
    const eager = plan.eager.map((i) => allRules[i]!.meta.id);
    assert.ok(eager.includes('build-first-failure'), 'reads findings');
    assert.ok(eager.length < 20, `${eager.length} rules made for every log`);
    for (const i of plan.eager) {
      const l = allRules[i]!.create(watchedContext([]));
      assert.ok(l.line ?? l.end ?? l.finding ?? l.pending ?? l.wantsLines, allRules[i]!.meta.id);
    }
    // Every catalog entry's rule handles its one fact kind and is made only when it comes.
    const catalog = allRules.findIndex((r) => r.meta.family !== undefined);
    assert.ok(catalog >= 0 && !plan.eager.includes(catalog));
    assert.deepEqual(plan.byKind.get(`catalog:${allRules[catalog]!.meta.id}`), [catalog]);
  });

  it('a fact-only rule is made on its first fact, handles facts in rule order, and finding listeners last', () => {
    const made: string[] = [];
    const order: string[] = [];
    const factRule = (id: string): Rule => ({
      meta: meta(id),
      // The plan makes one listener of each rule to learn its handlers (source ''): not counted.
      create: (context) => { if (context.source === 't') made.push(id); return { 'make.error': () => { order.push(id); } }; },
    });
    const listener: Rule = {
      meta: meta('listener'),
      create: (context) => { if (context.source === 't') made.push('listener'); return { finding: () => undefined, 'make.error': () => { order.push('listener'); } }; },
    };
    const checker = new Checker({ source: 't', rules: [listener, factRule('a'), factRule('b')], parsers: [] });
    assert.deepEqual(made, ['listener']);
    // Dispatch as a parser would (ParserContext.emit).
    const emit = (checker as unknown as { dispatch: (kind: string, line: unknown, data: object) => void }).dispatch.bind(checker);
    emit('make.error', { number: 1, raw: 'make: *** [all] Error 2', text: 'make: *** [all] Error 2' }, { target: 'all', code: 2 });
    assert.deepEqual(made, ['listener', 'a', 'b']);
    assert.deepEqual(order, ['a', 'b', 'listener']);
    emit('make.error', { number: 2, raw: 'make: *** [all] Error 2', text: 'make: *** [all] Error 2' }, { target: 'all', code: 2 });
    assert.deepEqual(made, ['listener', 'a', 'b'], 'each rule made once per input');
  });

  it('refuses a rule whose handlers differ from one listener to the next', () => {
    let calls = 0;
    const fickle: Rule = {
      meta: meta('fickle'),
      create: () => (calls++ === 0 ? { 'make.error': () => undefined } : { 'make.error': () => undefined, 'dpkg.message': () => undefined }),
    };
    const checker = new Checker({ source: 't', rules: [fickle], parsers: [] });
    const emit = (checker as unknown as { dispatch: (kind: string, line: unknown, data: object) => void }).dispatch.bind(checker);
    assert.throws(() => emit('make.error', { number: 1, raw: 'x', text: 'x' }, {}), /fickle: create\(\) returned a listener with other handlers/);
  });
});
