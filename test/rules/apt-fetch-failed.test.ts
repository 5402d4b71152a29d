import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/apt-fetch-failed.js';

// apt 2.6 (apt-pkg/acquire-item.cc): "Failed to fetch %s  %s" with the HTTP status after two spaces.
RuleTester.run(rule, {
  valid: [
    // apt 2.6 acquire-worker: the download failed on a full disk (build-disk-full reports it), not the mirror.
    { name: 'a full disk while fetching', code: ['E: Failed to fetch http://mirror.local/debian/pool/main/f/foo/libfoo1_1.0-1_amd64.deb  Write error - write (28: No space left on device)'] },
    'W: Failed to fetch http://mirror.local/debian/dists/bookworm/InRelease  Temporary failure resolving \'mirror.local\'', 'Get:1 http://mirror.local/debian bookworm/main amd64 libfoo1 amd64 1.0-1 [20 kB]'],
  invalid: [{
    code: ['I: Installing the build-deps', 'E: Failed to fetch http://mirror.local/debian/pool/main/f/foo/libfoo1_1.0-1_amd64.deb  404  Not Found [IP: 10.0.0.1 80]', 'E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?'],
    findings: [{ line: 2, stage: 'build-deps', side: 'environment', cause: 'archive-fetch-failed', data: { url: 'http://mirror.local/debian/pool/main/f/foo/libfoo1_1.0-1_amd64.deb' }, remediationIncludes: ['pbuilder update'] }],
  }, {
    // sbuild 0.85 runs apt-get update in its "Update chroot" step before installing anything.
    name: 'a 404 under sbuild is the mirror or proxy, not stale lists',
    code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', 'E: Failed to fetch http://mirror.local/debian/pool/main/f/foo/libfoo1_1.0-1_amd64.deb  404  Not Found [IP: 10.0.0.1 80]'],
    findings: [{ line: 2, remediationIncludes: ['sbuild ran apt-get update', 'proxy'], remediationExcludes: ['pbuilder update', 'sbuild-update'] }],
  }],
});
