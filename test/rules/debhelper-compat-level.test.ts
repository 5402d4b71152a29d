import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/debhelper-compat-level.js';

// debhelper 13.11 Dh_Lib.pm: error("Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)")
RuleTester.run(rule, {
  valid: ['dh_auto_test: error: make -j2 check returned exit code 2'],
  invalid: [{
    code: [' debian/rules clean', 'dh clean', 'dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)'],
    findings: [{ line: 3, stage: 'clean', side: 'package', cause: 'debhelper-compat', remediationIncludes: ['debhelper-compat (= 13)'] }],
  }, {
    name: 'declared twice',
    code: ['dh_clean: error: debian/compat must not contain a compat level when using the debhelper-compat build-dependency'],
    findings: [{ line: 1, remediationIncludes: ['git rm debian/compat'] }],
  }],
});
