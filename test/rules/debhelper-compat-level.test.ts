import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/debhelper-compat-level.js';

// debhelper 13.11 Dh_Lib.pm: error("Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)")
RuleTester.run(rule, {
  valid: ['dh_auto_test: error: make -j2 check returned exit code 2'],
  invalid: [{
    code: [' debian/rules clean', 'dh clean', 'dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)'],
    findings: [{ line: 3, stage: 'clean', side: 'package', cause: 'debhelper-compat', remediationIncludes: ['debhelper-compat (= 13)'] }],
  }, {
    // debhelper 13.11 Dh_Lib.pm line 954: error("debhelper compat level specified both in debian/compat and via build-dependency on debhelper-compat")
    name: 'declared twice',
    code: ['dh: warning: Please specify the debhelper compat level exactly once.', 'dh: error: debhelper compat level specified both in debian/compat and via build-dependency on debhelper-compat'],
    findings: [{ line: 2, remediationIncludes: ['remove debian/compat', 'git rm debian/compat'] }],
  }, {
    // Dh_Lib.pm line 1006: error("Sorry, but ${\MAX_COMPAT_LEVEL} is the highest compatibility level supported by this debhelper.")
    name: 'a level above what this debhelper knows',
    code: ['dh: error: Sorry, but 15 is the highest compatibility level supported by this debhelper.'],
    findings: [{ line: 1, remediationIncludes: ['newer debhelper'], remediationExcludes: ['git rm debian/compat'] }],
  }],
});
