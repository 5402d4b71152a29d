import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/autoconf-check-contradiction.js';

// autoconf's AC_FUNC_MMAP and AC_FUNC_FORK print these exact lines; every configure run prints the cross
// compiling line first (test/logs/pbuilder-0.231-build-hello-success.log line 382).
const NATIVE = 'checking whether we are cross compiling... no';
RuleTester.run(rule, {
  valid: [
    // autoconf 2.69 AC_FUNC_MMAP cross default: ac_cv_func_mmap_fixed_mapped=no (and 2.71's memcmp).
    { name: 'cross compiling: autoconf\'s own default no', code: ['checking whether we are cross compiling... yes', 'checking for mmap... yes', 'checking for working mmap... no', 'checking for memcmp... yes', 'checking for working memcmp... no'] },
    { name: 'no cross-compiling line seen: not judged', code: ['checking for mmap... yes', 'checking for working mmap... no'] },
    ['checking for mmap... yes', 'checking for working mmap... yes'],
    { name: 'not found, then not working: consistent', code: ['checking for fork... no', 'checking for working fork... no'] },
    { name: 'semaphores are the other rule\'s', code: ['checking for sem_open... yes', 'checking for working sem_open... no'] },
    { name: 'a different function', code: ['checking for mmap... yes', 'checking for working fork... no'] },
  ].map((code) => (Array.isArray(code) ? { code } : code)),
  invalid: [
    {
      name: 'AC_FUNC_MMAP',
      code: [NATIVE, 'checking for getpagesize... yes', 'checking for mmap... yes', 'checking for working mmap... no'],
      findings: [{ line: 4, severity: 'warning', cause: 'broken-feature-check', evidenceLines: [3, 4], data: { function: 'mmap', cached: false } }],
    },
    {
      name: 'whether X works, cached',
      code: [NATIVE, 'checking for strtod... yes', 'checking whether strtod works... (cached) no'],
      findings: [{ line: 3, data: { function: 'strtod', cached: true }, remediationIncludes: ['config.log'] }],
    },
  ],
});
