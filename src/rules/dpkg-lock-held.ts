import type { Fact } from '../facts.js';
import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'dpkg-lock-held',
    title: 'Another process holds the dpkg/apt lock',
    severity: 'error',
    cause: 'package-manager-lock',
    tags: ['dpkg', 'apt', 'lock', 'pbuilder', 'sbuild'],
    docs: {
      description:
        'apt or dpkg could not take a package-manager lock: `E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process N (apt-get)` / `E: Unable to acquire the dpkg frontend lock (...)` (apt), `dpkg: error: dpkg frontend lock was locked by another process with pid N`, `dpkg database lock was locked ...` (dpkg ≥ 1.20.0, with the holder\'s pid), `dpkg: error: dpkg frontend lock is locked by another process` (1.19.5–1.19.7; `dpkg frontend is locked` 1.19.1–1.19.4), `dpkg: error: dpkg status database is locked by another process` (1.16.0–1.19.x), `dpkg: status database area is locked by another process` (≤ 1.15), from the dpkg git tags. apt\'s `Waiting for cache lock:` progress lines alone are not reported.',
      why:
        'dpkg and apt take fcntl locks on lock-frontend and lock in the admin directory (and apt on lists/lock and archives/lock) so that only one of them changes the database at a time. The holder is a live process: another apt-get, unattended-upgrades, a package GUI, or a concurrent build step in the same chroot. The lock is released when that process exits. Deleting the lock file does not release it; it lets two processes write the database at once and corrupts it.',
      fix: 'Find the holder (the log names its pid and command when apt ≥ 1.9.2 or dpkg ≥ 1.20.0 printed it), wait for it to finish or stop it cleanly, then retry. In CI, wait for the lock (apt-get -o DPkg::Lock::Timeout=600) instead of failing. Never delete the lock files. If the holder was killed halfway, run `dpkg --configure -a`.',
      example: ['E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 18103 (apt-get)', 'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?'],
    },
  },
  create(context) {
    let group: Fact<'dpkg.lock'>[] = [];
    let last = 0;

    const flush = (): void => {
      if (group.length === 0) return;
      const facts = group;
      group = [];
      const withPid = facts.find((f) => f.pid !== undefined);
      const withHolder = facts.find((f) => f.holder !== undefined);
      const withPath = facts.find((f) => f.path !== undefined);
      const pid = withPid?.pid;
      const holder = withHolder?.holder;
      const path = withPath?.path;
      const who = pid !== undefined ? `process ${pid}${holder !== undefined ? ` (${holder})` : ''}` : 'another process';
      const lockName = path ?? (facts[0]!.lock === 'frontend' ? 'the dpkg frontend lock' : 'the dpkg database lock');
      const evidence: Evidence[] = facts.map((f) => ({ line: f.line.number, text: f.line.text }));
      const steps = pid !== undefined
        ? [`ps -o pid,etime,args -p ${pid}`, `# wait for ${holder ?? 'it'} to finish (or stop it cleanly), then retry`]
        : [`sudo fuser -v ${path ?? '/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock'}`, '# wait for that process to finish (or stop it cleanly), then retry'];
      if (facts.some((f) => f.tool === 'apt')) steps.push('apt-get -o DPkg::Lock::Timeout=600 ...   # apt >= 1.9.11: wait for the lock instead of failing');
      steps.push('sudo dpkg --configure -a   # only if the holder was killed halfway through');
      context.report({
        message: `${facts.some((f) => f.tool === 'apt') ? 'apt' : 'dpkg'} could not get ${lockName}: it is held by ${who}, a package manager still running.`,
        evidence,
        remediation: {
          summary: `Wait until ${who} has finished (or stop it cleanly), then retry. Do not delete the lock file: the lock belongs to a live process, and removing the file lets two package managers write the database at once.`,
          steps,
        },
        stage: 'dpkg',
        side: 'environment',
        data: { lock: facts[0]!.lock, path, pid, holder, tool: facts[0]!.tool },
      });
    };

    return {
      'dpkg.lock'(fact) {
        if (fact.waiting) return;
        // apt prints two lines for one failure (`Could not get lock` + `Unable to acquire`): one finding.
        if (group.length > 0 && fact.line.number > last + 1) flush();
        group.push(fact);
        last = fact.line.number;
      },
      line(fact) {
        if (group.length > 0 && fact.line.number > last + 1) flush();
      },
      wantsLines: () => group.length > 0,
      end: flush,
    };
  },
};

export default rule;
