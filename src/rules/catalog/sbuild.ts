import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * sbuild and schroot set-up failures that sbuild-chroot-setup-failed (`E: Error creating chroot session:
 * skipping`, `E: Chroot for distribution D, architecture A not found`) reports only in general terms:
 * the unshare backend's tarball look-up and user-namespace checks (sbuild 0.85 lib/Sbuild/
 * ChrootInfoUnshare.pm, ChrootUnshare.pm: `I: No tarballs found in DIR`, `Unable to find CHROOT in DIR`,
 * `invalid idmap`, `E: unable to to unshare` [sic]), schroot's own errors (schroot 1.6.13:
 * `E: %1%: Chroot not found`, `Chroot setup failed`), and sbuild's space check and user commands
 * (Build.pm). Unshare tarballs are found as ~/.cache/sbuild/NAME.t* (or $XDG_CACHE_HOME/sbuild), NAME
 * being DIST-ARCH-sbuild, DIST-sbuild, DIST-ARCH or DIST (sbuild(1), --chroot).
 */
export const sbuild: readonly CatalogEntry[] = [
  {
    id: 'sbuild-unshare-no-tarball',
    family: 'sbuild',
    title: 'sbuild --chroot-mode=unshare found no chroot tarball',
    cause: 'chroot-setup-failed',
    side: 'environment',
    stage: 'create-session',
    tags: ['sbuild', 'unshare', 'chroot'],
    // I: No tarballs found in /home/builder/.cache/sbuild
    match: /^I: No tarballs found in (?<dir>\S+)/,
    // E: Chroot for distribution unstable, architecture amd64 not found
    then: { match: /^E: Chroot for distribution (?<dist>[^\s,]+), architecture (?<arch>\S+) not found/, within: 10, note: 'sbuild gives up' },
    message: 'The unshare backend looks for chroot tarballs in {{dir}} and there are none, so there is no chroot for {{dist}}/{{arch}}.',
    headline: 'no unshare chroot tarball for {{dist}}-{{arch}} in {{dir}}',
    fix: {
      summary: 'Create the tarball where sbuild looks: `mmdebstrap --variant=buildd {{dist}} {{dir}}/{{dist}}-{{arch}}.tar` (mmdebstrap picks the format from the name; .tar.zst works too), or pass an existing tarball with --chroot=/path/to/tarball.',
      steps: ['mkdir -p {{dir}} && mmdebstrap --variant=buildd --arch={{arch}} {{dist}} {{dir}}/{{dist}}-{{arch}}.tar', 'sbuild --chroot-mode=unshare --chroot={{dir}}/{{dist}}-{{arch}}.tar ...   (a tarball elsewhere)'],
    },
    docs: {
      description: 'sbuild\'s unshare backend: `I: No tarballs found in ~/.cache/sbuild` followed by `E: Chroot for distribution D, architecture A not found`.',
      why: 'With --chroot-mode=unshare sbuild uses chroot tarballs from ~/.cache/sbuild (or $XDG_CACHE_HOME/sbuild) named DIST-ARCH.tar* (or with -sbuild); schroot chroots do not count, and nothing creates the tarball automatically.',
      fix: 'Create it with mmdebstrap, or point --chroot at the tarball.',
    },
    examples: [
      { lines: ['I: No tarballs found in /home/builder/.cache/sbuild', 'E: Chroot for distribution unstable, architecture amd64 not found'], captures: { dir: '/home/builder/.cache/sbuild', dist: 'unstable', arch: 'amd64' }, source: 'sbuild 0.85 ChrootInfoUnshare.pm get_info_all; ChrootInfo.pm find' },
    ],
    nearMisses: ['I: No tarballs found in /home/builder/.cache/sbuild', 'E: Chroot for distribution unstable, architecture amd64 not found'],
    equivalents: { 'buildlog-consultant': ['chroot-not-found'] },
  },
  {
    id: 'sbuild-unshare-tarball-not-found',
    family: 'sbuild',
    title: 'sbuild --chroot-mode=unshare cannot find the named chroot tarball',
    cause: 'chroot-setup-failed',
    side: 'environment',
    stage: 'create-session',
    tags: ['sbuild', 'unshare', 'chroot'],
    // Unable to find bookworm-amd64 in /home/builder/.cache/sbuild
    match: /^Unable to find (?<chroot>\S+) in (?<dir>\S*\/sbuild)(?=\s|$)/,
    message: 'The unshare backend has no tarball named {{chroot}}.t* in {{dir}}.',
    headline: 'no unshare tarball {{chroot}} in {{dir}}',
    fix: {
      summary: 'Create {{dir}}/{{chroot}}.tar with mmdebstrap (the file name without extension must be exactly {{chroot}}), or rename the existing tarball to match.',
      steps: ['ls {{dir}}', 'mmdebstrap --variant=buildd SUITE {{dir}}/{{chroot}}.tar'],
    },
    docs: {
      description: 'sbuild 0.85\'s unshare backend: `Unable to find NAME in ~/.cache/sbuild` (then `E: Error creating chroot session: skipping ...`).',
      why: 'The chroot name (from --chroot, --dist and --arch) has no matching NAME.t* file in the cache directory: a different suite or architecture name, or the tarball lives elsewhere.',
      fix: 'Name the tarball as sbuild expects, or pass its path with --chroot.',
    },
    examples: [
      { lines: ['Unable to find bookworm-amd64 in /home/builder/.cache/sbuild', 'E: Error creating chroot session: skipping hello'], captures: { chroot: 'bookworm-amd64', dir: '/home/builder/.cache/sbuild' }, source: 'sbuild 0.85 ChrootUnshare.pm begin_session' },
    ],
    nearMisses: ['Unable to find a suitable tarball'],
  },
  {
    id: 'sbuild-unshare-unavailable',
    family: 'sbuild',
    title: 'sbuild --chroot-mode=unshare cannot create user namespaces',
    cause: 'chroot-setup-failed',
    side: 'environment',
    stage: 'create-session',
    tags: ['sbuild', 'unshare', 'chroot'],
    // E: unable to to unshare
    // invalid idmap
    match: [
      /^E: (?<problem>unable to to unshare)/,
      /^(?<problem>invalid idmap)\s*$/,
    ],
    literals: { prefixes: ['E: unable to to unshare', 'invalid idmap'] },
    message: 'The unshare backend cannot start: {{problem}}.',
    headline: 'unshare backend: {{problem}}',
    fix: {
      summary: 'The build user needs subordinate ids and unprivileged user namespaces: add ranges to /etc/subuid and /etc/subgid, install uidmap (newuidmap/newgidmap), and allow user namespaces (kernel.unprivileged_userns_clone=1 on buster-era kernels; on Ubuntu 24.04+ the AppArmor restriction kernel.apparmor_restrict_unprivileged_userns).',
      steps: ['usermod --add-subuids 100000-165535 --add-subgids 100000-165535 "$USER"', 'apt-get install uidmap', 'sysctl kernel.unprivileged_userns_clone=1   (only where that sysctl exists)'],
    },
    docs: {
      description: 'sbuild 0.85\'s unshare backend: `E: unable to to unshare` (sic: the user-namespace test failed) or `invalid idmap` (no usable /etc/subuid and /etc/subgid entry for the user).',
      why: 'The unshare backend maps the build user to root inside a user namespace with newuidmap/newgidmap and the ranges from /etc/subuid and /etc/subgid; without them, or with user namespaces disabled by the kernel or an LSM, it cannot create the chroot.',
      fix: 'Provide subordinate id ranges, uidmap, and user namespaces.',
    },
    examples: [
      { lines: ['E: unable to to unshare'], captures: { problem: 'unable to to unshare' }, source: 'sbuild 0.85 ChrootUnshare.pm begin_session' },
      { lines: ['invalid idmap'], captures: { problem: 'invalid idmap' }, source: 'sbuild 0.85 ChrootUnshare.pm begin_session' },
    ],
    nearMisses: ['I: unshare: using /home/builder/.cache/sbuild/unstable-amd64.tar'],
  },
  {
    id: 'schroot-chroot-not-found',
    family: 'sbuild',
    title: 'schroot does not know the chroot sbuild asked for',
    cause: 'chroot-setup-failed',
    side: 'environment',
    stage: 'create-session',
    tags: ['sbuild', 'schroot', 'chroot'],
    // E: unstable-amd64-sbuild: Chroot not found
    // E: chroot:bookworm-arm64-sbuild: Chroot not found
    match: /^E: (?<chroot>[^\s:]+(?::[^\s:]+)?): Chroot not found/,
    message: 'schroot has no chroot named {{chroot}}.',
    headline: 'schroot chroot {{chroot}} not found',
    fix: {
      summary: 'Create the chroot (sbuild-createchroot writes /etc/schroot/chroot.d/NAME-XXXX), or build with a name that exists (`sbuild -c NAME` / `-d DIST --arch ARCH` must match a schroot name or alias).',
      steps: ['schroot --list --all', 'sudo sbuild-createchroot unstable /srv/chroot/unstable-amd64-sbuild http://deb.debian.org/debian'],
    },
    docs: {
      description: 'schroot 1.6\'s `E: NAME: Chroot not found` (from sbuild, autopkgtest\'s schroot backend, or schroot -c).',
      why: 'No file in /etc/schroot/chroot.d or /etc/schroot/schroot.conf defines the chroot or alias: it was never created, created under another name, or its definition was removed.',
      fix: 'Create the chroot or use its real name.',
    },
    examples: [
      { lines: ['E: unstable-amd64-sbuild: Chroot not found'], captures: { chroot: 'unstable-amd64-sbuild' }, source: 'schroot 1.6.13 (strings: "%1%: Chroot not found")' },
      { lines: ['E: chroot:bookworm-arm64-sbuild: Chroot not found'], captures: { chroot: 'chroot:bookworm-arm64-sbuild' }, source: 'schroot 1.6.13 (namespaced name)' },
    ],
    nearMisses: ['E: Chroot for distribution unstable, architecture amd64 not found', 'I: unstable-amd64-sbuild: Chroot found'],
    equivalents: { 'buildlog-consultant': ['chroot-not-found'] },
  },
  {
    id: 'schroot-setup-failed',
    family: 'sbuild',
    title: 'A schroot setup script failed',
    cause: 'chroot-setup-failed',
    side: 'environment',
    stage: 'create-session',
    tags: ['sbuild', 'schroot', 'chroot'],
    // E: unstable-amd64-sbuild-3c0b5d6e-8e0f-4b8f-9f0e-2a0d3f1f6b1a: Chroot setup failed: stage=setup-start
    match: /^E: (?<session>[^\s:]+): Chroot setup failed: stage=(?<stage>[\w-]+)/,
    message: 'schroot could not set up the session {{session}} ({{stage}}): one of its setup scripts failed (the E: lines just above name it, e.g. 10mount).',
    headline: 'schroot setup failed ({{stage}})',
    fix: {
      summary: 'Look at the `E: 10mount:`/`E: 20copyfiles:`-style lines above: fix the chroot\'s profile (/etc/schroot/PROFILE/fstab, copyfiles, nssdatabases) or the host (mount points, disk space, overlay support), then end stale sessions.',
      steps: ['ls /etc/schroot/setup.d/   (the scripts that run at setup-start)', 'schroot --end-session --all-sessions   (stale sessions left behind)'],
    },
    docs: {
      description: 'schroot\'s `E: SESSION: Chroot setup failed: stage=setup-start` (or setup-recover, setup-stop).',
      why: 'A script in /etc/schroot/setup.d failed while preparing the session: a mount from the profile\'s fstab, the overlay/union filesystem, copying files, or a full disk.',
      fix: 'Repair the profile or host condition the failing script reports.',
    },
    examples: [
      { lines: ['E: 10mount: mount: /var/run/schroot/mount/unstable-amd64-sbuild-3c0b5d6e/dev/shm: mount point does not exist.', 'E: unstable-amd64-sbuild-3c0b5d6e: Chroot setup failed: stage=setup-start'], line: 2, captures: { session: 'unstable-amd64-sbuild-3c0b5d6e', stage: 'setup-start' }, source: 'schroot 1.6.13 (strings: Chroot setup failed; setup.d/10mount)' },
    ],
    nearMisses: ['I: unstable-amd64-sbuild: Chroot setup finished'],
  },
  {
    id: 'sbuild-insufficient-disk-space',
    family: 'sbuild',
    title: 'sbuild\'s space check failed before the build',
    cause: 'disk-full',
    side: 'environment',
    stage: 'check-space',
    tags: ['sbuild', 'disk'],
    // E: Disk space is probably not sufficient for building.
    match: /^E: Disk space is probably not sufficient for building\./,
    // I: Source needs 1243324 KiB, while 1033212 KiB is free.)
    then: { match: /^I: Source needs (?<needed>\d+) KiB, while (?<free>\d+) KiB is free/, within: 2, note: 'sbuild\'s estimate' },
    message: 'sbuild stopped before building: the unpacked source uses {{needed}} KiB and only {{free}} KiB are free (sbuild wants twice the source size).',
    headline: 'not enough disk space for the build ({{free}} KiB free)',
    fix: {
      summary: 'Free or add space on the filesystem of the build directory (the chroot\'s /build, or the unshare backend\'s temporary directory); only if the 2x estimate is wrong for this package set `$check_space = 0;` in ~/.sbuildrc.',
      steps: ['df -h /var/lib/schroot /tmp   (on the build host)', '$check_space = 0;   (~/.sbuildrc, only when the estimate is wrong)'],
    },
    docs: {
      description: 'sbuild 0.85\'s `E: Disk space is probably not sufficient for building.` with `I: Source needs N KiB, while M KiB is free.)` (Fail-Stage check-space).',
      why: 'sbuild requires free space of at least twice the unpacked source before it builds (CHECK_SPACE).',
      fix: 'Make room, or disable the check where the estimate is known to be wrong.',
    },
    examples: [
      { lines: ['E: Disk space is probably not sufficient for building.', 'I: Source needs 1243324 KiB, while 1033212 KiB is free.)'], captures: { needed: '1243324', free: '1033212' }, source: 'sbuild 0.85 Build.pm (check-space)' },
    ],
    nearMisses: ['Sufficient free space for build'],
    equivalents: { 'buildlog-consultant': ['insufficient-disk-space'] },
  },
  {
    id: 'sbuild-user-commands-failed',
    family: 'sbuild',
    title: 'A command from the sbuild configuration failed',
    cause: 'chroot-setup-failed',
    side: 'environment',
    tags: ['sbuild'],
    // E: Failed to execute chroot-setup-commands
    match: /^E: Failed to execute (?<hook>[\w-]+)-commands/,
    message: 'sbuild stopped: a {{hook}} command from the sbuild configuration (or the command line) failed.',
    headline: '{{hook}}-commands failed',
    fix: {
      summary: 'Run the command configured in $external_commands->{"{{hook}}-commands"} (~/.sbuildrc, /etc/sbuild/sbuild.conf) or given with --{{hook}}-commands by hand, and fix it; its output is just above.',
      steps: ['grep -n -A5 "{{hook}}-commands" ~/.sbuildrc /etc/sbuild/sbuild.conf'],
    },
    docs: {
      description: 'sbuild\'s `E: Failed to execute pre-build-commands` (also chroot-setup, chroot-update-failed, build-deps-failed, build-failed, post-build, chroot-cleanup).',
      why: 'sbuild runs user-configured hooks at fixed points; a hook that exits non-zero stops the build. The package has not been looked at.',
      fix: 'Fix or remove the hook.',
    },
    examples: [
      { lines: ['E: Failed to execute chroot-setup-commands'], captures: { hook: 'chroot-setup' }, source: 'sbuild 0.85 Build.pm' },
    ],
    nearMisses: ['I: Finished running \'chroot-setup-commands\'.'],
  },
  {
    id: 'sbuild-apt-update-failed',
    family: 'sbuild',
    title: 'sbuild could not update the chroot\'s package lists',
    cause: 'apt-repository-broken',
    side: 'environment',
    tags: ['sbuild', 'apt'],
    // E: apt-get update failed
    match: /^E: apt-get (?<step>update|upgrade|dist-upgrade|clean) failed\s*$/,
    message: 'sbuild stopped: apt-get {{step}} failed in the chroot.',
    headline: 'apt-get {{step}} failed in the chroot',
    fix: {
      summary: 'The `Err:`/`E:`/`W:` lines of apt above say which repository failed (unreachable mirror, missing Release file, signature, clock): fix the chroot\'s sources or the network, then rerun.',
      steps: ['sbuild-shell CHROOT   then: apt-get {{step}}'],
    },
    docs: {
      description: 'sbuild\'s `E: apt-get update failed` (with --apt-update; likewise upgrade, dist-upgrade, clean).',
      why: 'apt could not refresh or upgrade the chroot: a repository is unreachable or invalid.',
      fix: 'Repair the repository configuration or network.',
    },
    examples: [
      { lines: ['E: apt-get update failed'], captures: { step: 'update' }, source: 'sbuild 0.85 Build.pm' },
    ],
    nearMisses: ['E: apt-get update failed to fetch some index files'],
    equivalents: { 'buildlog-consultant': ['apt-update-error'] },
  },
];
