import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'apt-dpkg-lock',
    title: 'The dpkg database is locked by another process',
    severity: 'error',
    cause: 'package-manager-lock',
    tags: ['apt', 'dpkg', 'build-failure'],
    docs: {
      description: 'apt\'s `E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process N (apt-get)` (older: `... - open (11: Resource temporarily unavailable)`).',
      why: 'Another apt or dpkg runs on the same root (unattended-upgrades on the host, a second build in the same chroot, a hook still installing). The build environment, not the package, is at fault.',
      fix: 'Wait for the other process or stop it; never run two builds in one non-snapshot chroot.',
      example: ['E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1234 (apt-get)'],
    },
  },
  create(context) {
    let done = false;
    return {
      'apt.lock'(fact) {
        if (done) return;
        done = true;
        const pid = fact.holder?.split(' ')[0];
        context.report({
          message: `${fact.path} is locked${fact.holder !== undefined ? ` by process ${fact.holder}` : ''}: another apt or dpkg is running on the same system.`,
          evidence: [lineOf(fact, 'lock held')],
          remediation: {
            summary: 'Wait for the other apt/dpkg to finish (or stop it), then rebuild.',
            steps: [pid !== undefined ? `ps -o pid,etime,cmd -p ${pid}` : `fuser -v ${fact.path}`, 'systemctl stop unattended-upgrades   (if it is the holder, on the host)'],
          },
          ...placeOf(context.env, 'package-manager-lock'),
          data: { path: fact.path, ...(fact.holder !== undefined ? { holder: fact.holder } : {}), headline: `${fact.path} is locked` },
        });
      },
    };
  },
};

export default rule;
