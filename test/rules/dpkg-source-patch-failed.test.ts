import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/dpkg-source-patch-failed.js';

RuleTester.run(rule, {
  valid: [{ name: 'patches that apply', code: ['dpkg-source: info: applying fix-greeting.patch', 'patching file greet.c', 'Hunk #1 succeeded at 3 (offset 1 line).'] }],
  invalid: [{
    // test/logs/pbuilder-0.231-patch-fail.log lines 18-34.
    name: 'dpkg-source at extraction',
    code: [
      'I: Extracting source',
      'dpkg-source: info: applying fix-greeting.patch',
      'patching file greet.c',
      'Hunk #1 FAILED at 3.',
      '1 out of 1 hunk FAILED',
      'dpkg-source: info: the patch has fuzz which is not allowed, or is malformed',
      'dpkg-source: error: LC_ALL=C patch -t -F 0 -N -p1 -u -V never -E -b -B .pc/fix-greeting.patch/ --reject-file=- < patchfail-1.0/debian/patches/fix-greeting.patch subprocess returned exit status 1',
      'E: pbuilder: Failed extracting the source',
    ],
    findings: [{ line: 4, evidenceLines: [2, 4, 7], stage: 'source', side: 'package', cause: 'patch-does-not-apply', data: { patch: 'fix-greeting.patch', file: 'greet.c', line: 3, failedHunks: 1 }, remediationIncludes: ['quilt push -f fix-greeting.patch', 'greet.c'] }],
  }, {
    // quilt 0.67 (quilt/push.in): "Patch %s does not apply (enforce with -f)"
    name: 'quilt push',
    code: ['Applying patch debian/patches/02-fix-build.patch', 'patching file src/main.c', 'Hunk #2 FAILED at 120.', 'Patch debian/patches/02-fix-build.patch does not apply (enforce with -f)'],
    findings: [{ line: 3, data: { patch: '02-fix-build.patch', file: 'src/main.c', line: 120 } }],
  }],
});
