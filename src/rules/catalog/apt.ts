import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * apt and dpkg while a builder sets up the chroot or installs build-dependencies: what the apt parser and
 * the rules apt-unsatisfiable-build-deps (unmet-dependency blocks, `E: Unable to locate package`),
 * apt-fetch-failed (`E: Failed to fetch`), dpkg-lock-held, dpkg-status-parse-error and build-disk-full
 * (`No space left on device`) do not already report. Texts from apt 2.6.2 (bookworm: strings of
 * libapt-pkg.so.6.0, libapt-private, the gpgv method) and dpkg 1.21.23; sample lines from
 * buildlog-consultant's tests (src/apt.rs).
 */
export const apt: readonly CatalogEntry[] = [
  {
    id: 'apt-no-installation-candidate',
    family: 'apt',
    title: 'apt knows a package but has no version of it to install',
    cause: 'unsatisfiable-build-deps',
    side: 'package',
    tags: ['apt', 'build-deps'],
    // E: Package 'python-foo' has no installation candidate
    // E: Package python-foo has no installation candidate      (apt < 1.1)
    match: /^E: Package '?(?<name>[^'\s]+)'? has no installation candidate/,
    message: 'apt cannot install {{name}}: the package is only referred to by other packages (removed from this suite, or only in a suite the chroot does not use).',
    headline: '{{name}} has no installation candidate',
    fix: {
      summary: 'Replace {{name}} in Build-Depends (debian/control) with the package that superseded it (see `apt-cache showpkg {{name}}`: its Reverse Provides/Replaces), or add the suite that still has it to the chroot.',
      steps: ['apt-cache showpkg {{name}}   (inside the chroot)', 'rmadison {{name}}'],
    },
    docs: {
      description: '`E: Package \'X\' has no installation candidate`, usually after `Package X is not available, but is referred to by another package. This may mean that the package is missing, has been obsoleted, or is only available from another source`.',
      why: 'The chroot\'s package lists mention X only because another package refers to it (Replaces, Conflicts, Provides): it was removed from the suite (python-* after the Python 2 removal, a renamed library) or lives only in another suite.',
      fix: 'Build-depend on the replacement package, or configure the suite that has X.',
    },
    examples: [
      { lines: ['Package python-foo is not available, but is referred to by another package.', "E: Package 'python-foo' has no installation candidate"], line: 2, captures: { name: 'python-foo' }, source: 'apt 2.6.2 (apt-private/private-cacheset.cc)' },
      { lines: ['E: Package python-foo has no installation candidate'], captures: { name: 'python-foo' }, source: 'apt 1.0 wording' },
    ],
    nearMisses: ['Package python-foo is not available, but is referred to by another package.', 'E: Unable to locate package python-foo'],
  },
  {
    id: 'apt-release-file-missing',
    family: 'apt',
    title: 'An apt repository of the chroot has no Release file',
    cause: 'apt-repository-broken',
    side: 'environment',
    tags: ['apt', 'chroot'],
    // E: The repository 'http://deb.debian.org/debian buster-backports Release' does not have a Release file.
    // E: The repository 'http://security.debian.org/debian-security stretch/updates Release' no longer has a Release file.
    match: /^E: The repository '(?<repository>[^']+)' (?<problem>does not have|no longer has) a Release file/,
    message: 'apt cannot use the repository {{repository}}: it {{problem}} a Release file.',
    headline: 'repository without Release file: {{repository}}',
    fix: {
      summary: 'Correct the chroot\'s sources.list: a suite that reached end of life moved to archive.debian.org (`deb http://archive.debian.org/debian SUITE main`, with Acquire::Check-Valid-Until=false), a misspelt suite or URL does not exist; then update the chroot.',
      steps: ['cat /etc/apt/sources.list /etc/apt/sources.list.d/*   (inside the chroot: pbuilder login / sbuild-shell)', 'pbuilder update --override-config --mirror http://archive.debian.org/debian   |   sbuild-update -u CHROOT'],
    },
    docs: {
      description: '`E: The repository \'URL SUITE Release\' does not have a Release file.` (apt 1.5+; `no longer has` when it had one before).',
      why: 'The mirror has no dists/SUITE: the suite was archived (old stable, backports, security of an old release), the URL or suite name is wrong, or a proxy returns an error page.',
      fix: 'Point the chroot at a mirror that has the suite (archive.debian.org for archived ones), or remove the entry.',
    },
    examples: [
      { lines: ["E: The repository 'https://janitor.debian.net/ blah/ Release' does not have a Release file."], captures: { repository: 'https://janitor.debian.net/ blah/ Release', problem: 'does not have' }, source: 'buildlog-consultant src/apt.rs test_missing_release_file' },
      { lines: ["E: The repository 'http://security.debian.org/debian-security stretch/updates Release' no longer has a Release file."], captures: { repository: 'http://security.debian.org/debian-security stretch/updates Release', problem: 'no longer has' }, source: 'apt 2.6.2 (acquire-item.cc)' },
    ],
    nearMisses: ["N: Updating from such a repository can't be done securely, and is therefore disabled by default."],
    equivalents: { 'buildlog-consultant': ['missing-release-file'] },
  },
  {
    id: 'apt-release-not-valid-yet',
    family: 'apt',
    title: 'The Release file is not valid yet: the clock of the build machine is behind',
    cause: 'apt-repository-broken',
    side: 'environment',
    tags: ['apt', 'clock'],
    // E: Release file for http://deb.debian.org/debian/dists/bookworm-updates/InRelease is not valid yet (invalid for another 5h 12min 3s). Updates for this repository will not be applied.
    match: /^[EW]: Release file for (?<url>\S+) is not valid yet \(invalid for another (?<delta>[^)]+)\)/,
    literals: { prefixes: ['E: Release file for ', 'W: Release file for '] },
    message: 'apt rejects {{url}}: it is dated {{delta}} in the future of this machine\'s clock.',
    headline: 'system clock behind: Release file not valid for another {{delta}}',
    fix: {
      summary: 'Fix the clock of the build host (a chroot shares it): enable time synchronisation (systemd-timesyncd, chrony) or set the date; only as a stopgap tell apt to skip the check.',
      steps: ['timedatectl set-ntp true   (on the host)', "apt-get -o Acquire::Check-Date=false update   (stopgap, apt >= 2.1)"],
    },
    docs: {
      description: '`E: Release file for URL is not valid yet (invalid for another 5h 12min 3s). Updates for this repository will not be applied.`',
      why: 'The Release file\'s Date lies in the future of the machine\'s clock: the host clock is behind (a VM or board without RTC, no NTP).',
      fix: 'Correct the system time.',
    },
    examples: [
      { lines: ['E: Release file for http://deb.debian.org/debian/dists/bookworm-updates/InRelease is not valid yet (invalid for another 5h 12min 3s). Updates for this repository will not be applied.'], captures: { url: 'http://deb.debian.org/debian/dists/bookworm-updates/InRelease', delta: '5h 12min 3s' }, source: 'apt 2.6.2 libapt-pkg (strings)' },
    ],
    nearMisses: ['E: Release file for http://deb.debian.org/debian/dists/buster/InRelease is expired (invalid since 12d 3h 2min 1s). Updates for this repository will not be applied.'],
  },
  {
    id: 'apt-release-expired',
    family: 'apt',
    title: 'The Release file has expired (an archived suite or a snapshot)',
    cause: 'apt-repository-broken',
    side: 'environment',
    tags: ['apt', 'clock'],
    // E: Release file for http://snapshot.debian.org/archive/debian/20230101T000000Z/dists/bookworm/InRelease is expired (invalid since 300d 3h 2min 1s). Updates for this repository will not be applied.
    match: /^[EW]: Release file for (?<url>\S+) is expired \(invalid since (?<delta>[^)]+)\)/,
    literals: { prefixes: ['E: Release file for ', 'W: Release file for '] },
    message: 'apt rejects {{url}}: its Valid-Until passed {{delta}} ago.',
    headline: 'Release file expired ({{delta}})',
    fix: {
      summary: 'For snapshot.debian.org or archive.debian.org sources this is expected: mark the source with `[check-valid-until=no]` or set Acquire::Check-Valid-Until=false in the chroot; for a live mirror, the mirror is stale: use another one.',
      steps: ['deb [check-valid-until=no] http://snapshot.debian.org/archive/debian/TIMESTAMP/ SUITE main', 'echo \'Acquire::Check-Valid-Until "false";\' > /etc/apt/apt.conf.d/99no-check-valid-until   (inside the chroot)'],
    },
    docs: {
      description: '`E: Release file for URL is expired (invalid since ...). Updates for this repository will not be applied.`',
      why: 'Debian\'s Release files carry Valid-Until; snapshots and archived suites are past it by design, a live mirror past it has stopped syncing.',
      fix: 'Disable the check for snapshot/archive sources, or change the mirror.',
    },
    examples: [
      { lines: ['E: Release file for http://snapshot.debian.org/archive/debian/20230101T000000Z/dists/bookworm/InRelease is expired (invalid since 300d 3h 2min 1s). Updates for this repository will not be applied.'], captures: { url: 'http://snapshot.debian.org/archive/debian/20230101T000000Z/dists/bookworm/InRelease', delta: '300d 3h 2min 1s' }, source: 'apt 2.6.2 libapt-pkg (strings)' },
    ],
    nearMisses: ['E: Release file for http://deb.debian.org/debian/dists/bookworm-updates/InRelease is not valid yet (invalid for another 5h). Updates for this repository will not be applied.'],
  },
  {
    id: 'apt-public-key-missing',
    family: 'apt',
    title: 'apt cannot verify a repository: its signing key is not installed',
    cause: 'apt-repository-broken',
    side: 'environment',
    tags: ['apt', 'gpg'],
    // W: GPG error: http://deb.debian.org/debian bookworm InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 6ED0E7B82643E131
    match: /^[EW]: GPG error: (?<repository>.+?): The following signatures couldn't be verified because the public key is not available: NO_PUBKEY (?<key>[0-9A-F]+)/s,
    literals: { prefixes: ['W: GPG error: ', 'E: GPG error: '] },
    message: 'apt cannot verify {{repository}}: the key {{key}} that signed it is not in the chroot\'s keyrings.',
    headline: 'NO_PUBKEY {{key}} for {{repository}}',
    fix: {
      summary: 'Install the repository\'s keyring into the chroot and reference it: debian-archive-keyring (or ubuntu-keyring) for the distribution itself, the vendor\'s key file for extra repositories (`signed-by=` in the source entry); an old chroot needs a newer keyring for a new release key.',
      steps: ['apt-get install debian-archive-keyring   (inside the chroot; or download the vendor key to /etc/apt/keyrings/NAME.asc)', 'deb [signed-by=/etc/apt/keyrings/NAME.asc] URL SUITE main'],
    },
    docs: {
      description: 'apt\'s `W: GPG error: URL SUITE InRelease: The following signatures couldn\'t be verified because the public key is not available: NO_PUBKEY KEYID` (then `E: The repository \'...\' is not signed.`).',
      why: 'The Release file is signed with a key the chroot does not trust: an extra repository added without its key, a chroot older than the archive\'s new signing key, or a keyring missing after debootstrap.',
      fix: 'Provide the signing key to apt (keyring package or signed-by file).',
    },
    examples: [
      { lines: ["W: GPG error: http://deb.debian.org/debian bookworm InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 6ED0E7B82643E131"], captures: { repository: 'http://deb.debian.org/debian bookworm InRelease', key: '6ED0E7B82643E131' }, source: 'apt 2.6.2 methods/gpgv + libapt-pkg "GPG error: %s: %s"' },
    ],
    nearMisses: ['W: http://repo.example.org/apt/dists/stable/InRelease: Key is stored in legacy trusted.gpg keyring (/etc/apt/trusted.gpg), see the DEPRECATION section in apt-key(8) for details.'],
  },
  {
    id: 'apt-repository-not-signed',
    family: 'apt',
    title: 'apt refuses an unsigned (or unverifiable) repository',
    cause: 'apt-repository-broken',
    side: 'environment',
    tags: ['apt', 'gpg'],
    // E: The repository 'http://repo.example.org/apt stable InRelease' is not signed.
    match: /^E: The repository '(?<repository>[^']+)' is not signed/,
    message: 'apt refuses {{repository}}: it is not signed, or its signature could not be verified.',
    headline: 'repository not signed: {{repository}}',
    fix: {
      summary: 'Give apt the repository\'s key (see a NO_PUBKEY warning above) with `signed-by=`; for a local, unsigned repository of your own, mark it `[trusted=yes]` in its source entry.',
      steps: ['deb [signed-by=/etc/apt/keyrings/NAME.asc] URL SUITE main', 'deb [trusted=yes] file:/path/to/local/repo ./   (local repositories only)'],
    },
    docs: {
      description: '`E: The repository \'URL SUITE InRelease\' is not signed.` (apt >= 1.5 refuses such repositories by default).',
      why: 'The repository has no valid signature apt can check: no Release.gpg/InRelease, or a key apt does not have.',
      fix: 'Install the key, or declare a local repository trusted.',
    },
    examples: [
      { lines: ["E: The repository 'http://repo.example.org/apt stable InRelease' is not signed."], captures: { repository: 'http://repo.example.org/apt stable InRelease' }, source: 'apt 2.6.2 libapt-pkg (strings)' },
    ],
    nearMisses: ["N: Updating from such a repository can't be done securely, and is therefore disabled by default."],
  },
  {
    id: 'apt-not-enough-space',
    family: 'apt',
    title: 'apt has not enough free space to download packages',
    cause: 'disk-full',
    side: 'environment',
    tags: ['apt', 'disk'],
    // E: You don't have enough free space in /var/cache/apt/archives/.
    match: /^E: You don't have enough free space in (?<dir>\/\S*?)\.?(?=\s|$)/,
    message: 'apt has not enough free space in {{dir}} for the packages it must download.',
    headline: 'not enough free space in {{dir}}',
    fix: {
      summary: 'Free space where the chroot lives (or in its apt cache), or give the build a larger filesystem; pbuilder: clean the aptcache, sbuild: the unshare tmpfs or the schroot overlay.',
      steps: ['df -h {{dir}}   (on the build host, for the chroot\'s filesystem)', 'pbuilder clean && rm -f /var/cache/pbuilder/aptcache/*.deb   |   apt-get clean   (inside the chroot)'],
    },
    docs: {
      description: '`E: You don\'t have enough free space in /var/cache/apt/archives/.` (or `in /var.`).',
      why: 'apt checks the space before downloading; the filesystem of the chroot or its apt cache is too small or full.',
      fix: 'Free or add disk space for the build environment.',
    },
    examples: [
      { lines: ["E: You don't have enough free space in /var/cache/apt/archives/."], captures: { dir: '/var/cache/apt/archives/' }, source: 'apt 2.6.2 libapt-private (strings)' },
      { lines: ["E: You don't have enough free space in /var."], captures: { dir: '/var' }, source: 'buildlog-consultant src/apt.rs test_apt_no_space_error' },
    ],
    nearMisses: ['Need to get 12.3 MB of archives.', 'After this operation, 45.6 MB of additional disk space will be used.'],
    equivalents: { 'buildlog-consultant': ['no-space-on-device'] },
  },
  {
    id: 'apt-release-not-found',
    family: 'apt',
    title: 'apt was asked for a package from a suite the chroot does not have',
    cause: 'unsatisfiable-build-deps',
    side: 'environment',
    tags: ['apt', 'build-deps'],
    // E: Release 'bookworm-backports' for 'debhelper' was not found
    match: /^E: Release '(?<release>[^']+)' for '(?<name>[^']+)' was not found/,
    message: 'apt cannot install {{name}} from {{release}}: no source of the chroot provides that suite.',
    headline: 'suite {{release}} not configured (for {{name}})',
    fix: {
      summary: 'Add {{release}} to the chroot\'s sources (pbuilder OTHERMIRROR, sbuild --extra-repository) and update the package lists, or drop the /{{release}} request.',
      steps: ['sbuild --extra-repository="deb http://deb.debian.org/debian {{release}} main" --build-dep-resolver=aptitude ...', 'pbuilder update --override-config --othermirror "deb http://deb.debian.org/debian {{release}} main"'],
    },
    docs: {
      description: '`E: Release \'SUITE\' for \'PACKAGE\' was not found` (apt-get install PACKAGE/SUITE or -t SUITE).',
      why: 'The build asks for a package from a specific suite (backports, experimental) that is not in the chroot\'s sources.list, or whose lists were never downloaded.',
      fix: 'Configure the suite in the chroot and update it.',
    },
    examples: [
      { lines: ["E: Release 'bookworm-backports' for 'debhelper' was not found"], captures: { release: 'bookworm-backports', name: 'debhelper' }, source: 'apt 2.6.2 libapt-pkg (strings)' },
    ],
    nearMisses: ["E: Version '13.11' for 'debhelper' was not found"],
  },
  {
    id: 'apt-broken-packages',
    family: 'apt',
    title: 'apt stopped with broken packages in the chroot',
    cause: 'unsatisfiable-build-deps',
    side: 'environment',
    tags: ['apt', 'build-deps'],
    // E: Broken packages
    match: /^E: Broken packages\s*$/,
    message: 'apt gave up: the requested packages cannot be installed together (see the unmet dependencies above).',
    headline: 'apt: broken packages',
    fix: {
      summary: 'Read the `The following packages have unmet dependencies:` block above: a build-dependency needs a version the chroot\'s suite does not have (update the chroot, add the suite) or conflicts with another one (correct Build-Depends).',
      steps: ['apt-get install --simulate <the packages>   (inside the chroot, to see the chain)'],
    },
    docs: {
      description: 'apt\'s `E: Broken packages` after an unmet-dependencies block (the resolver without `-f` or an aptitude fallback).',
      why: 'The dependency problem solver found no installable set; the usual causes are a chroot that is older than the packages it installs, or packages from mixed suites.',
      fix: 'Update the chroot or correct the build-dependencies.',
    },
    examples: [
      { lines: ['The following packages have unmet dependencies:', 'E: Broken packages'], line: 2, captures: {}, source: 'buildlog-consultant src/apt.rs test_broken_packages_direct' },
    ],
    nearMisses: ['E: Unable to correct problems, you have held broken packages.'],
    equivalents: { 'buildlog-consultant': ['apt-broken-packages'] },
  },
  {
    id: 'apt-dpkg-maintscript-failed',
    family: 'apt',
    title: 'A package\'s maintainer script failed while apt installed it into the build environment',
    cause: 'apt-install-failed',
    side: 'environment',
    tags: ['apt', 'dpkg'],
    // dpkg: error processing package hello (--configure):
    match: /^dpkg: error processing package (?<name>\S+) \(--(?<action>[\w-]+)\):/,
    //  installed hello package post-installation script subprocess returned error exit status 1
    //  subprocess installed post-installation script returned error exit status 1      (dpkg < 1.19)
    then: { match: /^\s?(?:installed \S+ package |new \S+ package |old \S+ package |subprocess (?:installed |new |old )?)?(?<script>post-installation|pre-installation|pre-removal|post-removal) script (?:subprocess )?returned error exit status (?<status>\d+)/, within: 1, note: 'the script that failed' },
    message: 'dpkg could not {{action}} {{name}}: its {{script}} script exited with status {{status}}.',
    headline: '{{name}} {{script}} script failed (exit {{status}})',
    fix: {
      summary: 'The output of {{name}}\'s maintainer script is just above: if {{name}} is one of the packages just built (autopkgtest, piuparts), fix its debian/{{name}}.postinst (or .preinst, .prerm, .postrm); if it is a build-dependency from the archive, its maintainer script fails in this chroot (a missing /proc or systemd, a policy-rc.d): fix the chroot or report the bug against {{name}}.',
      steps: ['sh -x /var/lib/dpkg/info/{{name}}.postinst configure   (inside the chroot, to see where it fails)'],
    },
    docs: {
      description: '`dpkg: error processing package P (--configure):` followed by ` installed P package post-installation script subprocess returned error exit status N` (dpkg 1.19 and later; before: ` subprocess installed post-installation script returned error exit status N`).',
      why: 'A maintainer script of the package failed while apt installed it into the chroot: build-dependencies whose scripts need services the chroot lacks, or a bug in a freshly built package.',
      fix: 'Fix the script (own package) or the chroot, or report it against the archive package.',
    },
    examples: [
      { lines: ['dpkg: error processing package hello (--configure):', ' installed hello package post-installation script subprocess returned error exit status 1'], captures: { name: 'hello', action: 'configure', script: 'post-installation', status: '1' }, source: 'dpkg 1.21.23 (strings); apt.rs test_dpkg_error_processing_package_direct shape' },
      { lines: ['dpkg: error processing package hello (--configure):', 'subprocess installed post-installation script returned error exit status 1'], captures: { name: 'hello', action: 'configure', script: 'post-installation', status: '1' }, source: 'buildlog-consultant src/apt.rs test_dpkg_error_processing_package_direct (dpkg < 1.19 wording)' },
    ],
    nearMisses: ['dpkg: error processing package foo (--configure):\n dependency problems - leaving unconfigured'],
    equivalents: { 'buildlog-consultant': ['dpkg-error'] },
  },
  {
    id: 'apt-dpkg-error',
    family: 'apt',
    title: 'dpkg stopped with an error',
    cause: 'apt-install-failed',
    side: 'environment',
    tags: ['apt', 'dpkg'],
    // dpkg: error: some other error occurred
    // (not the parse, lock and disk-full errors, which rules of their own report)
    match: /^dpkg: error: (?!parsing file|dpkg frontend lock|dpkg database lock|dpkg status database|status database area|writing to|cannot write|unable to (?:write|create))(?<msg>.+)/s,
    message: 'dpkg stopped: {{msg}}.',
    headline: 'dpkg: {{msg}}',
    fix: {
      summary: 'dpkg\'s own error in the build environment: read it ({{msg}}) and repair the chroot\'s package database or configuration; rebuild the chroot if it is damaged.',
      steps: ['dpkg --audit   (inside the chroot)', 'pbuilder create / sbuild-createchroot / mmdebstrap   (a fresh chroot)'],
    },
    docs: {
      description: 'Any other `dpkg: error: MESSAGE` (parse errors of the status file, locks and full disks have rules of their own).',
      why: 'dpkg itself failed while the builder installed or removed packages: a damaged database, a bad option, a diversion or alternative conflict.',
      fix: 'Repair or recreate the chroot.',
    },
    examples: [
      { lines: ['dpkg: error: some other error occurred'], captures: { msg: 'some other error occurred' }, source: 'buildlog-consultant src/apt.rs test_dpkg_error_general' },
    ],
    nearMisses: ["dpkg: error: parsing file '/var/lib/dpkg/status' near line 5 package 'foo':", 'dpkg: error: dpkg database lock was locked by another process with pid 12904', 'dpkg: warning: files list file for package foo missing'],
    equivalents: { 'buildlog-consultant': ['dpkg-error'] },
  },
];
