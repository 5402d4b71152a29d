import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/compiler-error.js';

// test/logs/pbuilder-0.231-compile-error.log lines 219-229 (GCC 12 in pbuilder 0.231).
const log = [
  'I: Running cd /build/compileerr-1.0/ && env PATH="/usr/sbin:/usr/bin:/sbin:/bin" HOME="/nonexistent" dpkg-buildpackage -us -uc',
  '   dh_auto_build',
  '\tmake -j2 "INSTALL=install --strip-program=true"',
  "make[1]: Entering directory '/build/compileerr-1.0/src'",
  'cc -g -O2 -ffile-prefix-map=/build/compileerr-1.0=. -c -o main.o main.c',
  "main.c: In function 'main':",
  "main.c:20:12: error: 'totl' undeclared (first use in this function)",
  '   20 |     return totl;',
  "main.c:21:5: error: expected ';' before '}' token",
  'make[1]: *** [Makefile:9: main.o] Error 1',
];

RuleTester.run(rule, {
  valid: [
    { name: 'a warning is not an error', code: ["main.c:20:12: warning: unused variable 'x' [-Wunused-variable]"] },
    { name: 'configure output mentioning error', code: ['checking for error_at_line... yes', 'checking whether strerror_r is declared... yes'] },
    { name: 'missing headers are compiler-missing-header', code: ['main.c:2:10: fatal error: doesnotexist.h: No such file or directory'] },
    // autoconf's own errors (the issue's lines; real autoreconf output reads `configure.in:113: error: possibly
    // undefined macro: AC_PROG_LIBTOOL`): not a compiler's. The m4/Makefile.am lines follow automake 1.16's `file:line: error:` format.
    { name: 'autoconf: possibly undefined macro', code: ['configure.in:1802: error: possibly undefined macro: AC_PROG_LIBTOOL'] },
    { name: 'autoconf: version required', code: ['configure.ac:13: error: Autoconf version 2.71 or higher is required'] },
    { name: 'aclocal/automake inputs', code: ['m4/ax_pthread.m4:87: error: m4_defn: undefined macro: _m4_divert_diversion', 'src/Makefile.am:12: error: HAVE_FOO does not appear in AM_CONDITIONAL'] },
    // gdc reports the linker's undefined reference with a source position: linker-undefined-reference's.
    { name: 'D: writer.d:59 undefined reference is a link error', code: ["writer.d:59: error: undefined reference to 'sam_hdr_parse_'"] },
  ],
  invalid: [{
    name: 'the first error, mapped to the source tree',
    code: log,
    findings: [{
      line: 7, stage: 'dh_auto_build', side: 'package', cause: 'compile-error', evidenceLines: [7, 8],
      data: { path: 'src/main.c', line: 20, column: 12, error: "'totl' undeclared (first use in this function)" },
      remediationIncludes: ['src/main.c:20:12', 'quilt edit src/main.c'],
    }],
  }, {
    // test/logs/pbuilder-0.231-compile-error.log lines 223-226: GCC 12's source excerpt and caret are evidence.
    name: 'the source excerpt and caret under the error',
    code: ["main.c:20:12: error: 'totl' undeclared (first use in this function)", '   20 |     return totl;', '      |            ^~~~', 'main.c:20:12: note: each undeclared identifier is reported only once for each function it appears in'],
    findings: [{ line: 1, evidenceLines: [1, 2, 3] }],
  }, {
    // test/logs/sbuild-0.85.0-compileerr.log line 360: sbuild's UTF-8 locale quotes, <<PKGBUILDDIR>>.
    name: 'sbuild log',
    code: ['sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm', "make[1]: Entering directory '/<<PKGBUILDDIR>>'", 'main.c:20:12: error: ‘totl’ undeclared (first use in this function)'],
    findings: [{ line: 3, data: { path: 'main.c', line: 20 } }],
  }, {
    // Line 7 of the log above with a U+2028 (LINE SEPARATOR, from a source comment or a string literal GCC
    // quotes) inside the message: `.` does not match it, and without the `s` flag the error went unseen.
    name: 'a U+2028 inside the message',
    code: ["main.c:20:12: error: 'totl\u2028' undeclared (first use in this function)"],
    findings: [{ line: 1, data: { path: 'main.c', line: 20, column: 12, error: "'totl\u2028' undeclared (first use in this function)" } }],
  }],
});
