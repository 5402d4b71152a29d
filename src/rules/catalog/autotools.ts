import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * autoconf, automake, aclocal, libtoolize, autoreconf, gettext: regenerating the build system fails, or a
 * configure generated without the right macros runs. Wordings from the tools' own sources: autoconf 2.71
 * (bookworm) and 2.72 (trixie) autom4te `possibly undefined macro`, m4sugar `Autoconf version X or higher
 * is required`, Autom4te/General.pm `failed with exit status`; automake 1.16.5 / 1.17 (`required file
 * 'x' not found`, `cannot open < x`, version mismatch, `Libtool library used but 'LIBTOOL' is undefined`,
 * the `missing` script); aclocal 1.16 (`couldn't open directory`); libtool 2.4.7 (LT_PREREQ);
 * autoconf-archive 20220903 (AX_REQUIRE_DEFINED); gettext 0.21 po/Makefile.in.in. Older automake (≤ 1.12)
 * quoted with `x' and had no `error:` tag; the patterns accept both.
 */

/** `configure.ac:13:` / `configure.in:1802:` / `m4/foo.m4:12:` / `aclocal.m4:953:` */
const WHERE = String.raw`(?<file>[^\s:]+\.(?:ac|in|m4)):(?<lineno>\d+):`;

const autoreconfSteps = ['Build-Depends: ..., dh-autoreconf (implied by debhelper compat ≥ 10)'];

export const autotools: readonly CatalogEntry[] = [
  {
    id: 'autoconf-archive-macro-missing',
    family: 'autotools',
    title: 'configure.ac uses an autoconf-archive macro (AX_*) that is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['autoconf', 'build-failure'],
    // configure.ac:46: error: possibly undefined macro: AX_CHECK_COMPILE_FLAG
    // configure.ac:22: error: macro AX_PTHREAD is not defined; is a m4 file missing?   (autoconf-archive ax_require_defined.m4)
    // ./configure: line 4512: AX_CXX_COMPILE_STDCXX_11: command not found
    match: [
      new RegExp(String.raw`^${WHERE} error: possibly undefined macro: (?<macro>AX_\w+)`),
      new RegExp(String.raw`^${WHERE} error: macro (?<macro>AX_\w+) is not defined; is a m4 file missing\?`),
      /^\.\/configure: line (?<lineno>\d+): (?<macro>AX_\w+): command not found$/,
    ],
    literals: { anywhere: [': error: possibly undefined macro: AX_', ': error: macro AX_', ': AX_'] },
    message: 'configure.ac uses {{macro}}, an autoconf-archive macro, and no m4 file defines it.',
    headline: '{{macro}} undefined (autoconf-archive)',
    fix: {
      summary: 'Add autoconf-archive (it ships /usr/share/aclocal/ax_*.m4) to Build-Depends, so that autoreconf finds {{macro}}; if the source bundles its own m4/ copy, make sure m4/ is in AC_CONFIG_MACRO_DIRS or ACLOCAL_AMFLAGS = -I m4.',
      steps: ['Build-Depends: ..., autoconf-archive', 'ls /usr/share/aclocal/ | grep -i "$(echo {{macro}} | tr A-Z a-z)"'],
    },
    docs: {
      description: 'autoconf found an AX_* macro nobody defined (`configure.ac:46: error: possibly undefined macro: AX_CHECK_COMPILE_FLAG`), AX_REQUIRE_DEFINED stopped (`macro AX_PTHREAD is not defined; is a m4 file missing?`), or a configure generated without it runs the macro as a command.',
      why: 'AX_* macros come from the GNU Autoconf Archive, packaged as autoconf-archive; when dh_autoreconf runs without it, the macro stays unexpanded in configure.',
      fix: 'Build-Depend on autoconf-archive (or ship the ax_*.m4 file in m4/ and point aclocal at it).',
    },
    examples: [
      { lines: ['configure.ac:46: error: possibly undefined macro: AX_CHECK_COMPILE_FLAG', '      If this token and others are legitimate, please use m4_pattern_allow.', '      See the Autoconf documentation.'], captures: { file: 'configure.ac', lineno: '46', macro: 'AX_CHECK_COMPILE_FLAG' }, package: 'autoconf-archive', source: 'autoconf 2.71 autom4te warn_forbidden ("$where: error: possibly undefined macro: $word" and its two advice lines)' },
      { lines: ['configure.ac:22: error: macro AX_PTHREAD is not defined; is a m4 file missing?'], captures: { file: 'configure.ac', lineno: '22', macro: 'AX_PTHREAD' }, package: 'autoconf-archive', source: 'autoconf-archive 20220903 ax_require_defined.m4 m4_fatal text' },
      { lines: ['./configure: line 4512: AX_CXX_COMPILE_STDCXX_11: command not found'], captures: { lineno: '4512', macro: 'AX_CXX_COMPILE_STDCXX_11' }, package: 'autoconf-archive', source: 'bash running a configure with the macro unexpanded (the form of buildlog-consultant src/common.rs test_autoconf_macro)' },
    ],
    nearMisses: ['checking whether C compiler accepts -fstack-protector... yes', 'configure.ac:46: error: possibly undefined macro: AC_CHECK_CCA'],
    equivalents: { 'buildlog-consultant': ['missing-autoconf-macro'] },
  },
  {
    id: 'libtool-macro-missing',
    family: 'autotools',
    title: 'configure.ac uses libtool macros but libtool is not installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['autoconf', 'libtool', 'build-failure'],
    // configure.ac:30: error: possibly undefined macro: AC_PROG_LIBTOOL
    // ./configure: line 3586: AC_PROG_LIBTOOL: command not found
    // ./configure: line 4410: LT_INIT: command not found
    match: [
      new RegExp(String.raw`^${WHERE} error: possibly undefined macro: (?<macro>LT_\w+|AC_PROG_LIBTOOL|AM_PROG_LIBTOOL|AC_LIBTOOL_\w+|AC_LIBLTDL_\w+|LTDL_INIT)$`),
      /^\.\/configure: line (?<lineno>\d+): (?<macro>LT_\w+|AC_PROG_LIBTOOL|AM_PROG_LIBTOOL|AC_LIBTOOL_\w+|LTDL_INIT): command not found$/,
    ],
    literals: { anywhere: [': error: possibly undefined macro: ', ': command not found'] },
    message: 'configure uses {{macro}}, but libtool\'s m4 files were not there when configure was generated.',
    headline: '{{macro}} undefined: libtool missing',
    fix: {
      summary: 'Add libtool to Build-Depends (it ships /usr/share/aclocal/libtool.m4; LTDL_INIT and AC_LIBLTDL_* need libltdl-dev too) and let dh_autoreconf regenerate configure.',
      steps: ['Build-Depends: ..., libtool', ...autoreconfSteps],
    },
    docs: {
      description: 'autoconf did not know a libtool macro (`possibly undefined macro: LT_INIT` / `AC_PROG_LIBTOOL`), or the generated configure runs it as a command (`./configure: line N: AC_PROG_LIBTOOL: command not found`).',
      why: 'libtool.m4 and its friends come with the libtool package; autoreconf without it leaves LT_INIT unexpanded.',
      fix: 'Build-Depend on libtool (and libltdl-dev for LTDL_INIT), regenerate with dh_autoreconf.',
    },
    examples: [
      { lines: ['configure.ac:30: error: possibly undefined macro: AC_PROG_LIBTOOL'], captures: { file: 'configure.ac', lineno: '30', macro: 'AC_PROG_LIBTOOL' }, package: 'libtool', source: 'autoconf 2.71 autom4te warn_forbidden; the macro as in a real log quoted in a public FAQ ("possibly undefined macro: AC_PROG_LIBTOOL")' },
      { lines: ['./configure: line 3586: AC_PROG_LIBTOOL: command not found'], captures: { lineno: '3586', macro: 'AC_PROG_LIBTOOL' }, package: 'libtool', source: 'real log quoted in a public issue thread (configure generated without libtool)' },
    ],
    nearMisses: ['checking how to run the C preprocessor... gcc -E', 'configure.ac:30: warning: LT_INIT was called before AM_PROG_AR'],
    equivalents: { 'buildlog-consultant': ['missing-autoconf-macro'] },
  },
  {
    id: 'gettext-macro-missing',
    family: 'autotools',
    title: 'configure.ac uses gettext macros that are not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['autoconf', 'gettext', 'build-failure'],
    // configure.ac:58: error: possibly undefined macro: AM_GNU_GETTEXT
    // ./configure: line 5123: AM_GNU_GETTEXT_VERSION: command not found
    match: [
      new RegExp(String.raw`^${WHERE} error: possibly undefined macro: (?<macro>AM_GNU_GETTEXT\w*|AM_ICONV\w*|AM_NLS|AM_PO_SUBDIRS|AM_LANGINFO_CODESET)$`),
      /^\.\/configure: line (?<lineno>\d+): (?<macro>AM_GNU_GETTEXT\w*|AM_ICONV\w*|AM_NLS|AM_PO_SUBDIRS): command not found$/,
    ],
    literals: { anywhere: [': error: possibly undefined macro: AM_', ': AM_'] },
    message: 'configure uses {{macro}}, but gettext\'s m4 files were not there when configure was generated.',
    headline: '{{macro}} undefined: gettext missing',
    fix: {
      summary: 'Add autopoint and gettext to Build-Depends (gettext ships /usr/share/aclocal/gettext.m4 in trixie; autoreconf runs autopoint for AM_GNU_GETTEXT_VERSION) and let dh_autoreconf regenerate configure.',
      steps: ['Build-Depends: ..., autopoint, gettext', ...autoreconfSteps],
    },
    docs: {
      description: 'autoconf did not know a gettext macro (`possibly undefined macro: AM_GNU_GETTEXT`), or the generated configure runs it as a command.',
      why: 'gettext.m4, iconv.m4, nls.m4 and po.m4 come with gettext (autopoint copies them into the source when AM_GNU_GETTEXT_VERSION is used); without them the macros stay unexpanded.',
      fix: 'Build-Depend on autopoint and gettext, regenerate with dh_autoreconf.',
    },
    examples: [
      { lines: ['configure.ac:58: error: possibly undefined macro: AM_GNU_GETTEXT'], captures: { file: 'configure.ac', lineno: '58', macro: 'AM_GNU_GETTEXT' }, package: 'gettext', source: 'autoconf 2.71 autom4te warn_forbidden with the macro of gettext 0.21 gettext.m4' },
      { lines: ['./configure: line 5123: AM_GNU_GETTEXT_VERSION: command not found'], captures: { lineno: '5123', macro: 'AM_GNU_GETTEXT_VERSION' }, package: 'autopoint', source: 'bash running a configure with the macro unexpanded (the form of buildlog-consultant src/common.rs test_autoconf_macro)' },
    ],
    nearMisses: ['checking whether NLS is requested... yes', 'configure.ac:58: warning: AM_GNU_GETTEXT used without external'],
    equivalents: { 'buildlog-consultant': ['missing-autoconf-macro'] },
  },
  {
    id: 'autoconf-macro-undefined',
    family: 'autotools',
    title: 'configure.ac uses a macro no installed m4 file defines',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['autoconf', 'build-failure'],
    // configure.in:1802: error: possibly undefined macro: AC_CHECK_CCA
    // configure.ac:101: error: possibly undefined macro: GTK_DOC_CHECK
    // ./configure: line 3212: X_AC_META: command not found
    // (AX_*, PKG_*, libtool's and gettext's macros have their own entries)
    match: [
      new RegExp(String.raw`^${WHERE} error: possibly undefined macro: (?!AX_|PKG_|LT_|AC_PROG_LIBTOOL$|AM_PROG_LIBTOOL$|AC_LIBTOOL_|AC_LIBLTDL_|LTDL_INIT$|AM_GNU_GETTEXT|AM_ICONV|AM_NLS$|AM_PO_SUBDIRS$|AM_LANGINFO_CODESET$)(?<macro>\w+)$`),
      /^\.\/configure: line (?<lineno>\d+): (?!AX_|PKG_|LT_|AC_PROG_LIBTOOL:|AM_PROG_LIBTOOL:|AC_LIBTOOL_|LTDL_INIT:|AM_GNU_GETTEXT|AM_ICONV|AM_NLS:|AM_PO_SUBDIRS:)(?<macro>[A-Z][A-Z0-9]*_[A-Z0-9_]*): command not found$/,
    ],
    literals: { anywhere: [': error: possibly undefined macro: ', ': command not found'] },
    message: 'configure.ac uses {{macro}}, and no m4 file installed when configure was generated defines it.',
    headline: '{{macro}} undefined',
    lookup: { kind: 'm4', name: '{{macro}}' },
    fix: { summary: 'Add {{packages}} (its m4 file defines {{macro}} in {{suite}}) to Build-Depends and let dh_autoreconf regenerate configure.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Find the m4 file that defines {{macro}} and Build-Depend on its package (GTK_DOC_CHECK: gtk-doc-tools, IT_PROG_INTLTOOL: intltool, GOBJECT_INTROSPECTION_CHECK: gobject-introspection-bin, AM_PATH_GLIB_2_0/GLIB_GSETTINGS: libglib2.0-dev, AM_PATH_PYTHON/AM_*: automake); a macro of the project itself must live in m4/ (AC_CONFIG_MACRO_DIRS([m4])).',
      steps: ["grep -rl 'AC_DEFUN(\\[{{macro}}\\]' /usr/share/aclocal/ m4/", "apt-file search --regexp '^/usr/share/aclocal/.*\\.m4$' | grep -i <macro file>"],
    },
    docs: {
      description: 'autom4te warns `configure.ac:N: error: possibly undefined macro: X` for a token that looks like a macro and is not defined; a configure generated that way runs `X` as a command (`./configure: line N: X: command not found`).',
      why: 'Third-party macros come from m4 files other packages install in /usr/share/aclocal (gtk-doc-tools, intltool, gobject-introspection, glib); in a clean chroot only Build-Depends are there, so autoreconf leaves the macro unexpanded.',
      fix: 'Build-Depend on the package whose /usr/share/aclocal/*.m4 defines the macro (the finding names it from the package index), or ship the macro in the source\'s m4/.',
    },
    examples: [
      { lines: ['configure.in:1802: error: possibly undefined macro: AC_CHECK_CCA'], captures: { file: 'configure.in', lineno: '1802', macro: 'AC_CHECK_CCA' }, source: 'buildlog-consultant src/common.rs test_autoconf_macro' },
      { lines: ['configure.ac:101: error: possibly undefined macro: GTK_DOC_CHECK'], captures: { file: 'configure.ac', lineno: '101', macro: 'GTK_DOC_CHECK' }, package: 'gtk-doc-tools', source: 'autoconf 2.71 autom4te warn_forbidden with the macro of gtk-doc-tools gtk-doc.m4' },
      { lines: ['./configure: line 3212: X_AC_META: command not found'], captures: { lineno: '3212', macro: 'X_AC_META' }, source: 'the macro of a real IOR 4.0.0 log stored in a public repository (`X_AC_META: command not found`), in bash\'s wording as in buildlog-consultant src/common.rs test_autoconf_macro' },
    ],
    nearMisses: ['configure.ac:46: error: possibly undefined macro: AX_CHECK_COMPILE_FLAG', './configure: line 12569: PKG_PROG_PKG_CONFIG: command not found', './configure: line 5: foo: command not found'],
    equivalents: { 'buildlog-consultant': ['missing-autoconf-macro'] },
  },
  {
    id: 'autoconf-version-too-old',
    family: 'autotools',
    title: 'configure.ac needs a newer Autoconf than the chroot has',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['autoconf', 'build-failure'],
    // configure.ac:13: error: Autoconf version 2.71 or higher is required
    // configure.ac:13: the top level
    // (m4sugar.m4 m4_version_prereq, autoconf 2.71 and 2.72: AC_PREREQ([2.71]))
    match: new RegExp(String.raw`^${WHERE} error: Autoconf version (?<required>[\d.]+[a-z]?) or higher is required`),
    literals: { anywhere: [': error: Autoconf version '] },
    message: '{{file}} says AC_PREREQ([{{required}}]): the Autoconf in the build environment is older.',
    headline: 'Autoconf {{required}} or higher is required',
    fix: {
      summary: 'Build against a suite with Autoconf ≥ {{required}} (bullseye has 2.69, bookworm 2.71, trixie 2.72) and say so: `autoconf (>= {{required}})` in Build-Depends; or, when the source works with the older one, lower AC_PREREQ in a patch.',
      steps: ['Build-Depends: ..., autoconf (>= {{required}})', 'apt-cache policy autoconf   (in the chroot)'],
    },
    docs: {
      description: 'autoconf stopped at AC_PREREQ: `configure.ac:13: error: Autoconf version 2.71 or higher is required`.',
      why: 'The source was prepared with a newer Autoconf than the build suite has (dh_autoreconf regenerates configure with the chroot\'s Autoconf): bullseye 2.69, bookworm 2.71, trixie 2.72.',
      fix: 'Build for a suite with that Autoconf (version the Build-Depends), backport autoconf, or patch AC_PREREQ down if nothing newer is used.',
    },
    examples: [{ lines: ['configure.ac:13: error: Autoconf version 2.71 or higher is required', 'configure.ac:13: the top level'], captures: { file: 'configure.ac', lineno: '13', required: '2.71' }, source: 'buildlog-consultant src/common.rs test_autoconf_version; the second line is m4_fatal\'s trace' }],
    nearMisses: ['checking for autoconf >= 2.71... yes', 'configure.ac:13: warning: AC_PREREQ: this version of Autoconf is older than 2.70'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency', 'minimum-autoconf-too-old'] },
  },
  {
    id: 'libtool-version-too-old',
    family: 'autotools',
    title: 'configure.ac needs a newer libtool than the chroot has',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['autoconf', 'libtool', 'build-failure'],
    // configure.ac:20: error: Libtool version 2.4.7 or higher is required
    // (libtool 2.4.7 libtool.m4 LT_PREREQ: m4_fatal([Libtool version $1 or higher is required], 63))
    match: new RegExp(String.raw`^${WHERE} error: Libtool version (?<required>[\d.]+) or higher is required`),
    literals: { anywhere: [': error: Libtool version '] },
    message: '{{file}} says LT_PREREQ([{{required}}]): the libtool in the build environment is older.',
    headline: 'Libtool {{required}} or higher is required',
    fix: {
      summary: 'Build against a suite with libtool ≥ {{required}} (bullseye has 2.4.6, bookworm 2.4.7, trixie 2.5.4) and say so: `libtool (>= {{required}})` in Build-Depends; or lower LT_PREREQ in a patch when the older one works.',
      steps: ['Build-Depends: ..., libtool (>= {{required}})'],
    },
    docs: {
      description: 'autoconf stopped at libtool\'s LT_PREREQ: `configure.ac:20: error: Libtool version 2.4.7 or higher is required`.',
      why: 'The chroot\'s libtool.m4 is older than the one the source asks for.',
      fix: 'Build for a suite with that libtool, backport it, or patch LT_PREREQ down.',
    },
    examples: [{ lines: ['configure.ac:20: error: Libtool version 2.4.7 or higher is required'], captures: { file: 'configure.ac', lineno: '20', required: '2.4.7' }, source: 'libtool 2.4.7 /usr/share/aclocal/libtool.m4 LT_PREREQ m4_fatal text (and buildlog-consultant src/common.rs "libtool version ... or higher is required")' }],
    nearMisses: ['checking for libtool >= 2.4... yes'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency'] },
  },
  {
    id: 'aclocal-macro-dir-missing',
    family: 'autotools',
    title: 'aclocal cannot open the macro directory (m4/) the source names',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['automake', 'build-failure'],
    // aclocal: error: couldn't open directory 'm4': No such file or directory
    // (aclocal 1.16.5 scan_m4_dirs: "couldn't open directory '$m4dir': $!")
    match: /^aclocal(?:-[\d.]+)?: error: couldn't open directory '(?<dir>[^']+)': No such file or directory/,
    message: 'aclocal was told to read macros from {{dir}}/ (AC_CONFIG_MACRO_DIRS or ACLOCAL_AMFLAGS -I), which does not exist.',
    headline: "aclocal: couldn't open directory '{{dir}}'",
    fix: {
      summary: 'Create the directory before dh_autoreconf runs (git does not keep empty directories, and upstream tarballs often lack it): `mkdir -p {{dir}}` in override_dh_autoreconf.',
      steps: ['override_dh_autoreconf:\n\tmkdir -p {{dir}}\n\tdh_autoreconf'],
    },
    docs: {
      description: 'aclocal stopped: `aclocal: error: couldn\'t open directory \'m4\': No such file or directory`.',
      why: 'configure.ac (AC_CONFIG_MACRO_DIRS) or Makefile.am (ACLOCAL_AMFLAGS = -I m4) names a macro directory that is empty upstream, and empty directories do not survive git or many tarballs.',
      fix: 'Create it before autoreconf (override_dh_autoreconf: mkdir -p m4) or patch the source to ship it.',
    },
    examples: [{ lines: ["aclocal: error: couldn't open directory 'm4': No such file or directory"], captures: { dir: 'm4' }, source: 'real autogen log stored in a public repository; aclocal 1.16.5 source line 375' }],
    nearMisses: ["aclocal: warning: couldn't open directory 'm4': No such file or directory"],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'aclocal-m4-file-missing',
    family: 'autotools',
    title: 'An m4 file configure.ac includes does not exist',
    cause: 'missing-file',
    side: 'package',
    tags: ['autoconf', 'automake', 'build-failure'],
    // /usr/bin/gm4:aclocal.m4:953: cannot open `m4/ltoptions.m4': No such file or directory    (GNU m4 1.4.x: "cannot open `%s'")
    // aclocal: error: configure.ac:12: file 'm4/ax_foo.m4' does not exist                    (aclocal 1.16 "$where: file '$file' does not exist")
    match: [
      /^\/usr\/bin\/g?m4:(?<file>[^\s:]+):(?<lineno>\d+): cannot open [`'‘](?<include>[^'’]+)['’]: No such file or directory/,
      /^aclocal(?:-[\d.]+)?: error: (?<file>[^\s:]+):(?<lineno>\d+): file '(?<include>[^']+)' does not exist/,
    ],
    message: '{{file}}:{{lineno}} includes {{include}}, which does not exist.',
    headline: 'm4 include {{include}} not found',
    fix: {
      summary: 'Provide {{include}}: a libtool file (lt*.m4, libtool.m4) comes back when libtoolize runs (Build-Depend on libtool, let dh_autoreconf run); a file of the project that is missing from the tarball must be restored (patch or repack); a stale aclocal.m4 must be regenerated (dh_autoreconf).',
      steps: ["apt-file search --regexp '/usr/share/aclocal/.*{{include}}$'", ...autoreconfSteps],
    },
    docs: {
      description: 'm4 or aclocal could not open an included m4 file: `/usr/bin/m4:aclocal.m4:953: cannot open `m4/ltoptions.m4\': No such file or directory`, `aclocal: error: configure.ac:12: file \'m4/x.m4\' does not exist`.',
      why: 'A shipped aclocal.m4 or configure.ac m4_include()s files that are generated (libtoolize copies lt*.m4) or were left out of the tarball.',
      fix: 'Regenerate with dh_autoreconf (with libtool installed for lt*.m4) or restore the file in the source.',
    },
    examples: [
      { lines: ["/usr/bin/gm4:aclocal.m4:953: cannot open `m4/ltoptions.m4': No such file or directory", 'autom4te: /usr/bin/gm4 failed with exit status: 1'], captures: { file: 'aclocal.m4', lineno: '953', include: 'm4/ltoptions.m4' }, package: 'libtool', source: 'real log stored in a public repository (GNU m4 1.4.x)' },
      { lines: ["aclocal: error: configure.ac:12: file 'm4/ax_code_coverage.m4' does not exist"], captures: { file: 'configure.ac', lineno: '12', include: 'm4/ax_code_coverage.m4' }, source: 'aclocal 1.16.5 source line 585: fatal "$where: file \'$file\' does not exist"' },
    ],
    nearMisses: ['autom4te: /usr/bin/m4 failed with exit status: 1', "/usr/bin/m4:configure.ac:12: bad expression in eval: 1+"],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'automake-include-missing',
    family: 'autotools',
    title: 'A Makefile.am includes a file (gtk-doc.make, glib-tap.mk, ...) that is not there',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['automake', 'build-failure'],
    // automake: error: cannot open < gtk-doc.make: No such file or directory
    // (automake 1.16 Automake/XFile.pm: fatal "cannot open $file: $!", the file given with its `< ` open mode)
    match: /^automake(?:-[\d.]+)?: error: cannot open < (?<include>\S+): No such file or directory/,
    message: 'A Makefile.am includes {{include}}, which does not exist when automake runs.',
    headline: 'automake: cannot open {{include}}',
    lookup: { kind: 'file', name: '{{include}}' },
    fix: { summary: 'Add {{packages}} (it ships {{include}} in {{suite}}) to Build-Depends and let dh_autoreconf copy it in.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'gtk-doc.make is copied in by gtkdocize: Build-Depend on gtk-doc-tools (autoreconf ≥ 2.70 runs gtkdocize itself when configure.ac calls GTK_DOC_CHECK; older: run gtkdocize in override_dh_autoreconf). Any other file is the project\'s own and missing from the tarball.',
      steps: ['Build-Depends: ..., gtk-doc-tools', 'override_dh_autoreconf:\n\tgtkdocize --copy\n\tdh_autoreconf'],
    },
    docs: {
      description: 'automake could not read a file a Makefile.am includes: `automake: error: cannot open < gtk-doc.make: No such file or directory`.',
      why: 'Some includes are copied in by another tool before automake runs (gtkdocize for gtk-doc.make) or shipped by a -dev package; if that tool is not installed, or the file was left out of the tarball, automake stops.',
      fix: 'Build-Depend on the tool (gtk-doc-tools for gtk-doc.make) and make sure it runs before automake; otherwise restore the file.',
    },
    examples: [{ lines: ['automake: error: cannot open < gtk-doc.make: No such file or directory'], captures: { include: 'gtk-doc.make' }, source: 'buildlog-consultant src/common.rs test_automake_input' }],
    nearMisses: ['automake: warning: possible forward-incompatibility.', 'Makefile.am:12: warning: include gtk-doc.make'],
    equivalents: { 'buildlog-consultant': ['missing-automake-input'] },
  },
  {
    id: 'automake-ltmain-missing',
    family: 'autotools',
    title: 'automake needs ltmain.sh: libtoolize did not run',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['automake', 'libtool', 'build-failure'],
    // configure.ac:15: required file `./ltmain.sh' not found                 (automake ≤ 1.12)
    // configure.in: 1020: required file `./ltmain.sh' not found
    // configure.ac:13: error: required file 'build-aux/ltmain.sh' not found  (automake 1.13+)
    match: /^(?<file>[^\s:]+):\s?(?<lineno>\d+): (?:error: )?required file [`'](?<path>(?:[^'\s]*\/)?ltmain\.sh)' not found/,
    literals: { anywhere: ["ltmain.sh' not found"] },
    message: 'automake needs {{path}}, which libtoolize copies in: libtool is not installed or libtoolize did not run.',
    headline: "required file '{{path}}' not found",
    fix: {
      summary: 'Add libtool to Build-Depends and let dh_autoreconf run autoreconf -fi (it runs libtoolize when configure.ac uses LT_INIT / AC_PROG_LIBTOOL).',
      steps: ['Build-Depends: ..., libtool', ...autoreconfSteps],
    },
    docs: {
      description: 'automake stopped: `required file \'./ltmain.sh\' not found` (older automake quoted `./ltmain.sh\' and had no `error:` tag).',
      why: 'ltmain.sh is copied into the source by libtoolize; autoreconf runs libtoolize only when libtool is installed, and a plain `automake --add-missing` does not.',
      fix: 'Build-Depend on libtool and regenerate with dh_autoreconf (autoreconf -fi).',
    },
    examples: [
      { lines: ["configure.ac:15: required file `./ltmain.sh' not found", 'autoreconf: automake failed with exit status: 1'], captures: { file: 'configure.ac', lineno: '15', path: './ltmain.sh' }, source: 'real autoreconf log quoted on a public forum (automake 1.10)' },
      { lines: ["configure.in: 1020: required file `./ltmain.sh' not found"], captures: { file: 'configure.in', lineno: '1020', path: './ltmain.sh' }, source: 'real log quoted in a public issue (old automake)' },
      { lines: ["configure.ac:13: error: required file 'build-aux/ltmain.sh' not found"], captures: { file: 'configure.ac', lineno: '13', path: 'build-aux/ltmain.sh' }, source: 'automake 1.16.5 require_file_internal: "required file \'$fullfile\' not found"' },
    ],
    nearMisses: ["configure.ac:13: installing 'build-aux/ltmain.sh'", "libtoolize: copying file 'build-aux/ltmain.sh'"],
    equivalents: { 'buildlog-consultant': ['missing-file', 'missing-libtool'] },
  },
  {
    id: 'automake-gnu-file-missing',
    family: 'autotools',
    title: 'automake in GNU strictness wants NEWS, README, AUTHORS or ChangeLog',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['automake', 'build-failure'],
    // Makefile.am: error: required file './NEWS' not found
    // automake: error: required file './ChangeLog' not found   (as seen in autoreconf output of IOR 4.0.0: `automake: error: required file './NEWS' not found`)
    match: /^(?<file>[^\s:]+): (?:error: )?required file [`']\.\/(?<path>NEWS|README|AUTHORS|ChangeLog|COPYING|INSTALL)' not found/,
    literals: { anywhere: ["' not found"] },
    message: 'automake runs in GNU strictness and the source has no {{path}}.',
    headline: "required file './{{path}}' not found",
    fix: {
      summary: 'Let automake run in foreign mode: AM_INIT_AUTOMAKE([foreign]) in configure.ac or AUTOMAKE_OPTIONS = foreign in Makefile.am (a patch), or create the empty file before dh_autoreconf (override_dh_autoreconf: touch {{path}}).',
      steps: ['override_dh_autoreconf:\n\ttouch {{path}}\n\tdh_autoreconf'],
    },
    docs: {
      description: 'automake stopped: `Makefile.am: error: required file \'./NEWS\' not found` (also README, AUTHORS, ChangeLog).',
      why: 'Without the `foreign` option automake enforces the GNU coding standards\' files; many upstream git trees do not have them, and their release tarballs are what had them.',
      fix: 'Use the foreign option (patch) or touch the file before autoreconf.',
    },
    examples: [
      { lines: ["Makefile.am: error: required file './NEWS' not found"], captures: { file: 'Makefile.am', path: 'NEWS' }, source: 'automake 1.16.5 require_file_internal (buildlog-consultant src/common.rs matches "Makefile.am: error: required file")' },
      { lines: ["automake: error: required file './NEWS' not found"], captures: { file: 'automake', path: 'NEWS' }, source: 'real IOR 4.0.0 autoreconf log stored in a public repository' },
    ],
    nearMisses: ["Makefile.am: installing './INSTALL'", "configure.ac:15: required file `./ltmain.sh' not found"],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'automake-aux-file-missing',
    family: 'autotools',
    title: 'automake needs an auxiliary file (compile, depcomp, config.guess, ...) that was not installed',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['automake', 'build-failure'],
    // configure.ac:9: error: required file 'build-aux/compile' not found
    // configure.ac:9:   'automake --add-missing' can install 'compile'
    match: /^(?<file>[^\s:]+):(?<lineno>\d+): (?:error: )?required file [`'](?<path>(?:[^'\s]*\/)?(?:compile|depcomp|missing|install-sh|config\.guess|config\.sub|config\.rpath|ar-lib|test-driver|py-compile|ylwrap|mkinstalldirs|texinfo\.tex|mdate-sh))' not found/,
    literals: { anywhere: ["' not found"] },
    message: 'automake needs {{path}}, which `automake --add-missing` (autoreconf -i) copies in; it did not run with that option.',
    headline: "required file '{{path}}' not found",
    fix: {
      summary: 'Regenerate with dh_autoreconf (it runs autoreconf -f -i, which installs the auxiliary files); if debian/rules runs autoreconf or automake itself, add -i / --add-missing. config.rpath comes from gettext (autopoint).',
      steps: ['override_dh_autoreconf:\n\tdh_autoreconf   (autoreconf -f -i)'],
    },
    docs: {
      description: 'automake stopped because an auxiliary file is missing: `configure.ac:9: error: required file \'build-aux/compile\' not found` with the hint `\'automake --add-missing\' can install \'compile\'`.',
      why: 'The auxiliary scripts are copied in from automake\'s own files only with --add-missing; a debian/rules that runs automake or autoreconf without -i, or a tarball without them, leaves them out.',
      fix: 'Use dh_autoreconf (autoreconf -f -i).',
    },
    examples: [{ lines: ["configure.ac:9: error: required file 'build-aux/compile' not found", "configure.ac:9:   'automake --add-missing' can install 'compile'"], captures: { file: 'configure.ac', lineno: '9', path: 'build-aux/compile' }, source: 'automake 1.16.5 require_file_internal and its --add-missing advice' }],
    nearMisses: ["configure.ac:9: installing 'build-aux/compile'"],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'automake-libtool-undefined',
    family: 'autotools',
    title: 'Makefile.am builds a libtool library but LIBTOOL is undefined',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['automake', 'libtool', 'build-failure'],
    // src/Makefile.am:5: error: Libtool library used but 'LIBTOOL' is undefined   (automake 1.16: "$reason'$var' is undefined")
    // lib/Makefile.am:12: Libtool library used but `LIBTOOL' is undefined          (automake ≤ 1.12)
    match: /^(?<file>[^\s:]+):(?<lineno>\d+): (?:error: )?Libtool library used but [`']LIBTOOL' is undefined/,
    literals: { anywhere: ["Libtool library used but "] },
    message: '{{file}} builds a .la library, but configure.ac\'s LT_INIT was not expanded: libtool is not installed.',
    headline: "Libtool library used but 'LIBTOOL' is undefined",
    fix: {
      summary: 'Add libtool to Build-Depends so that aclocal finds LT_INIT (libtool.m4), and regenerate with dh_autoreconf; if configure.ac lacks LT_INIT, add it (patch).',
      steps: ['Build-Depends: ..., libtool', ...autoreconfSteps],
    },
    docs: {
      description: 'automake stopped: `Makefile.am:5: error: Libtool library used but \'LIBTOOL\' is undefined`.',
      why: 'LIBTOOL is defined by LT_INIT (AC_PROG_LIBTOOL), which comes from libtool.m4; when libtool is not installed aclocal cannot define it.',
      fix: 'Build-Depend on libtool; regenerate with dh_autoreconf.',
    },
    examples: [
      { lines: ["src/Makefile.am:5: error: Libtool library used but 'LIBTOOL' is undefined", "src/Makefile.am:5:   The usual way to define 'LIBTOOL' is to add 'LT_INIT'"], captures: { file: 'src/Makefile.am', lineno: '5' }, source: 'automake 1.16.5 Automake/Variable.pm requires_variables and automake-1.16 ("Libtool library used", \'LIBTOOL\')' },
      { lines: ["lib/Makefile.am:12: Libtool library used but `LIBTOOL' is undefined"], captures: { file: 'lib/Makefile.am', lineno: '12' }, source: 'automake ≤ 1.12 wording, as in a real build script comment stored in a public repository' },
    ],
    nearMisses: ["src/Makefile.am:5: warning: 'INCLUDES' is the old name for 'AM_CPPFLAGS'"],
    equivalents: { 'buildlog-consultant': ['missing-libtool'] },
  },
  {
    id: 'libtoolize-file-missing',
    family: 'autotools',
    title: 'libtoolize cannot find a file it should copy (ltdl.m4: libltdl-dev)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['libtool', 'build-failure'],
    // libtoolize:   error: '/usr/share/aclocal/ltdl.m4' does not exist.
    match: /^libtoolize:\s+error: '(?<path>\/[^']+)' does not exist\./,
    message: 'libtoolize needs {{path}}, which is not installed.',
    headline: "libtoolize: '{{path}}' does not exist",
    lookup: { kind: 'file', name: '{{path}}' },
    fix: { summary: 'Add {{packages}} (it ships {{path}} in {{suite}}) to Build-Depends.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the package that ships {{path}} to Build-Depends (ltdl.m4 and the libltdl sources: libltdl-dev).', steps: ["apt-file search --regexp '^{{path}}$'"] },
    docs: {
      description: 'libtoolize (run by autoreconf for LTDL_INIT / --ltdl) stopped: `libtoolize:   error: \'/usr/share/aclocal/ltdl.m4\' does not exist.`',
      why: 'Debian\'s libtool package does not ship libltdl\'s m4 file and sources; libltdl-dev does.',
      fix: 'Build-Depend on libltdl-dev.',
    },
    examples: [{ lines: ["libtoolize:   error: '/usr/share/aclocal/ltdl.m4' does not exist."], captures: { path: '/usr/share/aclocal/ltdl.m4' }, package: 'libltdl-dev', source: 'buildlog-consultant src/common.rs test_libtoolize_missing_file' }],
    nearMisses: ["libtoolize: putting macros in AC_CONFIG_MACRO_DIRS, 'm4'."],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'autoreconf-tool-failed',
    family: 'autotools',
    title: 'autoreconf stopped because one of the tools it runs failed',
    severity: 'warning',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['autoconf', 'generic'],
    // autoreconf: automake failed with exit status: 1                  (autoconf ≤ 2.69)
    // autoreconf: /usr/bin/autoconf failed with exit status: 1
    // autoreconf: error: automake failed with exit status: 1           (autoconf 2.71/2.72 Autom4te/General.pm: error "$command failed with exit status: $status")
    // autom4te: /usr/bin/gm4 failed with exit status: 1
    match: /^(?<tool>autoreconf|autom4te)(?:-[\d.]+)?: (?:error: )?(?<command>\S+) failed with exit status: (?<status>\d+)/,
    message: '{{tool}}: {{command}} failed (exit status {{status}}); the lines above it say why.',
    headline: '{{command}} failed during {{tool}}',
    fix: { summary: 'Read the error {{command}} printed just above this line (an undefined macro, a missing file, a too old Autoconf); it names what to add to Build-Depends or fix in the source.' },
    docs: {
      description: 'autoreconf (or autom4te) gave up because a tool it ran failed: `autoreconf: automake failed with exit status: 1` (autoconf ≥ 2.70 adds `error:`).',
      why: 'This line is the consequence; the cause is the tool\'s own message above it, which other entries name when they know it.',
      fix: 'Fix what the tool\'s message above says; this finding is the fallback when nothing above was recognised.',
    },
    examples: [
      { lines: ['autoreconf: automake failed with exit status: 1'], captures: { tool: 'autoreconf', command: 'automake', status: '1' }, source: 'real autoreconf log quoted on a public forum (autoconf 2.61)' },
      { lines: ['autoreconf: /usr/bin/autoconf failed with exit status: 1'], captures: { tool: 'autoreconf', command: '/usr/bin/autoconf', status: '1' }, source: 'real log stored in a public repository' },
      { lines: ['autoreconf: error: automake failed with exit status: 1'], captures: { tool: 'autoreconf', command: 'automake', status: '1' }, source: 'autoconf 2.71 Autom4te/General.pm line 365 (error "$command failed with exit status: $status")' },
    ],
    nearMisses: ['autoreconf: running: automake --add-missing --copy --force-missing', 'dh_autoreconf: error: autoreconf -f -i returned exit code 1'],
  },
  {
    id: 'configure-aux-files-missing',
    family: 'autotools',
    title: 'configure cannot find install-sh, config.guess or config.sub',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['autoconf', 'build-failure'],
    // configure: error: cannot find install-sh, install.sh, or shtool in build-aux "."/build-aux       (autoconf ≤ 2.69)
    // configure: error: cannot find required auxiliary files: install-sh config.guess config.sub     (autoconf ≥ 2.70)
    match: [
      /^configure: error: cannot find install-sh, install\.sh, or shtool in (?<dirs>.+)$/s,
      /^configure: error: cannot find required auxiliary files: ?(?<files>.+)$/s,
    ],
    literals: { prefixes: ['configure: error: cannot find '] },
    message: 'configure cannot find its auxiliary scripts: the build system was never (or only partly) generated.',
    headline: 'configure: cannot find auxiliary files',
    fix: {
      summary: 'Let dh_autoreconf regenerate the build system (autoreconf -f -i installs install-sh, config.guess, config.sub; debhelper compat ≥ 10 runs it) with automake (and libtool, if used) in Build-Depends; check that AC_CONFIG_AUX_DIR names a directory the source has.',
      steps: ['Build-Depends: ..., dh-autoreconf, automake, libtool', 'override_dh_autoreconf:\n\tdh_autoreconf'],
    },
    docs: {
      description: 'configure stopped: `cannot find install-sh, install.sh, or shtool in ...` (autoconf ≤ 2.69) or `cannot find required auxiliary files: install-sh config.guess config.sub` (2.70+).',
      why: 'A source tree from git (or a tarball made without `make dist`) lacks the scripts automake --add-missing and libtoolize copy in; a configure that runs without autoreconf finds none.',
      fix: 'Regenerate with dh_autoreconf (autoreconf -f -i); make sure AC_CONFIG_AUX_DIR exists.',
    },
    examples: [
      { lines: ['configure: error: cannot find install-sh, install.sh, or shtool in build-aux "."/build-aux'], captures: { dirs: 'build-aux "."/build-aux' }, source: 'real log quoted in a public repository (autoconf 2.69)' },
      { lines: ['configure: error: cannot find required auxiliary files: install-sh config.guess config.sub'], captures: { files: 'install-sh config.guess config.sub' }, source: 'real log stored in a public repository (autoconf 2.71); autoconf 2.71 general.m4 line 1889' },
    ],
    nearMisses: ['checking for a BSD-compatible install... /usr/bin/install -c', 'configure: error: cannot find sources (foo.c) in . or ..'],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'automake-version-mismatch',
    family: 'autotools',
    title: 'aclocal.m4 comes from another automake version than the one installed',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['automake', 'build-failure'],
    // configure.ac:4: error: version mismatch.  This is Automake 1.16.5,
    // configure.ac:4: but the definition used by this AM_INIT_AUTOMAKE
    // configure.ac:4: comes from Automake 1.15.1.  You should recreate
    match: new RegExp(String.raw`^${WHERE} error: version mismatch\.  This is Automake (?<installed>[\d.]+),`),
    literals: { anywhere: [': error: version mismatch.  This is Automake '] },
    then: { match: /^[^\s:]+:\d+: comes from Automake (?<shipped>[\d.]+)\./, within: 3, note: 'the shipped version' },
    message: 'The shipped aclocal.m4 comes from Automake {{shipped}}, the build environment has Automake {{installed}}: automake refuses to mix them.',
    headline: 'automake version mismatch ({{shipped}} vs {{installed}})',
    fix: {
      summary: 'Regenerate everything with the installed tools: use dh_autoreconf (debhelper compat ≥ 10 does by default; older: `dh $@ --with autoreconf`), which reruns aclocal before automake.',
      steps: [...autoreconfSteps, 'override_dh_autoreconf:\n\tdh_autoreconf'],
    },
    docs: {
      description: 'automake stopped: `configure.ac:4: error: version mismatch.  This is Automake 1.16.5, / but the definition used by this AM_INIT_AUTOMAKE / comes from Automake 1.15.1.`',
      why: 'Something (a patch touching Makefile.am or configure.ac, timestamps, the `missing` script) made make rerun automake while aclocal.m4 is the tarball\'s, generated by another automake.',
      fix: 'Regenerate the whole build system with dh_autoreconf.',
    },
    examples: [{
      lines: ['configure.ac:4: error: version mismatch.  This is Automake 1.16.5,', 'configure.ac:4: but the definition used by this AM_INIT_AUTOMAKE', 'configure.ac:4: comes from Automake 1.15.1.  You should recreate', 'configure.ac:4: aclocal.m4 with aclocal and run automake again.'],
      captures: { file: 'configure.ac', lineno: '4', installed: '1.16.5', shipped: '1.15.1' },
      source: 'automake 1.16.5 automake-1.16 line 5409 (AM_AUTOMAKE_VERSION), one line per \\n with the location repeated',
    }],
    nearMisses: ['configure.ac:4: installing \'./missing\''],
  },
  {
    id: 'automake-missing-program',
    family: 'autotools',
    title: 'make wanted to rerun an autotools program (or bison, flex, makeinfo) that is not installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['automake', 'build-failure'],
    // WARNING: 'aclocal-1.14' is missing on your system.
    // WARNING: 'gperf' is missing on your system.
    // (automake 1.16 `missing` script: give_advice | sed '1s/^/WARNING: /', msg="missing on your system")
    match: /^WARNING: '(?<program>[^'\s/]+)' is (?<why>missing on your system|probably too old)\./,
    literals: { prefixes: ["WARNING: '"] },
    message: 'make ran `{{program}}` through automake\'s `missing` script, and it is {{why}}.',
    headline: "'{{program}}' is {{why}}",
    fix: {
      summary: 'A versioned aclocal/automake (e.g. aclocal-1.14) means the tarball\'s generated files are older than their inputs (a patch or timestamps): regenerate with dh_autoreconf instead of installing that exact version. Other programs (bison, flex, gperf, makeinfo, help2man) must be in Build-Depends: bison, flex, gperf, texinfo, help2man.',
      steps: [...autoreconfSteps, "apt-file search --regexp '/s?bin/{{program}}$'"],
    },
    docs: {
      description: 'automake\'s `missing` wrapper could not run a program: `WARNING: \'aclocal-1.14\' is missing on your system.` followed by advice on when it is needed.',
      why: 'make reruns aclocal/automake/autoconf when their inputs look newer than their outputs (patched Makefile.am or configure.ac, or timestamps lost by the packaging) with the version that generated the tarball, which Debian does not have; bison, flex, gperf or makeinfo are simply missing from Build-Depends.',
      fix: 'Regenerate with dh_autoreconf (for the autotools), or Build-Depend on the tool.',
    },
    examples: [
      { lines: ["WARNING: 'aclocal-1.14' is missing on your system.", "         You should only need it if you modified 'acinclude.m4' or"], captures: { program: 'aclocal-1.14', why: 'missing on your system' }, source: 'real zabbix 2.4.4 build log stored in a public repository' },
      { lines: ["WARNING: 'gperf' is missing on your system."], captures: { program: 'gperf', why: 'missing on your system' }, source: 'real GitHub Actions log stored in a public repository (servo-fontconfig-sys), its timestamp removed (the rule tester adds one)' },
    ],
    nearMisses: ['WARNING: Unknown option --disable-maintainer-mode', "checking whether to enable maintainer-specific portions of Makefiles... no"],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'gettext-infrastructure-mismatch',
    family: 'autotools',
    title: 'po/Makefile.in.in and the gettext macros come from different gettext versions',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['gettext', 'build-failure'],
    // *** error: gettext infrastructure mismatch: using a Makefile.in.in from gettext version 0.19 but the autoconf macros are from gettext version 0.20
    // (gettext 0.21 /usr/share/gettext/po/Makefile.in.in line 136)
    match: /^\*\*\* error: gettext infrastructure mismatch: using a Makefile\.in\.in from gettext version (?<makefile>[\d.]+) but the autoconf macros are from gettext version (?<macros>[\d.]+)/,
    message: 'po/Makefile.in.in is from gettext {{makefile}}, the m4 macros from gettext {{macros}}.',
    headline: 'gettext infrastructure mismatch ({{makefile}} vs {{macros}})',
    fix: {
      summary: 'Let autopoint replace the shipped gettext files: Build-Depend on autopoint and regenerate with dh_autoreconf (autoreconf -f -i runs autopoint --force when AM_GNU_GETTEXT_VERSION is set); make AM_GNU_GETTEXT_VERSION match the version of po/Makefile.in.in otherwise.',
      steps: ['Build-Depends: ..., autopoint', ...autoreconfSteps],
    },
    docs: {
      description: 'gettext\'s po/Makefile stopped: `*** error: gettext infrastructure mismatch: using a Makefile.in.in from gettext version 0.19 but the autoconf macros are from gettext version 0.20`.',
      why: 'autoreconf regenerated configure with the chroot\'s gettext macros, but po/Makefile.in.in is the copy from upstream\'s gettext (autopoint did not run or was not installed).',
      fix: 'Build-Depend on autopoint and regenerate with dh_autoreconf, so that all gettext files come from one version.',
    },
    examples: [{ lines: ['*** error: gettext infrastructure mismatch: using a Makefile.in.in from gettext version 0.19 but the autoconf macros are from gettext version 0.20'], captures: { makefile: '0.19', macros: '0.20' }, source: 'buildlog-consultant src/common.rs test_gettext_mismatch' }],
    nearMisses: ['checking for GNU gettext in libc... yes'],
    equivalents: { 'buildlog-consultant': ['mismatch-gettext-versions'] },
  },
  {
    id: 'config-status-input-missing',
    family: 'autotools',
    title: 'config.status cannot find the .in file of a file configure should generate',
    cause: 'missing-file',
    side: 'package',
    tags: ['autoconf', 'build-failure'],
    // config.status: error: cannot find input file: `po/Makefile.in.in'
    match: /^config\.status: error: cannot find input file: [`'](?<path>[^'`]+)'/,
    message: 'config.status needs {{path}}, which does not exist.',
    headline: 'config.status: cannot find {{path}}',
    fix: {
      summary: 'po/Makefile.in.in is copied in by autopoint (AM_GNU_GETTEXT) or intltoolize (IT_PROG_INTLTOOL): Build-Depend on autopoint or intltool and regenerate with dh_autoreconf; a Makefile.in means automake did not run (dh_autoreconf); any other .in file is missing from the source.',
      steps: ['Build-Depends: ..., autopoint   (or intltool)', ...autoreconfSteps],
    },
    docs: {
      description: 'config.status stopped: `config.status: error: cannot find input file: \'po/Makefile.in.in\'` (older autoconf quoted `x\').',
      why: 'AC_CONFIG_FILES names a file whose .in template is generated by another tool (automake, autopoint, intltoolize) that did not run, or is missing from the tarball.',
      fix: 'Build-Depend on the tool that generates it and regenerate with dh_autoreconf; restore a source file that is missing.',
    },
    examples: [{ lines: ["config.status: error: cannot find input file: `po/Makefile.in.in'"], captures: { path: 'po/Makefile.in.in' }, source: 'buildlog-consultant src/common.rs test_config_status_input' }],
    nearMisses: ['config.status: creating po/Makefile.in'],
    equivalents: { 'buildlog-consultant': ['missing-config.status-input'] },
  },
  {
    id: 'configure-requires-library',
    family: 'autotools',
    title: 'configure says (in its own words) that a library or tool is missing or too old',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['autoconf', 'build-failure'],
    // configure: error: libwandio 4.0.0 or better is required to compile this version of libtrace. If you have ...
    // configure: error: libpcap0.8 or greater is required to compile libtrace. If you have installed it in ...
    // configure: error: libetpan 0.57 not found
    // configure: error: Please install gnu flex from http://www.gnu.org/software/flex/
    match: [
      /^configure: error: (?<name>[\w.+-]+) (?:(?<version>\d[\w.]*) )?or (?:better|greater|newer|later|higher) is required/,
      /^configure: error: (?<name>[\w.+-]+) (?<version>\d[\w.]*) not found\.?$/,
      /^configure: error: Please install (?<name>.+?) from (?<url>\S+)$/s,
    ],
    literals: { prefixes: ['configure: error: '] },
    message: 'configure needs {{name}} and did not find it (or found it too old).',
    headline: 'configure: {{name}} is required',
    // A library named as `libwandio`: the -dev package that ships libwandio.so (trixie's Contents).
    lookup: { kind: 'library', name: '{{name}}' },
    fix: {
      summary: 'Add {{packages}} (it ships the {{name}} library in {{suite}}; with the version configure names) to Build-Depends; config.log shows the check that failed.',
      steps: ['Build-Depends: ..., {{package}} (>= <the version configure names>)'],
    },
    fixUnresolved: {
      summary: 'Add the Debian package of {{name}} (its -dev package for a library, with the version configure names) to Build-Depends; config.log shows the check that failed.',
      steps: ["apt-cache search --names-only '{{name}}'", "apt-file search --regexp '/(lib)?{{name}}[^/]*\\.(pc|h|so)$'", 'Build-Depends: ..., <package> (>= <the version configure names>)'],
    },
    docs: {
      description: 'A configure script\'s own AC_MSG_ERROR about a dependency: `configure: error: libwandio 4.0.0 or better is required ...`, `configure: error: libetpan 0.57 not found`, `configure: error: Please install gnu flex from URL`.',
      why: 'The project checks for the library or tool itself (not through pkg-config); in a clean chroot it is missing from Build-Depends, or older than required.',
      fix: 'Build-Depend on the package of what the message names (versioned if it names a version).',
    },
    examples: [
      { lines: ['configure: error: libwandio 4.0.0 or better is required to compile this version of libtrace. If you have installed libwandio in a non-standard location please use LDFLAGS to specify the location of the library.'], captures: { name: 'libwandio', version: '4.0.0' }, package: 'libwandio1-dev', source: 'buildlog-consultant src/common.rs test_vague' },
      { lines: ['configure: error: libpcap0.8 or greater is required to compile libtrace. If you have installed it in a non-standard location please use LDFLAGS to specify the location of the library'], captures: { name: 'libpcap0.8' }, source: 'buildlog-consultant src/common.rs test_vague' },
      { lines: ['configure: error: libetpan 0.57 not found'], captures: { name: 'libetpan', version: '0.57' }, package: 'libetpan-dev', source: 'buildlog-consultant src/common.rs test_claws_version' },
      { lines: ['configure: error: Please install gnu flex from http://www.gnu.org/software/flex/'], captures: { name: 'gnu flex', url: 'http://www.gnu.org/software/flex/' }, source: 'buildlog-consultant src/common.rs test_vague' },
    ],
    nearMisses: ['configure: error: C compiler cannot create executables', 'checking for libetpan >= 0.57... no'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency'] },
  },
  {
    id: 'configure-unable-to-find',
    family: 'autotools',
    title: 'configure stopped with a multi-line message that something cannot be found',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['autoconf', 'build-failure'],
    // configure: error:
    //
    //         Unable to find the Multi Emulator Super System (MESS).
    match: /^configure: error:\s*$/,
    literals: { prefixes: ['configure: error:'] },
    then: { match: /^\s+Unable to find (?<name>.+?)\.?$/s, within: 3, note: 'the message' },
    message: 'configure cannot find {{name}}.',
    headline: 'configure: unable to find {{name}}',
    fix: {
      summary: 'Add the Debian package of {{name}} to Build-Depends (the lines after the message often name the program or the variable to set).',
      steps: ["apt-cache search '{{name}}'", 'Build-Depends: ..., <that package>'],
    },
    docs: {
      description: 'AC_MSG_ERROR with the text on the following lines: `configure: error:` then `Unable to find X.`',
      why: 'The project checks for a program or library itself; it is missing from Build-Depends.',
      fix: 'Build-Depend on the package of what the message names.',
    },
    examples: [{ lines: ['configure: error:', '', '        Unable to find the Multi Emulator Super System (MESS).', '', '        Please install MESS, or specify the MESS command with'], captures: { name: 'the Multi Emulator Super System (MESS)' }, source: 'buildlog-consultant src/common.rs test_vague / test_multi_line_configure_error' }],
    nearMisses: ['configure: error:\n\n        Some other error.'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency'] },
  },
  {
    id: 'configure-script-missing',
    family: 'autotools',
    title: 'debian/rules runs ./configure, which was never generated',
    cause: 'autotools-failed',
    side: 'package',
    tags: ['autoconf', 'build-failure'],
    // /bin/sh: 1: ./configure: not found
    // (dash; build-command-not-found leaves paths with a slash alone)
    match: /^(?:\/bin\/)?(?:sh|dash|bash): (?:line )?\d+: \.\/configure: (?:command )?not found$/,
    literals: { suffixes: ['./configure: not found', './configure: command not found'] },
    message: 'There is no ./configure to run: the source ships configure.ac (from git) but the build system was not generated.',
    headline: './configure: not found',
    fix: {
      summary: 'Let dh_autoreconf generate configure (debhelper compat ≥ 10 runs it in dh; an override that calls ./configure directly must come after it), with autoconf/automake (dh-autoreconf) and libtool if used in Build-Depends; if the project uses autogen.sh, run it in override_dh_autoreconf.',
      steps: ['Build-Depends: ..., dh-autoreconf', 'override_dh_autoreconf:\n\tdh_autoreconf ./autogen.sh   (if the project needs its autogen.sh)'],
    },
    docs: {
      description: 'The shell found no configure script: `/bin/sh: 1: ./configure: not found`.',
      why: 'Upstream git trees (and some tarballs) have only configure.ac; configure is generated by autoreconf, which did not run (old compat, `--without autoreconf`, or an override that runs ./configure before dh_autoreconf).',
      fix: 'Regenerate with dh_autoreconf before configuring.',
    },
    examples: [{ lines: ['/bin/sh: 1: ./configure: not found'], captures: {}, source: 'buildlog-consultant src/common.rs test_command_missing' }],
    nearMisses: ['/bin/sh: 1: cmake: not found', 'checking for a BSD-compatible install... /usr/bin/install -c'],
    equivalents: { 'buildlog-consultant': ['missing-configure'] },
  },
  {
    id: 'configure-x11-missing',
    family: 'autotools',
    title: 'configure found no X11 development files',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['autoconf', 'build-failure'],
    // configure: error: *** No X11! Install X-Windows development headers/libraries! ***
    match: /^configure: error: \*\*\* No X11! Install X-Windows development headers\/libraries! \*\*\*/,
    literals: { prefixes: ['configure: error: *** No X11!'] },
    message: 'configure found no X11 headers and libraries.',
    headline: 'configure: No X11',
    fix: { summary: 'Add libx11-dev (and the other X libraries the project uses: libxext-dev, libxt-dev, libxmu-dev ...) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., libx11-dev'] },
    docs: {
      description: 'configure stopped: `configure: error: *** No X11! Install X-Windows development headers/libraries! ***` (from AC_PATH_X / AC_PATH_XTRA checks of the project).',
      why: 'The X11 headers and libraries come with libx11-dev and friends, not in Build-Depends.',
      fix: 'Build-Depend on libx11-dev and the other X -dev packages the project needs.',
    },
    examples: [{ lines: ['configure: error: *** No X11! Install X-Windows development headers/libraries! ***'], captures: {}, package: 'libx11-dev', source: 'buildlog-consultant src/common.rs test_x11_missing' }],
    nearMisses: ['checking for X... libraries , headers'],
    equivalents: { 'buildlog-consultant': ['missing-x11'] },
  },
];
