import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/dpkg-lock-held.js';

// apt 2.6.1 and dpkg 1.21.22: real runs (test/logs/dpkg-*lock*.log). Older wordings from
// libapt-pkg's strings ("Could not get lock %s - open", "Unable to lock the administration directory
// (%s), is another process using it?") and dpkg ≤ 1.16 / 1.17–1.19 ("status database area is locked by
// another process", "dpkg status database is locked by another process").
RuleTester.run(rule, {
  valid: [
    { name: 'apt waits for the lock and then gets it', code: ['Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4012 (unattended-upgr)... 5s', 'Selecting previously unselected package baz.'] },
    { name: 'advice text only', code: ['Note: removing the lock file is always wrong, can damage the locked area'] },
  ],
  invalid: [
    {
      name: 'apt 2.6: both lines are one finding, holder named',
      code: ['E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 18103 (apt-get)', 'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?'],
      findings: [{
        line: 1, endLine: 2, cause: 'package-manager-lock', evidenceLines: [1, 2],
        data: { lock: 'frontend', path: '/var/lib/dpkg/lock-frontend', pid: 18103, holder: 'apt-get', tool: 'apt' },
        remediationIncludes: ['process 18103 (apt-get)', 'ps -o pid,etime,args -p 18103', 'Do not delete the lock file'],
      }],
    },
    {
      name: 'dpkg 1.21 frontend lock with pid, in a pbuilder log',
      code: ['I: Installing the build-deps', 'dpkg: error: dpkg frontend lock was locked by another process with pid 18103', 'Note: removing the lock file is always wrong, can damage the locked area', 'and the entire system. See <https://wiki.debian.org/Teams/Dpkg/FAQ#db-lock>.'],
      findings: [{ line: 2, evidenceLines: [2], data: { lock: 'frontend', pid: 18103, tool: 'dpkg' } }],
    },
    {
      // dpkg git tags: 1.16.0-1.19.x lib/dpkg/dbmodify.c "dpkg status database" + file.c "%s is locked by another
      // process"; <= 1.15 "status database area is locked by another process"; 1.19.5-1.19.7 "dpkg frontend lock".
      name: 'dpkg 1.16.0-1.19.x, <= 1.15 and 1.19.5-1.19.7 wordings, no pid: fuser',
      code: ['dpkg: error: dpkg status database is locked by another process', 'x', 'dpkg: status database area is locked by another process', 'x', 'dpkg: error: dpkg frontend lock is locked by another process'],
      findings: [
        { line: 1, data: { lock: 'database', pid: undefined }, remediationIncludes: ['fuser -v'] },
        { line: 3, data: { lock: 'database' } },
        { line: 5, data: { lock: 'frontend' } },
      ],
    },
    {
      name: 'old apt: "- open (11: Resource temporarily unavailable)"',
      code: ['E: Could not get lock /var/lib/dpkg/lock - open (11: Resource temporarily unavailable)', 'E: Unable to lock the administration directory (/var/lib/dpkg/), is another process using it?'],
      findings: [{ line: 1, endLine: 2, data: { lock: 'database', path: '/var/lib/dpkg/lock', tool: 'apt' }, remediationIncludes: ['fuser -v /var/lib/dpkg/lock'] }],
    },
  ],
});
