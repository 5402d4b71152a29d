import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/dpkg-checkbuilddeps-unmet.js';

// dpkg 1.21 scripts/dpkg-checkbuilddeps.pl: error(g_('Unmet build dependencies: %s'), ...) then dpkg-buildpackage's warning.
RuleTester.run(rule, {
  valid: ['dpkg-buildpackage: warning: build dependencies/conflicts unsatisfied; aborting'],
  invalid: [{
    code: ['dpkg-checkbuilddeps: error: Unmet build dependencies: libfoo-dev (>= 2.0) help2man', 'dpkg-buildpackage: warning: build dependencies/conflicts unsatisfied; aborting'],
    findings: [{ line: 1, cause: 'unsatisfiable-build-deps', side: 'environment', data: { unmet: 'libfoo-dev (>= 2.0) help2man' }, remediationIncludes: ['apt-get build-dep'] }],
  }],
});
