import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

/**
 * A library user's code, compiled against the published declarations (dist/src/index.d.ts): a rule
 * that subscribes to parsers' fact kinds must type-check, and a wrong field must not.
 */
describe('the published types', () => {
  function compile(body: string): { code: number | null; out: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-types-'));
    const index = JSON.stringify(path.join(ROOT, 'dist/src/index.js'));
    writeFileSync(path.join(dir, 'consumer.ts'), `import { checkText, allRules, type Rule } from ${index};\n${body}\n`);
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')] }, files: ['consumer.ts'] }));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    return { code: r.status, out: r.stdout + r.stderr };
  }

  it('a rule on autoconf.check, make.error and compiler.error facts type-checks; a field a fact lacks does not', function () {
    this.timeout(120000);
    const r = compile(`
const rule: Rule = {
  meta: { id: 'my-check', title: 'x', severity: 'warning', cause: 'build-failed', tags: [], docs: { description: 'd', why: 'w', fix: 'f' } },
  create(context) {
    return {
      'autoconf.check'(fact) { if (fact.subject === 'sem_open' && fact.result === 'no') context.report({ message: fact.line.text, evidence: [] }); },
      'make.error'(fact) { void fact.level; },
      'compiler.error'(fact) {
        // @ts-expect-error: a field a fact does not have is a type error (unused, this line fails the compile).
        void fact.nosuchfield;
      },
    };
  },
};
void checkText('checking for sem_open... no\\n', { rules: [...allRules, rule] });
`);
    expect(r.out).to.equal('');
    expect(r.code).to.equal(0);
  });

});
