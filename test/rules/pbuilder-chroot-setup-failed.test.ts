import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/pbuilder-chroot-setup-failed.js';

// Messages of pbuilder 0.231 (pbuilder-modules, pbuilder-createbuildenv: log.e "$DEBOOTSTRAP failed").
RuleTester.run(rule, {
  valid: ['E: Failed autobuilding of package', 'E: pbuilder-satisfydepends failed.'],
  invalid: [{
    code: ['I: Building the build Environment', 'E: failed to find /var/cache/pbuilder/base.tgz, have you done <pbuilder create> to create your base tarball yet?'],
    findings: [{ line: 2, side: 'environment', cause: 'chroot-setup-failed', remediationIncludes: ['pbuilder create --basetgz /var/cache/pbuilder/base.tgz'] }],
  }, {
    name: 'DEBOOTSTRAP=mmdebstrap: its own E: lines say why (mmdebstrap 1.3.5 error() prefixes "E: ")',
    code: ['I: Running mmdebstrap', 'E: apt-get update -oAPT::Status-Fd=<$fd> -oDpkg::Use-Pty=false failed', 'E: mmdebstrap failed'],
    findings: [{ line: 3, data: { error: 'mmdebstrap failed' }, remediationIncludes: ['mmdebstrap could not create the chroot', 'MIRRORSITE'], remediationExcludes: ['pbuilder create'] }],
  }, {
    name: 'Distribution not specified: not a missing tarball',
    code: ['E: Distribution not specified, please specify'],
    findings: [{ line: 1, remediationIncludes: ['--distribution'], remediationExcludes: ['pbuilder create   ', 'pbuilder update'] }],
  }, {
    name: 'something still mounted is clean-up after the build, a warning',
    code: ['I: cleaning the build env ', 'E: Something is still mounted under /var/cache/pbuilder/build/1234; unmount and remove /var/cache/pbuilder/build/1234 manually'],
    findings: [{ line: 2, severity: 'warning', stage: 'cleanup', data: { place: '/var/cache/pbuilder/build/1234' }, remediationIncludes: ["grep ' /var/cache/pbuilder/build/1234' /proc/mounts"], remediationExcludes: ['pbuilder create'] }],
  }],
});
