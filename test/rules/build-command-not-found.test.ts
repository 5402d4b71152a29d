import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/build-command-not-found.js';

RuleTester.run(rule, {
  valid: [
    // test/logs/pbuilder-0.231-build-hello-success.log: a script of the source tree, during autoreconf.
    '/bin/sh: 1: build-aux/git-version-gen: not found',
    "No package 'glib-2.0' found",
  ],
  invalid: [{
    // test/logs/pbuilder-0.231-command-not-found-cmake.log lines 212-217 (dash).
    code: ['   debian/rules override_dh_auto_configure', 'cd build && cmake -DCMAKE_INSTALL_PREFIX=/usr ..', '/bin/sh: 1: cmake: not found', 'make[1]: *** [debian/rules:7: override_dh_auto_configure] Error 127'],
    findings: [{ line: 3, stage: 'dh_auto_configure', side: 'package', cause: 'missing-build-tool', data: { command: 'cmake', package: 'cmake' }, remediationIncludes: ['Add cmake to Build-Depends', "apt-file search --regexp 'bin/cmake$'"] }],
  }, {
    // test/logs/pbuilder-0.231-command-not-found-bash.log line 216.
    name: 'bash',
    code: ['/bin/bash: line 1: cmake: command not found'],
    findings: [{ line: 1, data: { command: 'cmake' } }],
  }, {
    // test/logs/pbuilder-0.231-command-not-found-dh-cmake.log lines 214-217: debhelper execs cmake itself.
    name: 'debhelper exec',
    code: ['   dh_auto_configure -O--buildsystem=cmake', 'Can\'t exec "cmake": No such file or directory at /usr/share/perl5/Debian/Debhelper/Dh_Lib.pm line 518.'],
    findings: [{ line: 2, stage: 'dh_auto_configure', data: { command: 'cmake' } }],
  }, {
    name: 'a command with another package name',
    code: ['make[1]: ninja: No such file or directory'],
    findings: [{ line: 1, data: { command: 'ninja', package: 'ninja-build' } }],
  }],
});
