import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/configure-error.js';

// Autoconf 2.71 AC_MSG_ERROR: "configure: error: MESSAGE" (to stderr), "See `config.log' for more details".
RuleTester.run(rule, {
  valid: ['checking for error_at_line... yes', 'configure: WARNING: unrecognized options: --disable-maintainer-mode'],
  invalid: [{
    code: ['   dh_auto_configure', 'checking whether the C compiler works... no', "configure: error: in `/build/foo-1.0':", 'configure: error: C compiler cannot create executables'],
    findings: [{ line: 3, stage: 'dh_auto_configure', side: 'package', cause: 'configure-failed', data: { error: "in `/build/foo-1.0':" }, remediationIncludes: ['==> config.log <==', 'dh_auto_configure printed'], remediationExcludes: ['cat config.log', 'override_dh_auto_configure'] }],
  }],
});
