import type { FaultSide } from './types.js';

/**
 * Root causes. Several rules can see symptoms of one cause (configure, the chroot set-up, Python);
 * their findings carry the same cause id and are shown as one diagnosis.
 */
export interface Cause {
  readonly id: string;
  /** A short noun phrase, shown as the diagnosis heading. */
  readonly title: string;
  readonly side: FaultSide;
  /**
   * `failure-cause` (the default): it explains why a build failed, so it means nothing in a build that
   * succeeded (a test that provokes `No space left on device` and passes). `product-defect`: the product
   * or the log is wrong whatever the outcome (a Python built without working semaphores): always reported.
   * The engine holds failure causes until the log's outcome is known (engine/outcome-policy.ts).
   */
  readonly kind?: FindingKind;
}

export type FindingKind = 'failure-cause' | 'product-defect';

const list: Cause[] = [
  { id: 'no-usable-shm', title: 'No usable shared memory (/dev/shm) in the build environment', side: 'environment', kind: 'product-defect' },
  { id: 'chroot-missing-mount', title: 'A filesystem the build needs was not mounted in the chroot', side: 'environment', kind: 'product-defect' },
  { id: 'broken-feature-check', title: 'configure found a function but its run test failed', side: 'environment', kind: 'product-defect' },
  { id: 'log-missing-stderr', title: 'The log lacks pbuilder\'s stderr', side: 'environment', kind: 'product-defect' },
  { id: 'fink-live-buildlock', title: 'Another fink process is building a package and its buildlock is live', side: 'environment' },
  { id: 'fink-dead-buildlock', title: 'A dead Fink buildlock left by a crashed or interrupted build', side: 'environment' },
  { id: 'fink-dependency-confusion', title: 'Fink\'s dependency engine installed the wrong packages for a build', side: 'environment' },
  { id: 'dpkg-status-corrupt', title: 'dpkg\'s status database cannot be parsed', side: 'environment' },
  { id: 'dpkg-interrupted', title: 'An interrupted dpkg run left unfinished changes', side: 'environment' },
  { id: 'obsolete-config', title: 'A workaround the tool version no longer needs', side: 'environment', kind: 'product-defect' },
  // Why a Debian build failed (the build-failure rules; `build-first-failure` names the first of them).
  { id: 'build-failed', title: 'The build failed', side: 'package' },
  { id: 'unsatisfiable-build-deps', title: 'Build-dependencies cannot be satisfied in this chroot', side: 'environment' },
  { id: 'archive-fetch-failed', title: 'Packages could not be downloaded from the archive', side: 'environment' },
  { id: 'package-manager-lock', title: 'The package database is locked by another process', side: 'environment' },
  { id: 'chroot-setup-failed', title: 'The build chroot could not be set up', side: 'environment' },
  { id: 'hook-failed', title: 'A pbuilder hook script failed', side: 'environment' },
  // Debian Policy 4.9: "packages must not attempt network access during a build": the package's fault.
  { id: 'network-disabled', title: 'The build tries to use the network, which a package build must not (Debian Policy 4.9)', side: 'package' },
  { id: 'disk-full', title: 'The disk filled up during the build', side: 'environment' },
  { id: 'out-of-memory', title: 'The build ran out of memory', side: 'environment' },
  { id: 'build-timeout', title: 'The builder killed the build at its time limit (pbuilder --timeout, sbuild inactivity)', side: 'environment' },
  { id: 'missing-build-tool', title: 'A tool the build runs is not installed (missing Build-Depends)', side: 'package' },
  { id: 'missing-build-dep', title: 'A library or module the build looks for is not installed (missing Build-Depends)', side: 'package' },
  { id: 'compile-error', title: 'The source does not compile', side: 'package' },
  { id: 'missing-header', title: 'A header file is missing', side: 'package' },
  { id: 'missing-library', title: 'The linker cannot find a library', side: 'package' },
  { id: 'undefined-reference', title: 'The link has undefined references', side: 'package' },
  { id: 'patch-does-not-apply', title: 'A patch in debian/patches does not apply', side: 'package' },
  { id: 'unexpected-upstream-changes', title: 'The source tree has changes outside debian/ that no patch records', side: 'package' },
  { id: 'test-failure', title: 'The test suite failed', side: 'package' },
  // sbuild --run-autopkgtest runs them after a build that succeeded: a verdict on the product, whatever the build's.
  { id: 'autopkgtest-failure', title: 'An autopkgtest of debian/tests/control failed', side: 'package', kind: 'product-defect' },
  { id: 'missing-installed-files', title: 'Files the packaging installs were not built or not installed', side: 'package' },
  { id: 'debhelper-compat', title: 'The debhelper compatibility level is missing or unsupported', side: 'package' },
  { id: 'make-missing-target', title: 'make has no rule for a target', side: 'package' },
  { id: 'configure-failed', title: 'configure stopped with an error', side: 'package' },
  { id: 'shlibdeps-failed', title: 'dpkg-shlibdeps cannot find a library a binary links to', side: 'package' },
  // catalog: languages (python, perl, java, r, ruby, node, go, rust, haskell, ocaml, php)
  { id: 'dependency-too-old', title: 'A dependency or build tool is older than the source requires', side: 'package' },
  { id: 'missing-file', title: 'A file the build reads does not exist (not built, not shipped, or a wrong path)', side: 'package' },
  { id: 'missing-version-metadata', title: 'The version cannot be determined: the source package lacks the VCS metadata or version file the build reads it from', side: 'package' },
  { id: 'zip-timestamp-before-1980', title: 'A file dated before 1980 cannot be stored in a zip archive (wheel, jar)', side: 'package' },
  { id: 'home-not-writable', title: 'The build writes to $HOME, which does not exist or is not writable on the builder', side: 'package' },
  // catalog: commands, pkg-config, autotools, cmake, meson, docs, gobject
  { id: 'autotools-failed', title: 'Regenerating the autotools files (autoreconf, aclocal, automake, libtoolize) failed', side: 'package' },
  { id: 'docs-build-failed', title: 'Building the documentation failed', side: 'package' },
  // catalog: debian (debhelper, dpkg, linker, paths, unprivileged, autopkgtest, apt, sbuild)
  { id: 'debhelper-usage', title: 'debian/rules uses debhelper in a way this debhelper no longer accepts', side: 'package' },
  { id: 'symbols-changed', title: 'The shared library\'s symbols differ from debian/*.symbols', side: 'package' },
  { id: 'source-package-invalid', title: 'The source package cannot be built as it stands (format, version, orig tarball)', side: 'package' },
  { id: 'binary-package-invalid', title: 'dpkg refused the binary package the build produced', side: 'package' },
  { id: 'file-conflict', title: 'Two packages ship the same file (missing Breaks/Replaces)', side: 'package' },
  { id: 'link-error', title: 'The link failed (relocations, duplicate symbols, libraries missing from the link line)', side: 'package' },
  { id: 'missing-build-file', title: 'A file the build expects in the source tree is missing', side: 'package' },
  { id: 'unprivileged-build', title: 'The build needs root (chown, install -o) but runs without it', side: 'package' },
  { id: 'autopkgtest-failed', title: 'An autopkgtest failed', side: 'package' },
  { id: 'autopkgtest-testbed-failure', title: 'The autopkgtest testbed failed (not the package)', side: 'environment' },
  { id: 'apt-repository-broken', title: 'An apt repository of the build environment is unusable (Release file, signature, clock)', side: 'environment' },
  { id: 'apt-install-failed', title: 'dpkg failed while apt installed packages into the build environment', side: 'environment' },
];

export const CAUSES: ReadonlyMap<string, Cause> = new Map(list.map((c) => [c.id, c]));

/** Registers causes from a plug-in or another rule set. */
export function defineCauses(causes: readonly Cause[]): void {
  for (const cause of causes) (CAUSES as Map<string, Cause>).set(cause.id, cause);
}

/** Whether findings of a cause explain a failure or are a defect whatever the outcome (default: failure cause). */
export function causeKind(id: string): FindingKind {
  return CAUSES.get(id)?.kind ?? 'failure-cause';
}

export function causeTitle(id: string): string {
  return CAUSES.get(id)?.title ?? id;
}
