import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/dpkg-source-unexpected-changes.js';

// dpkg 1.21 Dpkg/Source/Package/V2.pm: error(g_('aborting due to unexpected upstream changes, see %s'), $tmpdiff)
RuleTester.run(rule, {
  valid: ['dpkg-source: info: local changes detected, the modified files are:'],
  invalid: [{
    code: [' dpkg-source -b .', 'dpkg-source: info: local changes detected, the modified files are:', ' hello-2.10/Makefile.in', 'dpkg-source: error: aborting due to unexpected upstream changes, see /tmp/hello_2.10-3.diff.x6vS1h'],
    findings: [{ line: 4, stage: 'source', side: 'package', data: { diff: '/tmp/hello_2.10-3.diff.x6vS1h' }, remediationIncludes: ['dpkg-source --commit', 'cat /tmp/hello_2.10-3.diff.x6vS1h'] }],
  }],
});
