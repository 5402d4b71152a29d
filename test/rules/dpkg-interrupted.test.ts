import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/dpkg-interrupted.js';

// apt 2.6.1, real (test/logs/dpkg-apt-2.6-interrupted.log; apt prints a trailing space), and the
// libapt-pkg format "dpkg was interrupted, you must manually run '%s' to correct the problem. ".
RuleTester.run(rule, {
  valid: ['Setting up dpkg (1.21.22) ...', 'The following packages were interrupted'],
  invalid: [
    {
      name: 'apt 2.6',
      code: ["E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem. "],
      findings: [{ line: 1, cause: 'dpkg-interrupted', stage: 'dpkg', data: { command: 'dpkg --configure -a' }, remediationIncludes: ['dpkg --configure -a', 'apt-get -f install'] }],
    },
    {
      name: 'as non-root: apt names sudo',
      code: ['Reading package lists...', "E: dpkg was interrupted, you must manually run 'sudo dpkg --configure -a' to correct the problem."],
      findings: [{ line: 2, data: { command: 'sudo dpkg --configure -a' } }],
    },
  ],
});
