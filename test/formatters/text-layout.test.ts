import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli } from '../helpers/cli.js';
import { formatText } from '../../src/formatters/text.js';
import { checkText } from '../../src/check.js';
import type { RunReport } from '../../src/report.js';

const example = readFileSync(path.join(ROOT, 'examples/pbuilder-0.231-shm-missing-devshm-build-fails.log'));
const count = (text: string, what: string): number => text.split(what).length - 1;

describe('text output: one fix per diagnosis, no repeated headline, pasteable steps', () => {
  it('live mode prints the fix block once for the four findings of the shm diagnosis', async () => {
    const run = await runCli(['--live', '-'], { stdin: example });
    // pbuilder-chroot-no-shm, autoconf-semaphores-disabled, python-semaphores-unavailable, build-first-failure
    expect(count(run.stdout, 'more evidence: No usable shared memory')).to.equal(3);
    expect(count(run.stdout, '  fix: ')).to.equal(1);
  });

  it('reading a file: the one-line answer is not repeated as a bullet', async () => {
    const run = await runCli([path.join(ROOT, 'examples/pbuilder-0.231-shm-missing-devshm-build-fails.log')]);
    const lead = run.stdout.split('\n')[0]!;
    expect(lead).to.match(/^Build failed in dh_auto_build; cause seen in configure: /);
    expect(run.stdout).to.not.include(`  • ${lead}`);
    expect(count(run.stdout, '  • ')).to.equal(3);
  });

  it('a makefile step is printed on its own lines with its tab, not as \\x0a', async () => {
    // pytest 7's summary (test/rules/test-suite-failure.test.ts) under dh_auto_test.
    const result = await checkText('   dh_auto_test\nFAILED tests/test_api.py::test_get - assert 1 == 2\n========================= 1 failed, 4 passed in 0.12s =========================\n');
    const report: RunReport = { version: 1, tool: { name: 'logcheck', version: '0' }, results: [result] };
    const text = formatText(report, { color: false });
    expect(text).to.not.include('\\x0a');
    expect(text).to.include("      override_dh_auto_test:\n      \tdh_auto_test -- --test-args='-k \"not test_get\"'");
  });

  it("GCC's source excerpt and caret are shown with the compiler error", async () => {
    const run = await runCli([path.join(ROOT, 'test/logs/pbuilder-0.231-compile-error.log')]);
    expect(run.stdout).to.match(/224 │ {4}20 \| {5}return totl;/);
    expect(run.stdout).to.match(/225 │ {7}\| {12}\^~~~/);
  });
});
