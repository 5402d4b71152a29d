import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/compiler-missing-header.js';

// test/logs/pbuilder-0.231-missing-header.log lines 218-226.
RuleTester.run(rule, {
  valid: ["main.c:20:12: error: 'totl' undeclared (first use in this function)", 'checking for stdlib.h... yes'],
  invalid: [{
    code: [
      'I: Running cd /build/missinghdr-1.0/ && env PATH="/usr/sbin:/usr/bin:/sbin:/bin" HOME="/nonexistent" dpkg-buildpackage -us -uc',
      '   dh_auto_build',
      "make[1]: Entering directory '/build/missinghdr-1.0'",
      'main.c:2:10: fatal error: doesnotexist.h: No such file or directory',
      '    2 | #include <doesnotexist.h>',
      'compilation terminated.',
    ],
    findings: [{ line: 4, stage: 'dh_auto_build', side: 'package', cause: 'missing-header', data: { header: 'doesnotexist.h', path: 'main.c', line: 2 }, remediationIncludes: ['doesnotexist.h', "apt-file search --regexp '/doesnotexist\\.h$'"] }],
  }, {
    // buildlog-consultant src/common.rs test_missing_c_header (936e965); the package from the index (trixie).
    name: 'a header a Debian package ships: the fix names it',
    code: ['ssl.c:1:10: fatal error: openssl/ssl.h: No such file or directory'],
    findings: [{ line: 1, data: { header: 'openssl/ssl.h', packages: ['libssl-dev'], suite: 'trixie' }, remediationIncludes: ['Add libssl-dev (it ships openssl/ssl.h in trixie)', 'Build-Depends: ..., libssl-dev'] }],
  }, {
    name: 'a header in a subdirectory',
    code: ['src/x.cc:5:10: fatal error: glib/gtypes.h: No such file or directory'],
    findings: [{ line: 1, data: { header: 'glib/gtypes.h', path: 'src/x.cc' } }],
  }],
});
