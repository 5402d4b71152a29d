import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/make-no-rule.js';

// GNU make 4.3 (src/remake.c): "%sNo rule to make target '%s', needed by '%s'%s"
RuleTester.run(rule, {
  valid: ['make[1]: *** [Makefile:9: main.o] Error 1', "make[1]: Nothing to be done for 'all'."],
  invalid: [{
    code: ['   dh_auto_build', "make[1]: *** No rule to make target 'src/foo.c', needed by 'src/foo.o'.  Stop."],
    findings: [{ line: 2, stage: 'dh_auto_build', side: 'package', data: { target: 'src/foo.c', neededBy: 'src/foo.o' }, remediationIncludes: ["grep -F 'src/foo.c'"] }],
  }, {
    name: 'a target the Makefile lacks',
    code: ["make: *** No rule to make target 'check'.  Stop."],
    findings: [{ line: 1, data: { target: 'check' }, remediationIncludes: ['override_dh_auto_test'] }],
  }],
});
