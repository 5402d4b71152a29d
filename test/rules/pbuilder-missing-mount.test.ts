import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/pbuilder-missing-mount.js';

// apt's message when /dev/pts is missing, and procps' when /proc is: real wording from apt 2.6 and procps 4.
RuleTester.run(rule, {
  valid: [
    { name: 'mounted, so not this cause', code: ['I: mounting /proc filesystem', 'I: mounting /dev/pts filesystem', 'I: policy-rc.d already exists', 'E: Can not write log (Is /dev/pts mounted?) - posix_openpt (19: No such device)'] },
    { name: 'no pbuilder session', code: ['Error: /proc must be mounted'] },
  ],
  invalid: [
    {
      name: 'USEDEVPTS=no',
      code: ['I: mounting /proc filesystem', 'I: mounting /sys filesystem', 'I: policy-rc.d already exists', 'E: Can not write log (Is /dev/pts mounted?) - posix_openpt (19: No such device)', 'E: Can not write log (Is /dev/pts mounted?) - posix_openpt (19: No such device)'],
      findings: [{ line: 4, cause: 'chroot-missing-mount', evidenceLines: [1, 2, 4], data: { target: '/dev/pts' }, remediationIncludes: ['USEDEVPTS=yes'] }],
    },
    {
      name: 'USEPROC=no',
      code: ['I: mounting /dev/pts filesystem', 'I: policy-rc.d already exists', 'Error: /proc must be mounted', '  To mount /proc at boot you need an /etc/fstab line like:'],
      findings: [{ line: 3, data: { target: '/proc' }, remediationIncludes: ['USEPROC=yes'] }],
    },
  ],
});
