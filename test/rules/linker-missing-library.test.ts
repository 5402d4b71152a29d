import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/linker-missing-library.js';

// test/logs/pbuilder-0.231-link-error-cannot-find-lib.log lines 222-225 (binutils 2.40).
RuleTester.run(rule, {
  valid: ['cc -Wl,-z,relro -o fooclient main.o -lfoo', 'checking for -lfoo... no'],
  invalid: [{
    code: ['   dh_auto_build', 'cc -Wl,-z,relro -o fooclient main.o -lfoo', '/usr/bin/ld: cannot find -lfoo: No such file or directory', 'collect2: error: ld returned 1 exit status', 'make[1]: *** [Makefile:7: fooclient] Error 1'],
    findings: [{ line: 3, stage: 'dh_auto_build', side: 'package', cause: 'missing-library', data: { library: 'foo' }, remediationIncludes: ['libfoo-dev', 'libfoo\\.so$'] }],
  }, {
    // binutils < 2.39 printed no reason.
    name: 'older ld',
    code: ['/usr/bin/ld: cannot find -lgtk-3'],
    findings: [{ line: 1, data: { library: 'gtk-3' } }],
  }],
});
