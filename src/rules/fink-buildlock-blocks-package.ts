import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { deadLockRemediation, describe, noBuildRunningCheck, parseLock } from '../remedies/fink.js';
import { LockTracker } from '../remedies/fink-locks.js';
import { compareVersions } from '../parsers/pbuilder.js';
import type { BuildEnvironment } from '../facts.js';

/** fink 0.25 and later remove dead locks before every install and remove (tag release_0_25_0 PkgVersion.pm). */
function finkSince025(env: Readonly<BuildEnvironment>): boolean {
  return env.fink?.version !== undefined && compareVersions(env.fink.version, '0.25') >= 0;
}

const rule: Rule = {
  meta: {
    id: 'fink-buildlock-blocks-package',
    title: 'A Fink buildlock blocks installing or removing a package',
    severity: 'error',
    cause: 'fink-live-buildlock',
    tags: ['fink', 'dpkg', 'buildlock'],
    docs: {
      description:
        'dpkg or apt refused to remove or install a package because an installed `fink-buildlock-NAME-VERSION-REVISION` package depends on it or conflicts with it (` fink-buildlock-foo-1.0-1 depends on bar-dev.`), or a lock package\'s prerm said `There is currently an active buildlock for the package` while something else was being removed.',
      why:
        'While fink builds NAME it installs a lock package whose Depends are NAME\'s build dependencies and whose Conflicts are its BuildConflicts, so that no other fink, dpkg or apt run removes what the build is using. The refusal is the lock working as designed: the action has to wait until that build ends. If no fink is building NAME any more, the lock is dead (left by a crashed or interrupted build) and must be removed; the rule says so when the log shows the build that set the lock was interrupted or could not remove its lock.',
      fix: 'Wait until the fink run building NAME finishes, then retry. If no fink process is running, the lock is dead: `fink list -t fink-buildlock`, then `fink remove fink-buildlock-NAME-VERSION-REVISION`. fink ≥ 0.25 removes dead locks itself before every fink install and remove (so only raw dpkg or apt runs stay blocked by one): make the change through fink, or `fink cleanup --buildlocks`.',
      example: ['dpkg: dependency problems prevent removal of bar-dev:', ' fink-buildlock-foo-1.0-1 depends on bar-dev.'],
    },
  },
  create(context) {
    const locks = new LockTracker();

    const report = (lockName: string, evidence: readonly Evidence[], blocked: string | undefined, action: string | undefined, relation: string): void => {
      const lock = parseLock(lockName);
      const dead = locks.deadEvidence(lockName);
      const what = blocked !== undefined ? `${action === 'install' ? 'installing' : action === 'remove' ? 'removing' : 'changing'} ${blocked}` : 'the package change';
      if (dead !== undefined) {
        context.report({
          message: `${what} is blocked by ${lockName}, a dead buildlock: the fink run that was building ${describe(lock)} ended without removing it.`,
          line: evidence[evidence.length - 1]!.line,
          evidence: [...dead, ...evidence],
          cause: 'fink-dead-buildlock',
          remediation: deadLockRemediation(context.env, [lockName], `Remove the dead lock ${lockName}, then retry ${what}.`),
          stage: 'dpkg',
          side: 'environment',
          data: { lock: lockName, package: lock.name, version: lock.version, blocked, action, relation, dead: true },
        });
        return;
      }
      context.report({
        message: `${what} is blocked by ${lockName}: another fink process is building ${describe(lock)} and the lock protects its build dependencies.`,
        line: evidence[evidence.length - 1]!.line,
        evidence,
        remediation: {
          summary: `Wait until the fink run building ${describe(lock)} has finished, then retry ${what}. If no fink process is running any more, ${lockName} is a dead lock: remove it${finkSince025(context.env) ? ` (this fink, ${context.env.fink!.version}, removes dead locks itself before its own installs and removals: a dead lock blocks only raw dpkg or apt, so making the change through fink also works)` : ''}.`,
          steps: [noBuildRunningCheck(lock), 'fink list -t fink-buildlock', `fink remove ${lockName}   # only if no fink is building ${lock.name}`],
        },
        stage: 'dpkg',
        side: 'environment',
        data: { lock: lockName, package: lock.name, version: lock.version, blocked, action, relation, dead: false },
      });
    };

    return {
      ...locks.listeners(),
      'fink.lock-failed'() { locks.window = undefined; },
      'fink.lock-relation'(fact) {
        // Relations of the lock being installed are fink's own set-up (fink-dependency-confusion,
        // fink-buildlock-concurrent-build); here only a lock that stands in another action's way.
        if (LockTracker.duringLockSetup(fact) || locks.window !== undefined) return;
        if (fact.action === 'configure') return;
        report(fact.lock, fact.evidence, fact.subject ?? fact.other, fact.action, fact.relation);
      },
      'fink.lock-active'(fact) {
        // Inside a lock set-up this is a concurrent build of the same package (another rule).
        if (locks.window !== undefined) return;
        const lockName = `fink-buildlock-${fact.name}-${fact.version}`;
        report(lockName, fact.evidence, undefined, 'remove', 'prerm');
      },
    };
  },
};

export default rule;
