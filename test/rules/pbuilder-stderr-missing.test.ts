import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/pbuilder-stderr-missing.js';

// The stdout half of ../shared/logs/pbuilder-0.231-build-failure.log (what `pbuilder build x.dsc | logcheck` sees).
const failedStdoutOnly = [
  'I: Building the build Environment',
  'I: mounting /proc filesystem',
  'I: policy-rc.d already exists',
  'I: Building the package',
  'I: Running cd /build/shmfail-1.0/ && env PATH="/usr/sbin:/usr/bin:/sbin:/bin" HOME="/nonexistent" dpkg-buildpackage -us -uc',
  'checking whether POSIX semaphores are enabled... yes',
  'I: copying local configuration',
  'I: unmounting proc filesystem',
  'I: cleaning the build env ',
  'I: removing directory /var/cache/pbuilder/build/31551 and its subdirectories',
];

RuleTester.run(rule, {
  valid: [
    {
      // As in test/logs/pbuilder-0.231-hook-failure.log (lines 24-32), for a B hook (pbuilder 0.231 pbuilder-buildpackage:
      // executehooks "B" after the build): it fails, pbuilder tears down with no E: line (its trap runs set +e).
      name: 'a hook that failed silently: no E: line is normal there',
      code: ['I: Building the package', 'I: user script /var/cache/pbuilder/hooks/B10-check starting', 'check failed', 'I: unmounting dev/pts filesystem', 'I: cleaning the build env '],
    },
    { name: 'with 2>&1 the E: line is there', code: [...failedStdoutOnly.slice(0, 7), 'E: Failed autobuilding of package', ...failedStdoutOnly.slice(7)] },
    { name: 'a successful build closes with the time', code: [...failedStdoutOnly, 'I: Current time: Sat Nov 21 01:59:59 UTC 2026', 'I: pbuilder-time-stamp: 1795226399'] },
    { name: 'a W: line proves stderr was captured', code: ['W: cgroups are not available on the host, not using them.', ...failedStdoutOnly] },
    { name: 'execute sessions never print the closing time', code: ['I: Building the build Environment', 'I: mounting /proc filesystem', 'I: policy-rc.d already exists', 'probe-ok', 'I: cleaning the build env '] },
  ],
  invalid: [{
    name: 'failed build piped without 2>&1',
    code: failedStdoutOnly,
    findings: [{ line: 4, severity: 'warning', cause: 'log-missing-stderr', evidenceLines: [4, 9], remediationIncludes: ['2>&1'] }],
  }],
});
