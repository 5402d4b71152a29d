import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * dpkg and dpkg-dev: dpkg-gensymbols, dpkg-shlibdeps, dpkg-source, dpkg-gencontrol, dpkg-checkbuilddeps,
 * dpkg-deb and dpkg's unpack errors, in the wordings the TypeScript rules (dpkg-shlibdeps-missing-library,
 * dpkg-source-unexpected-changes, dpkg-source-patch-failed, dpkg-checkbuilddeps-unmet) do not read.
 * Texts from dpkg 1.21.23 (bookworm: scripts in dpkg-dev, Dpkg::Source::Package::V1/V2/V3::Native in
 * libdpkg-perl, strings of dpkg and dpkg-deb) and dpkg's git tags (guillemj/dpkg: 1.15.0, 1.16.0, 1.17.0,
 * 1.18.0, 1.19.0); where a wording changed, the tag that has the old one is named.
 */
export const dpkg: readonly CatalogEntry[] = [
  {
    id: 'dpkg-gensymbols-symbols-lost',
    family: 'dpkg',
    title: 'Symbols listed in debian/*.symbols disappeared from the library',
    cause: 'symbols-changed',
    side: 'package',
    tags: ['dpkg', 'debhelper', 'build-failure'],
    // dpkg-gensymbols: error: some symbols or patterns disappeared in the symbols file: see diff output below
    // dpkg-gensymbols: error: some symbols disappeared in the symbols file: see diff output below     (wording of dpkg < 1.16)
    match: /^dpkg-gensymbols: error: some symbols (?:or patterns )?disappeared in the symbols file/,
    message: 'The library no longer exports symbols that debian/*.symbols lists (the diff follows this line).',
    headline: 'symbols disappeared from the library',
    fix: {
      summary: 'Read the diff below: if the symbols were private or C++ template instances, mark them (optional) or drop them from debian/PACKAGE.symbols; if public API/ABI was removed, the SONAME must change (and the package name with it).',
      steps: ['dpkg-gensymbols -pPACKAGE -Pdebian/PACKAGE -Odebian/PACKAGE.symbols.new   (then compare)', ' (optional)sym@Base 1.0   (symbols-file syntax for symbols that may go away)'],
    },
    docs: {
      description: '`dpkg-gensymbols: error: some symbols or patterns disappeared in the symbols file: see diff output below` (dpkg >= 1.19.1 prints `error:` when the check level makes it fatal; older dpkg printed `warning:`, see dpkg-gensymbols-symbols-lost-old).',
      why: 'dh_makeshlibs compares the built library with debian/PACKAGE.symbols; a listed symbol that is gone means packages built against the old version may no longer run: an ABI break, or a symbol that was never public (inline, template, arch-specific).',
      fix: 'Update debian/PACKAGE.symbols for symbols that were never ABI (mark them optional or arch-specific); for a real ABI break bump the SONAME and rename the library package.',
    },
    examples: [
      { lines: ['dpkg-gensymbols: error: some symbols or patterns disappeared in the symbols file: see diff output below'], captures: {}, source: 'buildlog-consultant src/common.rs test_symbols; dpkg 1.21.23 dpkg-gensymbols compare_problem' },
    ],
    nearMisses: ['dpkg-gensymbols: warning: some new symbols appeared in the symbols file: see diff output below', 'dpkg-gensymbols: warning: debian/libfoo1/DEBIAN/symbols doesn\'t match completely debian/libfoo1.symbols'],
    equivalents: { 'buildlog-consultant': ['disappeared-symbols'] },
  },
  {
    id: 'dpkg-gensymbols-symbols-lost-old',
    family: 'dpkg',
    title: 'Symbols disappeared (dpkg < 1.19.1 printed a warning, then dh_makeshlibs failed)',
    cause: 'symbols-changed',
    side: 'package',
    tags: ['dpkg', 'debhelper', 'build-failure'],
    // dpkg-gensymbols: warning: some symbols or patterns disappeared in the symbols file: see diff output below
    match: /^dpkg-gensymbols: warning: some symbols (?:or patterns )?disappeared in the symbols file/,
    // dh_makeshlibs: dpkg-gensymbols -plibfoo1 -Idebian/libfoo1.symbols -Pdebian/libfoo1 returned exit code 1
    then: { match: /^dh_makeshlibs: (?:error: )?dpkg-gensymbols .* returned exit code \d/s, within: 50, note: 'dh_makeshlibs fails' },
    message: 'The library no longer exports symbols that debian/*.symbols lists, and the symbols check failed the build.',
    headline: 'symbols disappeared from the library',
    fix: {
      summary: 'Read the diff after the warning: mark symbols that were never ABI optional (or drop them) in debian/PACKAGE.symbols; for a real ABI break change the SONAME and the package name.',
      steps: [' (optional)sym@Base 1.0   (symbols-file syntax for symbols that may go away)'],
    },
    docs: {
      description: 'dpkg before 1.19.1: `dpkg-gensymbols: warning: some symbols or patterns disappeared in the symbols file: see diff output below`, fatal at the default check level, followed by `dh_makeshlibs: dpkg-gensymbols ... returned exit code 1`.',
      why: 'Same as the error form: the built library lost symbols that the symbols file promises; older dpkg called it a warning even when it failed the build.',
      fix: 'Update the symbols file or bump the SONAME.',
    },
    examples: [
      {
        lines: ['dpkg-gensymbols: warning: some symbols or patterns disappeared in the symbols file: see diff output below', 'dpkg-gensymbols: warning: debian/libfoo1/DEBIAN/symbols doesn\'t match completely debian/libfoo1.symbols', '--- debian/libfoo1.symbols (libfoo1_1.2-1_amd64)', ' foo_old@Base 1.0', 'dh_makeshlibs: dpkg-gensymbols -plibfoo1 -Idebian/libfoo1.symbols -Pdebian/libfoo1 returned exit code 1'],
        captures: {},
        source: 'dpkg 1.18.0 dpkg-gensymbols (warning wording); debhelper 12.1.1 error_exitcode',
      },
    ],
    nearMisses: ['dpkg-gensymbols: warning: some symbols or patterns disappeared in the symbols file: see diff output below'],
    equivalents: { 'buildlog-consultant': ['disappeared-symbols'] },
  },
  {
    id: 'dpkg-gensymbols-libraries-lost',
    family: 'dpkg',
    title: 'A library listed in debian/*.symbols is no longer built',
    cause: 'symbols-changed',
    side: 'package',
    tags: ['dpkg', 'debhelper', 'build-failure'],
    // dpkg-gensymbols: error: some libraries disappeared in the symbols file: libfoo.so.1
    match: /^dpkg-gensymbols: (?:error|warning): some libraries disappeared in the symbols file: (?<libraries>.+)/s,
    message: 'The package no longer ships {{libraries}}, which debian/*.symbols lists.',
    headline: 'library disappeared: {{libraries}}',
    fix: {
      summary: 'If the SONAME changed, rename the library package and its symbols file for the new SONAME; if the library is no longer built, find out why (a configure option, a build failure ignored) before removing it from debian/PACKAGE.symbols.',
      steps: ['find debian/ -name "*.so*" -path "*/lib/*"   (which SONAMEs were built)'],
    },
    docs: {
      description: '`dpkg-gensymbols: error: some libraries disappeared in the symbols file: LIBS` (check level >= 3, or `warning:` below it).',
      why: 'The symbols file names a library (SONAME) that the binary package no longer contains: the SONAME changed, or the library was not built.',
      fix: 'Follow the SONAME change in package names, or restore the library build.',
    },
    examples: [
      { lines: ['dpkg-gensymbols: error: some libraries disappeared in the symbols file: libfoo.so.1'], captures: { libraries: 'libfoo.so.1' }, source: 'dpkg 1.21.23 dpkg-gensymbols compare_problem(3, ...)' },
    ],
    nearMisses: ['dpkg-gensymbols: warning: new libraries appeared in the symbols file: libfoo.so.2'],
  },
  {
    id: 'dpkg-shlibdeps-no-dependency',
    family: 'dpkg',
    title: 'dpkg-shlibdeps found a library that belongs to no package',
    cause: 'shlibdeps-failed',
    side: 'package',
    tags: ['dpkg', 'debhelper', 'build-failure'],
    // dpkg-shlibdeps: error: no dependency information found for /usr/lib/libfoo.so.1 (used by debian/x/usr/bin/y)
    match: /^dpkg-shlibdeps: error: no dependency information found for (?<library>\S+) \(used by (?<binary>\S+)\)/,
    message: 'dpkg-shlibdeps cannot tell which package provides {{library}} (used by {{binary}}): no installed package owns it or it has no shlibs/symbols file.',
    headline: 'no dependency information for {{library}}',
    fix: {
      summary: 'Find out where {{library}} comes from: a library built by this source must be found in debian/PACKAGE (dh_shlibdeps -l), a library installed by hand into the chroot (/usr/local, a hook) must come from a package instead.',
      steps: ['dpkg -S {{library}}   (inside the chroot: no owner means it was not installed by a package)', 'override_dh_shlibdeps:\n\tdh_shlibdeps -l$(CURDIR)/debian/PACKAGE/usr/lib/PRIVATE-DIR   (private library of this source)'],
    },
    docs: {
      description: '`dpkg-shlibdeps: error: no dependency information found for LIB (used by BINARY)`, followed since dpkg 1.17.11 by `Hint: check if the library actually comes from a package.`',
      why: 'dpkg-shlibdeps maps each needed library to the package that owns it (dpkg -S) and reads its shlibs or symbols file: a file installed outside dpkg (make install into the chroot, /usr/local) or a package without shlibs information has none.',
      fix: 'Install the library from a package, or point dh_shlibdeps at the private library of this source.',
    },
    examples: [
      { lines: ['dpkg-shlibdeps: error: no dependency information found for /usr/lib/libfoo.so.1 (used by debian/x/usr/bin/y)', 'Hint: check if the library actually comes from a package.'], captures: { library: '/usr/lib/libfoo.so.1', binary: 'debian/x/usr/bin/y' }, source: 'dpkg 1.21.23 dpkg-shlibdeps' },
    ],
    nearMisses: ['dpkg-shlibdeps: warning: debian/x/usr/bin/y contains an unresolvable reference to symbol foo: it\'s probably a plugin'],
    equivalents: { 'buildlog-consultant': ['missing-library'] },
  },
  {
    id: 'dpkg-shlibdeps-couldnt-find',
    family: 'dpkg',
    title: 'dpkg-shlibdeps (< 1.18.19) cannot find a library a binary needs',
    cause: 'shlibdeps-failed',
    side: 'package',
    tags: ['dpkg', 'debhelper', 'build-failure'],
    // dpkg-shlibdeps: error: couldn't find library libfoo.so.1 needed by debian/bar/usr/bin/bar (ELF format: 'elf64-x86-64'; RPATH: '')
    match: /^dpkg-shlibdeps: error: couldn't find library (?<library>\S+) needed by (?<binary>\S+) \(ELF format: '(?<format>[^']*)'; RPATH: '(?<rpath>[^']*)'\)/,
    message: 'dpkg-shlibdeps cannot find {{library}}, needed by {{binary}} (RPATH: \'{{rpath}}\').',
    headline: 'dpkg-shlibdeps cannot find {{library}}',
    fix: {
      summary: 'If {{library}} is built by this source package, point dh_shlibdeps at the directory that holds it; otherwise add the package that ships it to Build-Depends.',
      steps: ["find debian -name '{{library}}*'", 'override_dh_shlibdeps:\n\tdh_shlibdeps -l$(CURDIR)/debian/PACKAGE/usr/lib/PRIVATE-DIR'],
    },
    docs: {
      description: 'dpkg before 1.18.19: `dpkg-shlibdeps: error: couldn\'t find library LIB needed by BINARY (ELF format: \'F\'; RPATH: \'R\')` (from 1.18.19 `cannot find library ... abi: ...`, reported by dpkg-shlibdeps-missing-library). dpkg 1.15 appended a Note about LD_LIBRARY_PATH.',
      why: 'A built binary links a shared library that dpkg-shlibdeps finds neither in the system nor in the packages being built: usually a private library of the same source outside the default paths.',
      fix: 'Pass the private library directory with dh_shlibdeps -l, or build-depend on the library\'s package.',
    },
    examples: [
      { lines: ["dpkg-shlibdeps: error: couldn't find library libfoo.so.1 needed by debian/bar/usr/bin/bar (ELF format: 'elf64-x86-64'; RPATH: '')"], captures: { library: 'libfoo.so.1', binary: 'debian/bar/usr/bin/bar', format: 'elf64-x86-64', rpath: '' }, source: 'dpkg 1.17.0 dpkg-shlibdeps' },
      { lines: ["dpkg-shlibdeps: error: couldn't find library libbar.so.0 needed by debian/foo/usr/lib/foo/plugin.so (ELF format: 'elf32-i386'; RPATH: '/usr/lib/foo').", 'Note: libraries are not searched in other binary packages that do not have any shlibs or symbols file.'], captures: { library: 'libbar.so.0', binary: 'debian/foo/usr/lib/foo/plugin.so', format: 'elf32-i386', rpath: '/usr/lib/foo' }, source: 'dpkg 1.15.0 dpkg-shlibdeps' },
    ],
    nearMisses: ["dpkg-shlibdeps: warning: couldn't find library libfoo.so needed by debian/bar/usr/lib/bar.so (ELF format: 'elf64-x86-64'; RPATH: '')", "dpkg-shlibdeps: error: cannot find library libfoo.so.1 needed by debian/bar/usr/bin/bar (ELF format: 'elf64-x86-64' abi: '0201003e00000000'; RPATH: '')"],
    equivalents: { 'buildlog-consultant': ['missing-library'] },
  },
  {
    id: 'dpkg-source-binary-file-changed',
    family: 'dpkg',
    title: 'dpkg-source cannot represent a changed binary file',
    cause: 'unexpected-upstream-changes',
    side: 'package',
    tags: ['dpkg-source', 'build-failure'],
    // dpkg-source: error: cannot represent change to docs/logo.png: binary file contents changed
    match: /^dpkg-source: error: cannot represent change to (?<file>.+?): binary file contents changed/s,
    message: 'The build changed the binary file {{file}}, which a 3.0 (quilt) patch cannot record.',
    headline: 'binary file changed: {{file}}',
    fix: {
      summary: 'Make the clean target restore {{file}} (it was regenerated or modified by the build), or, if the change is deliberate, list it in debian/source/include-binaries.',
      steps: ["git status --short -- '{{file}}'   (in the unpacked source, after debian/rules clean)", "echo '{{file}}' >> debian/source/include-binaries"],
    },
    docs: {
      description: '`dpkg-source: error: cannot represent change to FILE: binary file contents changed`, followed by `add FILE in debian/source/include-binaries if you want to store the modified binary in the debian tarball`, then `unrepresentable changes to source`.',
      why: 'Building the source package (dpkg-buildpackage -S, sbuild --source, or a second build in the same tree) diffs the tree against the orig tarball; a modified binary file (a regenerated image, .mo, .pyc) cannot be expressed as a patch.',
      fix: 'Restore the file in the clean target, build from a clean tree, or declare it in debian/source/include-binaries.',
    },
    examples: [
      { lines: ['dpkg-source: error: cannot represent change to docs/logo.png: binary file contents changed', 'dpkg-source: error: add docs/logo.png in debian/source/include-binaries if you want to store the modified binary in the debian tarball'], captures: { file: 'docs/logo.png' }, source: 'dpkg 1.21.23 Dpkg::Source::Package::V2' },
    ],
    nearMisses: ['dpkg-source: warning: cannot represent change to foo.svg: deleted file', 'dpkg-source: info: local changes detected, the modified files are:'],
    equivalents: { 'buildlog-consultant': ['binary-file-changed'] },
  },
  {
    id: 'dpkg-source-unrepresentable',
    family: 'dpkg',
    title: 'dpkg-source cannot represent the changes to the source',
    cause: 'unexpected-upstream-changes',
    side: 'package',
    tags: ['dpkg-source', 'build-failure'],
    // dpkg-source: error: unrepresentable changes to source
    match: /^dpkg-source: error: unrepresentable changes to source/,
    message: 'dpkg-source stopped: the tree differs from the orig tarball in ways a diff cannot record (see the warnings above: deleted, binary or special files).',
    headline: 'unrepresentable changes to source',
    fix: {
      summary: 'Look at the `dpkg-source: warning: cannot represent change to ...` / `ignoring deletion of ...` lines above: make debian/rules clean restore those files, or build from a fresh unpack of the source.',
      steps: ['dpkg-source -x ../PACKAGE_VERSION.dsc /tmp/fresh && diff -r /tmp/fresh .   (what changed)'],
    },
    docs: {
      description: '`dpkg-source: error: unrepresentable changes to source` (format 1.0 and 2.0/3.0 (quilt)).',
      why: 'The source tree contains changes a diff.gz or quilt patch cannot express: files deleted, binary files changed, symlinks or permissions changed, usually left by the build or clean target.',
      fix: 'Restore the tree (clean target) or record the change in a form dpkg-source accepts (include-binaries, a patch).',
    },
    examples: [
      { lines: ['dpkg-source: warning: cannot represent change to foo.bin: binary file contents changed', 'dpkg-source: error: unrepresentable changes to source'], line: 2, captures: {}, source: 'dpkg 1.21.23 Dpkg::Source::Package::V1 / V2' },
    ],
    nearMisses: ['dpkg-source: warning: ignoring deletion of file configure, use --include-removal to override'],
    equivalents: { 'buildlog-consultant': ['unrepresentable-local-changes'] },
  },
  {
    id: 'dpkg-source-no-upstream-tarball',
    family: 'dpkg',
    title: 'The orig tarball of a non-native source package is missing',
    cause: 'source-package-invalid',
    side: 'package',
    tags: ['dpkg-source', 'build-failure'],
    // dpkg-source: error: can't build with source format '3.0 (quilt)': no upstream tarball found at ../foo_1.0.orig.tar.{bz2,gz,lzma,xz}
    // dpkg-source: error: no upstream tarball found at ../foo_1.0.orig.tar.{bz2,gz,lzma,xz}
    match: /^dpkg-source: error: (?:can't build with source format '(?<format>[^']+)': )?no upstream tarball found at (?<tarball>\S+)/,
    message: 'dpkg-source needs the upstream tarball {{tarball}}, which is not there.',
    headline: 'orig tarball missing: {{tarball}}',
    fix: {
      summary: 'Put the upstream tarball next to the source directory before building: download it (uscan, origtargz) or regenerate it (pristine-tar, gbp); check that the upstream version in debian/changelog matches it.',
      steps: ['uscan --download-current-version   (or: origtargz; gbp buildpackage --git-pristine-tar)', 'head -1 debian/changelog   (the version decides the tarball name)'],
    },
    docs: {
      description: '`dpkg-source: error: can\'t build with source format \'3.0 (quilt)\': no upstream tarball found at ../PKG_VERSION.orig.tar.{bz2,gz,lzma,xz}` (or without the format prefix).',
      why: 'A 3.0 (quilt) source is the orig tarball plus debian/; building from a VCS checkout or after changing the upstream version needs ../PKG_UPSTREAMVERSION.orig.tar.* next to the tree. A version without a Debian revision in a non-native package gives the same error.',
      fix: 'Provide the orig tarball, or correct the version / the source format (3.0 (native) for a native package).',
    },
    examples: [
      { lines: ["dpkg-source: error: can't build with source format '3.0 (quilt)': no upstream tarball found at ../foo_1.0.orig.tar.{bz2,gz,lzma,xz}"], captures: { format: '3.0 (quilt)', tarball: '../foo_1.0.orig.tar.{bz2,gz,lzma,xz}' }, source: 'dpkg 1.21.23 dpkg-source / Dpkg::Source::Package::V2 can_build' },
      { lines: ['dpkg-source: error: no upstream tarball found at ../foo_1.0.orig.tar.{bz2,gz,lzma,xz}'], captures: { tarball: '../foo_1.0.orig.tar.{bz2,gz,lzma,xz}' }, source: 'dpkg 1.21.23 Dpkg::Source::Package::V2 do_build' },
    ],
    nearMisses: ['dpkg-source: info: building foo using existing ./foo_1.0.orig.tar.gz'],
    equivalents: { 'buildlog-consultant': ['unable-to-find-upstream-tarball'] },
  },
  {
    id: 'dpkg-source-version-format',
    family: 'dpkg',
    title: 'The version in debian/changelog does not fit the source format',
    cause: 'source-package-invalid',
    side: 'package',
    tags: ['dpkg-source', 'build-failure'],
    // dpkg-source: error: can't build with source format '3.0 (native)': native package version may not have a revision
    // dpkg-source: error: non-native package version does not contain a revision
    match: [
      /^dpkg-source: error: can't build with source format '(?<format>[^']+)': (?<problem>native package version may not have a revision)/,
      /^dpkg-source: error: (?<problem>non-native package version does not contain a revision)/,
    ],
    message: 'dpkg-source refused the version: {{problem}}.',
    headline: '{{problem}}',
    fix: {
      summary: 'Make the version and the format agree: a native package (debian/source/format `3.0 (native)`) has no `-REVISION`; a non-native one (`3.0 (quilt)`, orig tarball) needs it, e.g. `1.0-1`.',
      steps: ['cat debian/source/format', 'dch -v 1.0-1 ""   (non-native)   |   echo "3.0 (native)" > debian/source/format   (native)'],
    },
    docs: {
      description: '`can\'t build with source format \'3.0 (native)\': native package version may not have a revision` (3.0 (native)), `non-native package version does not contain a revision` (format 1.0 with an orig tarball).',
      why: 'The Debian revision (`-1`) separates the packaging from the upstream version; native packages have none, non-native ones must have one.',
      fix: 'Correct debian/changelog\'s version or debian/source/format.',
    },
    examples: [
      { lines: ["dpkg-source: error: can't build with source format '3.0 (native)': native package version may not have a revision"], captures: { format: '3.0 (native)', problem: 'native package version may not have a revision' }, source: 'dpkg 1.21.23 Dpkg::Source::Package::V3::Native can_build' },
      { lines: ['dpkg-source: error: non-native package version does not contain a revision'], captures: { problem: 'non-native package version does not contain a revision' }, source: 'dpkg 1.21.23 Dpkg::Source::Package::V1' },
    ],
    nearMisses: ['dpkg-source: warning: native package version may not have a revision'],
    equivalents: { 'buildlog-consultant': ['source-format-unbuildable'] },
  },
  {
    id: 'dpkg-file-overwrite-conflict',
    family: 'dpkg',
    title: 'dpkg refused to unpack a package: a file belongs to another package',
    cause: 'file-conflict',
    side: 'package',
    tags: ['dpkg', 'apt'],
    //  trying to overwrite '/usr/bin/x', which is also in package y 1.0
    //  trying to overwrite `/usr/bin/x', which is also in package y          (dpkg < 1.15.4)
    // (dpkg indents the line by one space; pasted copies often lose it)
    match: /^\s?trying to overwrite [`'](?<path>[^']+)', which is also in package (?<owner>[^\s:]+)(?::\S+)?(?: (?<version>\S+))?/,
    literals: { prefixes: ['trying to overwrite '] },
    message: 'Two packages ship {{path}}: dpkg will not let the package being unpacked overwrite the copy in {{owner}} {{version}}.',
    headline: 'file conflict: {{path}} is also in {{owner}}',
    fix: {
      summary: 'The package that now ships {{path}} must declare `Breaks: {{owner}} (<< FIXED)` and `Replaces: {{owner}} (<< FIXED)` (Debian Policy 7.6.1), FIXED being the first {{owner}} version without the file; if both packages come from the archive (build-dependencies), update the chroot or report the conflict against them.',
      steps: ['Breaks: {{owner}} (<< FIXED~)\nReplaces: {{owner}} (<< FIXED~)   (in the stanza of the package that took over the file)', 'dpkg -S {{path}}   (who owns it now)'],
    },
    docs: {
      description: 'dpkg\'s `dpkg: error processing archive X.deb (--unpack):` followed by ` trying to overwrite \'PATH\', which is also in package P VERSION` (dpkg 1.16 and later; older dpkg quoted `PATH\' and gave no version).',
      why: 'A file moved between packages (or two packages ship it by mistake) without Breaks/Replaces; dpkg protects the other package\'s file. In a build this shows when installing build-dependencies or, in autopkgtest/piuparts, the packages just built.',
      fix: 'Add Breaks and Replaces against the versions of the other package that still ship the file.',
    },
    examples: [
      { lines: ['dpkg: error processing archive /var/cache/apt/archives/foo_1.1-1_amd64.deb (--unpack):', " trying to overwrite '/usr/bin/x', which is also in package y 1.0"], line: 2, captures: { path: '/usr/bin/x', owner: 'y', version: '1.0' }, source: 'dpkg 1.21.23 src/main/archives.c' },
      { lines: [" trying to overwrite `/usr/share/man/man1/x.1.gz', which is also in package y"], captures: { path: '/usr/share/man/man1/x.1.gz', owner: 'y' }, source: 'dpkg 1.15.0 src/archives.c' },
      { lines: [" trying to overwrite '/usr/lib/x86_64-linux-gnu/libz.so', which is also in package libz-dev:amd64 1:1.2.13-1"], captures: { path: '/usr/lib/x86_64-linux-gnu/libz.so', owner: 'libz-dev', version: '1:1.2.13-1' }, source: 'dpkg 1.21.23 (multi-arch package names carry :arch)' },
    ],
    nearMisses: ["Replacing files in old package y (1.0) ...", " trying to overwrite directory '/usr/lib/foo' in package y 1.0 with nondirectory"],
  },
  {
    id: 'dpkg-deb-maintscript-permissions',
    family: 'dpkg',
    title: 'dpkg-deb refused a maintainer script with wrong permissions',
    cause: 'binary-package-invalid',
    side: 'package',
    tags: ['dpkg', 'build-failure'],
    // dpkg-deb: error: maintainer script 'postinst' has bad permissions 644 (must be >=0555 and <=0775)
    match: /^dpkg-deb: error: maintainer script '(?<script>[^']+)' has bad permissions (?<mode>\d+)/,
    message: 'dpkg-deb refused to build: the maintainer script {{script}} has mode {{mode}}, not executable.',
    headline: 'maintainer script {{script}} not executable',
    fix: {
      summary: 'Let dh_installdeb install debian/PACKAGE.{{script}} (it sets mode 0755), or chmod 0755 the script where debian/rules copies it into DEBIAN/ by hand.',
      steps: ['chmod 0755 debian/PACKAGE/DEBIAN/{{script}}   (in the rule that copies it)'],
    },
    docs: {
      description: '`dpkg-deb: error: maintainer script \'postinst\' has bad permissions 644 (must be >=0555 and <=0775)`.',
      why: 'Scripts in DEBIAN/ must be executable; a script copied by hand (or with a mode lost by a patch) is not.',
      fix: 'Install maintainer scripts with dh_installdeb, or set their mode to 0755.',
    },
    examples: [
      { lines: ["dpkg-deb: error: maintainer script 'postinst' has bad permissions 644 (must be >=0555 and <=0775)"], captures: { script: 'postinst', mode: '644' }, source: 'dpkg 1.21.23 dpkg-deb (strings)' },
    ],
    nearMisses: ["dpkg-deb: building package 'foo' in '../foo_1.0-1_amd64.deb'."],
  },
  {
    id: 'dpkg-deb-conffile-missing',
    family: 'dpkg',
    title: 'DEBIAN/conffiles names a file the package does not contain',
    cause: 'binary-package-invalid',
    side: 'package',
    tags: ['dpkg', 'build-failure'],
    // dpkg-deb: error: conffile '/etc/foo/foo.conf' does not appear in package
    match: /^dpkg-deb: error: conffile '(?<conffile>[^']+)' does not appear in package/,
    message: 'dpkg-deb refused to build: {{conffile}} is listed as a conffile but is not in the package.',
    headline: 'conffile {{conffile}} not in package',
    fix: {
      summary: 'Install {{conffile}} into the package, or remove it from debian/PACKAGE.conffiles (dh_installdeb adds files under /etc automatically from compat 3; list nothing by hand).',
      steps: ["grep -rn -F '{{conffile}}' debian/*conffiles", 'ls debian/PACKAGE{{conffile}}'],
    },
    docs: {
      description: '`dpkg-deb: error: conffile \'/etc/X\' does not appear in package`.',
      why: 'debian/PACKAGE.conffiles (or a generated DEBIAN/conffiles) names a file that the install step no longer puts there.',
      fix: 'Ship the file, or drop the stale conffiles entry.',
    },
    examples: [
      { lines: ["dpkg-deb: error: conffile '/etc/foo/foo.conf' does not appear in package"], captures: { conffile: '/etc/foo/foo.conf' }, source: 'dpkg 1.21.23 dpkg-deb (strings)' },
    ],
    nearMisses: ["dpkg-deb: error: conffile name '/etc/foo' is duplicated"],
  },
  {
    id: 'dpkg-gencontrol-dependency-parse',
    family: 'dpkg',
    title: 'dpkg-gencontrol cannot parse a dependency field',
    cause: 'binary-package-invalid',
    side: 'package',
    tags: ['dpkg', 'build-failure'],
    // dpkg-gencontrol: error: parsing package 'foo' Depends field: libbar (>= 1.0, ${misc:Depends}
    // dpkg-gencontrol: error: error occurred while parsing Depends field: libbar (>= 1.0, ${misc:Depends}     (dpkg <= 1.18)
    match: [
      /^dpkg-gencontrol: error: parsing package '(?<binpkg>[^']+)' (?<field>[\w-]+) field: (?<value>.*)/s,
      /^dpkg-gencontrol: error: error occurred while parsing (?<field>[\w-]+) field: (?<value>.*)/s,
    ],
    message: 'The {{field}} field, after substitution, is not a valid dependency list: {{value}}',
    headline: 'invalid {{field}} field',
    fix: {
      summary: 'Correct the {{field}} field in debian/control (a missing parenthesis or comma, a version without operator), or the substitution variable that expands into it (debian/*.substvars, -V or -D options in debian/rules).',
      steps: ['grep -n "^{{field}}:" -A5 debian/control', 'cat debian/*.substvars'],
    },
    docs: {
      description: '`dpkg-gencontrol: error: parsing package \'P\' F field: VALUE` (older dpkg: `error occurred while parsing F field: VALUE`), usually after `dpkg-gencontrol: warning: can\'t parse dependency ...`.',
      why: 'dpkg-gencontrol substitutes ${...} variables into the package\'s relationship fields and parses the result; a syntax error in debian/control or a substvar that expands to garbage stops it.',
      fix: 'Fix the relation syntax in debian/control or the substvar value.',
    },
    examples: [
      { lines: ["dpkg-gencontrol: error: parsing package 'foo' Depends field: libbar (>= 1.0, libc6"], captures: { binpkg: 'foo', field: 'Depends', value: 'libbar (>= 1.0, libc6' }, source: 'dpkg 1.21.23 dpkg-gencontrol' },
      { lines: ['dpkg-gencontrol: error: error occurred while parsing Depends field: libbar (>= 1.0, libc6'], captures: { field: 'Depends', value: 'libbar (>= 1.0, libc6' }, source: 'dpkg 1.17.0 dpkg-gencontrol' },
    ],
    nearMisses: ['dpkg-gencontrol: warning: Depends field of package foo: substitution variable ${shlibs:Depends} used, but is not defined'],
  },
  {
    id: 'dpkg-gencontrol-unknown-package',
    family: 'dpkg',
    title: 'debian/rules builds a binary package that debian/control does not list',
    cause: 'binary-package-invalid',
    side: 'package',
    tags: ['dpkg', 'build-failure'],
    // dpkg-gencontrol: error: package foo-doc not in control info
    match: /^dpkg-gencontrol: error: package (?<binpkg>\S+) not in control info/,
    message: 'dpkg-gencontrol was asked for package {{binpkg}}, which debian/control does not define.',
    headline: 'package {{binpkg}} not in debian/control',
    fix: {
      summary: 'Add a stanza for {{binpkg}} to debian/control, or remove -p{{binpkg}} / the {{binpkg}} files from debian/rules (a package that was renamed or dropped).',
      steps: ["grep -n -e '{{binpkg}}' debian/rules debian/control"],
    },
    docs: {
      description: '`dpkg-gencontrol: error: package P not in control info`.',
      why: 'debian/rules (an explicit -pP, or a hand-written binary target) still names a binary package that was removed or renamed in debian/control.',
      fix: 'Make debian/rules and debian/control name the same packages.',
    },
    examples: [
      { lines: ['dpkg-gencontrol: error: package foo-doc not in control info'], captures: { binpkg: 'foo-doc' }, source: 'dpkg 1.21.23 dpkg-gencontrol' },
    ],
    nearMisses: ['dpkg-gencontrol: warning: package foo-doc: substitution variable ${foo} unused, but is defined'],
  },
  {
    id: 'dpkg-gencontrol-arch-not-in-list',
    family: 'dpkg',
    title: 'A binary package is built on an architecture its Architecture field excludes',
    cause: 'binary-package-invalid',
    side: 'package',
    tags: ['dpkg', 'build-failure'],
    // dpkg-gencontrol: error: current host architecture 'arm64' does not appear in package 'foo' architecture list (amd64 i386)
    match: /^dpkg-gencontrol: error: current host architecture '(?<arch>[^']+)' does not appear in package '(?<binpkg>[^']+)' architecture list \((?<list>[^)]*)\)/,
    message: 'Package {{binpkg}} is for {{list}}, but the build produced it on {{arch}}.',
    headline: '{{binpkg}} not for {{arch}}',
    fix: {
      summary: 'Do not build {{binpkg}} on {{arch}}: let dh select packages by Architecture (no hard-coded -p{{binpkg}} in debian/rules), or add {{arch}} to its Architecture field if it works there.',
      steps: ["grep -n -e '-p{{binpkg}}' -e '{{binpkg}}' debian/rules"],
    },
    docs: {
      description: '`dpkg-gencontrol: error: current host architecture \'A\' does not appear in package \'P\' architecture list (LIST)`.',
      why: 'debian/rules builds a binary package explicitly even on architectures its Architecture field excludes.',
      fix: 'Select packages by architecture (dh does), or extend the Architecture list.',
    },
    examples: [
      { lines: ["dpkg-gencontrol: error: current host architecture 'arm64' does not appear in package 'foo' architecture list (amd64 i386)"], captures: { arch: 'arm64', binpkg: 'foo', list: 'amd64 i386' }, source: 'dpkg 1.21.23 dpkg-gencontrol' },
    ],
    nearMisses: ['dpkg-gencontrol: warning: package foo: arch-specific dependency'],
    equivalents: { 'buildlog-consultant': ['arch-not-in-list'] },
  },
  {
    id: 'dpkg-checkbuilddeps-unmet-old',
    family: 'dpkg',
    title: 'dpkg-checkbuilddeps (dpkg < 1.19) found build-dependencies missing',
    cause: 'unsatisfiable-build-deps',
    side: 'environment',
    tags: ['dpkg', 'build-failure'],
    // dpkg-checkbuilddeps: Unmet build dependencies: libfoo-dev (>= 2.0) help2man
    // dpkg-checkbuilddeps: Build conflicts: libbar-dev
    match: /^dpkg-checkbuilddeps: (?<what>Unmet build dependencies|Build conflicts): (?<relations>.+)/s,
    message: 'dpkg-buildpackage found {{what}}: {{relations}}.',
    headline: '{{what}}: {{relations}}',
    fix: {
      summary: 'Install the build-dependencies (or remove the conflicting packages) before building, or build in pbuilder/sbuild, which install them.',
      steps: ['apt-get build-dep ./   (or: mk-build-deps -i -r debian/control)'],
    },
    docs: {
      description: 'dpkg before 1.19: `dpkg-checkbuilddeps: Unmet build dependencies: ...` / `Build conflicts: ...` without the `error:` tag (dpkg-checkbuilddeps-unmet reports the tagged form).',
      why: 'dpkg-buildpackage checks Build-Depends before running debian/rules; outside a builder nothing installs them.',
      fix: 'Install them (apt-get build-dep, mk-build-deps) or use a builder.',
    },
    examples: [
      { lines: ['dpkg-checkbuilddeps: Unmet build dependencies: libfoo-dev (>= 2.0) help2man'], captures: { what: 'Unmet build dependencies', relations: 'libfoo-dev (>= 2.0) help2man' }, source: 'dpkg 1.18.0 dpkg-checkbuilddeps' },
      { lines: ['dpkg-checkbuilddeps: Build conflicts: libbar-dev'], captures: { what: 'Build conflicts', relations: 'libbar-dev' }, source: 'dpkg 1.18.0 dpkg-checkbuilddeps' },
    ],
    nearMisses: ['dpkg-checkbuilddeps: error: Unmet build dependencies: libfoo-dev'],
  },
];
