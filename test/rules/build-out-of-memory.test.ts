import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/build-out-of-memory.js';

RuleTester.run(rule, {
  valid: ['checking for memory.h... yes', 'test_memory_usage ... ok'],
  invalid: [{
    // test/logs/pbuilder-0.231-oom-virtual-memory-exhausted.log lines 218-225.
    code: ['   debian/rules override_dh_auto_build', 'g++ -g -O2 -c -o big.o big.cpp', 'virtual memory exhausted: Cannot allocate memory', 'make[2]: *** [Makefile:9: big.o] Error 1'],
    findings: [{ line: 3, stage: 'dh_auto_build', side: 'environment', cause: 'out-of-memory', remediationIncludes: ['parallel=1'] }],
  }, {
    // GCC 12 driver (gcc/gcc.cc): "%s signal terminated program %s" when the OOM killer ends cc1plus.
    name: 'OOM killer',
    code: ['g++: fatal error: Killed signal terminated program cc1plus', 'compilation terminated.'],
    findings: [{ line: 1, data: { program: 'cc1plus' } }],
  }],
});
