import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/fink-buildlock-blocks-package.js';
import { NORMAL_BUILD } from '../fixtures/fink.js';

// dpkg lines: real dpkg 1.21.22 output (test/logs/dpkg-1.21-buildlock-blocks-*.log); the apt line is
// apt's unmet-dependency format; fink lines from fink/fink sources (see test/fixtures/fink.ts).
RuleTester.run(rule, {
  valid: [
    { name: 'a normal build sets and removes its lock in passing', code: NORMAL_BUILD },
    { name: 'old scheme in passing', code: ['Setting build lock...', 'Setting up fink-buildlock-foo-1.0-1-2005.03.08-14.54.00 (0-0) ...', 'Removing build lock...', 'Removing fink-buildlock-foo-1.0-1-2005.03.08-14.54.00 ...'] },
    { name: 'dependency problem of an ordinary package', code: ['dpkg: dependency problems prevent removal of bar-dev:', ' foo depends on bar-dev.'] },
  ],
  invalid: [
    {
      name: 'dpkg -r of a build dependency (real dpkg 1.21)',
      code: ['dpkg: dependency problems prevent removal of bar-dev:', ' fink-buildlock-foo-1.0-1 depends on bar-dev.', '', 'dpkg: error processing package bar-dev (--remove):', ' dependency problems - not removing'],
      findings: [{
        line: 2, cause: 'fink-live-buildlock', stage: 'dpkg', side: 'environment', evidenceLines: [1, 2],
        data: { lock: 'fink-buildlock-foo-1.0-1', package: 'foo', version: '1.0-1', blocked: 'bar-dev', action: 'remove', relation: 'depends', dead: false },
        remediationIncludes: ['Wait until the fink run building foo (1.0-1) has finished', 'fink remove fink-buildlock-foo-1.0-1'],
      }],
    },
    {
      name: 'dpkg -i of a BuildConflicts package (real dpkg 1.21)',
      code: ['Selecting previously unselected package baz.', 'dpkg: regarding debs/baz_2.0-1_all.deb containing baz:', ' fink-buildlock-foo-1.0-1 conflicts with baz', '  baz (version 2.0-1) is to be installed.'],
      findings: [{ line: 3, evidenceLines: [2, 3], data: { blocked: 'baz', action: 'install', relation: 'conflicts' } }],
    },
    {
      name: 'apt-get remove runs the lock prerm: active buildlock outside a lock set-up',
      code: ['Removing fink-buildlock-foo-1.0-1 (2007.03.08-14.54.00) ...', 'There is currently an active buildlock for the package', '     foo (1.0-1)', 'meaning some other fink process is currently building it.'],
      findings: [{ line: 3, evidenceLines: [2, 3], data: { lock: 'fink-buildlock-foo-1.0-1', relation: 'prerm' } }],
    },
    {
      name: 'the lock was left by an interrupted run earlier in the log: dead, fink 0.45.6 cleanup',
      code: ['Package manager version: 0.45.6', ...NORMAL_BUILD.slice(0, 8), '^C', 'dpkg: dependency problems prevent removal of bar-dev:', ' fink-buildlock-foo-1.0-1 depends on bar-dev.'],
      findings: [{
        line: 12, cause: 'fink-dead-buildlock', evidenceLines: [8, 10, 11, 12], data: { dead: true },
        remediationIncludes: ['fink cleanup --buildlocks', 'fink remove fink-buildlock-foo-1.0-1', 'fink 0.45.6', 'a dead lock blocks only raw dpkg or apt runs: make the change through fink'],
      }],
    },
  ],
});
