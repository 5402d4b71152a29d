import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/dpkg-shlibdeps-missing-library.js';

// dpkg 1.21 scripts/dpkg-shlibdeps.pl: "cannot find library %s needed by %s (ELF format: '%s' abi: '%s'; RPATH: '%s')"
RuleTester.run(rule, {
  valid: ['dpkg-shlibdeps: warning: debian/bar/usr/bin/bar contains an unresolvable reference to symbol foo_init: it\'s probably a plugin'],
  invalid: [{
    code: ['   dh_shlibdeps', "dpkg-shlibdeps: error: cannot find library libfoo.so.1 needed by debian/bar/usr/bin/bar (ELF format: 'elf64-x86-64' abi: '0201003e00000000'; RPATH: '')"],
    findings: [{ line: 2, stage: 'dh_shlibdeps', side: 'package', data: { library: 'libfoo.so.1', binary: 'debian/bar/usr/bin/bar' }, remediationIncludes: ['dh_shlibdeps -ldebian/bar'] }],
  }],
});
