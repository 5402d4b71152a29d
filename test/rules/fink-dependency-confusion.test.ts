import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/fink-dependency-confusion.js';
import { NORMAL_BUILD, SET_LOCK_ADVICE } from '../fixtures/fink.js';

// Finally/Buildlock.pm (Can't set build lock ... + advice), SysState.pm _resolve_install_failure
// (print_breaking_stderr at 77 columns), dpkg 1.21 dependency wording (see test/fixtures/fink.ts).
RuleTester.run(rule, {
  valid: [
    {
      // fink 0.24.x's prerm refusing (fink-buildlock-concurrent-build's case; lines as in its test): not dependency confusion.
      name: 'the 0.24.x lock prerm text is a lock of the same package',
      code: ['Setting build lock...', 'Error: fink thinks that the package it is about to build:', '  foo (1.0-1)', 'is currently being built by another fink process. That build', 'process has a timestamp of:', '  2005.03.08-13.50.00', 'If this is not true (perhaps the previous build process crashed?),', 'just remove the fink package:', '  fink remove fink-buildlock-foo-1.0-1', "Can't set build lock for foo (1.0-1)"],
    },
    { name: 'a normal build', code: NORMAL_BUILD },
    { name: 'resolver failure without buildlocks (fink suggests apt-get instead)', code: ['Could not resolve inconsistent dependencies!', '', "Fink isn't sure how to install the above packages safely. You may be able to", 'fix things by running:'] },
  ],
  invalid: [
    {
      name: 'the lock conflicts with an installed BuildConflicts package',
      code: [
        'Installing build-lock package...',
        'Selecting previously unselected package fink-buildlock-foo-1.0-1.',
        'dpkg: regarding .../fink-buildlock-foo-1.0-1_2007.03.08-14.54.00_all.deb containing fink-buildlock-foo-1.0-1:',
        ' fink-buildlock-foo-1.0-1 conflicts with baz',
        '  baz (version 2.0-1) is present and installed.',
        '',
        "Can't set build lock for foo (1.0-1)",
        ...SET_LOCK_ADVICE,
      ],
      findings: [{
        line: 7, cause: 'fink-dependency-confusion', stage: 'buildlock', evidenceLines: [1, 3, 4, 7],
        data: { package: 'foo', version: '1.0-1', scheme: 'finally' },
        remediationIncludes: ['fink build foo'],
      }],
    },
    {
      // The lock names with a start time come from fink's CVS of November 2004 only (git 0c437af9..6a201b90).
      name: 'old scheme: dependency problem, then "Can\'t set build lock for NAME-VERSION-REVISION."',
      code: ['Setting build lock...', 'dpkg: dependency problems prevent configuration of fink-buildlock-gtk+2-2.12.9-1-2008.05.01-10.11.12:', ' fink-buildlock-gtk+2-2.12.9-1-2008.05.01-10.11.12 depends on glib2-dev (>= 2.16.0-1); however:', '  Version of glib2-dev on system is 2.14.6-1.', 'Trying to clean up...', "Can't set build lock for gtk+2-2.12.9-1."],
      findings: [{ line: 6, evidenceLines: [1, 2, 3, 6], data: { package: 'gtk+2', version: '2.12.9-1', scheme: 'pkgversion' }, remediationIncludes: ['fink build gtk+2'] }],
    },
    {
      name: 'resolver lists the buildlocks involved',
      code: [
        'Could not resolve inconsistent dependencies!',
        'It looks like some of the problems encountered involve buildlocks for the',
        'following packages:',
        '  foo-1.0-1',
        '  libbar2-shlibs-2.4.1-3',
        '',
        'This probably means you should wait for those packages to finish building,',
        'and then try again',
        'Fink::SysState: Could not resolve inconsistent dependencies',
      ],
      findings: [{
        // fink ≥ 0.25 removed dead locks before resolving (release_0_25_0 PkgVersion.pm): these are live.
        line: 1, endLine: 5, stage: 'resolve', cause: 'fink-live-buildlock', evidenceLines: [1, 2, 3, 4, 5],
        data: { buildlocks: ['foo-1.0-1', 'libbar2-shlibs-2.4.1-3'], packages: ['foo', 'libbar2-shlibs'], live: true },
        remediationIncludes: ['Wait until the other fink run building foo, libbar2-shlibs has finished'], remediationExcludes: ['fink build'],
      }],
    },
  ],
});
