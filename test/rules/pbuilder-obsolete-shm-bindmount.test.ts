import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/pbuilder-obsolete-shm-bindmount.js';

// pbuilder 0.231 prints `creating /{dev,run}/shm` (mountproc) and then `Mounting /dev/shm` for BINDMOUNTS.
RuleTester.run(rule, {
  valid: [
    ['I: mounting /proc filesystem', 'I: creating /{dev,run}/shm', 'I: mounting /dev/pts filesystem', 'I: policy-rc.d already exists'],
    ['I: mounting /proc filesystem', 'I: Mounting /dev/shm', 'I: policy-rc.d already exists'],
  ].map((code) => ({ code })),
  invalid: [{
    code: ['I: mounting /proc filesystem', 'I: mounting /sys filesystem', 'I: creating /{dev,run}/shm', 'I: mounting /dev/pts filesystem', 'I: Mounting /dev/shm', 'I: Mounting /var/cache/pbuilder/result', 'I: policy-rc.d already exists'],
    findings: [{ line: 3, severity: 'note', evidenceLines: [3, 5], remediationIncludes: ['BINDMOUNTS'] }],
  }],
});
