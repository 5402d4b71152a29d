import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * pkg-config and pkgconf: a library the build asks for by its .pc name is not installed, or too old.
 * Wordings: pkg-config 0.29 (`No package 'x' found`, `Package x was not found in the pkg-config search
 * path.`), pkgconf 1.8 (Debian ≥ bookworm's pkg-config is pkgconf: `Package 'x', required by
 * 'virtual:world', not found`), and autoconf's PKG_CHECK_MODULES (pkg.m4: `Package requirements (...)
 * were not met:`). Lines from buildlog-consultant's tests (src/common.rs) and real logs.
 */
export const pkgConfig: readonly CatalogEntry[] = [
  {
    id: 'pkg-config-package-not-found',
    family: 'pkg-config',
    title: 'A library the build looks up with pkg-config is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['pkg-config', 'build-failure'],
    // No package 'glib-2.0' found
    // Package 'libsystemd', required by 'virtual:world', not found
    // Package libfoo was not found in the pkg-config search path.
    match: [
      /^No package '(?<name>[^' ]+)' found/,
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
      { lines: ['Package libfoo was not found in the pkg-config search path.', "Perhaps you should add the directory containing `libfoo.pc'"], captures: { name: 'libfoo' }, source: 'pkg-config 0.29' },
    ],
    nearMisses: ["checking for GLIB... no", "Package 'glib-2.0' has version '2.74.6', required version is '>= 2.80'"],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
];
