import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/sbuild-chroot-setup-failed.js';

// test/logs/sbuild-0.85.0-create-session-failed.log lines 1, 16-19.
RuleTester.run(rule, {
  valid: ['E: Error creating chroot session: skipping testfail', 'sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm\nE: Build failure (dpkg-buildpackage died)\n'],
  invalid: [{
    code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', 'I: No tarballs found in /root/.cache/sbuild', 'No entry for root in /etc/subuidinvalid idmap', 'E: Error creating chroot session: skipping testfail'],
    findings: [{ line: 4, stage: 'create-session', side: 'environment', cause: 'chroot-setup-failed', remediationIncludes: ['/etc/subuid', 'mmdebstrap'] }],
  }],
});
