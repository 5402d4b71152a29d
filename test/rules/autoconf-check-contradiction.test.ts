import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/autoconf-check-contradiction.js';

// autoconf's AC_FUNC_MMAP and AC_FUNC_FORK print these exact lines.
RuleTester.run(rule, {
  valid: [
    ['checking for mmap... yes', 'checking for working mmap... yes'],
    { name: 'not found, then not working: consistent', code: ['checking for fork... no', 'checking for working fork... no'] },
    { name: 'semaphores are the other rule\'s', code: ['checking for sem_open... yes', 'checking for working sem_open... no'] },
    { name: 'a different function', code: ['checking for mmap... yes', 'checking for working fork... no'] },
  ].map((code) => (Array.isArray(code) ? { code } : code)),
  invalid: [
    {
      name: 'AC_FUNC_MMAP',
      code: ['checking for getpagesize... yes', 'checking for mmap... yes', 'checking for working mmap... no'],
      findings: [{ line: 3, severity: 'warning', cause: 'broken-feature-check', evidenceLines: [2, 3], data: { function: 'mmap', cached: false } }],
    },
    {
      name: 'whether X works, cached',
      code: ['checking for strtod... yes', 'checking whether strtod works... (cached) no'],
      findings: [{ line: 2, data: { function: 'strtod', cached: true }, remediationIncludes: ['config.log'] }],
    },
  ],
});
