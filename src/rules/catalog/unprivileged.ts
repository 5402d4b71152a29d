import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Builds without root: Rules-Requires-Root (R³). dpkg-buildpackage runs the binary targets under
 * fakeroot unless R³ is `no`; the default for a source without the field was `binary-targets` up to
 * dpkg 1.22.12 and is `no` from dpkg 1.22.13 (dpkg-dev NEWS 1.22.13, trixie), so an upstream install
 * step that runs `chown root` / `install -o root` now fails unless the package declares
 * `Rules-Requires-Root: binary-targets`. With R³ `no`, dh_builddeb passes dpkg-deb --root-owner-group
 * (debhelper 13.11 dh_builddeb), so files in the .deb are root-owned without any chown. Texts from
 * dpkg 1.21.23 dpkg-buildpackage (setup_rootcommand, parse_rules_requires_root), dpkg 1.23.7
 * Dpkg::BuildDriver::DebianRules, coreutils 9.1 chown/chgrp/install, fakeroot 1.31.
 */
export const unprivileged: readonly CatalogEntry[] = [
  {
    id: 'unprivileged-chown-not-permitted',
    family: 'unprivileged',
    title: 'The install step changes file ownership, which needs root',
    cause: 'unprivileged-build',
    side: 'package',
    tags: ['unprivileged', 'rules-requires-root', 'build-failure'],
    // chown: changing ownership of 'debian/tcptraceroute/usr/bin/tcptraceroute.mt': Operation not permitted
    // chgrp: changing group of 'debian/foo/usr/bin/foo': Operation not permitted
    // install: cannot change ownership of '/build/reproducible-path/physlock-13/debian/physlock/usr/bin/physlock': Operation not permitted
    match: [
      /^(?<tool>chown|chgrp): changing (?:ownership|group) of [`'‘](?<path>[^'’]+)['’]: Operation not permitted/,
      /^(?<tool>install|\/usr\/bin\/install): cannot change ownership of [`'‘](?<path>[^'’]+)['’]: Operation not permitted/,
    ],
    literals: { prefixes: ['chown: ', 'chgrp: ', 'install: ', '/usr/bin/install: '] },
    message: '{{tool}} cannot change the owner of {{path}}: the binary target runs without root (Rules-Requires-Root: no, fakeroot not used).',
    headline: '{{tool}} needs root: {{path}}',
    fix: {
      summary: 'Drop the ownership change from the install step (with Rules-Requires-Root: no, dh_builddeb makes every file root:root in the .deb anyway): patch out `chown`/`install -o root -g root`, or pass the Makefile\'s owner variables empty; or declare `Rules-Requires-Root: binary-targets` in debian/control\'s source stanza to run the binary targets under fakeroot again.',
      steps: ["grep -rn -e 'chown' -e 'chgrp' -e 'install .*-o ' -e 'INSTALL.*-o ' Makefile* debian/rules", 'Rules-Requires-Root: binary-targets   (debian/control, source stanza: only if the ownership is really needed, e.g. a non-root owner)'],
    },
    docs: {
      description: '`chown: changing ownership of \'X\': Operation not permitted`, `chgrp: changing group of \'X\': ...`, `install: cannot change ownership of \'X\': Operation not permitted` (`install -o root`) during the binary targets.',
      why: 'dpkg-buildpackage runs debian/rules binary without fakeroot when Rules-Requires-Root is `no`: the default since dpkg 1.22.13 (trixie) for packages without the field, and what many packages declare. An upstream `make install` that chowns files to root then fails as the unprivileged build user.',
      fix: 'Remove the chown (ownership in the .deb is root:root by default), or declare Rules-Requires-Root: binary-targets.',
    },
    examples: [
      { lines: ['chmod 4755 debian/tcptraceroute/usr/bin/tcptraceroute.mt', 'chown root:root debian/tcptraceroute/usr/bin/tcptraceroute.mt', "chown: changing ownership of 'debian/tcptraceroute/usr/bin/tcptraceroute.mt': Operation not permitted", 'make[1]: *** [debian/rules:23: override_dh_auto_install] Error 1'], line: 3, captures: { tool: 'chown', path: 'debian/tcptraceroute/usr/bin/tcptraceroute.mt' }, source: 'buildlog-consultant src/common.rs test_chown_operation_not_permitted_matches' },
      { lines: ['INSTALL bin/physlock', "install: cannot change ownership of '/build/reproducible-path/physlock-13/debian/physlock/usr/bin/physlock': Operation not permitted", 'make[2]: *** [Makefile:55: install] Error 1'], line: 2, captures: { tool: 'install', path: '/build/reproducible-path/physlock-13/debian/physlock/usr/bin/physlock' }, source: 'buildlog-consultant src/common.rs test_install_cannot_change_ownership_matches' },
      { lines: ["chgrp: changing group of 'debian/foo/usr/bin/foo': Operation not permitted"], captures: { tool: 'chgrp', path: 'debian/foo/usr/bin/foo' }, source: 'coreutils 9.1 chgrp' },
    ],
    nearMisses: ["chown: cannot access 'debian/foo/usr/bin/foo': No such file or directory", "chmod: changing permissions of '/etc/foo': Operation not permitted"],
  },
  {
    id: 'unprivileged-fakeroot-missing',
    family: 'unprivileged',
    title: 'dpkg-buildpackage needs fakeroot (or another gain-root command) and it is not installed',
    cause: 'unprivileged-build',
    side: 'environment',
    tags: ['unprivileged', 'rules-requires-root', 'build-failure'],
    // dpkg-buildpackage: error: fakeroot not found, either install the fakeroot
    // dpkg-buildpackage: error: gain-root-command 'sudo' not found
    match: [
      /^dpkg-buildpackage: error: (?<command>fakeroot) not found, either install the fakeroot/,
      /^dpkg-buildpackage: error: gain-root-command '(?<command>[^']+)' not found/,
    ],
    message: 'dpkg-buildpackage needs {{command}} to run the binary targets as (fake) root, and it is not installed.',
    headline: '{{command}} not installed',
    fix: {
      summary: 'Install {{command}} where dpkg-buildpackage runs, or, if the package needs no root at all, declare `Rules-Requires-Root: no` in debian/control\'s source stanza (then dpkg-buildpackage does not need fakeroot).',
      steps: ['apt-get install fakeroot', 'Rules-Requires-Root: no   (debian/control, source stanza)'],
    },
    docs: {
      description: '`dpkg-buildpackage: error: fakeroot not found, either install the fakeroot` / `package, specify a command with the -r option, or run this as root`, or `gain-root-command \'X\' not found`.',
      why: 'As a normal user dpkg-buildpackage runs the binary targets (and clean) through a gain-root command, fakeroot by default, whenever Rules-Requires-Root is not `no` (binary-targets was the default for packages without the field before dpkg 1.22.13).',
      fix: 'Install fakeroot, pass -r with an installed command, or declare Rules-Requires-Root: no.',
    },
    examples: [
      { lines: ['dpkg-buildpackage: error: fakeroot not found, either install the fakeroot', 'package, specify a command with the -r option, or run this as root'], captures: { command: 'fakeroot' }, source: 'dpkg 1.21.23 dpkg-buildpackage setup_rootcommand' },
      { lines: ["dpkg-buildpackage: error: gain-root-command 'sudo' not found"], captures: { command: 'sudo' }, source: 'dpkg 1.21.23 dpkg-buildpackage setup_rootcommand' },
    ],
    nearMisses: ['dpkg-buildpackage: warning: using a gain-root-command while being root'],
  },
  {
    id: 'unprivileged-r3-field-invalid',
    family: 'unprivileged',
    title: 'The Rules-Requires-Root field has a keyword dpkg-buildpackage refuses',
    cause: 'source-package-invalid',
    side: 'package',
    tags: ['unprivileged', 'rules-requires-root', 'build-failure'],
    // dpkg-buildpackage: error: Rules-Requires-Root field keyword "yes" is invalid; use "binary-targets" instead
    // dpkg-buildpackage: error: Rules-Requires-Root field keyword "No" is uppercase; use "no" instead
    // dpkg-buildpackage: error: Rules-Requires-Root field keyword "foo/bar" is unknown in dpkg namespace
    // dpkg-buildpackage: error: Rules-Requires-Root field contains both global and implementation specific keywords
    match: [
      /^dpkg-buildpackage: error: Rules-Requires-Root field keyword "(?<keyword>[^"]+)" is (?<problem>invalid|uppercase|unknown in dpkg namespace)/,
      /^dpkg-buildpackage: error: Rules-Requires-Root field (?<problem>contains both global and implementation specific keywords)/,
      /^dpkg-buildpackage: error: field Rules-Requires-Root (?<problem>contains duplicate keyword) "(?<keyword>[^"]+)"/,
    ],
    message: 'dpkg-buildpackage refused the Rules-Requires-Root field ({{problem}} {{keyword}}).',
    headline: 'invalid Rules-Requires-Root field',
    fix: {
      summary: 'Write the field as exactly one of `no`, `binary-targets`, or a list of implementation keywords such as `dpkg/target-subcommand` (lower case, no `yes`), in the source stanza of debian/control.',
      steps: ['Rules-Requires-Root: no', 'Rules-Requires-Root: binary-targets'],
    },
    docs: {
      description: 'dpkg-buildpackage\'s checks of Rules-Requires-Root: `keyword "yes" is invalid; use "binary-targets" instead`, `keyword "No" is uppercase`, `keyword "x/y" is unknown in dpkg namespace`, `contains both global and implementation specific keywords`, `field Rules-Requires-Root contains duplicate keyword`.',
      why: 'The field takes `no`, `binary-targets`, or implementation keywords (`dpkg/target-subcommand`, `debhelper/...`); anything else stops the build before debian/rules runs.',
      fix: 'Correct the field in debian/control.',
    },
    examples: [
      { lines: ['dpkg-buildpackage: error: Rules-Requires-Root field keyword "yes" is invalid; use "binary-targets" instead'], captures: { keyword: 'yes', problem: 'invalid' }, source: 'dpkg 1.21.23 dpkg-buildpackage parse_rules_requires_root' },
      { lines: ['dpkg-buildpackage: error: Rules-Requires-Root field contains both global and implementation specific keywords'], captures: { problem: 'contains both global and implementation specific keywords' }, source: 'dpkg 1.21.23 dpkg-buildpackage parse_rules_requires_root' },
      { lines: ['dpkg-buildpackage: error: field Rules-Requires-Root contains duplicate keyword "no"'], captures: { problem: 'contains duplicate keyword', keyword: 'no' }, source: 'dpkg 1.21.23 dpkg-buildpackage parse_rules_requires_root' },
    ],
    nearMisses: ['dpkg-buildpackage: warning: Rules-Requires-Root field keyword "maybe" is unknown'],
  },
  {
    id: 'unprivileged-fakeroot-no-ipc',
    family: 'unprivileged',
    title: 'fakeroot cannot create its SysV IPC channels in this environment',
    cause: 'unprivileged-build',
    side: 'environment',
    tags: ['unprivileged', 'fakeroot', 'build-failure'],
    // fakeroot, while creating message channels: Function not implemented
    match: /^fakeroot, while creating message channels: (?<error>.+)/s,
    message: 'fakeroot could not start: creating its SysV message queues failed ({{error}}).',
    headline: 'fakeroot: no SysV IPC ({{error}})',
    fix: {
      summary: 'The container or sandbox gives no SysV IPC: switch fakeroot to its TCP transport, or give the container an IPC namespace with SysV support.',
      steps: ['update-alternatives --set fakeroot /usr/bin/fakeroot-tcp   (in the chroot or container)', 'dpkg-buildpackage -r/usr/bin/fakeroot-tcp ...'],
    },
    docs: {
      description: '`fakeroot, while creating message channels: Function not implemented` (then `This may be due to a lack of SYSV IPC support.`).',
      why: 'fakeroot-sysv (Debian\'s default alternative) talks to faked through SysV message queues; seccomp filters, some container runtimes (WSL1, gVisor, --ipc=none) do not provide them.',
      fix: 'Use fakeroot-tcp, or run the build where SysV IPC works.',
    },
    examples: [
      { lines: ['fakeroot, while creating message channels: Function not implemented', 'This may be due to a lack of SYSV IPC support.'], captures: { error: 'Function not implemented' }, source: 'fakeroot 1.31 faked-sysv (perror)' },
    ],
    nearMisses: ['fakeroot: FAKEROOTKEY set to 12345'],
  },
  {
    id: 'unprivileged-rules-not-exec',
    family: 'unprivileged',
    title: 'debian/rules (or a script fakeroot runs) is not executable',
    cause: 'source-package-invalid',
    side: 'package',
    tags: ['unprivileged', 'fakeroot', 'build-failure'],
    // /usr/bin/fakeroot: 175: debian/rules: Permission denied
    match: /^\/usr\/bin\/fakeroot: \d+: (?<file>\S+): Permission denied/,
    message: 'fakeroot cannot execute {{file}}: it is not executable.',
    headline: '{{file}} not executable',
    fix: {
      summary: 'Make {{file}} executable in the source (dpkg-source keeps the mode of debian/rules from the debian tarball): chmod +x and commit the mode.',
      steps: ['chmod +x {{file}} && git add {{file}}'],
    },
    docs: {
      description: '`/usr/bin/fakeroot: N: FILE: Permission denied` when dpkg-buildpackage runs `fakeroot debian/rules binary`.',
      why: 'debian/rules (or the script given) lost its executable bit: a patch, a VCS without modes, or a tarball made without them.',
      fix: 'Restore the executable bit in the packaging.',
    },
    examples: [
      { lines: ['/usr/bin/fakeroot: 175: debian/rules: Permission denied'], captures: { file: 'debian/rules' }, source: 'fakeroot 1.31 (/usr/bin/fakeroot → fakeroot-sysv, a sh script: dash prints LINE: FILE: Permission denied)' },
    ],
    nearMisses: ['/usr/bin/fakeroot: 175: debian/rules: not found'],
    equivalents: { 'buildlog-consultant': ['not-executable-file'] },
  },
];
