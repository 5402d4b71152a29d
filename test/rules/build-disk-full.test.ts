import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/build-disk-full.js';

RuleTester.run(rule, {
  valid: ['checking for statvfs... yes', 'cp: error writing x: Input/output error'],
  invalid: [{
    // test/logs/pbuilder-0.231-disk-full.log lines 211-224.
    code: ['   dh_auto_build', './gendata > table.bin', 'gendata: write error: No space left on device', 'make[1]: *** [Makefile:17: table.bin] Error 1', "cp: error writing '/var/cache/pbuilder/build/27663/etc/resolv.conf': No space left on device"],
    findings: [{ line: 3, evidenceLines: [3], stage: 'dh_auto_build', side: 'environment', cause: 'disk-full', data: { tool: 'gendata' }, remediationIncludes: ['df -h /var/cache/pbuilder/build', 'BUILDPLACE='] }],
  }, {
    // test/logs/pbuilder-0.231-disk-full-apt-cache.log line 47: `E:` is apt's level, not a program.
    name: 'apt while installing build-deps',
    code: ['I: Installing the build-deps', 'E: Write error - write (28: No space left on device)'],
    findings: [{ line: 2, stage: 'build-deps', data: {} }],
  }],
});
