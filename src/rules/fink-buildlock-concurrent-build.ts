import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { deadLockRemediation, describe, noBuildRunningCheck, parseLock } from '../remedies/fink.js';
import { DEAD_AFTER_MS, LockTracker } from '../remedies/fink-locks.js';

const rule: Rule = {
  meta: {
    id: 'fink-buildlock-concurrent-build',
    title: 'Fink could not lock a package that is already being built',
    severity: 'error',
    cause: 'fink-live-buildlock',
    tags: ['fink', 'dpkg', 'buildlock'],
    docs: {
      description:
        'While fink installed the buildlock for the package it was about to build, the lock already installed for the same NAME-VERSION-REVISION refused to go: its prerm printed `There is currently an active buildlock for the package` / `     foo (1.0-1)` (Fink::Finally::Buildlock, fink ≥ 0.25), or, in fink 0.23.5–0.24.x (PkgVersion::set_buildlock), `Error: fink thinks that the package it is about to build: … is currently being built by another fink process … just remove the fink package: fink remove fink-buildlock-…`; fink then says `Can\'t set build lock for foo (1.0-1)`. Also the lock names with the start time in them (`fink-buildlock-foo-1.0-1-<time> conflicts with fink-buildlock-foo-1.0-1`, `Can\'t set build lock for foo-1.0-1.`), a scheme that existed only in fink\'s CVS for nine days in November 2004 (git 0c437af9 to 6a201b90) and in no release.',
      why:
        'Buildlocks stop two fink processes from building the same package at once and overwriting each other\'s files. Finally::Buildlock locks are tied to a lock file held by the building process, so the prerm refusal means that build is really running. The 0.23.5–0.24.x prerm cannot tell and refuses any upgrade: the installed lock is a build still running or a dead lock from a build that crashed, and fink\'s own message gives the fix (`fink remove` the lock if no fink is building it). It is not the dependency confusion fink\'s `Can\'t set build lock` advice suggests. For the 2004 CVS names the rule calls a lock dead when the log shows its build interrupted or it is more than two days older than the new one.',
      fix: 'Wait until the other fink run has built the package, then retry (packages already built are not rebuilt). For a dead lock: `fink remove` the exact lock package named in the log (fink 0.23.5–0.24.x prints that command itself; `fink list -t fink-buildlock` lists them; fink ≥ 0.25 also has `fink cleanup --buildlocks`).',
      example: ['There is currently an active buildlock for the package', '     foo (1.0-1)', 'meaning some other fink process is currently building it.'],
    },
  },
  create(context) {
    const locks = new LockTracker();
    let reported = false;

    const live = (lockName: string, evidence: readonly Evidence[], data: Record<string, unknown>, certain = true): void => {
      const lock = parseLock(lockName);
      context.report({
        message: certain
          ? `Another fink process is building ${describe(lock)} right now: its lock ${lockName} is live, so this run could not set its own build lock.`
          : `${lockName} (set ${lock.timestamp ?? 'earlier'}) holds the build lock for ${describe(lock)}: another fink is building it now, or a build of it crashed and left the lock.`,
        line: evidence[evidence.length - 1]!.line,
        evidence,
        remediation: {
          summary: `Wait until the other fink run has finished building ${describe(lock)}, then retry; whatever it and this run already built will not be rebuilt. If no fink is running any more, the lock is dead: remove ${lockName}.`,
          steps: [noBuildRunningCheck(lock), `fink remove ${lockName}   # only if no fink is building ${lock.name}`],
        },
        stage: 'buildlock',
        side: 'environment',
        data: { lock: lockName, package: lock.name, version: lock.version, dead: false, ...data },
      });
    };

    const dead = (lockName: string, evidence: readonly Evidence[], why: string, data: Record<string, unknown>): void => {
      const lock = parseLock(lockName);
      context.report({
        message: `${lockName} is a dead lock (${why}); it keeps fink from setting the build lock for ${describe(lock)}.`,
        line: evidence[evidence.length - 1]!.line,
        evidence,
        cause: 'fink-dead-buildlock',
        remediation: deadLockRemediation(context.env, [lockName], `Remove the dead lock ${lockName}, then retry the fink command.`),
        stage: 'buildlock',
        side: 'environment',
        data: { lock: lockName, package: lock.name, version: lock.version, dead: true, ...data },
      });
    };

    return {
      ...locks.listeners(),
      'fink.lock-install'(fact) { locks.install(fact); reported = false; },
      'fink.lock-failed'() { locks.window = undefined; reported = false; },
      'fink.lock-active'(fact) {
        const window = locks.window;
        if (window === undefined || reported) return;
        const lockName = `fink-buildlock-${fact.name}-${fact.version}`;
        window.concurrent = true;
        reported = true;
        // The prerm checks the lock file the building process holds: a refusal is a live build.
        live(lockName, [...window.evidence, ...fact.evidence], { scheme: 'finally' });
      },
      'fink.lock-prerm'(fact) {
        // fink 0.23.5–0.24.x: the installed lock's prerm refuses every upgrade, whether its build is alive or not.
        if (reported) return;
        if (locks.window !== undefined) locks.window.concurrent = true;
        reported = true;
        const lock = parseLock(fact.lock);
        const evidence = [...(locks.window?.evidence ?? []), ...fact.evidence.map((e, i) => (i === 0 ? { ...e, note: 'the installed lock\'s prerm refuses' } : e))];
        const proof = locks.deadEvidence(fact.lock);
        context.report({
          message: proof !== undefined
            ? `${fact.lock} is a dead lock (the run that set it was interrupted), and fink ${'0.23.5–0.24.x'}'s lock prerm refuses to let a new build of ${describe(lock)} replace it.`
            : `An installed ${fact.lock}${fact.timestamp !== undefined ? ` (set ${fact.timestamp})` : ''} refused to be replaced: the lock prerm of fink 0.23.5–0.24.x refuses any upgrade, whether the fink that set it is still building ${describe(lock)} or crashed long ago.`,
          line: fact.line.number,
          evidence: [...(proof ?? []), ...evidence],
          cause: proof !== undefined ? 'fink-dead-buildlock' : 'fink-live-buildlock',
          remediation: {
            summary: `If no fink process is building ${lock.name} now, the lock is dead: remove it with the command fink printed, then retry; otherwise wait for that build to finish. (It is not dependency confusion: building ${lock.name} alone meets the same lock.)`,
            steps: [noBuildRunningCheck(lock), `fink remove ${fact.lock}`, '# then retry the command that failed'],
          },
          stage: 'buildlock',
          side: 'environment',
          data: { lock: fact.lock, package: lock.name, version: lock.version, dead: proof !== undefined, scheme: 'pkgversion-prerm', ...(fact.timestamp !== undefined ? { timestamp: fact.timestamp } : {}) },
        });
      },
      'fink.lock-relation'(fact) {
        // Old scheme: ` fink-buildlock-foo-1.0-1-2005.03.01-12.00.00 conflicts with fink-buildlock-foo-1.0-1`
        if (fact.relation !== 'conflicts' || !LockTracker.duringLockSetup(fact) || reported) return;
        const installed = parseLock(fact.lock);
        const incoming = parseLock(fact.subject!);
        if (installed.fullname !== incoming.fullname || fact.lock === fact.subject) return;
        if (locks.window !== undefined) locks.window.concurrent = true;
        reported = true;
        const evidence = [...(locks.window?.evidence ?? []), ...fact.evidence];
        const data = { scheme: 'pkgversion', installedLock: fact.lock, newLock: fact.subject };
        const proof = locks.deadEvidence(fact.lock);
        if (proof !== undefined) {
          dead(fact.lock, [...proof, ...evidence], 'the run that set it was interrupted', data);
          return;
        }
        const gap = LockTracker.ageGap(fact.lock, fact.subject);
        if (gap !== undefined && gap > DEAD_AFTER_MS) {
          dead(fact.lock, evidence, `set ${Math.round(gap / 3600000)} hours before this run started at ${incoming.timestamp ?? '?'}`, { ...data, ageHours: Math.round(gap / 3600000) });
          return;
        }
        live(fact.lock, evidence, data, false);
      },
    };
  },
};

export default rule;
