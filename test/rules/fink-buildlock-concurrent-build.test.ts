import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/fink-buildlock-concurrent-build.js';
import { NORMAL_BUILD, SET_LOCK_ADVICE } from '../fixtures/fink.js';

// dpkg lines: real dpkg 1.21.22 (test/logs/dpkg-1.21-buildlock-active-prerm.log and
// dpkg-1.21-buildlock-old-scheme-conflict.log); fink lines: Finally/Buildlock.pm and PkgVersion.pm (see test/fixtures/fink.ts).
const PRERM_REFUSAL = [
  'Setting runtime build-lock...',
  'Installing build-lock package...',
  '(Reading database ... 1 file or directory currently installed.)',
  'Preparing to unpack .../fink-buildlock-foo-1.0-1_2007.03.08-15.10.22_all.deb ...',
  'There is currently an active buildlock for the package',
  '     foo (1.0-1)',
  'meaning some other fink process is currently building it.',
  'dpkg: warning: old fink-buildlock-foo-1.0-1 package pre-removal script subprocess returned error exit status 1',
  'dpkg: trying script from the new package instead ...',
  'dpkg: error processing archive /sw/src/fink.build/fink-buildlock-foo-1.0-1_2007.03.08-15.10.22_all.deb (--install):',
  ' new fink-buildlock-foo-1.0-1 package pre-removal script subprocess returned error exit status 1',
  "Can't set build lock for foo (1.0-1)",
  ...SET_LOCK_ADVICE,
];
// fink 0.24.x (tags release_0_23_5_1 to release_0_24_26, PkgVersion::set_buildlock): `Setting build lock...`, dpkg -i of
// the new lock runs the installed lock's prerm with "upgrade", whose heredoc is printed verbatim; then
// `Can't set build lock for $pkgname ($pkgvers)`. The dpkg lines are dpkg 1.21's for a failing old prerm.
const PRERM_0_24 = [
  'Setting build lock...',
  '(Reading database ... 1 file or directory currently installed.)',
  'Preparing to unpack .../fink-buildlock-foo-1.0-1_2005.03.08-14.54.00_darwin-powerpc.deb ...',
  '',
  'Error: fink thinks that the package it is about to build:',
  '  foo (1.0-1)',
  'is currently being built by another fink process. That build',
  'process has a timestamp of:',
  '  2005.03.08-13.50.00',
  'If this is not true (perhaps the previous build process crashed?),',
  'just remove the fink package:',
  '  fink remove fink-buildlock-foo-1.0-1',
  'Then retry whatever you did that led to the present error.',
  '',
  'dpkg: warning: old fink-buildlock-foo-1.0-1 package pre-removal script subprocess returned error exit status 1',
  "Can't set build lock for foo (1.0-1)",
];
const OLD_SCHEME = (installed: string, incoming: string): string[] => [
  'Setting build lock...',
  `Selecting previously unselected package fink-buildlock-foo-1.0-1-${incoming}.`,
  `dpkg: regarding .../fink-buildlock-foo-1.0-1-${incoming}_0-0_darwin-powerpc.deb containing fink-buildlock-foo-1.0-1-${incoming}:`,
  ` fink-buildlock-foo-1.0-1-${installed} conflicts with fink-buildlock-foo-1.0-1`,
  `  fink-buildlock-foo-1.0-1-${incoming} provides fink-buildlock-foo-1.0-1 and is to be installed.`,
  '',
  'Trying to clean up...',
  "Can't set build lock for foo-1.0-1.",
];

RuleTester.run(rule, {
  valid: [
    { name: 'a normal build', code: NORMAL_BUILD },
    { name: 'lock refused for a dependency reason', code: ['Installing build-lock package...', 'dpkg: dependency problems prevent configuration of fink-buildlock-foo-1.0-1:', ' fink-buildlock-foo-1.0-1 depends on bar-dev (>= 1.2); however:', '  Package bar-dev is not installed.', "Can't set build lock for foo (1.0-1)"] },
  ],
  invalid: [
    {
      name: 'fink 0.23.5-0.24.x prerm: live or dead, the fix is the fink remove it names',
      code: PRERM_0_24,
      findings: [{
        line: 12, cause: 'fink-live-buildlock', stage: 'buildlock', evidenceLines: [1, 3, 5, 6, 7, 8, 9, 10, 11, 12],
        data: { lock: 'fink-buildlock-foo-1.0-1', package: 'foo', timestamp: '2005.03.08-13.50.00', scheme: 'pkgversion-prerm' },
        remediationIncludes: ['fink remove fink-buildlock-foo-1.0-1', 'If no fink process is building foo'], remediationExcludes: ['fink build foo'],
      }],
    },
    {
      name: 'Finally::Buildlock: the installed lock prerm refuses (live build)',
      code: PRERM_REFUSAL,
      findings: [{
        line: 6, cause: 'fink-live-buildlock', stage: 'buildlock', evidenceLines: [2, 4, 5, 6],
        data: { lock: 'fink-buildlock-foo-1.0-1', package: 'foo', version: '1.0-1', dead: false, scheme: 'finally' },
        remediationIncludes: ['Wait until the other fink run has finished building foo (1.0-1)'],
      }],
    },
    {
      name: 'old scheme, lock set an hour earlier: live or crashed',
      code: OLD_SCHEME('2005.03.08-13.50.00', '2005.03.08-14.54.00'),
      findings: [{ line: 4, cause: 'fink-live-buildlock', evidenceLines: [1, 3, 4], data: { installedLock: 'fink-buildlock-foo-1.0-1-2005.03.08-13.50.00', dead: false } }],
    },
    {
      name: 'old scheme, lock a week older than this run: dead',
      code: OLD_SCHEME('2005.03.01-12.00.00', '2005.03.08-14.54.00'),
      findings: [{
        line: 4, cause: 'fink-dead-buildlock', data: { dead: true, ageHours: 171 },
        remediationIncludes: ['fink remove fink-buildlock-foo-1.0-1-2005.03.01-12.00.00', 'fink list -t fink-buildlock'],
      }],
    },
  ],
});
