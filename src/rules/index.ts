import type { Rule } from '../rule.js';
import aptFetchFailed from './apt-fetch-failed.js';
import aptUnsatisfiableBuildDeps from './apt-unsatisfiable-build-deps.js';
import autoconfCheckContradiction from './autoconf-check-contradiction.js';
import autoconfSemaphoresDisabled from './autoconf-semaphores-disabled.js';
import buildCommandNotFound from './build-command-not-found.js';
import buildDependencyNotFound from './build-dependency-not-found.js';
import buildDiskFull from './build-disk-full.js';
import buildFirstFailure from './build-first-failure.js';
import buildNetworkAccess from './build-network-access.js';
import buildOutOfMemory from './build-out-of-memory.js';
import buildTimeout from './build-timeout.js';
import compilerError from './compiler-error.js';
import compilerMissingHeader from './compiler-missing-header.js';
import configureError from './configure-error.js';
import debhelperCompatLevel from './debhelper-compat-level.js';
import debhelperMissingFiles from './debhelper-missing-files.js';
import dpkgCheckbuilddepsUnmet from './dpkg-checkbuilddeps-unmet.js';
import dpkgInterrupted from './dpkg-interrupted.js';
import dpkgLockHeld from './dpkg-lock-held.js';
import dpkgShlibdepsMissingLibrary from './dpkg-shlibdeps-missing-library.js';
import dpkgSourcePatchFailed from './dpkg-source-patch-failed.js';
import dpkgSourceUnexpectedChanges from './dpkg-source-unexpected-changes.js';
import dpkgStatusParseError from './dpkg-status-parse-error.js';
import finkBuildlockBlocksPackage from './fink-buildlock-blocks-package.js';
import finkBuildlockConcurrentBuild from './fink-buildlock-concurrent-build.js';
import finkBuildlockDead from './fink-buildlock-dead.js';
import finkDependencyConfusion from './fink-dependency-confusion.js';
import linkerMissingLibrary from './linker-missing-library.js';
import linkerUndefinedReference from './linker-undefined-reference.js';
import makeNoRule from './make-no-rule.js';
import pbuilderChrootNoShm from './pbuilder-chroot-no-shm.js';
import pbuilderChrootSetupFailed from './pbuilder-chroot-setup-failed.js';
import pbuilderHookFailed from './pbuilder-hook-failed.js';
import pbuilderMissingMount from './pbuilder-missing-mount.js';
import pbuilderObsoleteShmBindmount from './pbuilder-obsolete-shm-bindmount.js';
import pbuilderStderrMissing from './pbuilder-stderr-missing.js';
import pythonModuleNotFound from './python-module-not-found.js';
import pythonSemaphoresUnavailable from './python-semaphores-unavailable.js';
import sbuildChrootSetupFailed from './sbuild-chroot-setup-failed.js';
import testSuiteFailure from './test-suite-failure.js';
import { catalogRules } from './catalog/index.js';

/** The TypeScript rules (stateful: one a file). A test checks that each file in this folder is listed here, documented and tested. */
export const codeRules: readonly Rule[] = [
  aptFetchFailed,
  aptUnsatisfiableBuildDeps,
  autoconfCheckContradiction,
  autoconfSemaphoresDisabled,
  buildCommandNotFound,
  buildDependencyNotFound,
  buildDiskFull,
  buildFirstFailure,
  buildNetworkAccess,
  buildOutOfMemory,
  buildTimeout,
  compilerError,
  compilerMissingHeader,
  configureError,
  debhelperCompatLevel,
  debhelperMissingFiles,
  dpkgCheckbuilddepsUnmet,
  dpkgInterrupted,
  dpkgLockHeld,
  dpkgShlibdepsMissingLibrary,
  dpkgSourcePatchFailed,
  dpkgSourceUnexpectedChanges,
  dpkgStatusParseError,
  finkBuildlockBlocksPackage,
  finkBuildlockConcurrentBuild,
  finkBuildlockDead,
  finkDependencyConfusion,
  linkerMissingLibrary,
  linkerUndefinedReference,
  makeNoRule,
  pbuilderChrootNoShm,
  pbuilderChrootSetupFailed,
  pbuilderHookFailed,
  pbuilderMissingMount,
  pbuilderObsoleteShmBindmount,
  pbuilderStderrMissing,
  pythonModuleNotFound,
  pythonSemaphoresUnavailable,
  sbuildChrootSetupFailed,
  testSuiteFailure,
];

/** Every built-in rule: the TypeScript rules, then one per catalog entry (src/rules/catalog/). */
export const allRules: readonly Rule[] = [...codeRules, ...catalogRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
