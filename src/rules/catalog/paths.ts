import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Missing absolute paths: a command of the build names a file of the system (under /usr, /etc, /opt,
 * /lib, ...) that no installed package provides, or a file of the source tree that is not there.
 * Compiler drivers (`g++: error: PATH: No such file or directory`, GCC's gcc.cc), coreutils (`cp: cannot
 * stat 'PATH'`; coreutils < 8.22 quoted `PATH', 8.22-8.25 ‘PATH’ in UTF-8 locales), sed (`can't read`),
 * GNU make's include (`FILE:LINE: PATH: No such file or directory`). make's `No rule to make target`
 * (also for absolute paths) stays with the make-no-rule rule; a path under debian/tmp with the debhelper
 * family. Sample lines from buildlog-consultant's tests (src/common.rs).
 */

// The system directories a path must start with to be "of the system" (not the build tree, not /tmp).
// Kept as plain alternatives so that each pattern stays linear.
export const paths: readonly CatalogEntry[] = [
  {
    id: 'paths-library-file-missing',
    family: 'paths',
    title: 'The compiler or linker is given a library file that is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['paths', 'linker', 'build-failure'],
    // g++: error: /usr/lib/x86_64-linux-gnu/libGL.so: No such file or directory
    // /usr/bin/ld: cannot find /usr/lib/x86_64-linux-gnu/libfoo.so: No such file or directory
    match: [
      /^(?<tool>[\w.+-]*(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|gfortran)(?:-\d[\d.]*)?): error: (?<path>\/(?:usr\/)?lib\/(?:[\w.+-]+\/)?lib[^/:\s]+\.(?:so|a)): No such file or directory/,
      /^(?<tool>[^\s:]*ld(?:\.bfd|\.gold)?): cannot find (?<path>\/(?:usr\/)?lib\/(?:[\w.+-]+\/)?lib[^/:\s]+\.(?:so|a))(?::|\s*$)/,
    ],
    literals: { suffixes: ['No such file or directory', '.so', '.a'] },
    message: '{{tool}} is given {{path}}, which is not installed.',
    headline: 'library file not installed: {{path}}',
    lookup: { kind: 'library', name: '{{path}}' },
    fix: { summary: 'Add {{packages}} (it ships {{path}} in {{suite}}) to Build-Depends.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships {{path}} to Build-Depends; if the path was written into the build by hand, take it from pkg-config or the library\'s CMake config instead.',
      steps: ["apt-file search --regexp '^{{path}}$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'A compiler driver (`g++: error: /usr/lib/x86_64-linux-gnu/libGL.so: No such file or directory`) or GNU ld (`cannot find /usr/lib/.../libfoo.so`) was given the full path of a library that is not installed.',
      why: 'The build system found the path at configure time in a CMake config or a .pc/.la file (or it is hard-coded), but the development symlink libfoo.so comes with a -dev package that is not among the build-dependencies.',
      fix: 'Build-depend on the -dev package that ships the file.',
    },
    examples: [
      { lines: ['g++: error: /usr/lib/x86_64-linux-gnu/libGL.so: No such file or directory'], captures: { tool: 'g++', path: '/usr/lib/x86_64-linux-gnu/libGL.so' }, package: 'libgl-dev', source: 'buildlog-consultant src/common.rs test_gxx_missing_file' },
      { lines: ['/usr/bin/ld: cannot find /usr/lib/x86_64-linux-gnu/libEGL.so: No such file or directory'], captures: { tool: '/usr/bin/ld', path: '/usr/lib/x86_64-linux-gnu/libEGL.so' }, package: 'libegl-dev', source: 'binutils 2.39+ ld/ldfile.c' },
    ],
    nearMisses: ['g++: error: src/foo.o: No such file or directory', '/usr/bin/ld: cannot find -lGL: No such file or directory', "gcc: warning: /usr/lib/x86_64-linux-gnu/libGL.so: linker input file unused because linking not done"],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'paths-system-file-missing',
    family: 'paths',
    title: 'A command of the build reads a system file that is not installed',
    cause: 'missing-file',
    side: 'package',
    tags: ['paths', 'build-failure'],
    // cp: cannot stat '/usr/share/misc/config.guess': No such file or directory
    // mv: cannot stat '/usr/res/boss.png': No such file or directory
    // sed: can't read /etc/locale.gen: No such file or directory
    match: [
      /^(?<tool>cp|mv|install|\/usr\/bin\/install|chmod|ln): cannot (?:stat|access) [`'‘](?<path>\/(?:usr|etc|opt|lib|lib64|bin|sbin|var|srv)\/[^'’]+)['’]: No such file or directory/,
      /^(?<tool>sed): can't read (?<path>\/(?:usr|etc|opt|lib|lib64|bin|sbin|var|srv)\/[^:]+): No such file or directory/,
      // python3.7: can't open file '/usr/bin/blah.py': [Errno 2] No such file or directory
      /^(?<tool>python[\d.]*): can't open file '(?<path>\/(?:usr|etc|opt)\/[^']+)': \[Errno 2\] No such file or directory/,
      // E   IOError: [Errno 2] No such file or directory: '/usr/lib/python2.7/poly1305/rfc7539.txt'
      // E           FileNotFoundError: [Errno 2] No such file or directory: '/usr/share/firmware-microbit-micropython/firmware.hex'
      /(?<tool>IOError|FileNotFoundError): \[Errno 2\] No such file or directory: '(?<path>\/(?:usr\/share|usr\/lib|etc)\/[^']+)'/,
      // Error: Error: ENOENT: no such file or directory, open '/usr/lib/nodejs/requirejs/text.js'
      /(?<tool>ENOENT): no such file or directory, open '(?<path>\/(?:usr|etc|opt)\/[^']+)'/,
      // [ERROR] LazyFont - Failed to read font file /usr/share/texlive/.../STIX2Math.otf <java.io.FileNotFoundException: /usr/share/texlive/.../STIX2Math.otf (No such file or directory)>
      /(?<tool>java)\.io\.FileNotFoundException: (?<path>\/(?:usr|etc|opt)\/\S+) \(No such file or directory\)/,
    ],
    literals: { prefixes: ['cp: ', 'mv: ', 'install: ', '/usr/bin/install: ', 'chmod: ', 'ln: ', 'sed: ', 'python'], anywhere: ["[Errno 2] No such file or directory: '", "ENOENT: no such file or directory, open '", 'java.io.FileNotFoundException: '] },
    message: '{{tool}} cannot find {{path}}: no installed package provides it.',
    headline: 'missing file {{path}}',
    lookup: { kind: 'file', name: '{{path}}' },
    fix: { summary: 'Add {{packages}} (it ships {{path}} in {{suite}}) to Build-Depends.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'If {{path}} comes from a package, build-depend on it (apt-file names it); if the build was meant to create it (a path missing its $(DESTDIR) or $(CURDIR)/debian/tmp prefix), fix that command instead.',
      steps: ["apt-file search --regexp '^{{path}}$'", "grep -rn -F '{{path}}' debian/ Makefile* 2>/dev/null | head"],
    },
    docs: {
      description: '`cp: cannot stat \'/usr/...\': No such file or directory` (also mv, install, chmod, ln; older coreutils quote `PATH\' or ‘PATH’) `sed: can\'t read /etc/...`, Python\'s `can\'t open file` and `IOError`/`FileNotFoundError: [Errno 2]` (for /usr/share, /usr/lib, /etc), Node\'s `ENOENT: no such file or directory, open`, Java\'s `FileNotFoundException`, for paths under /usr, /etc, /opt, /lib, /bin, /sbin, /var.',
      why: 'The build copies or edits a file it expects from the system: a data file, template or script of a package that is not a build-dependency; or a path that lacks the DESTDIR prefix and so points at the system instead of the package tree.',
      fix: 'Build-depend on the package that ships the file, or prefix the path with $(DESTDIR).',
    },
    examples: [
      { lines: ["mv: cannot stat '/usr/res/boss.png': No such file or directory"], captures: { tool: 'mv', path: '/usr/res/boss.png' }, source: 'buildlog-consultant src/common.rs test_mv_stat' },
      { lines: ['sed: can\'t read /etc/locale.gen: No such file or directory'], captures: { tool: 'sed', path: '/etc/locale.gen' }, source: 'buildlog-consultant src/common.rs test_sed' },
      { lines: ["cp: cannot stat '/usr/share/misc/config.guess': No such file or directory"], captures: { tool: 'cp', path: '/usr/share/misc/config.guess' }, source: 'coreutils 9.1 cp' },
      { lines: ["cp: cannot stat `/usr/share/dict/words': No such file or directory"], captures: { tool: 'cp', path: '/usr/share/dict/words' }, source: 'coreutils < 8.22 quoting' },
      { lines: ["python3.7: can't open file '/usr/bin/blah.py': [Errno 2] No such file or directory"], captures: { tool: 'python3.7', path: '/usr/bin/blah.py' }, source: 'buildlog-consultant src/common.rs test_python_missing_file' },
      { lines: ["E   IOError: [Errno 2] No such file or directory: '/usr/lib/python2.7/poly1305/rfc7539.txt'"], captures: { tool: 'IOError', path: '/usr/lib/python2.7/poly1305/rfc7539.txt' }, source: 'buildlog-consultant src/common.rs test_ioerror' },
      { lines: ["E           FileNotFoundError: [Errno 2] No such file or directory: '/usr/share/firmware-microbit-micropython/firmware.hex'"], captures: { tool: 'FileNotFoundError', path: '/usr/share/firmware-microbit-micropython/firmware.hex' }, source: 'buildlog-consultant src/common.rs test_python_missing_file#3' },
      { lines: ["Error: Error: ENOENT: no such file or directory, open '/usr/lib/nodejs/requirejs/text.js'"], captures: { tool: 'ENOENT', path: '/usr/lib/nodejs/requirejs/text.js' }, source: 'buildlog-consultant src/common.rs test_ruby_missing_file' },
      { lines: ['[ERROR] LazyFont - Failed to read font file /usr/share/texlive/texmf-dist/fonts/opentype/public/stix2-otf/STIX2Math.otf <java.io.FileNotFoundException: /usr/share/texlive/texmf-dist/fonts/opentype/public/stix2-otf/STIX2Math.otf (No such file or directory)>'], captures: { tool: 'java', path: '/usr/share/texlive/texmf-dist/fonts/opentype/public/stix2-otf/STIX2Math.otf' }, source: 'buildlog-consultant src/common.rs test_lazy_font' },
    ],
    nearMisses: ["mv: cannot stat 'res/boss.png': No such file or directory", "cp: cannot stat '/tmp/x': No such file or directory", "cp: cannot create regular file '/usr/share/foo': Permission denied", "FileNotFoundError: [Errno 2] No such file or directory: 'git'", "python3: can't open file 'setup.py': [Errno 2] No such file or directory"],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'paths-build-file-missing',
    family: 'paths',
    title: 'A file the packaging copies from the source tree is not there',
    cause: 'missing-build-file',
    side: 'package',
    tags: ['paths', 'build-failure'],
    // cp: cannot stat '/<<PKGBUILDDIR>>/debian/patches/lshw-gtk.desktop': No such file or directory
    // cp: cannot stat 'README': No such file or directory
    // (paths under debian/tmp: debhelper-not-in-debian-tmp; system paths: paths-system-file-missing)
    // /bin/bash: idna-tables-properties.csv: No such file or directory      (a redirect, or ./script)
    // /bin/sh: 1: cannot open idna-tables-properties.csv: No such file      (dash)
    // python3.7: can't open file 'setup.py': [Errno 2] No such file or directory
    match: [
      /^(?<tool>cp|mv|install|\/usr\/bin\/install|chmod): cannot (?:stat|access) [`'‘](?!(?:[^'’\s]*\/)?debian\/tmp\/)(?!\/(?:usr|etc|opt|lib|lib64|bin|sbin|var|srv|tmp|proc|sys|dev|run)\/)(?<path>[^'’]+)['’]: No such file or directory/,
      /^(?<tool>\/bin\/bash|\/usr\/bin\/bash|bash): (?:line \d+: )?(?<path>[^\s:/][^\s:]*): No such file or directory/,
      /^(?<tool>\/bin\/sh|sh): \d+: cannot open (?<path>[^\s:]+): No such file/,
      /^(?<tool>python[\d.]*): can't open file '(?<path>[^/'][^']*)': \[Errno 2\] No such file or directory/,
    ],
    literals: { prefixes: ['cp: ', 'mv: ', 'install: ', '/usr/bin/install: ', 'chmod: ', '/bin/bash: ', '/usr/bin/bash: ', 'bash: ', '/bin/sh: ', 'sh: ', 'python'] },
    message: '{{tool}} cannot find {{path}} in the source tree.',
    headline: 'missing in the source tree: {{path}}',
    fix: {
      summary: 'The file is not in the unpacked source: upstream renamed or removed it, it is generated only by a step that did not run, or it is missing from debian/ (not committed, or not in the orig tarball). Correct the path in debian/rules or debian/*.install, or restore the file.',
      steps: ["grep -rn -F \"$(basename '{{path}}')\" debian/", "find . -name \"$(basename '{{path}}')\""],
    },
    docs: {
      description: '`cp: cannot stat \'PATH\': No such file or directory` (also mv, install, chmod) for a relative path or a path in the build directory (`/<<PKGBUILDDIR>>/...`, `/build/...`); bash\'s `FILE: No such file or directory` and dash\'s `cannot open FILE: No such file` for a redirect or ./script; Python\'s `can\'t open file \'setup.py\'`.',
      why: 'A command in debian/rules or the upstream install step copies a file of the source tree that this version does not have.',
      fix: 'Follow the rename in the packaging, or add the file.',
    },
    examples: [
      { lines: ["cp: cannot stat '/<<PKGBUILDDIR>>/debian/patches/lshw-gtk.desktop': No such file or directory"], captures: { tool: 'cp', path: '/<<PKGBUILDDIR>>/debian/patches/lshw-gtk.desktop' }, source: 'buildlog-consultant src/common.rs test_cp' },
      { lines: ["mv: cannot stat 'res/boss.png': No such file or directory"], captures: { tool: 'mv', path: 'res/boss.png' }, source: 'buildlog-consultant src/common.rs test_mv_stat#2' },
      { lines: ['/bin/bash: idna-tables-properties.csv: No such file or directory'], captures: { tool: '/bin/bash', path: 'idna-tables-properties.csv' }, source: 'buildlog-consultant src/common.rs test_bash_redir_missing' },
      { lines: ['/bin/sh: 1: cannot open idna-tables-properties.csv: No such file'], captures: { tool: '/bin/sh', path: 'idna-tables-properties.csv' }, source: 'dash 0.5.12 redirect error' },
      { lines: ["python3.7: can't open file 'setup.py': [Errno 2] No such file or directory"], captures: { tool: 'python3.7', path: 'setup.py' }, source: 'buildlog-consultant src/common.rs test_python_missing_file#2' },
    ],
    nearMisses: ["cp: cannot stat 'debian/tmp/usr/bin/foo': No such file or directory", "cp: cannot stat '/usr/share/misc/config.guess': No such file or directory", "cp: cannot create regular file 'README': Permission denied", '/bin/bash: line 1: cmake: command not found', "/bin/bash: /usr/bin/rst2man: /usr/bin/python: bad interpreter: No such file or directory"],
    equivalents: { 'buildlog-consultant': ['missing-build-file'] },
  },
  {
    id: 'paths-make-include-missing',
    family: 'paths',
    title: 'A makefile includes a file from the system that is not installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['paths', 'make', 'build-failure'],
    // debian/rules:4: /usr/share/openstack-pkg-tools/pkgos.make: No such file or directory
    // debian/rules:7: /usr/share/cdbs/1/rules/debhelper.mk: No such file or directory
    match: /^(?<makefile>[^\s:]+):(?<lineno>\d+): (?<path>\/(?:usr|opt|etc)\/[^:\s]+): No such file or directory/,
    literals: { suffixes: ['No such file or directory'] },
    message: '{{makefile}} line {{lineno}} includes {{path}}, which is not installed.',
    headline: 'included makefile not installed: {{path}}',
    lookup: { kind: 'file', name: '{{path}}' },
    fix: { summary: 'Add {{packages}} (it ships {{path}} in {{suite}}) to Build-Depends.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{path}} to Build-Depends (Build-Depends, not -Indep: debian/rules reads it even for clean).',
      steps: ["apt-file search --regexp '^{{path}}$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'GNU make: `debian/rules:4: /usr/share/X/Y.mk: No such file or directory` for an `include` of a system makefile (cdbs, openstack-pkg-tools, dh-ocaml, ...), usually followed by `No rule to make target`.',
      why: 'debian/rules includes a makefile fragment of a helper package that is not among the build-dependencies; the clean target runs before anything else is installed, so it must be in Build-Depends.',
      fix: 'Build-depend on the package that ships the included file.',
    },
    examples: [
      { lines: ['debian/rules:4: /usr/share/openstack-pkg-tools/pkgos.make: No such file or directory'], captures: { makefile: 'debian/rules', lineno: '4', path: '/usr/share/openstack-pkg-tools/pkgos.make' }, source: 'buildlog-consultant src/common.rs test_make_missing_rule#3' },
      { lines: ['debian/rules:7: /usr/share/cdbs/1/rules/debhelper.mk: No such file or directory', "make: *** No rule to make target '/usr/share/cdbs/1/rules/debhelper.mk'.  Stop."], captures: { makefile: 'debian/rules', lineno: '7', path: '/usr/share/cdbs/1/rules/debhelper.mk' }, source: 'GNU make 4.3 read.c' },
    ],
    nearMisses: ['Makefile:12: config.mk: No such file or directory', 'main.c:2:10: fatal error: /usr/include/foo.h: No such file or directory'],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'paths-aclocal-file-missing',
    family: 'paths',
    title: 'libtoolize cannot find an Autoconf macro file it installs',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['paths', 'autotools', 'build-failure'],
    // libtoolize:   error: '/usr/share/aclocal/ltdl.m4' does not exist.
    match: /^libtoolize: +error: '(?<path>\/usr\/share\/aclocal[^/']*\/(?<file>[^/']+\.m4))' does not exist/,
    message: 'libtoolize needs {{path}}, which is not installed.',
    headline: 'missing {{file}}',
    lookup: { kind: 'm4', name: '{{file}}' },
    fix: { summary: 'Add {{packages}} (it ships {{path}} in {{suite}}) to Build-Depends.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{path}} to Build-Depends (libtoolize --ltdl needs libltdl-dev).',
      steps: ["apt-file search --regexp '^{{path}}$'"],
    },
    docs: {
      description: '`libtoolize:   error: \'/usr/share/aclocal/ltdl.m4\' does not exist.` (libtool 2.4).',
      why: 'libtoolize --ltdl (or LT_CONFIG_LTDL_DIR in configure.ac) copies libltdl\'s macros from /usr/share/aclocal, which libltdl-dev ships, not libtool.',
      fix: 'Build-depend on the package that ships the macro file.',
    },
    examples: [
      { lines: ["libtoolize:   error: '/usr/share/aclocal/ltdl.m4' does not exist."], captures: { path: '/usr/share/aclocal/ltdl.m4', file: 'ltdl.m4' }, package: 'libltdl-dev', source: 'buildlog-consultant src/common.rs test_libtoolize_missing_file' },
    ],
    nearMisses: ["libtoolize: copying file 'm4/ltoptions.m4'"],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'paths-directory-missing',
    family: 'paths',
    title: 'A script of the build changes into a directory that does not exist',
    cause: 'missing-build-file',
    side: 'package',
    tags: ['paths', 'build-failure'],
    // debian/components/build: 19: cd: can't cd to rollup-plugin
    // /bin/bash: line 1: cd: rollup-plugin: No such file or directory
    // (relative directories only: an absolute one, e.g. in a pbuilder hook, is the build environment's)
    match: [
      /^(?<script>[^\s:]+): (?:line )?(?<lineno>\d+): cd: can't cd to (?<dir>[^/\s].*)/s,
      /^(?<script>[^\s:]+): line (?<lineno>\d+): cd: (?<dir>[^/:\s][^:]*): No such file or directory/,
    ],
    literals: { suffixes: ['No such file or directory'], anywhere: [": cd: can't cd to "] },
    message: '{{script}} (line {{lineno}}) cannot change into {{dir}}: the directory does not exist.',
    headline: 'directory missing: {{dir}}',
    fix: {
      summary: 'The directory is not in the unpacked source: an embedded component that was removed or renamed (check debian/components, the orig tarball and its component tarballs), or a directory a previous step should have created.',
      steps: ["ls -d '{{dir}}'; tar tf ../*.orig*.tar.* | grep -F '{{dir}}' | head"],
    },
    docs: {
      description: 'dash\'s `SCRIPT: LINE: cd: can\'t cd to DIR` and bash\'s `SCRIPT: line LINE: cd: DIR: No such file or directory`.',
      why: 'A script in debian/ or upstream changes into a directory of the source tree that this version does not have: a component tarball missing (multi-tarball sources), an upstream rename, or a step that should have created it did not run.',
      fix: 'Provide the directory (component tarball, generation step) or follow the rename.',
    },
    examples: [
      { lines: ["debian/components/build: 19: cd: can't cd to rollup-plugin"], captures: { script: 'debian/components/build', lineno: '19', dir: 'rollup-plugin' }, source: 'buildlog-consultant src/common.rs test_directory_missing' },
      { lines: ['/bin/bash: line 1: cd: rollup-plugin: No such file or directory'], captures: { script: '/bin/bash', lineno: '1', dir: 'rollup-plugin' }, source: 'bash 5.2 cd builtin' },
    ],
    nearMisses: ["/tmp/hooks/D10-update-local-repo: 5: cd: can't cd to /var/cache/pbuilder/local", 'cd rollup-plugin && npm run build', 'make[1]: Entering directory \'/build/foo/rollup-plugin\''],
    equivalents: { 'buildlog-consultant': ['local-directory-not-existing'] },
  },
];
