import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/pbuilder-chroot-setup-failed.js';

// pbuilder 0.231 pbuilder-modules: log.e "failed to find $BASETGZ, have you done <pbuilder create> to create your base tarball yet?"
RuleTester.run(rule, {
  valid: ['E: Failed autobuilding of package', 'E: pbuilder-satisfydepends failed.'],
  invalid: [{
    code: ['I: Building the build Environment', 'E: failed to find /var/cache/pbuilder/base.tgz, have you done <pbuilder create> to create your base tarball yet?'],
    findings: [{ line: 2, side: 'environment', cause: 'chroot-setup-failed', remediationIncludes: ['pbuilder create'] }],
  }],
});
