import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/apt-unsatisfiable-build-deps.js';

RuleTester.run(rule, {
  valid: ['The following NEW packages will be installed:', ' pbuilder-satisfydepends-dummy depends on libdoesnotexist-dev (>= 1.0); however:'],
  invalid: [{
    // test/logs/pbuilder-0.231-depfail.log lines 61-64, 74 (aptitude resolver).
    name: 'aptitude in pbuilder',
    code: [
      'I: Installing the build-deps',
      'The following packages have unmet dependencies:',
      ' pbuilder-satisfydepends-dummy : Depends: libdoesnotexist-dev (>= 1.0) which is a virtual package and is not provided by any available package',
      '',
      'Unable to resolve dependencies!  Giving up...',
      'E: pbuilder-satisfydepends failed.',
    ],
    findings: [{
      // No such package anywhere in the archive: the name in debian/control is wrong (the package's fault).
      line: 3, evidenceLines: [3, 5], stage: 'build-deps', side: 'package', cause: 'unsatisfiable-build-deps',
      data: { missing: true, dependency: 'libdoesnotexist-dev', constraint: '>= 1.0', resolver: 'aptitude' }, remediationIncludes: ['Correct the name libdoesnotexist-dev', 'apt-cache policy libdoesnotexist-dev', 'pbuilder login'],
    }],
  }, {
    // test/logs/sbuild-0.85.0-depfail.log lines 47-49, 80-82.
    name: 'apt in sbuild',
    code: [
      'sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm',
      '+------------------------------------------------------------------------------+',
      '| Install package build dependencies                                           |',
      '+------------------------------------------------------------------------------+',
      'The following packages have unmet dependencies:',
      ' sbuild-build-depends-main-dummy : Depends: libdoesnotexist-dev (>= 1.0) but it is not installable',
      'E: Unable to correct problems, you have held broken packages.',
    ],
    findings: [{ line: 6, evidenceLines: [6, 7], stage: 'install-deps', data: { dependency: 'libdoesnotexist-dev', resolver: 'apt' }, remediationIncludes: ['sbuild --extra-repository'] }],
  }, {
    // test/logs/sbuild-0.85.0-depfail.log line 152 (dose-distcheck 7.0 report).
    name: 'dose3 alone',
    code: ['      unsat-dependency: libdoesnotexist-dev:amd64 (>= 1.0)'],
    findings: [{ line: 1, data: { dependency: 'libdoesnotexist-dev', constraint: '>= 1.0', resolver: 'dose3' } }],
  }, {
    // pbuilder 0.231 pbuilder-satisfydepends-classic: echo " -> Considering build-dep ..." / "E: Could not satisfy build-dependency." >&2
    name: 'classic resolver',
    code: [' -> Attempting to parse the build-deps ', ' -> Considering build-dep libfoo-dev (>= 2.0)', '   -> Trying libfoo-dev', 'E: Could not satisfy build-dependency.'],
    findings: [{ line: 4, data: { dependency: 'libfoo-dev', constraint: '>= 2.0', resolver: 'classic' } }],
  }],
});
