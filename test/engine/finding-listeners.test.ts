import assert from 'node:assert/strict';
import { Checker } from '../../src/engine/checker.js';
import type { Rule } from '../../src/rule.js';
import type { Finding } from '../../src/types.js';

const meta = (id: string): Rule['meta'] => ({ id, title: id, severity: 'error', cause: 'build-failed', tags: [], docs: { description: '', why: '', fix: '' } });

describe('rules that listen to findings', () => {
  it('see every other rule\'s findings (never their own), and end after the other rules', () => {
    const order: string[] = [];
    const seen: Finding[] = [];
    const listener: Rule = {
      meta: meta('listener'),
      create: (context) => ({
        finding: (f) => seen.push(f),
        end: () => {
          order.push('listener');
          context.report({ message: `saw ${seen.length}`, evidence: [{ line: 1, text: 'x' }] });
        },
      }),
    };
    const reporter: Rule = {
      meta: meta('reporter'),
      create: (context) => ({
        line: (fact) => context.report({ message: 'line', evidence: [{ line: fact.line.number, text: fact.line.text }] }),
        end: () => {
          order.push('reporter');
          context.report({ message: 'at end', evidence: [{ line: 2, text: 'y' }], location: { path: 'src/a.c', line: 3, column: 1 } });
        },
      }),
    };
    // The listener is registered first, yet ends last.
    const checker = new Checker({ source: 't', rules: [listener, reporter], parsers: [] });
    checker.line({ number: 1, raw: 'x', text: 'x' });
    const findings = checker.end();
    assert.deepEqual(order, ['reporter', 'listener']);
    assert.deepEqual(seen.map((f) => f.message), ['line', 'at end']);
    assert.equal(findings[findings.length - 1]!.message, 'saw 2');
    assert.deepEqual(findings[1]!.location, { path: 'src/a.c', line: 3, column: 1 });
  });
});
