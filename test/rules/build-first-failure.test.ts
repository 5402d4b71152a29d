import assert from 'node:assert/strict';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/build-first-failure.js';
import { checkText } from '../../src/check.js';

// Alone (no cause rule), the rule falls back to the first failing command: the make error of
// test/logs/pbuilder-0.231-build-failure.log lines 287-300, whose recipe ends in `exit 1`.
const failure = [
  'I: Building the package',
  ' debian/rules build',
  'dh build',
  '   debian/rules override_dh_auto_build',
  'rm -f /dev/shm/x; python3 -c "import multiprocessing as m; l = m.Lock()"; exit 1',
  'make[1]: *** [debian/rules:10: override_dh_auto_build] Error 1',
  'make: *** [debian/rules:3: build] Error 2',
  'dpkg-buildpackage: error: debian/rules build subprocess returned exit status 2',
  'I: copying local configuration',
  'E: Failed autobuilding of package',
  'I: cleaning the build env ',
];

RuleTester.run(rule, {
  valid: [
    { name: 'a successful build', code: ['I: Building the package', '   dh_auto_build', 'I: Current time: Sat Nov 21 02:33:29 UTC 2026'] },
    { name: 'errors without a failed build', code: ['make[1]: *** [Makefile:3: all] Error 1 (ignored)', 'dh_auto_test: warning: tests failed'] },
  ],
  invalid: [{
    code: failure,
    findings: [{
      line: 6, evidenceLines: [6, 8], stage: 'dh_auto_build', side: 'package', cause: 'build-failed',
      data: { lead: 'Build failed in dh_auto_build: the recipe for override_dh_auto_build (debian/rules:10) exited with status 1 (package fault)' },
      remediationIncludes: ['debian/rules override_dh_auto_build'],
    }],
  }, {
    // No cause rule knows the error, but a tool printed one above make's echo: that line is believed.
    // CPython 3.11's traceback format; the make lines as GNU make 4.3 prints them.
    name: 'a traceback above the make error',
    code: [
      'I: Building the package',
      '   dh_auto_build',
      "make[1]: Entering directory '/build/foo-1.0'",
      'python3 gen.py > version.h',
      'Traceback (most recent call last):',
      '  File "/build/foo-1.0/gen.py", line 3, in <module>',
      "    print(open('VERSION').read().strip())",
      "FileNotFoundError: [Errno 2] No such file or directory: 'VERSION'",
      'make[1]: *** [Makefile:4: version.h] Error 1',
      "make[1]: Leaving directory '/build/foo-1.0'",
      'dh_auto_build: error: make -j2 returned exit code 2',
      'E: Failed autobuilding of package',
    ],
    findings: [{
      line: 8, evidenceLines: [8, 9, 12], stage: 'dh_auto_build', side: 'package',
      data: {
        lead: "Build failed in dh_auto_build: FileNotFoundError: [Errno 2] No such file or directory: 'VERSION' (package fault)",
        believed: { line: 8, why: 'the last error printed before the recipe for version.h (Makefile:4) exited with status 1' },
      },
      remediationIncludes: ['line 8'],
    }],
  }, {
    // An error line above dh's echo, within the failing step; nothing above the step counts.
    name: 'an error line above dh_auto_configure, not one from an earlier step',
    code: [
      '   dh_auto_clean',
      'error: not a git repository',
      '   dh_auto_configure',
      '\tcmake ..',
      'CMake Error: The source directory "/build/foo-1.0" does not appear to contain CMakeLists.txt.',
      'dh_auto_configure: error: cmake .. returned exit code 1',
      'E: Failed autobuilding of package',
    ],
    findings: [{ line: 5, evidenceLines: [5, 6, 7], stage: 'dh_auto_configure', data: { believed: { line: 5, why: 'the last error printed before dh_auto_configure: cmake .. returned exit code 1' } } }],
  }, {
    // sbuild 0.85 Summary (test/logs/sbuild-0.85.0-create-session-failed.log lines 21-37, shortened).
    name: 'sbuild summary only',
    code: [
      'sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm',
      'E: Error creating chroot session: skipping testfail',
      '+------------------------------------------------------------------------------+',
      '| Summary                                                                      |',
      '+------------------------------------------------------------------------------+',
      'Fail-Stage: create-session',
      'Status: failed',
    ],
    findings: [{ line: 2, evidenceLines: [2, 6, 7], stage: 'create-session', side: 'environment', data: { sbuildStatus: 'failed', failStage: 'create-session' } }],
  }, {
    // sbuild 0.85 bin/sbuild status_trigger: a failed install-deps becomes given-back, not attempted.
    name: 'sbuild given-back for install-deps',
    code: [
      'sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm',
      'E: Package installation failed',
      '+------------------------------------------------------------------------------+',
      '| Summary                                                                      |',
      '+------------------------------------------------------------------------------+',
      'Fail-Stage: install-deps',
      'Status: given-back',
    ],
    findings: [{ line: 2, side: 'environment', data: { sbuildStatus: 'given-back', failStage: 'install-deps', lead: 'Build failed in install-deps: Package installation failed (environment fault); sbuild gave it back (Fail-Stage install-deps is an environment stage: the build will be retried)' } }],
  }],
});

describe('build-first-failure with the cause rules', () => {
  it('names the earliest cause finding, its stage and side, and shares its cause', async () => {
    const result = await checkText(`${[
      'I: pbuilder: network access will be disabled during build',
      'I: Building the package',
      '   dh_auto_build',
      'curl: (6) Could not resolve host: github.com',
      'make[1]: *** [Makefile:2: all] Error 6',
      'dpkg-buildpackage: error: debian/rules binary subprocess returned exit status 2',
      'E: Failed autobuilding of package',
    ].join('\n')}\n`);
    const primary = result.findings.filter((f) => f.ruleId === 'build-first-failure');
    assert.equal(primary.length, 1);
    assert.equal(primary[0]!.line, 4);
    assert.equal(primary[0]!.cause, 'network-disabled');
    assert.equal(primary[0]!.side, 'package'); // Debian Policy 4.9: a build must not use the network
    assert.equal(primary[0]!.data?.explainedBy, 'build-network-access');
    assert.equal(primary[0]!.message, 'Build failed in dh_auto_build: network access to github.com failed (package fault)');
    // It ends after every other rule: it is the last finding.
    assert.equal(result.findings[result.findings.length - 1]!.ruleId, 'build-first-failure');
  });
});
