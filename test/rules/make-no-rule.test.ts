import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/make-no-rule.js';

// GNU make 4.3 (src/remake.c): "%sNo rule to make target '%s', needed by '%s'%s"
RuleTester.run(rule, {
  valid: ['make[1]: *** [Makefile:9: main.o] Error 1', "make[1]: Nothing to be done for 'all'."],
  invalid: [{
    code: ['   dh_auto_build', "make[1]: *** No rule to make target 'src/foo.c', needed by 'src/foo.o'.  Stop."],
    findings: [{ line: 2, stage: 'dh_auto_build', side: 'package', data: { target: 'src/foo.c', neededBy: 'src/foo.o' }, remediationIncludes: ["grep -F 'src/foo.c'"] }],
  }, {
    // dh's echo of an override (debhelper 13.11), then the override's own `make check` (GNU make 4.3 text).
    name: 'a target the Makefile lacks: called from debian/rules, since dh_auto_test would have skipped it',
    code: ['   debian/rules override_dh_auto_test', "make[1]: Entering directory '/build/foo-1.0'", '$(MAKE) check', "make[1]: *** No rule to make target 'check'.  Stop."],
    findings: [{ line: 4, data: { target: 'check' }, remediationIncludes: ['probe for the test, install and clean targets', 'comes from debian/rules itself', "grep -nw 'check' debian/rules"], remediationExcludes: ['override_dh_auto_test:'] }],
  }],
});
