import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * pkg-config and pkgconf: a library the build asks for by its .pc name is not installed, or too old.
 * Wordings: pkg-config 0.29 (`No package 'x' found`, `Package x was not found in the pkg-config search
 * path.`), pkgconf 1.8 (Debian ≥ bookworm's pkg-config is pkgconf: `Package 'x', required by
 * 'virtual:world', not found`), and autoconf's PKG_CHECK_MODULES (pkg.m4: `Package requirements (...)
 * were not met:`). Lines from buildlog-consultant's tests (src/common.rs) and real logs.
 */
/** pkg-config 0.29's and pkgconf's "too old" wordings capture the same {{name}} {{op}} {{required}}: one fix. */
const VERSION_TOO_OLD = {
  lookup: { kind: 'pkg-config', name: '{{name}}' },
  fix: {
    summary: 'Version the Build-Depends on {{package}} (it ships {{name}}.pc in {{suite}}): `{{package}} ({{op}} {{required}})`; if the target suite has no such version, build against a suite that has it (or backport it).',
    steps: ['Build-Depends: ..., {{package}} ({{op}} {{required}})'],
  },
  fixUnresolved: {
    summary: 'Version the Build-Depends on the -dev package that ships {{name}}.pc: `<package> ({{op}} {{required}})`; if the target suite has no such version, build against a suite that has it (or backport it).',
    steps: ["apt-file search --regexp '/pkgconfig/{{name}}\\.pc$'", 'Build-Depends: ..., <package> ({{op}} {{required}})'],
  },
} satisfies Partial<CatalogEntry>;

export const pkgConfig: readonly CatalogEntry[] = [
  {
    id: 'pkg-config-package-not-found',
    family: 'pkg-config',
    title: 'A library the build looks up with pkg-config is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['pkg-config', 'build-failure'],
    // No package 'glib-2.0' found
    // configure: error: No package 'libcrypto' found   (a configure.ac that passes pkg-config's error to AC_MSG_ERROR)
    // Package 'libsystemd', required by 'virtual:world', not found
    // Package libfoo was not found in the pkg-config search path.
    match: [
      /^(?:configure: error: )?No package '(?<name>[^' ]+)' found/,
      /^Package '(?<name>[^' ]+)',? required by '[^']*', not found/,
      /^Package (?<name>\S+) was not found in the pkg-config search path/,
    ],
    message: 'pkg-config cannot find {{name}}.pc: the library is not installed in the build environment.',
    headline: 'pkg-config package {{name}} not found',
    lookup: { kind: 'pkg-config', name: '{{name}}' },
    fix: { summary: 'Add {{packages}} (it ships {{name}}.pc in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships {{name}}.pc to Build-Depends in debian/control.',
      steps: ["apt-file search --regexp '/pkgconfig/{{name}}\\.pc$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'pkg-config (or pkgconf) said a package is not found: `No package \'x\' found`, `Package \'x\', required by \'virtual:world\', not found`, `Package x was not found in the pkg-config search path.`',
      why: 'A .pc file is shipped by a library\'s -dev package; in a clean chroot only Build-Depends are installed, so a library the build looks up but the package does not declare is missing.',
      fix: 'Add the -dev package that ships x.pc to Build-Depends (the finding names it from the package index).',
    },
    examples: [
      { lines: ["No package 'glib-2.0' found"], captures: { name: 'glib-2.0' }, source: 'pkg-config 0.29 (pkg.m4 PKG_CHECK_MODULES output)' },
      { lines: ["Package 'libsystemd', required by 'virtual:world', not found"], captures: { name: 'libsystemd' }, source: 'pkgconf 1.8 (Debian bookworm)' },
      { lines: ["configure: error: No package 'libcrypto' found"], captures: { name: 'libcrypto' }, package: 'libssl-dev', source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
      { lines: ["No package 'tepl-3' found"], captures: { name: 'tepl-3' }, source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
      { lines: ['Package libfoo was not found in the pkg-config search path.', "Perhaps you should add the directory containing `libfoo.pc'"], captures: { name: 'libfoo' }, source: 'pkg-config 0.29' },
    ],
    nearMisses: ["checking for GLIB... no", "Package 'glib-2.0' has version '2.74.6', required version is '>= 2.80'", "--   Package 'libsystemd', required by 'virtual:world', not found"],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'pkg-config-requirement-not-met',
    family: 'pkg-config',
    title: 'PKG_CHECK_MODULES stopped configure: a library (or its version) is missing',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['pkg-config', 'autoconf', 'build-failure'],
    // configure: error: Package requirements (apertium-3.2 >= 3.2.0) were not met:
    // checking for GLEW... configure: error: Package requirements (glew) were not met:
    // (pkg.m4's AC_MSG_ERROR, pkg-config 0.29 and pkgconf 1.8; one module only: a list has its own entry)
    match: /Package requirements \((?<name>[^\s()<>=!,]+)(?: (?<op>[<>=!]=?) (?<version>[^\s()]+))?\) were not met:$/,
    message: 'configure needs {{name}} (pkg-config) and did not find it: PKG_CHECK_MODULES stopped the build.',
    headline: 'Package requirements ({{name}}) were not met',
    lookup: { kind: 'pkg-config', name: '{{name}}' },
    fix: { summary: 'Add {{packages}} (it ships {{name}}.pc in {{suite}}) to Build-Depends in debian/control, with the version configure asks for if it gives one.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships {{name}}.pc to Build-Depends in debian/control (with the version configure asks for, if any); the lines after this one say whether it is missing or too old.',
      steps: ["apt-file search --regexp '/pkgconfig/{{name}}\\.pc$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'autoconf\'s PKG_CHECK_MODULES (pkg.m4) failed: `configure: error: Package requirements (x >= 1.2) were not met:`, followed by pkg-config\'s own explanation.',
      why: 'The .pc file comes with the library\'s -dev package; it is not installed (missing from Build-Depends) or older than the version configure requires.',
      fix: 'Build-Depend on the -dev package that ships x.pc, versioned when configure asks for a minimum version.',
    },
    examples: [
      { lines: ['configure: error: Package requirements (apertium-3.2 >= 3.2.0) were not met:'], captures: { name: 'apertium-3.2', op: '>=', version: '3.2.0' }, source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
      { lines: ['checking for GLEW... configure: error: Package requirements (glew) were not met:'], captures: { name: 'glew' }, package: 'libglew-dev', source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
    ],
    nearMisses: ['configure: error: Package requirements (glib-2.0 >= 2.50 gio-2.0) were not met:', 'checking for GLEW... no'],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'pkg-config-requirements-not-met',
    family: 'pkg-config',
    title: 'PKG_CHECK_MODULES stopped configure: one of several libraries is missing',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['pkg-config', 'autoconf', 'build-failure'],
    // configure: error: Package requirements (glib-2.0 >= 2.50 gio-2.0 gobject-2.0) were not met:
    // (pkg.m4 AC_MSG_ERROR with several modules: the next lines name the one that is missing)
    match: /Package requirements \((?=[^()]*[^\s()<>=!,][ ,]+[^\s()<>=!,\d])(?<requirements>[^()]+)\) were not met:$/,
    message: 'configure needs {{requirements}} (pkg-config) and did not find all of them: PKG_CHECK_MODULES stopped the build.',
    headline: 'Package requirements ({{requirements}}) were not met',
    fix: {
      summary: 'The lines after this one name the module that is missing (`No package \'x\' found`, `Package \'x\', required by ..., not found`) or too old; add the -dev package that ships its .pc file to Build-Depends in debian/control.',
      steps: ["apt-file search --regexp '/pkgconfig/<module>\\.pc$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'autoconf\'s PKG_CHECK_MODULES failed for a list of modules: `configure: error: Package requirements (a >= 1 b c) were not met:`.',
      why: 'At least one .pc file of the list is not installed or too old; pkg-config names which one on the following lines.',
      fix: 'Build-Depend on the -dev package of the module pkg-config names on the next lines.',
    },
    examples: [{ lines: ['configure: error: Package requirements (glib-2.0 >= 2.50 gio-2.0 gobject-2.0) were not met:'], captures: { requirements: 'glib-2.0 >= 2.50 gio-2.0 gobject-2.0' }, source: 'pkgconf 1.8.1 pkg.m4 PKG_CHECK_MODULES AC_MSG_ERROR text, with a module list' }],
    nearMisses: ['configure: error: Package requirements (glew) were not met:', 'configure: error: Package requirements (apertium-3.2 >= 3.2.0) were not met:'],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'pkg-config-version-too-old',
    family: 'pkg-config',
    title: 'pkg-config found a library older than the build requires',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['pkg-config', 'build-failure'],
    // Requested 'vte-2.91 >= 0.59.0' but version of vte is 0.58.2       (pkg-config 0.29, Debian ≤ bullseye)
    // --   Requested 'vte-2.91 >= 0.59.0' but version of vte is 0.58.2  (the same inside CMake's pkg_check_modules)
    match: /^(?:--\s+)?Requested '(?<name>[^'\s]+) (?<op>[<>=!]=?) (?<required>[^'\s]+)' but version of (?<library>.+?) is (?<found>\S+)$/s,
    literals: { prefixes: ["Requested '", "--   Requested '"] },
    message: 'The build needs {{name}} {{op}} {{required}}, but the installed version is {{found}}.',
    headline: '{{name}} {{found}} is too old (needs {{op}} {{required}})',
    ...VERSION_TOO_OLD,
    docs: {
      description: 'pkg-config 0.29 said a module is older than required: `Requested \'x >= 2\' but version of X is 1`.',
      why: 'The source needs a newer library than the chroot has: Build-Depends lack the version constraint (so the resolver took the old one) or the suite is too old for this upstream release.',
      fix: 'Add the version to the Build-Depends entry; build for (or backport to) a suite that has it.',
    },
    examples: [
      { lines: ["Requested 'vte-2.91 >= 0.59.0' but version of vte is 0.58.2"], captures: { name: 'vte-2.91', op: '>=', required: '0.59.0', library: 'vte', found: '0.58.2' }, package: 'libvte-2.91-dev', source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
      { lines: ["--   Requested 'glib-2.0 >= 2.76' but version of GLib is 2.66.8"], captures: { name: 'glib-2.0', op: '>=', required: '2.76', library: 'GLib', found: '2.66.8' }, package: 'libgio-2.0-dev', source: 'CMake 3.18 FindPkgConfig (message(STATUS "  ${_pkgconfig_error}")) around pkg-config 0.29.2' },
    ],
    nearMisses: ["Package 'glib-2.0' has version '2.74.6', required version is '>= 2.80'", "checking for vte-2.91 >= 0.59.0... no"],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'pkgconf-requirement-unsatisfied',
    family: 'pkg-config',
    title: 'pkgconf found a library older (or newer) than the build requires',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['pkg-config', 'build-failure'],
    // Package dependency requirement 'libfilezilla >= 0.17.1' could not be satisfied.
    // configure: error: libfilezilla not found: Package dependency requirement 'libfilezilla >= 0.17.1' could not be satisfied.
    // (pkgconf 1.8 libpkgconf: "Package dependency requirement '%s %s %s' could not be satisfied."; the next line,
    // "Package 'x' has version '1', required version is '>= 2'", belongs to the same failure)
    match: /Package dependency requirement '(?<name>[^'\s]+) (?<op>[<>=!]=?) (?<required>[^'\s]+)' could not be satisfied/,
    message: 'The build needs {{name}} {{op}} {{required}}, and the installed {{name}} does not satisfy it.',
    headline: '{{name}} does not satisfy {{op}} {{required}}',
    ...VERSION_TOO_OLD,
    docs: {
      description: 'pkgconf (Debian\'s pkg-config since bookworm) said `Package dependency requirement \'x >= 2\' could not be satisfied.`, then `Package \'x\' has version \'1\', required version is \'>= 2\'`.',
      why: 'The installed library is older than the source requires: Build-Depends lack the version constraint, or the suite is too old for this upstream release.',
      fix: 'Add the version to the Build-Depends entry; build for (or backport to) a suite that has it.',
    },
    examples: [
      { lines: ["configure: error: libfilezilla not found: Package dependency requirement 'libfilezilla >= 0.17.1' could not be satisfied."], captures: { name: 'libfilezilla', op: '>=', required: '0.17.1' }, package: 'libfilezilla-dev', source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
      { lines: ["Package dependency requirement 'glib-2.0 >= 2.80' could not be satisfied.", "Package 'glib-2.0' has version '2.74.6', required version is '>= 2.80'"], captures: { name: 'glib-2.0', op: '>=', required: '2.80' }, package: 'libgio-2.0-dev', source: 'pkgconf 1.8.1 libpkgconf (strings of libpkgconf.so.3)' },
    ],
    nearMisses: ["Package 'glib-2.0' has version '2.74.6', required version is '>= 2.80'", "checking for libfilezilla >= 0.17.1... no"],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'pkg-config-cmake-module-missing',
    family: 'pkg-config',
    title: 'CMake\'s pkg_check_modules did not find a required module',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['pkg-config', 'cmake', 'build-failure'],
    // --   Package 'gtk+-3.0', required by 'virtual:world', not found     (pkgconf, via FindPkgConfig's message(STATUS "  ..."))
    // --   No package 'gtk+-3.0' found                                    (pkg-config 0.29)
    // then, only for REQUIRED modules (FindPkgConfig.cmake 3.25 line 607):
    //   A required package was not found
    match: [
      /^--\s+Package '(?<name>[^'\s]+)', required by '[^']*', not found/,
      /^--\s+No package '(?<name>[^'\s]+)' found/,
    ],
    literals: { prefixes: ["--   Package '", "--   No package '"] },
    then: { match: /^\s+A required package was not found/, within: 4, note: 'CMake stops' },
    message: 'CMake\'s pkg_check_modules needs {{name}} (pkg-config) and did not find it.',
    headline: 'pkg-config package {{name}} not found (CMake)',
    lookup: { kind: 'pkg-config', name: '{{name}}' },
    fix: { summary: 'Add {{packages}} (it ships {{name}}.pc in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships {{name}}.pc to Build-Depends in debian/control.',
      steps: ["apt-file search --regexp '/pkgconfig/{{name}}\\.pc$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'CMake\'s FindPkgConfig prints pkg-config\'s error as a status line (`--   Package \'x\', required by \'virtual:world\', not found`) and, for a REQUIRED module, stops with `A required package was not found`.',
      why: 'The .pc file comes with the library\'s -dev package, which is not in Build-Depends. Optional modules print the same status line and do not fail: only the line followed by CMake\'s error counts.',
      fix: 'Build-Depend on the -dev package that ships x.pc.',
    },
    examples: [
      {
        lines: ["-- Checking for module 'gtk+-3.0'", "--   Package 'gtk+-3.0', required by 'virtual:world', not found", 'CMake Error at /usr/share/cmake-3.18/Modules/FindPkgConfig.cmake:545 (message):', '  A required package was not found'],
        line: 2, captures: { name: 'gtk+-3.0' }, package: 'libgtk-3-dev',
        source: 'buildlog-consultant src/common.rs test_pkg_config_missing (first two lines); CMake 3.25 FindPkgConfig.cmake message(FATAL_ERROR "A required package was not found")',
      },
      { lines: ["--   No package 'libsystemd' found", 'CMake Error at /usr/share/cmake-3.16/Modules/FindPkgConfig.cmake:463 (message):', '  A required package was not found'], captures: { name: 'libsystemd' }, package: 'libsystemd-dev', source: 'CMake 3.16 FindPkgConfig with pkg-config 0.29 (Ubuntu focal)' },
    ],
    nearMisses: ["-- Checking for module 'libsystemd'\n--   Package 'libsystemd', required by 'virtual:world', not found\n-- Configuring done"],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'pkg-config-program-missing',
    family: 'pkg-config',
    title: 'pkg-config itself is not installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['pkg-config', 'autoconf', 'build-failure'],
    // The pkg-config script could not be found or is too old.  Make sure it     (pkg.m4 PKG_CHECK_MODULES, pkgconf 1.8.1 / pkg-config 0.29)
    // checking for LAPACK... configure: error: "Cannot check for existence of module lapack without pkgconf"
    // cannot run pkg-config to check glib-2.0 version at Makefile.PL line 12.
    match: [
      /^The pkg-config script could not be found or is too old\./,
      /Cannot check for existence of module (?<module>\S+) without pkgconf/,
    ],
    message: 'The build uses pkg-config, which is not installed in the build environment.',
    headline: 'pkg-config not found',
    fix: { summary: 'Add pkgconf (or the pkg-config transitional package) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., pkgconf'] },
    docs: {
      description: 'configure found no pkg-config program: pkg.m4\'s `The pkg-config script could not be found or is too old.`, or a custom `Cannot check for existence of module x without pkgconf`.',
      why: 'pkg-config is not in build-essential; a package whose configure uses PKG_CHECK_MODULES must Build-Depend on pkgconf (or pkg-config).',
      fix: 'Add pkgconf to Build-Depends.',
    },
    examples: [
      { lines: ['The pkg-config script could not be found or is too old.  Make sure it', 'is in your PATH or set the PKG_CONFIG environment variable to the full'], captures: {}, source: 'pkgconf 1.8.1 /usr/share/aclocal/pkg.m4 (PKG_CHECK_MODULES, pkg_failed=untried)' },
      { lines: ['checking for LAPACK... configure: error: "Cannot check for existence of module lapack without pkgconf"'], captures: { module: 'lapack' }, source: 'buildlog-consultant src/common.rs test_pkgconf' },
    ],
    nearMisses: ['checking for pkg-config... /usr/bin/pkg-config', 'checking pkg-config is at least version 0.9.0... yes'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'pkg-config-m4-macro-missing',
    family: 'pkg-config',
    title: 'configure was generated without pkg.m4: PKG_* macros were not expanded',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['pkg-config', 'autoconf', 'build-failure'],
    // ./configure: line 12569: PKG_PROG_PKG_CONFIG: command not found
    // ./configure: line 2368: `PKG_CHECK_MODULES(APERTIUM, apertium >= 3.7.1)'
    // ./configure: line 15968: `						PKG_CHECK_MODULES(LIBEXIF,libexif >= 0.6.18,have_LIBEXIF=yes,:)'
    match: [
      /^\.\/configure: line \d+: (?<macro>PKG_[A-Z_]+): command not found$/,
      /^\.\/configure: line \d+: `\s*(?<macro>PKG_[A-Z_]+)\(/,
    ],
    literals: { prefixes: ['./configure: line '] },
    message: 'configure contains the unexpanded macro {{macro}}: pkg.m4 (from pkgconf / pkg-config) was not installed when configure was generated.',
    headline: '{{macro}} not expanded in configure',
    fix: {
      summary: 'Add pkgconf (it ships /usr/share/aclocal/pkg.m4) to Build-Depends and regenerate configure (dh-autoreconf does so by default at debhelper compat ≥ 10).',
      steps: ['Build-Depends: ..., pkgconf', 'autoreconf -fi   (dh_autoreconf runs it)'],
    },
    docs: {
      description: 'The shell ran a PKG_* macro as a command or choked on its syntax (`./configure: line N: PKG_PROG_PKG_CONFIG: command not found`, `syntax error near unexpected token` with `PKG_CHECK_MODULES(...)`).',
      why: 'autoconf leaves a macro it does not know in configure verbatim; PKG_* come from pkg.m4, which only pkgconf/pkg-config install. autoreconf ran without it, or the shipped configure was generated on a machine without it.',
      fix: 'Build-Depend on pkgconf and let dh_autoreconf regenerate configure.',
    },
    examples: [
      { lines: ['./configure: line 12569: PKG_PROG_PKG_CONFIG: command not found'], captures: { macro: 'PKG_PROG_PKG_CONFIG' }, source: 'buildlog-consultant src/common.rs test_autoconf_macro' },
      { lines: ['checking for gawk... (cached) mawk', "./configure: line 2368: syntax error near unexpected token `APERTIUM,'", "./configure: line 2368: `PKG_CHECK_MODULES(APERTIUM, apertium >= 3.7.1)'"], line: 3, captures: { macro: 'PKG_CHECK_MODULES' }, source: 'buildlog-consultant src/common.rs test_autoconf_macro' },
      { lines: ["checking for libexif to use... ./configure: line 15968: syntax error near unexpected token `LIBEXIF,libexif'", "./configure: line 15968: `\t\t\t\t\t\tPKG_CHECK_MODULES(LIBEXIF,libexif >= 0.6.18,have_LIBEXIF=yes,:)'"], line: 2, captures: { macro: 'PKG_CHECK_MODULES' }, source: 'buildlog-consultant src/common.rs test_autoconf_macro' },
    ],
    nearMisses: ['checking for pkg-config... no', "./configure: line 5: AC_PROG_LIBTOOL: command not found"],
    equivalents: { 'buildlog-consultant': ['missing-autoconf-macro'] },
  },
  {
    id: 'pkg-config-cross-not-found',
    family: 'pkg-config',
    title: 'configure found no library with the host\'s pkg-config',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['pkg-config', 'autoconf', 'build-failure'],
    // configure: error: x86_64-linux-gnu-pkg-config sdl2 couldn't be found
    match: /^configure: error: (?:[\w-]+-)?pkg-config (?<name>[^\s']+) couldn't be found/,
    message: 'configure asked pkg-config for {{name}} and it is not installed.',
    headline: 'pkg-config package {{name}} not found',
    lookup: { kind: 'pkg-config', name: '{{name}}' },
    fix: { summary: 'Add {{packages}} (it ships {{name}}.pc in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships {{name}}.pc to Build-Depends in debian/control.',
      steps: ["apt-file search --regexp '/pkgconfig/{{name}}\\.pc$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'A configure script that calls the host-prefixed pkg-config itself (`x86_64-linux-gnu-pkg-config`) reports `configure: error: ARCH-pkg-config x couldn\'t be found`.',
      why: 'The .pc file comes with the library\'s -dev package, which is not in Build-Depends.',
      fix: 'Build-Depend on the -dev package that ships x.pc.',
    },
    examples: [{ lines: ["configure: error: x86_64-linux-gnu-pkg-config sdl2 couldn't be found"], captures: { name: 'sdl2' }, package: 'libsdl2-dev', source: 'buildlog-consultant src/common.rs test_pkg_config_missing' }],
    nearMisses: ['checking for x86_64-linux-gnu-pkg-config... /usr/bin/x86_64-linux-gnu-pkg-config'],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'pkg-config-xdt-missing',
    family: 'pkg-config',
    title: 'Xfce\'s XDT_PROG_PKG_CONFIG found no pkg-config',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['pkg-config', 'autoconf', 'build-failure'],
    // *** Your version of pkg-config is too old. You need atleast
    // *** pkg-config 0.9.0 or newer. You can download pkg-config
    // (xfce4-dev-tools xdt-depends.m4 XDT_PROG_PKG_CONFIG, printed when PKG_CONFIG is empty, i.e. not installed)
    match: /^\*\*\* Your version of pkg-config is too old\. You need atleast$/,
    literals: { prefixes: ['*** Your version of pkg-config is too old.'] },
    then: { match: /^\*\*\* pkg-config (?<required>\S+) or newer\./, within: 1, reportHere: true, note: 'the version asked for' },
    message: 'configure found no pkg-config (the message says "too old", but XDT_PROG_PKG_CONFIG prints it whenever PKG_CONFIG is empty).',
    headline: 'pkg-config not found (XDT_PROG_PKG_CONFIG)',
    fix: { summary: 'Add pkgconf (or the pkg-config transitional package) to Build-Depends in debian/control; every Debian pkg-config is newer than {{required}}.', steps: ['Build-Depends: ..., pkgconf'] },
    docs: {
      description: 'Xfce\'s xdt-depends.m4 says `*** Your version of pkg-config is too old. You need atleast` / `*** pkg-config 0.9.0 or newer.` after `checking for pkg-config... no`.',
      why: 'XDT_PROG_PKG_CONFIG prints this when PKG_PROG_PKG_CONFIG left PKG_CONFIG empty, which in a chroot means pkg-config is not installed.',
      fix: 'Build-Depend on pkgconf.',
    },
    examples: [{
      lines: ['checking for pkg-config... no', '', '*** Your version of pkg-config is too old. You need atleast', '*** pkg-config 0.9.0 or newer. You can download pkg-config', '*** from the freedesktop.org software repository at'],
      line: 4, captures: { required: '0.9.0' },
      source: 'buildlog-consultant src/common.rs test_pkg_config_too_old (xfce4-dev-tools xdt-depends.m4)',
    }],
    nearMisses: ['*** pkg-config 0.9.0 or newer. You can download pkg-config', 'checking for pkg-config... /usr/bin/pkg-config'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency', 'command-missing'] },
  },
];
