import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/apt-dpkg-lock.js';

RuleTester.run(rule, {
  valid: ['Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 27790 (apt-get)...'],
  invalid: [{
    // /work/reallogs/dpkg-apt-get-lock-frontend.log line 2 (apt 2.6.1).
    code: ['Reading package lists...', 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 27790 (apt-get)', 'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?'],
    findings: [{ line: 2, side: 'environment', cause: 'package-manager-lock', data: { path: '/var/lib/dpkg/lock-frontend', holder: '27790 (apt-get)' }, remediationIncludes: ['ps -o pid,etime,cmd -p 27790'] }],
  }, {
    // apt < 1.5 wording.
    name: 'old apt',
    code: ['E: Could not get lock /var/lib/dpkg/lock - open (11: Resource temporarily unavailable)'],
    findings: [{ line: 1, data: { path: '/var/lib/dpkg/lock' } }],
  }],
});
