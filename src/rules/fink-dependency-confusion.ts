import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { parseLock } from '../remedies/fink.js';
import { LockTracker } from '../remedies/fink-locks.js';

const rule: Rule = {
  meta: {
    id: 'fink-dependency-confusion',
    title: 'Fink tried to build a package with the wrong dependencies installed',
    severity: 'error',
    cause: 'fink-dependency-confusion',
    tags: ['fink', 'dpkg', 'buildlock'],
    docs: {
      description:
        'Installing the buildlock package failed on a dependency or conflict that is not another lock of the same package (`Can\'t set build lock for foo (1.0-1)` after dpkg\'s `dependency problems` or `conflicts with` lines; not after the 0.23.5–0.24.x prerm text `fink thinks that the package it is about to build ... is currently being built by another fink process`, which is a lock of the same package: fink-buildlock-concurrent-build). Also fink\'s resolver giving up with `Could not resolve inconsistent dependencies!` and `It looks like some of the problems encountered involve buildlocks for the following packages:`: those locks are live (fink ≥ 0.25 removes dead locks before it resolves), so that finding names another running fink.',
      why:
        'The lock package carries the build dependencies (Depends) and BuildConflicts (Conflicts) of the package being built. When dpkg cannot install it, fink\'s dependency engine installed the wrong set of packages for that build, which happens in runs that build many packages (`fink update-all`, a request that pulls in many builds). fink prints "fink has probably gotten confused by trying to build many packages at once" for this case. Building the one package alone lets fink resolve its dependencies from scratch.',
      fix: 'Run `fink build NAME` for the package named in the message, then retry the original command; packages that already built are not rebuilt. Large requests may need several rounds, each getting further. When the resolver lists buildlocks, another fink is building those packages: wait for it to finish, then retry.',
      example: ["Can't set build lock for foo (1.0-1)", 'Could not resolve inconsistent dependencies!'],
    },
  },
  create(context) {
    const locks = new LockTracker();
    let related: Evidence[] = [];

    return {
      'fink.lock-install'(fact) { locks.install(fact); related = []; },
      'fink.lock-unpack'(fact) { locks.unpack(fact); },
      'fink.lock-installed'(fact) { locks.installedLock(fact); related = []; },
      'fink.lock-remove'() { locks.removeAnnounced(); related = []; },
      'fink.lock-active'() { if (locks.window !== undefined) locks.window.concurrent = true; },
      // fink 0.23.5–0.24.x: the installed lock's prerm refused (fink-buildlock-concurrent-build), not confusion.
      'fink.lock-prerm'() { if (locks.window !== undefined) locks.window.concurrent = true; },
      'fink.lock-relation'(fact) {
        if (locks.window === undefined && !LockTracker.duringLockSetup(fact)) return;
        if (fact.relation === 'conflicts' && fact.subject !== undefined && fact.lock !== fact.subject && parseLock(fact.lock).fullname === parseLock(fact.subject).fullname) {
          if (locks.window !== undefined) locks.window.concurrent = true;
          return;
        }
        related.push(...fact.evidence);
      },
      'fink.lock-failed'(fact) {
        const window = locks.window;
        locks.window = undefined;
        const evidence = [...(window?.evidence ?? []), ...related, { line: fact.line.number, text: fact.line.text, note: 'fink could not install its lock' }];
        related = [];
        if (window?.concurrent === true) return; // another lock of the same package: fink-buildlock-concurrent-build
        context.report({
          message: `fink could not install the build lock for ${fact.name}${fact.version !== undefined ? ` (${fact.version})` : ''}: dpkg refused the lock's dependencies, so fink's dependency engine had the wrong packages installed for this build.`,
          evidence,
          line: fact.line.number,
          remediation: {
            summary: `Build ${fact.name} on its own, then retry the command that failed; packages built before the failure will not be rebuilt. Repeat if a later package fails the same way.`,
            steps: [`fink build ${fact.name}`, '# then retry the original command (e.g. fink update-all)'],
          },
          stage: 'buildlock',
          side: 'environment',
          data: { package: fact.name, version: fact.version, scheme: fact.scheme },
        });
      },
      'fink.inconsistent'(fact) {
        if (fact.buildlocks.length === 0) return;
        const packages = fact.buildlocks.map((b) => parseLock(`fink-buildlock-${b}`));
        // fink ≥ 0.25 removes dead buildlocks before it resolves an install (PkgVersion::phase_activate and
        // phase_deactivate call Engine::cleanup_buildlocks, tag release_0_25_0): the locks it lists here are live.
        context.report({
          message: `fink's resolver could not resolve inconsistent dependencies involving the buildlocks of ${packages.map((p) => p.fullname).join(', ')}: those locks are live (fink removes dead ones before it resolves), so another fink process is building ${packages.length === 1 ? 'that package' : 'those packages'}.`,
          evidence: fact.evidence,
          line: fact.evidence[0]!.line,
          cause: 'fink-live-buildlock',
          remediation: {
            summary: `Wait until the other fink run building ${packages.map((p) => p.name).join(', ')} has finished, then try again (fink's own advice); its locks go with it.`,
            steps: ["ps ax | grep '[f]ink'   # the other fink run", '# when it has finished: retry the original command'],
          },
          stage: 'resolve',
          side: 'environment',
          data: { buildlocks: fact.buildlocks, packages: packages.map((p) => p.name), live: true },
        });
      },
    };
  },
};

export default rule;
