import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/apt-fetch-failed.js';

// apt 2.6 (apt-pkg/acquire-item.cc): "Failed to fetch %s  %s" with the HTTP status after two spaces.
RuleTester.run(rule, {
  valid: ['W: Failed to fetch http://mirror.local/debian/dists/bookworm/InRelease  Temporary failure resolving \'mirror.local\'', 'Get:1 http://mirror.local/debian bookworm/main amd64 libfoo1 amd64 1.0-1 [20 kB]'],
  invalid: [{
    code: ['I: Installing the build-deps', 'E: Failed to fetch http://mirror.local/debian/pool/main/f/foo/libfoo1_1.0-1_amd64.deb  404  Not Found [IP: 10.0.0.1 80]', 'E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?'],
    findings: [{ line: 2, stage: 'build-deps', side: 'environment', cause: 'archive-fetch-failed', data: { url: 'http://mirror.local/debian/pool/main/f/foo/libfoo1_1.0-1_amd64.deb' }, remediationIncludes: ['pbuilder update'] }],
  }],
});
