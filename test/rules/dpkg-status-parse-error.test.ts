import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/dpkg-status-parse-error.js';

// Wordings: dpkg 1.21.22 (real, test/logs/dpkg-1.21-parse-error-*.log); dpkg lib/dpkg/parse.c
// parse_error_msg ("parsing file '%.255s' near line %d package '%.255s':\n %.255s"); the Fink wiki's
// buildlock example (dpkg ≤ 1.14, backquotes, pasted as one line); Ubuntu 9.04's dpkg-query
// ("parse error, in file '...'", straight quotes: dpkg 1.15.x) and "dpkg: parsing file" without "error:" (a reworded paste;
// dpkg 1.16.0 and later print "dpkg: error: parsing file": dpkg git tag 1.16.0, lib/dpkg/parsehelp.c and ehandle.c).
RuleTester.run(rule, {
  valid: [
    { name: 'warnings only', code: ["dpkg: warning: parsing file '/var/lib/dpkg/status' near line 14 package 'foo':", " missing 'Description' field"] },
    { name: 'an unrelated line', code: ['Parsing file list...'] },
  ],
  invalid: [
    {
      name: 'Fink wiki: dpkg <= 1.14, two lines, backquotes',
      code: ["dpkg: parse error, in file `/sw/var/lib/dpkg/status' near line 537", "package `fink-buildlock-antlr-2.7.4-2':  missing version"],
      findings: [{ line: 2, evidenceLines: [1, 2], data: { file: '/sw/var/lib/dpkg/status', near: 537, package: 'fink-buildlock-antlr-2.7.4-2', problem: 'missing version', buildlock: true }, remediationIncludes: ['Status: purge ok not-installed'] }],
    },
    {
      name: 'dpkg <= 1.14 two-line form with the package on the first line',
      code: ["dpkg: parse error, in file `/sw/var/lib/dpkg/status' near line 537 package `fink-buildlock-antlr-2.7.4-2':", ' missing version'],
      findings: [{
        line: 2, cause: 'dpkg-status-corrupt', stage: 'dpkg', side: 'environment', evidenceLines: [1, 2],
        data: { program: 'dpkg', file: '/sw/var/lib/dpkg/status', near: 537, package: 'fink-buildlock-antlr-2.7.4-2', problem: 'missing version', wording: 'parse-error-backquote', buildlock: true },
        remediationIncludes: ['/sw/var/lib/dpkg/status', 'near line 537', 'Status: purge ok not-installed', 'Package: fink-buildlock-antlr-2.7.4-2', '/sw/var/lib/dpkg/status-old'],
      }],
    },
    {
      name: 'pasted as one line (two spaces before the problem)',
      code: ["dpkg: parse error, in file `/sw/var/lib/dpkg/status' near line 537 package `fink-buildlock-antlr-2.7.4-2':  missing version"],
      findings: [{ line: 1, evidenceLines: [1], data: { near: 537, problem: 'missing version', buildlock: true } }],
    },
    {
      name: 'dpkg >= 1.16.0 wording, missing Version field (>= 1.19.5), with its warnings (real dpkg 1.21.22), /opt/sw prefix',
      code: [
        "dpkg: warning: parsing file '/opt/sw/var/lib/dpkg/status' near line 14 package 'fink-buildlock-antlr-2.7.4-2':",
        " missing 'Description' field",
        "dpkg: error: parsing file '/opt/sw/var/lib/dpkg/status' near line 14 package 'fink-buildlock-antlr-2.7.4-2':",
        " missing 'Version' field",
      ],
      findings: [{ line: 4, evidenceLines: [3, 4], data: { file: '/opt/sw/var/lib/dpkg/status', near: 14, wording: 'parsing-error', problem: "missing 'Version' field" }, remediationIncludes: ['/opt/sw/var/lib/dpkg/status-old'] }],
    },
    {
      name: 'dpkg-query, straight quotes (1.15.x), not a buildlock: general dpkg advice',
      code: ["dpkg-query: parse error, in file '/var/lib/dpkg/status' near line 22203 package 'libgail18':", " missing version"],
      findings: [{ line: 2, data: { program: 'dpkg-query', wording: 'parse-error', buildlock: false, package: 'libgail18' }, remediationIncludes: ['/var/backups/dpkg.status', "grep -n -A12 '^Package: libgail18$' /var/lib/dpkg/status-old", 'dpkg --configure -a'] }],
    },
    {
      name: '"parsing file" without error:, a journal file without a package',
      code: ["dpkg: parsing file '/var/lib/dpkg/updates/0159' near line 1:", ' EOF after field name'],
      findings: [{ line: 2, data: { file: '/var/lib/dpkg/updates/0159', near: 1, wording: 'parsing', package: undefined } }],
    },
  ],
});
