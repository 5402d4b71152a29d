import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/fink-buildlock-dead.js';
import { NORMAL_BUILD } from '../fixtures/fink.js';

// Finally/Buildlock.pm finalize(): `WARNING: Can't remove package $lockpkg. This is not fatal, ...`
// through print_breaking (77 columns); dpkg lines real dpkg 1.21 (see test/fixtures/fink.ts).
RuleTester.run(rule, {
  valid: [
    { name: 'a normal build', code: NORMAL_BUILD },
    { name: 'interrupted, but fink still removed its lock', code: [...NORMAL_BUILD.slice(0, 8), '^C', ...NORMAL_BUILD.slice(8)] },
    { name: 'another package could not be removed', code: ["WARNING: Can't remove package foo. This is not fatal"] },
  ],
  invalid: [
    {
      name: 'fink could not remove its lock (name on the warning line)',
      code: ['Removing build-lock package...', "WARNING: Can't remove package fink-buildlock-libgettextpo-dev-0.17-19. This", 'is not fatal, but you may want to remove the package manually as it may', 'interfere with further fink operations. Continuing with normal procedure.'],
      findings: [{
        line: 2, severity: 'warning', cause: 'fink-dead-buildlock', evidenceLines: [2],
        data: { lock: 'fink-buildlock-libgettextpo-dev-0.17-19', package: 'libgettextpo-dev', version: '0.17-19', how: 'not-removed' },
        remediationIncludes: ['fink remove fink-buildlock-libgettextpo-dev-0.17-19', 'fink list -t fink-buildlock'],
      }],
    },
    {
      name: 'lock name wrapped onto the next line; fink 0.24.9 has no cleanup --buildlocks',
      code: ['Package manager version: 0.24.9', "WARNING: Can't remove package", 'fink-buildlock-a-very-long-package-name-with-many-parts-1.2.3-1. This is not'],
      findings: [{ line: 3, evidenceLines: [2, 3], data: { lock: 'fink-buildlock-a-very-long-package-name-with-many-parts-1.2.3-1', package: 'a-very-long-package-name-with-many-parts' }, remediationIncludes: ['before 0.25'] }],
    },
    {
      name: 'the run was killed while the lock was installed',
      code: [...NORMAL_BUILD.slice(0, 8), 'Killed: 9'],
      findings: [{ line: 9, evidenceLines: [7, 9], data: { lock: 'fink-buildlock-foo-1.0-1', how: 'interrupted' }, remediationIncludes: ['fink remove fink-buildlock-foo-1.0-1'] }],
    },
  ],
});
