import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/debhelper-missing-files.js';

RuleTester.run(rule, {
  valid: [{
    // compat 12: dh_missing only lists (--list-missing, its default below 13: debhelper 13.11 dh_missing line 104).
    name: 'warnings without the abort',
    code: ['dh_missing: warning: usr/share/info/dir exists in debian/tmp but is not installed to anywhere '],
  }],
  invalid: [{
    // compat 13: --fail-missing is dh_missing's default (debhelper 13.11 dh_missing: `compat(12) ? 'LIST_MISSING' : 'FAIL_MISSING'`),
    // so a plain `dh_missing` step fails; texts as in test/logs/pbuilder-0.231-dh-missing-fail-missing.log.
    name: 'dh_missing in compat 13 fails by default',
    code: ['   dh_missing', 'dh_missing: warning: etc/frob.conf exists in debian/tmp but is not installed to anywhere ', 'dh_missing: error: missing files, aborting'],
    findings: [{ line: 2, evidenceLines: [2, 3], data: { tool: 'dh_missing', paths: ['etc/frob.conf'] }, remediationIncludes: ['debian/not-installed'] }],
  }, {
    // test/logs/pbuilder-0.231-dh-install-missing-files.log lines 235-241.
    name: 'dh_install',
    code: [
      '   dh_install',
      'dh_install: warning: Cannot find (any matches for) "usr/bin/frob-helper" (tried in ., debian/tmp)',
      '',
      'dh_install: warning: dhmissing missing files: usr/bin/frob-helper',
      'dh_install: warning: Cannot find (any matches for) "usr/share/man/man1/frob.1" (tried in ., debian/tmp)',
      '',
      'dh_install: error: missing files, aborting',
    ],
    findings: [{ line: 2, evidenceLines: [2, 5, 7], stage: 'dh_install', side: 'package', cause: 'missing-installed-files', data: { tool: 'dh_install', paths: ['usr/bin/frob-helper', 'usr/share/man/man1/frob.1'] }, remediationIncludes: ['debian/*.install'] }],
  }, {
    // test/logs/pbuilder-0.231-dh-missing-fail-missing.log lines 245-250.
    name: 'dh_missing --fail-missing',
    code: [
      '   debian/rules override_dh_missing',
      'dh_missing --fail-missing',
      'dh_missing: warning: etc/frob.conf exists in debian/tmp but is not installed to anywhere ',
      'dh_missing: warning: usr/include/frob.h exists in debian/tmp but is not installed to anywhere ',
      'dh_missing: error: missing files, aborting',
    ],
    findings: [{ line: 3, stage: 'dh_missing', data: { tool: 'dh_missing', paths: ['etc/frob.conf', 'usr/include/frob.h'] }, remediationIncludes: ['debian/not-installed'] }],
  }],
});
