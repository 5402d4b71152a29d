import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/build-timeout.js';

RuleTester.run(rule, {
  valid: ['I: Building the package', 'I: Terminate timeout process'],
  invalid: [{
    // test/logs/pbuilder-0.231-timeout.log lines 212-219.
    code: ['I: Building the package', '   dh_auto_build', 'running slow code generator...', 'sleep 600', 'I: Terminating build process due to timeout '],
    findings: [{ line: 5, evidenceLines: [2, 5], stage: 'dh_auto_build', side: 'environment', cause: 'build-timeout', remediationIncludes: ['--timeout', 'total build time'], remediationExcludes: ['print progress', 'stalled'] }],
  }, {
    // sbuild 0.85 Build.pm: log_error("Build killed with signal " . $sig . " after " . int($t/60) . " minutes of inactivity\n")
    name: 'sbuild',
    code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', '+------------------------------------------------------------------------------+', '| Build                                                                        |', '+------------------------------------------------------------------------------+', '   dh_auto_test', 'E: Build killed with signal TERM after 150 minutes of inactivity'],
    findings: [{ line: 6, stage: 'dh_auto_test', data: { minutes: 150, signal: 'TERM' }, remediationIncludes: ["$individual_stalled_pkg_timeout->{'PACKAGE'}", '$stalled_pkg_timeout', 'print progress'], remediationExcludes: ['$individual_stalled_pkg_timeout{'] }],
  }],
});
