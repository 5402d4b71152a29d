import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/pbuilder-hook-failed.js';

// test/logs/pbuilder-0.231-hook-failure.log lines 23-33: no `finished`, no E: line.
const failed = [
  'I: Installing the build-deps',
  'I: user script /var/cache/pbuilder/build/31339/tmp/hooks/D10-update-local-repo starting',
  'Adding local repository /var/cache/pbuilder/local',
  '/tmp/hooks/D10-update-local-repo: 5: cd: can\'t cd to /var/cache/pbuilder/local',
  'I: unmounting dev/ptmx filesystem',
  'I: unmounting dev/pts filesystem',
  'I: cleaning the build env ',
];

RuleTester.run(rule, {
  valid: [{
    // test/logs/pbuilder-0.231-shm-missing-devshm-build-fails.log lines 23-25: a hook that finished.
    name: 'a hook that finished',
    code: ['I: user script /var/cache/pbuilder/build/1011/tmp/hooks/D10-remove-devshm starting', 'ls: cannot access \'/dev/shm\': No such file or directory', 'I: user script /var/cache/pbuilder/build/1011/tmp/hooks/D10-remove-devshm finished', 'I: unmounting dev/pts filesystem'],
  }],
  invalid: [{
    code: failed,
    findings: [{ line: 4, evidenceLines: [2, 4, 5], stage: 'hook D10-update-local-repo', side: 'environment', cause: 'hook-failed', data: { hook: 'D10-update-local-repo' }, remediationIncludes: ['D10-update-local-repo'] }],
  }],
});
