import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/autoconf-semaphores-disabled.js';

// Lines from CPython's configure as printed in a pbuilder build (the 2013 transcript in the seeds,
// with its word-processor ellipses) and from current CPython (3.11) configure output.
RuleTester.run(rule, {
  valid: [
    { name: 'semaphores work', code: ['checking for sem_open... yes', 'checking for sem_timedwait... yes', 'checking whether POSIX semaphores are enabled... yes'] },
    { name: 'no sem_open at all: not a contradiction', code: ['checking for sem_open... no', 'checking whether POSIX semaphores are enabled... no'] },
    { name: 'the 2013 transcript after the fix', code: ['checking for sem_open... yes', 'checking for sem_unlink\u2026 yes', 'checking whether POSIX semaphores are enabled\u2026 yes'] },
    // A cross build runs neither test: a `no` here came from a site file (real config.site lines set
    // ac_cv_posix_semaphores_enabled=no), and broken sem_getvalue yes is CPython 3.11 configure.ac's cross default.
    { name: 'cross compiling: no symptom', code: ['checking whether we are cross compiling... yes', 'checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... (cached) no', 'checking for broken sem_getvalue... yes', 'creating Makefile'] },
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
      // The tmpfs is on /run/shm: the log shows the switch on, so the fix is the chroot's /dev/shm link.
      findings: [{ line: 6, remediationIncludes: ['USERUNSHM in effect', 'ln -s /run/shm /dev/shm', 'BUILDUSERID'], remediationExcludes: ['USERUNSHM=yes', 'BINDMOUNTS="/dev/shm"'] }],
    },
    {
      // pbuilder 0.231's mountproc prints `I: creating /{dev,run}/shm` when USESHM=yes (pbuilder-modules).
      name: 'pbuilder ≥ 0.228 with its shm line and still no semaphores: what is ruled out and what is left',
      code: [
        'I: mounting /proc filesystem',
        'I: mounting /sys filesystem',
        'I: creating /{dev,run}/shm',
        'I: mounting /dev/pts filesystem',
        'I: redirecting /dev/ptmx to /dev/pts/ptmx',
        'I: policy-rc.d already exists',
        'checking for sem_open... yes',
        'checking whether POSIX semaphores are enabled... no',
      ],
      findings: [{ line: 8, data: { generation: 'useshm', shmInEffect: 3 }, remediationIncludes: ['in effect (line 3', 'full (Errno 28)', 'Errno 13', 'df -h /dev/shm'], remediationExcludes: ['USESHM=yes', 'USERUNSHM=no'] }],
    },
    {
      // pbuilder 0.214 (git 9fea2ed, USEDEVSHM): `I: mounting /dev/shm filesystem` on hosts without /run/shm.
      name: 'pbuilder 0.214 USEDEVSHM line: in effect, not advised',
      code: ['I: mounting /proc filesystem', 'I: mounting /dev/shm filesystem', 'I: mounting /dev/pts filesystem', 'I: policy-rc.d already exists', 'checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... no'],
      findings: [{ line: 6, data: { generation: 'usedevshm' }, remediationIncludes: ['USEDEVSHM in effect'], remediationExcludes: ['USEDEVSHM=yes', 'USERUNSHM=yes'] }],
    },
    {
      // pbuilder < 0.187 (pbuilder-modules before git 06a64a8): bind mounts printed `-> Mounting X`, no leading space.
      name: 'pbuilder before 0.187 with --bindmounts /dev/shm: the bind mount is in effect',
      code: ['Building the build Environment', ' -> mounting /proc filesystem', ' -> mounting /dev/pts filesystem', '-> Mounting /dev/shm', ' -> policy-rc.d already exists', 'checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... no'],
      findings: [{ line: 7, remediationIncludes: ['bind-mounted into the chroot (line 4'], remediationExcludes: ['--bindmounts /dev/shm <package>'] }],
    },
    {
      // Docker BuildKit --progress=plain prefixes (a real log: `#6 20.55 checking whether POSIX semaphores are enabled... yes`).
      name: 'a Docker BuildKit log: container fix, no pbuilder advice',
      code: ['#6 [2/4] RUN ./configure --prefix=/usr', '#6 20.48 checking for sem_open... yes', '#6 20.55 checking whether POSIX semaphores are enabled... no', '#6 20.62 checking for broken sem_getvalue... yes', '#6 20.68 checking digit size for Python\'s longs... no value specified'],
      findings: [{ line: 3, evidenceLines: [2, 3, 4], data: { generation: 'container' }, remediationIncludes: ['Docker BuildKit build (line 1)', 'RUN --mount=type=tmpfs,target=/dev/shm', '--shm-size', '64 MiB'], remediationExcludes: ['USESHM', 'pbuilderrc', 'BINDMOUNTS', 'fstab'] }],
    },
    {
      // sbuild 0.85's log filter notice for the unshare backend (test/logs/sbuild-0.85.0-compileerr.log, line 17).
      name: 'sbuild unshare backend: it mounts its own tmpfs, never a host bind mount',
      code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', "I: NOTICE: Log filtering will replace 'sbuild-unshare-dummy-location' with '<<CHROOT>>'", 'checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... no', 'creating Makefile'],
      findings: [{ line: 4, data: { generation: 'sbuild-unshare' }, remediationIncludes: ['unshare backend mounts its own tmpfs', 'never bind-mount'], remediationExcludes: ['rw,bind', 'fstab'] }],
    },
    {
      name: 'a (cached) no came from a config.cache: delete it',
      code: ['checking for sem_open... (cached) yes', 'checking whether POSIX semaphores are enabled... (cached) no', 'creating Makefile'],
      findings: [{ line: 2, data: { cached: true }, remediationIncludes: ['rm -f config.cache', 'written by a configure run elsewhere'] }],
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
      findings: [{ line: 2, severity: 'error', remediationIncludes: ['mount -t tmpfs', 'profile=sbuild', 'USESHM=yes', '--shm-size'] }],
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
      findings: [{ line: 4, evidenceLines: [3, 4, 5], data: { generation: 'sbuild-schroot' }, remediationIncludes: ['/etc/schroot/sbuild/fstab', 'profile=sbuild', 'do not bind-mount the host\'s /dev/shm'], remediationExcludes: ['rw,bind'] }],
    },
    {
      name: 'two configure runs, two findings',
      code: ['checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... no', 'checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... no'],
      findings: [{ line: 2, evidenceLines: [1, 2] }, { line: 4, evidenceLines: [3, 4] }],
    },
  ],
});
