import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/autoconf-semaphores-disabled.js';

// Lines from CPython's configure as printed in a pbuilder build (the 2013 transcript in the seeds,
// with its word-processor ellipses) and from current CPython (3.11) configure output.
RuleTester.run(rule, {
  valid: [
    { name: 'semaphores work', code: ['checking for sem_open... yes', 'checking for sem_timedwait... yes', 'checking whether POSIX semaphores are enabled... yes'] },
    { name: 'no sem_open at all: not a contradiction', code: ['checking for sem_open... no', 'checking whether POSIX semaphores are enabled... no'] },
    { name: 'the 2013 transcript after the fix', code: ['checking for sem_open... yes', 'checking for sem_unlink\u2026 yes', 'checking whether POSIX semaphores are enabled\u2026 yes'] },
  ],
  invalid: [
    {
      name: 'the 2013 transcript (typographic ellipsis)',
      code: ['...', 'checking for sem_open... yes', 'checking for sem_timedwait... yes', 'checking for sem_getvalue... yes', 'checking for sem_unlink\u2026 yes', '...', 'checking whether POSIX semaphores are enabled\u2026 no'],
      findings: [{
        line: 7, severity: 'error', cause: 'no-usable-shm', stage: 'configure', side: 'environment',
        evidenceLines: [2, 3, 4, 5, 7],
        data: { functions: ['sem_open', 'sem_timedwait', 'sem_getvalue', 'sem_unlink'], cached: false, brokenSemGetvalue: false },
        remediationIncludes: ['tmpfs on /dev/shm'],
      }],
    },
    {
      name: 'cached result and broken sem_getvalue as supporting evidence',
      code: [
        'checking for sem_open... (cached) yes',
        'checking whether POSIX semaphores are enabled... (cached) no',
        'checking for broken sem_getvalue... (cached) yes',
        'checking whether C compiler supports -fvisibility=hidden... yes',
      ],
      findings: [{ line: 2, evidenceLines: [1, 2, 3], data: { cached: true, brokenSemGetvalue: true } }],
    },
    {
      name: 'pbuilder 0.231 era known from the chroot set-up: USESHM fix',
      code: [
        'I: mounting /proc filesystem',
        'I: mounting /sys filesystem',
        'I: mounting /dev/pts filesystem',
        'I: redirecting /dev/ptmx to /dev/pts/ptmx',
        'I: policy-rc.d already exists',
        'checking for sem_open... yes',
        'checking whether POSIX semaphores are enabled... no',
      ],
      findings: [{ line: 7, evidenceLines: [6, 7], remediationIncludes: ['USESHM=yes', 'USERUNSHM=no'] }],
    },
    {
      name: 'pbuilder before 0.187 (" -> " lines): bind mount fix',
      code: [
        ' -> mounting /proc filesystem',
        ' -> mounting /dev/pts filesystem',
        ' -> policy-rc.d already exists',
        'checking for sem_open... yes',
        'checking whether POSIX semaphores are enabled... no',
      ],
      findings: [{ line: 5, remediationIncludes: ['--bindmounts /dev/shm', 'BINDMOUNTS="/dev/shm"'] }],
    },
    {
      name: 'pbuilder 0.215 or later, version otherwise unknown: both switches named',
      code: [
        'I: pbuilder: network access will be disabled during build',
        'I: mounting /proc filesystem',
        'I: mounting /dev/pts filesystem',
        'I: policy-rc.d already exists',
        'checking for sem_open... yes',
        'checking whether POSIX semaphores are enabled... no',
      ],
      findings: [{ line: 6, remediationIncludes: ['USESHM=yes', '--bindmounts /dev/shm', 'dpkg-query -W pbuilder'] }],
    },
    {
      name: 'pbuilder 0.215-0.227 (I: mounting /run/shm filesystem): USERUNSHM fix',
      code: [
        'I: mounting /proc filesystem',
        'I: mounting /run/shm filesystem',
        'I: mounting /dev/pts filesystem',
        'I: policy-rc.d already exists',
        'checking for sem_open... yes',
        'checking whether POSIX semaphores are enabled... no',
      ],
      findings: [{ line: 6, remediationIncludes: ['USERUNSHM=yes', 'pbuilder 0.215–0.227'] }],
    },
    {
      // sbuild 0.85 Summary box (lib/Sbuild/Build.pm): the build passed, the product is still broken.
      name: 'a build sbuild calls successful is still reported, with the non-pbuilder fix',
      code: [
        'checking for sem_open... yes',
        'checking whether POSIX semaphores are enabled... no',
        'dpkg-deb: building package \'python3.13-minimal\' in \'../python3.13-minimal_3.13.0-1_amd64.deb\'.',
        '+------------------------------------------------------------------------------+',
        '| Summary                                                                      |',
        '+------------------------------------------------------------------------------+',
        '',
        'Status: successful',
      ],
      findings: [{ line: 2, severity: 'error', remediationIncludes: ['mount -t tmpfs', 'schroot/sbuild/fstab', 'USESHM=yes'] }],
    },
    {
      // The head of a real sbuild 0.85 log (test/logs/sbuild-0.85.0-compileerr.log): the builder is known.
      name: 'in an sbuild log: the sbuild fix, not pbuilder\'s',
      code: [
        'sbuild (Debian sbuild) 0.85.0 (04 January 2023) on builder',
        '',
        'checking for sem_open... yes',
        'checking whether POSIX semaphores are enabled... no',
        'checking for broken sem_getvalue... yes',
        'creating Makefile',
      ],
      findings: [{ line: 4, evidenceLines: [3, 4, 5], remediationIncludes: ['/etc/schroot/sbuild/fstab', 'unshare backend'] }],
    },
    {
      name: 'two configure runs, two findings',
      code: ['checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... no', 'checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... no'],
      findings: [{ line: 2, evidenceLines: [1, 2] }, { line: 4, evidenceLines: [3, 4] }],
    },
  ],
});
