import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/build-network-access.js';

const offline = 'I: pbuilder: network access will be disabled during build';

RuleTester.run(rule, {
  valid: [
    { name: "aptitude's resolver is not DNS", code: ['Unable to resolve dependencies!  Giving up...'] },
    { name: 'a recipe echo is not its failure', code: ['getent hosts ftp.gnu.org || (echo "E: cannot resolve ftp.gnu.org" >&2; exit 2)'] },
    { name: 'a network command failing with the network on proves nothing', code: ['getent hosts ftp.gnu.org', 'make[1]: *** [Makefile:2: all] Error 2'] },
    { name: 'nor under sbuild\'s schroot backend, which keeps the network', code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', "I: NOTICE: Log filtering will replace 'var/run/schroot/mount/bookworm-amd64-sbuild-0c3d5a4e' with '<<CHROOT>>'", 'getent hosts ftp.gnu.org', 'make[1]: *** [Makefile:2: all] Error 2'] },
  ],
  invalid: [{
    // test/logs/pbuilder-0.231-network-curl.log lines 2, 276-282.
    name: 'curl',
    code: [offline, '   dh_auto_build', 'curl -fsSL -o data.tar.gz https://github.com/example/data/archive/refs/tags/v1.0.tar.gz', 'curl: (6) Could not resolve host: github.com', 'make[1]: *** [Makefile:2: all] Error 6'],
    findings: [{ line: 4, evidenceLines: [1, 4], stage: 'dh_auto_build', side: 'package', cause: 'network-disabled', data: { host: 'github.com', tool: 'curl' }, remediationIncludes: ['USENETWORK=yes', "grep -rn 'github.com'"] }],
  }, {
    // test/logs/pbuilder-0.231-network-getent.log lines 2, 214-218: getent prints nothing.
    name: 'getent fails silently',
    code: [offline, '   dh_auto_build', 'getent hosts ftp.gnu.org', 'make[1]: *** [Makefile:2: all] Error 2'],
    findings: [{ line: 3, evidenceLines: [1, 3, 4], data: { command: 'getent hosts ftp.gnu.org', host: 'ftp.gnu.org' } }],
  }, {
    // test/logs/pbuilder-0.231-network-python-urllib.log line 291.
    name: 'Python',
    code: [offline, 'socket.gaierror: [Errno -3] Temporary failure in name resolution'],
    findings: [{ line: 2, data: { tool: 'socket.gaierror' } }],
  }, {
    // npm 9 wording.
    name: 'npm in the build-deps stage is the mirror',
    code: ['I: Installing the build-deps', 'npm ERR! request to https://registry.npmjs.org/left-pad failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org'],
    findings: [{ line: 2, stage: 'build-deps', side: 'environment', data: { host: 'registry.npmjs.org' }, remediationIncludes: ['getent hosts registry.npmjs.org'] }],
  }, {
    // sbuild 0.85 schroot backend (its log filter notice names the schroot session); curl's real wording.
    name: 'sbuild with the schroot backend: network on, still the package\'s fault',
    code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', "I: NOTICE: Log filtering will replace 'var/run/schroot/mount/bookworm-amd64-sbuild-0c3d5a4e' with '<<CHROOT>>'", 'curl: (6) Could not resolve host: github.com'],
    findings: [{ line: 3, side: 'package', remediationIncludes: ['schroot backend does not disable the network', 'Policy 4.9'], remediationExcludes: ['always builds without network'] }],
  }, {
    // test/logs/sbuild-0.85.0-compileerr.log line 17: the unshare backend.
    name: 'sbuild unshare backend: a silent getent failure is conclusive',
    code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', "I: NOTICE: Log filtering will replace 'sbuild-unshare-dummy-location' with '<<CHROOT>>'", 'getent hosts ftp.gnu.org', 'make[1]: *** [Makefile:2: all] Error 2'],
    findings: [{ line: 3, side: 'package', remediationIncludes: ['unshare backend builds without network'] }],
  }],
});
