import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/build-disk-full.js';

RuleTester.run(rule, {
  valid: [
    'checking for statvfs... yes', 'cp: error writing x: Input/output error',
    // /dev/shm full is the shm tmpfs (python-semaphores-unavailable), not the build place.
    { name: 'ENOSPC under /dev/shm', code: ["cp: error writing '/dev/shm/cache.bin': No space left on device"] },
    {
      name: 'ENOSPC at a semaphore (Python 3.11 traceback)',
      code: ['Traceback (most recent call last):', '  File "/usr/lib/python3.11/multiprocessing/synchronize.py", line 57, in __init__', '    sl = self._semlock = _multiprocessing.SemLock(', 'OSError: [Errno 28] No space left on device'],
    },
  ],
  invalid: [{
    // test/logs/pbuilder-0.231-disk-full.log lines 211-224.
    code: ['   dh_auto_build', './gendata > table.bin', 'gendata: write error: No space left on device', 'make[1]: *** [Makefile:17: table.bin] Error 1', "cp: error writing '/var/cache/pbuilder/build/27663/etc/resolv.conf': No space left on device"],
    findings: [{ line: 3, evidenceLines: [3], stage: 'dh_auto_build', side: 'environment', cause: 'disk-full', data: { tool: 'gendata' }, remediationIncludes: ['df -h /var/cache/pbuilder/build', 'BUILDPLACE='] }],
  }, {
    // test/logs/pbuilder-0.231-disk-full-apt-cache.log line 47: `E:` is apt's level, not a program.
    name: 'apt while installing build-deps',
    code: ['I: Installing the build-deps', 'E: Write error - write (28: No space left on device)'],
    findings: [{ line: 2, stage: 'build-deps', data: {} }],
  }, {
    // sbuild 0.85 unshare backend (test/logs/sbuild-0.85.0-compileerr.log line 16); gendata line as above.
    name: 'sbuild unshare: the unpacked chroot under /tmp, not --build-dir',
    code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', 'Unpacking /root/.cache/sbuild/bookworm-amd64.tar.gz to /tmp/tmp.sbuild.9LEklwnRzS...', 'gendata: write error: No space left on device'],
    findings: [{ line: 3, remediationIncludes: ['$unshare_tmpdir_template', 'df -h /tmp'], remediationExcludes: ['sbuild --build-dir='] }],
  }, {
    name: 'sbuild schroot: /var/lib/sbuild/build bound on /build',
    code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', 'gendata: write error: No space left on device'],
    findings: [{ line: 2, remediationIncludes: ['/var/lib/sbuild/build', '/etc/schroot/sbuild/fstab'], remediationExcludes: ['sbuild --build-dir='] }],
  }],
});
