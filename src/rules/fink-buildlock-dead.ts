import type { Rule } from '../rule.js';
import { deadLockRemediation, describe, parseLock } from '../remedies/fink.js';
import { LockTracker } from '../remedies/fink-locks.js';

const rule: Rule = {
  meta: {
    id: 'fink-buildlock-dead',
    title: 'A Fink buildlock was left installed by a build that ended',
    severity: 'warning',
    cause: 'fink-dead-buildlock',
    tags: ['fink', 'dpkg', 'buildlock'],
    docs: {
      description:
        'fink could not remove its own lock package (`WARNING: Can\'t remove package fink-buildlock-foo-1.0-1. This is not fatal, ...`), or the log shows a lock installed (`Setting up fink-buildlock-foo-1.0-1 (2007.03.08-14.54.00) ...`) and then the run interrupted or crashed (`^C`, `Killed: 9`, `Segmentation fault`) with no removal of that lock afterwards.',
      why:
        'A lock package whose build has ended is dead: nothing will remove it, and until it is removed it keeps its Depends installed and its Conflicts out, so later installs, removals and builds of the same package fail with buildlock errors. Fink removes its lock after every build, successful or not, but not when it is killed, loses power, or dpkg fails to remove the lock.',
      fix: '`fink list -t fink-buildlock`, then `fink remove fink-buildlock-NAME-VERSION-REVISION` with the name from the log; fink 0.25 and later: `fink cleanup --buildlocks`.',
      example: ["WARNING: Can't remove package fink-buildlock-foo-1.0-1. This is not fatal, but you may want to"],
    },
  },
  create(context) {
    const locks = new LockTracker();
    /** Locks that a later block already reported as dead (fink-buildlock-blocks-package, -concurrent-build). */
    const blamedLater = new Set<string>();

    return {
      ...locks.listeners(),
      'fink.lock-relation'(fact) { if (locks.deadEvidence(fact.lock) !== undefined) blamedLater.add(fact.lock); },
      'fink.lock-left'(fact) {
        locks.left(fact);
        const lock = parseLock(fact.lock);
        context.report({
          message: `fink could not remove its lock ${fact.lock} after building ${describe(lock)}: the lock is dead and will block later installs, removals and builds of ${lock.name}.`,
          line: fact.line.number,
          evidence: fact.evidence,
          remediation: deadLockRemediation(context.env, [fact.lock], `Remove ${fact.lock} now.`),
          stage: 'buildlock',
          side: 'environment',
          data: { lock: fact.lock, package: lock.name, version: lock.version, how: 'not-removed' },
        });
      },
      // A lock an interrupted run left behind is reported at the end, unless a later block blamed it.
      pending: () => [...locks.leftByInterrupt().keys()].some((lock) => !blamedLater.has(lock)),
      end() {
        for (const [lockName, evidence] of locks.leftByInterrupt()) {
          if (blamedLater.has(lockName)) continue;
          const lock = parseLock(lockName);
          context.report({
            message: `The fink run building ${describe(lock)} ended abnormally while its lock ${lockName} was installed, and the log never shows the lock removed: it is a dead lock.`,
            evidence,
            line: evidence[evidence.length - 1]!.line,
            remediation: deadLockRemediation(context.env, [lockName], `Remove ${lockName} before the next fink run.`),
            stage: 'buildlock',
            side: 'environment',
            data: { lock: lockName, package: lock.name, version: lock.version, how: 'interrupted' },
          });
        }
      },
    };
  },
};

export default rule;
