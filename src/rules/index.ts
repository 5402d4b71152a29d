import type { Rule } from '../rule.js';
import autoconfCheckContradiction from './autoconf-check-contradiction.js';
import autoconfSemaphoresDisabled from './autoconf-semaphores-disabled.js';
import dpkgInterrupted from './dpkg-interrupted.js';
import dpkgLockHeld from './dpkg-lock-held.js';
import dpkgStatusParseError from './dpkg-status-parse-error.js';
import finkBuildlockBlocksPackage from './fink-buildlock-blocks-package.js';
import finkBuildlockConcurrentBuild from './fink-buildlock-concurrent-build.js';
import finkBuildlockDead from './fink-buildlock-dead.js';
import finkDependencyConfusion from './fink-dependency-confusion.js';
import pbuilderChrootNoShm from './pbuilder-chroot-no-shm.js';
import pbuilderMissingMount from './pbuilder-missing-mount.js';
import pbuilderObsoleteShmBindmount from './pbuilder-obsolete-shm-bindmount.js';
import pbuilderStderrMissing from './pbuilder-stderr-missing.js';
import pythonSemaphoresUnavailable from './python-semaphores-unavailable.js';

/** Every built-in rule. A test checks that each file in this folder is listed here, documented and tested. */
export const allRules: readonly Rule[] = [
  autoconfCheckContradiction,
  autoconfSemaphoresDisabled,
  dpkgInterrupted,
  dpkgLockHeld,
  dpkgStatusParseError,
  finkBuildlockBlocksPackage,
  finkBuildlockConcurrentBuild,
  finkBuildlockDead,
  finkDependencyConfusion,
  pbuilderChrootNoShm,
  pbuilderMissingMount,
  pbuilderObsoleteShmBindmount,
  pbuilderStderrMissing,
  pythonSemaphoresUnavailable,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
