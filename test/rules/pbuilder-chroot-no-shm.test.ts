import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/pbuilder-chroot-no-shm.js';

// Mount lines of every pbuilder era. 0.231 lines are from ../shared/logs (real runs); the 0.21x lines
// from the 2013 transcript in the seeds; the " -> " lines are pbuilder < 0.187's wording.
RuleTester.run(rule, {
  valid: [
    {
      name: '0.231 default (USESHM=yes)',
      code: ['I: mounting /proc filesystem', 'I: mounting /sys filesystem', 'I: creating /{dev,run}/shm', 'I: mounting /dev/pts filesystem', 'I: redirecting /dev/ptmx to /dev/pts/ptmx', 'I: policy-rc.d already exists'],
    },
    {
      name: '2013: --bindmounts /dev/shm (capital M)',
      code: ['I: mounting /proc filesystem', 'I: mounting /dev/pts filesystem', 'I: Mounting /dev/shm', 'I: Mounting /var/cache/pbuilder/ccache', 'I: policy-rc.d already exists'],
    },
    { name: '0.215-0.227 USERUNSHM', code: ['I: mounting /proc filesystem', 'I: mounting /run/shm filesystem', 'I: mounting /dev/pts filesystem', 'I: policy-rc.d already exists'] },
    { name: 'bind mount of /dev/shm to another point', code: ['I: mounting /proc filesystem', 'I: Mounting /srv/shm to /dev/shm', 'I: policy-rc.d already exists'] },
    {
      // pbuilder < 0.187 (pbuilder-modules before git 06a64a8, 2009): `echo "-> Mounting $mnt"`, no leading space.
      name: 'pbuilder < 0.187 --bindmounts /dev/shm: `-> Mounting /dev/shm`',
      code: ['Building the build Environment', ' -> extracting base tarball [/var/cache/pbuilder/base.tgz]', ' -> mounting /proc filesystem', ' -> mounting /dev/pts filesystem', '-> Mounting /dev/shm', ' -> policy-rc.d already exists'],
    },
    // pbuilder 0.214 (git 9fea2ed): USEDEVSHM mounts /run/shm, or /dev/shm where the host has no /run/shm.
    { name: '0.214 USEDEVSHM on /dev/shm', code: ['I: mounting /proc filesystem', 'I: mounting /dev/pts filesystem', 'I: mounting /dev/shm filesystem', 'I: policy-rc.d already exists'] },
    { name: 'unmount lines alone are not a set-up', code: ['I: unmounting dev/pts filesystem', 'I: unmounting proc filesystem', 'I: cleaning the build env '] },
    { name: 'debootstrap I: lines', code: ['I: Retrieving InRelease ', 'I: Checking Release signature', 'I: Valid Release signature (key id 4D64FEC119C2029067D6E791F8D2585B8783D481)'] },
  ],
  invalid: [
    {
      name: '0.231 with USESHM=no (real log lines 9-13)',
      code: [
        'I: copying local configuration',
        'W: No local /etc/mailname to copy, relying on /var/cache/pbuilder/build/28096/etc/mailname to be correct',
        'I: mounting /proc filesystem',
        'I: mounting /sys filesystem',
        'I: mounting /dev/pts filesystem',
        'I: redirecting /dev/ptmx to /dev/pts/ptmx',
        'I: policy-rc.d already exists',
        'I: Obtaining the cached apt archive contents',
      ],
      findings: [{
        line: 3, endLine: 6, severity: 'warning', cause: 'no-usable-shm', stage: 'chroot-setup',
        evidenceLines: [3, 4, 5, 6, 7],
        data: { mounts: ['/proc', '/sys', '/dev/pts', '/dev/ptmx'], generation: 'useshm' },
        remediationIncludes: ['USESHM=yes', 'pbuilder ≥ 0.228.6: line 6', 'not after a --configfile file', 'FILE-GIVEN-TO---configfile', 'BUILDUSERID'],
      }],
    },
    {
      name: '2013 --login session without /dev/shm (seed transcript)',
      code: [
        '$  sudo pbuilder --login --configfile /etc/pbuilder/squeeze.pbrc ',
        'I: Building the build Environment',
        'I: extracting base tarball [/var/cache/pbuilder/squeeze-base.tgz]',
        'I: creating local configuration',
        'I: copying local configuration',
        'I: mounting /proc filesystem',
        'I: mounting /dev/pts filesystem',
        'I: Mounting /var/cache/pbuilder/ccache',
        'I: Mounting /var/cache/pbuilder/result',
        'I: policy-rc.d already exists',
      ],
      findings: [{ line: 6, endLine: 9, evidenceLines: [6, 7, 8, 9, 10], data: { generation: 'unknown-pbuilder' }, remediationIncludes: ['--bindmounts /dev/shm'] }],
    },
    {
      name: 'pbuilder < 0.187 (" -> " lines)',
      code: [' -> Building the build Environment', ' -> mounting /proc filesystem', ' -> mounting /dev/pts filesystem', ' -> policy-rc.d already exists'],
      findings: [{ line: 2, data: { generation: 'bindmount' }, remediationIncludes: ['--bindmounts /dev/shm', 'no shm option'] }],
    },
    {
      name: 'log ends inside the set-up',
      code: ['I: mounting /proc filesystem', 'I: mounting /sys filesystem'],
      findings: [{ line: 1, evidenceLines: [1, 2] }],
    },
  ],
});
