import { expect } from 'chai';
import { checkText } from '../../src/check.js';
import type { Finding } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { Checker } from '../../src/engine/checker.js';
import { allRules } from '../../src/rules/index.js';
import { allParsers } from '../../src/parsers/index.js';
import { normalizeLine } from '../../src/lines/normalize.js';
import { defineCauses } from '../../src/causes.js';
import type { Rule } from '../../src/rule.js';

// The frame of a successful pbuilder 0.231 build: lines from test/logs/pbuilder-0.231-build-hello-success.log.
const START = [
  'I: Building the package',
  'I: Running cd /build/hello-2.10/ && env PATH="/usr/sbin:/usr/bin:/sbin:/bin" HOME="/nonexistent" dpkg-buildpackage -us -uc',
  ' debian/rules binary',
  '   dh_auto_test',
];
const END_OK = [
  'dpkg-buildpackage: info: binary and diff upload (original source NOT included)',
  'I: copying local configuration',
  'I: cleaning the build env ',
  'I: removing directory /var/cache/pbuilder/build/14096 and its subdirectories',
  'I: Current time: Sat Nov 21 02:37:27 UTC 2026',
  'I: pbuilder-time-stamp: 1795228647',
];
// The end of a failed one: test/logs/pbuilder-0.231-build-failure.log.
const END_FAILED = [
  'dh_auto_test: error: make -j2 check returned exit code 2',
  'dpkg-buildpackage: error: debian/rules binary subprocess returned exit status 2',
  'I: copying local configuration',
  'E: Failed autobuilding of package',
  'I: cleaning the build env ',
];
// Error-looking lines a passing test suite prints: the issue's examples, in their tools' own texts (glibc's
// strerror for ENOSPC with the test's "(expected)", apt 2.6's `E: Unable to locate package`, Python 3.11's
// socket.gaierror and ModuleNotFoundError, GCC's `virtual memory exhausted: Cannot allocate memory`), inside a
// unittest run that passes.
const TEST_NOISE = [
  'test_enospc (tests.test_write.T.test_enospc) ... write: No space left on device (expected)',
  'E: Unable to locate package libdoesnotexist-dev',
  'socket.gaierror: [Errno -2] Name or service not known',
  "ModuleNotFoundError: No module named 'numpy'",
  'virtual memory exhausted: Cannot allocate memory',
  'Ran 5 tests in 0.010s',
  'OK',
];
// A contradiction that breaks the product even when the build passes (CPython's configure, the seed log).
const SHM = ['checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... no', 'checking for broken sem_getvalue... yes'];

const log = (...parts: string[][]): string => `${parts.flat().join('\n')}\n`;
const errors = (findings: readonly Finding[]): string[] => findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);

describe('outcome: a build that succeeded is judged as one', () => {
  it('error-looking lines inside the passing tests of a successful build give no error finding', async () => {
    const { findings } = await checkText(log(START, TEST_NOISE, END_OK));
    expect(errors(findings)).to.deep.equal([]);
    // They are kept as notes, without a fix, pointing at the success line.
    const notes = findings.filter((f) => f.severity === 'note');
    expect(notes.map((f) => f.ruleId).sort()).to.deep.equal(['apt-unsatisfiable-build-deps', 'build-disk-full', 'build-network-access', 'build-out-of-memory', 'python-module-not-found']);
    for (const f of notes) {
      expect(f.remediation, f.ruleId).to.equal(undefined);
      expect(f.data?.buildSucceeded, f.ruleId).to.equal(16);
      expect(f.message).to.match(/^Not a failure: the build succeeded \(line 16\)/);
    }
  });

  it('the same lines in a failed build are errors', async () => {
    const { findings } = await checkText(log(START, TEST_NOISE, END_FAILED));
    expect(errors(findings)).to.include.members(['build-disk-full', 'build-first-failure']);
  });

  it('sbuild 0.85 `Status: successful` (Summary) is a success too', async () => {
    const { findings } = await checkText(log(['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm'], TEST_NOISE.slice(0, 1),
      ['+------------------------------------------------------------------------------+', '| Summary                                                                      |',
        '+------------------------------------------------------------------------------+', '', 'Build Architecture: amd64', 'Status: successful']));
    expect(findings.map((f) => [f.ruleId, f.severity])).to.deep.equal([['build-disk-full', 'note']]);
  });

  it('the shm contradiction stays an error in a build that succeeded (the seed case)', async () => {
    const { findings } = await checkText(log(START.slice(0, 3), SHM, ['make[1]: Leaving directory \'/build/python3.11\''], END_OK));
    expect(findings.map((f) => [f.ruleId, f.severity])).to.deep.equal([['autoconf-semaphores-disabled', 'error']]);
  });

  it('live: a failure cause is shown once the build has failed, not before; a product defect at once', () => {
    const lines = log(START, SHM, ["make[1]: Leaving directory '/build/x'"], TEST_NOISE.slice(0, 1), END_FAILED).trimEnd().split('\n');
    const shown: [string, number][] = [];
    let at = 0;
    const checker = new Checker({ source: 'x', rules: allRules, parsers: allParsers, onFinding: (f) => shown.push([f.ruleId, at]) });
    for (const raw of lines) checker.line({ number: ++at, raw, text: normalizeLine(raw) });
    checker.end();
    // configure's contradiction at line 8 (when configure moves on); the ENOSPC of line 9 waits for
    // dpkg-buildpackage's error at line 11.
    expect(shown).to.deep.include.members([['autoconf-semaphores-disabled', 8], ['build-disk-full', 11]]);
    expect(shown.findIndex(([id]) => id === 'build-disk-full')).to.be.greaterThan(shown.findIndex(([id]) => id === 'autoconf-semaphores-disabled'));
  });

  it('applies to any rule by its cause, with no code of its own: a catalog-style entry is held and softened too', async () => {
    // A cause registered the way a catalog or plug-in does (no kind: a failure cause by default), and a
    // rule that knows nothing of outcomes.
    defineCauses([{ id: 'test-catalog-cause', title: 'A catalog cause', side: 'package' }]);
    const catalogLike: Rule = {
      meta: { id: 'catalog-entry-example', title: 'example', severity: 'error', cause: 'test-catalog-cause', tags: [], docs: { description: 'x'.repeat(31), why: 'x'.repeat(31), fix: 'x'.repeat(31) } },
      create: (context) => ({ 'system.error': (fact) => { if (fact.problem === 'no-space') context.report({ message: 'disk', evidence: [{ line: fact.line.number, text: fact.line.text }] }); } }),
    };
    const ok = await checkText(log(START, TEST_NOISE.slice(0, 1), END_OK), { rules: [catalogLike] });
    expect(ok.findings.map((f) => [f.ruleId, f.severity])).to.deep.equal([['catalog-entry-example', 'note']]);
    const failed = await checkText(log(START, TEST_NOISE.slice(0, 1), END_FAILED), { rules: [catalogLike] });
    expect(failed.findings.map((f) => [f.ruleId, f.severity])).to.deep.equal([['catalog-entry-example', 'error']]);
  });

  it('the CLI exits 0 for the successful build and 1 for the failed one', async () => {
    expect((await runCli(['-'], { stdin: log(START, TEST_NOISE, END_OK) })).code).to.equal(0);
    expect((await runCli(['-'], { stdin: log(START, TEST_NOISE, END_FAILED) })).code).to.equal(1);
  });
});
