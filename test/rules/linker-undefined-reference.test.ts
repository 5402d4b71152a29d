import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/linker-undefined-reference.js';

// test/logs/pbuilder-0.231-link-error-undefined-reference.log lines 222-227.
RuleTester.run(rule, {
  valid: ['cc -Wl,-z,relro -o calc main.o', 'collect2: error: ld returned 1 exit status'],
  invalid: [{
    // buildlog-consultant's tests (a real gdc line): the source position comes with the linker's error.
    name: 'D (gdc): writer.d:59: error: undefined reference',
    code: ["writer.d:59: error: undefined reference to 'sam_hdr_parse_'", 'collect2: error: ld returned 1 exit status'],
    findings: [{ line: 1, cause: 'undefined-reference', data: { symbols: ['sam_hdr_parse_'], path: 'writer.d', line: 59 } }],
  }, {
    code: [
      'I: Running cd /build/linkerr-undef-1.0/ && env PATH="/usr/sbin:/usr/bin:/sbin:/bin" HOME="/nonexistent" dpkg-buildpackage -us -uc',
      '   dh_auto_build',
      "make[1]: Entering directory '/build/linkerr-undef-1.0'",
      "/usr/bin/ld: main.o: in function `main':",
      "././main.c:9: undefined reference to `calc_mul'",
      "/usr/bin/ld: ././main.c:9: undefined reference to `calc_add'",
      'collect2: error: ld returned 1 exit status',
      'make[1]: *** [Makefile:6: calc] Error 1',
    ],
    findings: [{ line: 5, evidenceLines: [5, 6, 7], stage: 'dh_auto_build', side: 'package', data: { symbols: ['calc_mul', 'calc_add'], path: 'main.c', line: 9 }, remediationIncludes: ['grep -w calc_mul'] }],
  }, {
    name: 'C++ without debug info, log cut before collect2',
    code: ["main.cpp:(.text+0x1d): undefined reference to `foo()'"],
    findings: [{ line: 1, data: { symbols: ['foo()'] } }],
  }],
});
