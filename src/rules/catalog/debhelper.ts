import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * debhelper: the wordings the TypeScript rules debhelper-missing-files and debhelper-compat-level do
 * not see. Those read only tagged lines (`dh_X: error: ...`, `dh_X: warning: ...`); debhelper printed
 * the tags from 12.8 on (debhelper changelog 12.8: "Dh_Lib.pm: Emit "error" and "warning" with error and
 * warning messages", #906723), independent of the compat level, so buster's 12.1.1 and everything older
 * print `dh_X: MESSAGE`. Texts from Debian/debhelper's git tags 9.20120909, 10.2.5, 11.1.6, 12.1.1 and
 * from debhelper 13.11.4 (bookworm, Dh_Lib.pm, dh, dh_install, dh_missing, dh_link, dh_installinit,
 * Buildsystem/pybuild.pm); sample lines from buildlog-consultant's tests (src/common.rs).
 */
export const debhelper: readonly CatalogEntry[] = [
  {
    id: 'debhelper-pattern-not-found',
    family: 'debhelper',
    title: 'A dh_* tool cannot find a file its debian/ list names',
    cause: 'missing-installed-files',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_installdocs: Cannot find (any matches for) "README.txt" (tried in ., debian/tmp)          (debhelper < 12.8)
    // dh_installdocs: error: Cannot find (any matches for) "README.txt" (tried in ., debian/tmp)   (>= 12.8, compat >= 11)
    // dh_install: Cannot find (any matches for) "usr/bin/foo" (tried in "." and "debian/tmp")   (debhelper 10.x)
    // Not the tagged `dh_install: warning: Cannot find ...`: debhelper-missing-files reports those.
    match: /^(?<tool>dh_\w+): (?:error: )?Cannot find \(any matches for\) "(?<pattern>[^"]+)" \(tried in (?<dirs>[^)]*)\)/,
    literals: { prefixes: ['dh_'] },
    message: '{{tool}} cannot find {{pattern}} (looked in {{dirs}}): the file named in debian/ was not built, not installed, or has another name.',
    headline: '{{tool}} cannot find {{pattern}}',
    fix: {
      summary: 'Correct or remove {{pattern}} in the debian/ file {{tool}} reads (debian/PACKAGE.install, .docs, .examples, .manpages, .info ...), or make the build produce it.',
      steps: ["grep -rn -F '{{pattern}}' debian/", 'find debian/tmp . -path ./debian -prune -o -name "$(basename {{pattern}})" -print   (where the file really is)'],
    },
    docs: {
      description: 'A debhelper tool (dh_install, dh_installdocs, dh_installexamples, dh_installman, ...) printed `Cannot find (any matches for) "PATTERN" (tried in DIRS)`: untagged in debhelper before 12.8, as an `error:` for the tools that reject missing files (dh_installdocs and friends from compat 11).',
      why: 'The list in debian/PACKAGE.TOOL and what the upstream build produced disagree: upstream renamed or dropped the file, builds it only with an option, or installs it elsewhere.',
      fix: 'Fix the entry in the debian/ list (path relative to the source tree or debian/tmp), or make the build produce the file; list deliberately absent files nowhere.',
    },
    examples: [
      { lines: ['dh_installdocs: Cannot find (any matches for) "README.txt" (tried in ., debian/tmp)'], captures: { tool: 'dh_installdocs', pattern: 'README.txt', dirs: '., debian/tmp' }, source: 'buildlog-consultant src/common.rs test_installdocs_missing' },
      { lines: ['dh_install: Cannot find (any matches for) "server/etc/gnumed/gnumed-restore.conf" (tried in ., debian/tmp)', 'dh_install: gnumed-server missing files: server/etc/gnumed/gnumed-restore.conf', 'dh_install: missing files, aborting'], captures: { tool: 'dh_install', pattern: 'server/etc/gnumed/gnumed-restore.conf', dirs: '., debian/tmp' }, source: 'buildlog-consultant src/common.rs test_debhelper_pattern; following lines from debhelper 12.1.1 dh_install' },
      { lines: ['dh_installexamples: error: Cannot find (any matches for) "examples/*.py" (tried in ., debian/tmp)'], captures: { tool: 'dh_installexamples', pattern: 'examples/*.py', dirs: '., debian/tmp' }, source: 'debhelper 13.11.4 Dh_Lib.pm glob_expand_error_handler_reject' },
      { lines: ['dh_install: Cannot find (any matches for) "usr/bin/frob" (tried in "." and "debian/tmp")'], captures: { tool: 'dh_install', pattern: 'usr/bin/frob', dirs: '"." and "debian/tmp"' }, source: 'debhelper 10.2.5 dh_install' },
    ],
    nearMisses: [
      'dh_install: warning: Cannot find (any matches for) "usr/bin/frob-helper" (tried in ., debian/tmp)',
      'dh_installdocs: warning: Cannot find (any matches for) "NEWS" (tried in ., debian/tmp)',
    ],
    equivalents: { 'buildlog-consultant': ['debhelper-pattern-not-found'] },
  },
  {
    id: 'debhelper-install-missing-old',
    family: 'debhelper',
    title: 'dh_install (debhelper 9) stopped: files listed in debian/*.install are missing',
    cause: 'missing-installed-files',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_install: libfoo-dev missing files (usr/lib/libfoo.a), aborting
    match: /^dh_install: (?<binpkg>\S+) missing files \((?<files>[^)]+)\), aborting/,
    message: 'dh_install cannot find {{files}}, listed for package {{binpkg}} in debian/{{binpkg}}.install.',
    headline: 'dh_install cannot find {{files}}',
    fix: {
      summary: 'Correct the path {{files}} in debian/{{binpkg}}.install (relative to debian/tmp or the source tree), or make the build install it.',
      steps: ["grep -n -F '{{files}}' debian/{{binpkg}}.install debian/install", 'find debian/tmp -type f   (what make install put there)'],
    },
    docs: {
      description: 'debhelper 9 and older: `dh_install: PACKAGE missing files (PATTERN), aborting` when a line of debian/PACKAGE.install matched nothing in the source tree or debian/tmp.',
      why: 'The build did not produce or install the file the .install list names: upstream renamed it, or it is built only with a configure option.',
      fix: 'Fix the path in debian/PACKAGE.install or enable the build of the file.',
    },
    examples: [
      { lines: ['dh_install: libfoo-dev missing files (usr/lib/*/libfoo.a), aborting'], captures: { binpkg: 'libfoo-dev', files: 'usr/lib/*/libfoo.a' }, source: 'debhelper 9.20120909 dh_install: error("$package missing files (@$set), aborting")' },
    ],
    nearMisses: ['dh_install: libfoo-dev missing files: usr/lib/libfoo.a', 'dh_install: missing files, aborting'],
  },
  {
    id: 'debhelper-not-in-debian-tmp',
    family: 'debhelper',
    title: 'A file the packaging copies from debian/tmp was not installed there',
    cause: 'missing-installed-files',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // cp: cannot stat 'debian/tmp/usr/bin/foo': No such file or directory          (dh_install of debhelper <= 9, or an override)
    // cp: cannot stat `debian/tmp/usr/share/man/man1/foo.1': No such file or directory   (coreutils < 8.22)
    match: /^cp: cannot stat [`'‘](?<path>(?=[^'’\s]*debian\/tmp\/)[^'’]+)['’]: No such file or directory/,
    message: 'cp cannot find {{path}}: the upstream install step did not put it into debian/tmp.',
    headline: 'not installed: {{path}}',
    fix: {
      summary: 'Make the install step put {{path}} into debian/tmp, or correct the path in debian/*.install (or the debian/rules line that copies it).',
      steps: ["grep -rn -F \"$(echo '{{path}}' | sed 's|.*debian/tmp/||')\" debian/", 'find debian/tmp -type f'],
    },
    docs: {
      description: '`cp: cannot stat \'debian/tmp/PATH\': No such file or directory`: dh_install of debhelper 9 and older copied each listed file with `cp -a` (then `dh_install: cp -a ... returned exit code 1`), and overrides in debian/rules do the same.',
      why: 'The path is listed in debian/*.install or debian/rules but `make install DESTDIR=debian/tmp` did not create it.',
      fix: 'Correct the path, or change the build so that it installs the file.',
    },
    examples: [
      { lines: ["cp: cannot stat 'debian/tmp/usr/bin/foo': No such file or directory", 'dh_install: cp -a debian/tmp/usr/bin/foo debian/foo//usr/bin/ returned exit code 1'], captures: { path: 'debian/tmp/usr/bin/foo' }, source: 'debhelper 9.20120909 dh_install (doit cp -a; Dh_Lib error_exitcode)' },
      { lines: ["cp: cannot stat `debian/tmp/usr/share/man/man1/foo.1': No such file or directory"], captures: { path: 'debian/tmp/usr/share/man/man1/foo.1' }, source: 'coreutils < 8.22 quoting' },
    ],
    nearMisses: ["cp: cannot stat 'README': No such file or directory", "cp: cannot create regular file 'debian/tmp/usr/bin/foo': Permission denied"],
  },
  {
    id: 'debhelper-not-installed-untagged',
    family: 'debhelper',
    title: 'dh_missing --fail-missing (debhelper < 12.8): a file in debian/tmp belongs to no package',
    cause: 'missing-installed-files',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_missing: usr/lib/x86_64-linux-gnu/libflorence-1.0.la exists in debian/tmp but is not installed to anywhere
    // dh_install: usr/share/doc/foo/NEWS exists in debian/tmp but is not installed to anywhere      (debhelper 9 --fail-missing)
    match: /^(?<tool>dh_missing|dh_install): (?<file>\S+) exists in (?<srcdir>\S+) but is not installed to anywhere/,
    // dh_missing: missing files, aborting
    then: { match: /^dh_(?:missing|install): missing files, aborting/, within: 50, note: 'dh_missing aborts' },
    literals: { prefixes: ['dh_missing: ', 'dh_install: '] },
    message: '{{file}} is installed into {{srcdir}} but into no binary package, and {{tool}} --fail-missing stops the build.',
    headline: 'not installed to any package: {{file}}',
    fix: {
      summary: 'Install {{file}} into a package (a line in debian/PACKAGE.install) or list it in debian/not-installed.',
      steps: ["echo '{{file}}' >> debian/not-installed   (if it is deliberately left out, e.g. a libtool .la file)", "echo '{{file}}' >> debian/PACKAGE.install   (if a package should ship it)"],
    },
    docs: {
      description: 'Untagged `dh_missing: PATH exists in debian/tmp but is not installed to anywhere` (debhelper before 12.8; debhelper 9 printed it from `dh_install --fail-missing`) followed by `dh_missing: missing files, aborting`.',
      why: '`make install` put a file into debian/tmp that no debian/*.install list takes; --fail-missing (the default from compat 13, or given in debian/rules) makes that an error.',
      fix: 'Ship the file in a package or list it in debian/not-installed.',
    },
    examples: [
      {
        lines: ['dh_missing --fail-missing', 'dh_missing: usr/lib/x86_64-linux-gnu/libflorence-1.0.la exists in debian/tmp but is not installed to anywhere', 'dh_missing: missing files, aborting'],
        line: 2,
        captures: { tool: 'dh_missing', file: 'usr/lib/x86_64-linux-gnu/libflorence-1.0.la', srcdir: 'debian/tmp' },
        source: 'buildlog-consultant src/common.rs test_dh_missing_uninstalled (one of its two files; each file is its own finding)',
      },
      { lines: ['dh_install: usr/share/doc/foo/NEWS exists in debian/tmp but is not installed to anywhere', 'dh_install: missing files, aborting'], captures: { tool: 'dh_install', file: 'usr/share/doc/foo/NEWS', srcdir: 'debian/tmp' }, source: 'debhelper 9.20120909 dh_install --fail-missing' },
    ],
    nearMisses: [
      'dh_missing: usr/share/man/man1/florence_applet.1 exists in debian/tmp but is not installed to anywhere',
      'dh_missing: warning: usr/lib/libfoo.la exists in debian/tmp but is not installed to anywhere\ndh_missing: error: missing files, aborting',
    ],
    equivalents: { 'buildlog-consultant': ['dh-missing-uninstalled'] },
  },
  {
    id: 'debhelper-compat-missing-old',
    family: 'debhelper',
    title: 'debhelper (< 12.8) found no compat level',
    cause: 'debhelper-compat',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_clean: Please specify the compatibility level in debian/compat
    match: /^(?<tool>dh(?:_\w+)?): Please specify the compatibility level in debian\/compat/,
    literals: { prefixes: ['dh: ', 'dh_'] },
    message: '{{tool}} refused to run: the package declares no debhelper compat level.',
    headline: 'no debhelper compat level',
    fix: {
      summary: 'Declare the compat level once: `debhelper-compat (= 12)` in Build-Depends (understood from debhelper 11.3 on; 12 is the newest stable level of the buster-era debhelper this log shows), or the number in debian/compat.',
      steps: ['Build-Depends: debhelper-compat (= 12), ...   (in debian/control)', 'echo 12 > debian/compat   (only without the debhelper-compat build-dependency)'],
    },
    docs: {
      description: '`dh_X: Please specify the compatibility level in debian/compat` (debhelper 10 to 12.7, untagged; 12.8 and later say `dh_X: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)`, which debhelper-compat-level reports).',
      why: 'Every package must declare one compat level; debian/compat is missing or was deleted without adding the debhelper-compat build-dependency.',
      fix: 'Add `debhelper-compat (= N)` to Build-Depends or write N into debian/compat, never both.',
    },
    examples: [
      { lines: ['dh_clean: Please specify the compatibility level in debian/compat'], captures: { tool: 'dh_clean' }, source: 'buildlog-consultant src/common.rs test_dh_compat_missing; debhelper 12.1.1 Dh_Lib.pm' },
    ],
    nearMisses: ['dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)', 'dh_clean: warning: No compatibility level specified in debian/compat'],
    equivalents: { 'buildlog-consultant': ['missing-dh-compat-level'] },
  },
  {
    id: 'debhelper-compat-too-old',
    family: 'debhelper',
    title: 'debhelper (< 12.8) no longer supports the compat level the package asks for',
    cause: 'debhelper-compat',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_clean: Compatibility levels before 5 are no longer supported (level 4 requested)
    match: /^(?<tool>dh(?:_\w+)?): Compatibility levels before (?<min>\d+) are no longer supported \(level (?<level>\d+) requested\)/,
    literals: { prefixes: ['dh: ', 'dh_'] },
    message: '{{tool}} refused compat level {{level}}: this debhelper supports {{min}} and newer.',
    headline: 'debhelper compat {{level}} no longer supported',
    fix: {
      summary: 'Raise the compat level from {{level}} to a supported one (at least {{min}}; 10 or more avoids the deprecation warnings), following the upgrade notes in debhelper(7).',
      steps: ['man 7 debhelper   (section "Supported compatibility levels": what changes at each level)', 'Build-Depends: debhelper-compat (= 12)   (in debian/control; then git rm debian/compat)'],
    },
    docs: {
      description: 'Untagged `dh_X: Compatibility levels before N are no longer supported (level M requested)` (debhelper before 12.8; the tagged form is reported by debhelper-compat-level).',
      why: 'debhelper drops old compat levels: 12.x removed 4 and below, 13 removed 5 and 6 (minimum 7).',
      fix: 'Move the package to a supported compat level and check the behaviour changes debhelper(7) lists for each level passed.',
    },
    examples: [
      { lines: ['dh_clean: Compatibility levels before 5 are no longer supported (level 4 requested)'], captures: { tool: 'dh_clean', min: '5', level: '4' }, source: 'debhelper 12.1.1 Dh_Lib.pm (MIN_COMPAT_LEVEL 5)' },
    ],
    nearMisses: ['dh_clean: Compatibility levels before 10 are deprecated (level 9 in use)', 'dh_clean: error: Compatibility levels before 7 are no longer supported (level 5 requested)'],
    equivalents: { 'buildlog-consultant': ['unsupported-debhelper-compat-level'] },
  },
  {
    id: 'debhelper-compat-too-new',
    family: 'debhelper',
    title: 'The compat level is newer than the debhelper in the chroot supports',
    cause: 'debhelper-compat',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_clean: Sorry, but 12 is the highest compatibility level supported by this debhelper.
    match: /^(?<tool>dh(?:_\w+)?): Sorry, but (?<max>\d+) is the highest compatibility level supported by this debhelper\./,
    literals: { prefixes: ['dh: ', 'dh_'] },
    message: '{{tool}} refused the compat level: {{max}} is the highest this debhelper supports.',
    headline: 'compat level above {{max}} not supported by this debhelper',
    fix: {
      summary: 'Build with a newer debhelper (from backports for a stable chroot), or lower the compat level to {{max}}; a versioned build-dependency makes the requirement explicit.',
      steps: ['Build-Depends: debhelper-compat (= {{max}})   (or keep the level and build against bookworm-backports / a newer suite)'],
    },
    docs: {
      description: 'Untagged `dh_X: Sorry, but N is the highest compatibility level supported by this debhelper.` (debhelper before 12.8; later versions tag it `error:`, reported by debhelper-compat-level).',
      why: 'The package was prepared for a newer debhelper than the chroot has: common when building for an older stable release.',
      fix: 'Use the backported debhelper or lower the compat level (checking the debhelper(7) changes you lose).',
    },
    examples: [
      { lines: ['dh_clean: Sorry, but 12 is the highest compatibility level supported by this debhelper.'], captures: { tool: 'dh_clean', max: '12' }, source: 'debhelper 11.1.6 Dh_Lib.pm' },
    ],
    nearMisses: ['dh_clean: error: Sorry, but 15 is the highest compatibility level supported by this debhelper.'],
    equivalents: { 'buildlog-consultant': ['unsupported-debhelper-compat-level'] },
  },
  {
    id: 'debhelper-compat-declared-twice',
    family: 'debhelper',
    title: 'The compat level is declared both in debian/compat and as debhelper-compat',
    cause: 'debhelper-compat',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_autoreconf: debhelper compat level specified both in debian/compat and via build-dependency on debhelper-compat
    // dh_clean: error: Duplicate debhelper-compat build-dependency: debhelper-compat (= 12) vs. debhelper-compat (= 13)
    match: [
      /^(?<tool>dh(?:_\w+)?): debhelper compat level specified both in debian\/compat and via build-dependency on debhelper-compat/,
      /^(?<tool>dh(?:_\w+)?): (?:error: )?Duplicate debhelper-compat build-dependency: (?<first>.+?) vs\. (?<second>.+)$/s,
    ],
    literals: { prefixes: ['dh: ', 'dh_'] },
    message: '{{tool}} refused to run: the compat level is declared twice.',
    headline: 'debhelper compat level declared twice',
    fix: {
      summary: 'Keep one declaration: the `debhelper-compat (= N)` build-dependency (once, in Build-Depends), and delete debian/compat.',
      steps: ['git rm debian/compat', 'grep -n debhelper-compat debian/control   (exactly one, in Build-Depends)'],
    },
    docs: {
      description: '`dh_X: debhelper compat level specified both in debian/compat and via build-dependency on debhelper-compat` (untagged before debhelper 12.8; the tagged form goes to debhelper-compat-level), or `Duplicate debhelper-compat build-dependency: A vs. B`.',
      why: 'Adding the debhelper-compat build-dependency requires removing debian/compat; debhelper refuses two sources of truth.',
      fix: 'Delete debian/compat and keep a single debhelper-compat relation in Build-Depends.',
    },
    examples: [
      { lines: ['dh_autoreconf: debhelper compat level specified both in debian/compat and via build-dependency on debhelper-compat'], captures: { tool: 'dh_autoreconf' }, source: 'buildlog-consultant src/common.rs test_dh_compat_dupe' },
      { lines: ['dh_clean: error: Duplicate debhelper-compat build-dependency: debhelper-compat (= 12) vs. debhelper-compat (= 13)'], captures: { tool: 'dh_clean', first: 'debhelper-compat (= 12)', second: 'debhelper-compat (= 13)' }, source: 'debhelper 13.11.4 Dh_Lib.pm' },
    ],
    nearMisses: ['dh_clean: warning: Please specify the debhelper compat level exactly once.', 'dh_clean: error: debhelper compat level specified both in debian/compat and via build-dependency on debhelper-compat'],
    equivalents: { 'buildlog-consultant': ['duplicate-dh-compat-level'] },
  },
  {
    id: 'debhelper-compat-invalid',
    family: 'debhelper',
    title: 'debian/compat or the debhelper-compat relation cannot be parsed',
    cause: 'debhelper-compat',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_clean: error: debian/compat must contain a positive number (found: "13 ")
    // dh_clean: error: The debhelper-compat build-dependency must be in the Build-Depends field (not Build-Depends-Indep)
    match: [
      /^(?<tool>dh(?:_\w+)?): (?:error: )?debian\/compat must contain a positive number \((?<found>[^)]*)\)/,
      /^(?<tool>dh(?:_\w+)?): (?:error: )?The debhelper-compat build-dependency must be in the Build-Depends field \(not (?<field>[\w-]+)\)/,
    ],
    literals: { prefixes: ['dh: ', 'dh_'] },
    message: '{{tool}} cannot read the compat level: {{found}}{{field}}.',
    headline: 'invalid debhelper compat declaration',
    fix: {
      summary: 'Write the level as a bare number on the first line of debian/compat, or (better) declare `debhelper-compat (= N)` in Build-Depends (not Build-Depends-Indep/-Arch) and delete debian/compat.',
      steps: ['Build-Depends: debhelper-compat (= 13), ...', 'git rm debian/compat'],
    },
    docs: {
      description: '`debian/compat must contain a positive number (found: "X")` / `(found an empty first line)`, or `The debhelper-compat build-dependency must be in the Build-Depends field (not F)` (debhelper 10 to 13).',
      why: 'debhelper reads the level from the first line of debian/compat, or from a `debhelper-compat (= N)` relation that must stand in Build-Depends itself.',
      fix: 'Declare the level in the form debhelper expects, in one place.',
    },
    examples: [
      { lines: ['dh_clean: error: debian/compat must contain a positive number (found: "1x")'], captures: { tool: 'dh_clean', found: 'found: "1x"' }, source: 'debhelper 13.11.4 Dh_Lib.pm' },
      { lines: ['dh_clean: debian/compat must contain a positive number (found an empty first line)'], captures: { tool: 'dh_clean', found: 'found an empty first line' }, source: 'debhelper 10.2.5 Dh_Lib.pm' },
      { lines: ['dh: error: The debhelper-compat build-dependency must be in the Build-Depends field (not Build-Depends-Indep)'], captures: { tool: 'dh', field: 'Build-Depends-Indep' }, source: 'debhelper 13.11.4 Dh_Lib.pm' },
    ],
    nearMisses: ['dh_clean: warning: Found invalid debhelper-compat relation: debhelper-compat (>= 12)'],
  },
  {
    id: 'debhelper-addon-not-installed',
    family: 'debhelper',
    title: 'dh cannot load an addon (`--with X` / dh-sequence-X): the package providing it is not installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh: unable to load addon python3: Can't locate Debian/Debhelper/Sequence/python3.pm in @INC (you may need to install the Debian::Debhelper::Sequence::python3 module) (@INC contains: /etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.36.0 ...) at (eval 11) line 1.
    // dh: error: unable to load addon sphinxdoc: Can't locate Debian/Debhelper/Sequence/sphinxdoc.pm in @INC (...)
    match: /^dh: (?:error: )?unable to load addon (?<addon>[\w.+-]+): Can't locate (?<file>Debian\/Debhelper\/Sequence\/[\w.+-]+\.pm) in @INC/,
    message: 'dh cannot load the addon {{addon}}: {{file}} is not installed.',
    headline: 'dh addon {{addon}} not installed',
    lookup: { kind: 'perl', name: '{{file}}' },
    fix: {
      summary: 'Add dh-sequence-{{addon}} to Build-Depends (a virtual package that {{package}} provides in {{suite}}; it also enables the addon, so `--with {{addon}}` can go), or add {{package}} itself.',
      steps: ['Build-Depends: ..., dh-sequence-{{addon}}   (or: {{package}})'],
    },
    fixUnresolved: {
      summary: 'Add the package that ships {{file}} to Build-Depends; most addons are also available as the virtual package dh-sequence-{{addon}}, which enables the addon without `--with`.',
      steps: ["apt-file search --regexp '/usr/share/perl5/{{file}}$'", 'Build-Depends: ..., dh-sequence-{{addon}}'],
    },
    docs: {
      description: '`dh: unable to load addon X: Can\'t locate Debian/Debhelper/Sequence/X.pm in @INC (...)` (debhelper 12.8 and later add `error:`).',
      why: 'A `dh $@ --with X` in debian/rules (or a dh-sequence-X build-dependency in a chroot whose package is missing) names an addon whose package is not among the build-dependencies: dh-python for python3, python3-sphinx for sphinxdoc, dh-exec, dh-autoreconf on old releases, ...',
      fix: 'Build-depend on dh-sequence-X (or the package that ships the addon).',
    },
    examples: [
      {
        lines: ["dh: unable to load addon python3: Can't locate Debian/Debhelper/Sequence/python3.pm in @INC (you may need to install the Debian::Debhelper::Sequence::python3 module) (@INC contains: /etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.36.0 /usr/local/share/perl/5.36.0 /usr/lib/x86_64-linux-gnu/perl5/5.36 /usr/share/perl5) at (eval 11) line 1."],
        captures: { addon: 'python3', file: 'Debian/Debhelper/Sequence/python3.pm' },
        package: 'dh-python',
        source: 'debhelper 13.11.4 SequencerUtil.pm error("unable to load addon ${addon_name}: $@") with perl 5.36 require message',
      },
      { lines: ["dh: error: unable to load addon sphinxdoc: Can't locate Debian/Debhelper/Sequence/sphinxdoc.pm in @INC (you may need to install the Debian::Debhelper::Sequence::sphinxdoc module) (@INC contains: /etc/perl /usr/share/perl5) at (eval 13) line 1."], captures: { addon: 'sphinxdoc', file: 'Debian/Debhelper/Sequence/sphinxdoc.pm' }, package: 'sphinx-common', source: 'debhelper 13.11.4 SequencerUtil.pm' },
    ],
    nearMisses: ['dh: unable to load addon nodejs: Debian/Debhelper/Sequence/nodejs.pm did not return a true value at (eval 11) line 1.', "Can't locate Debian/Debhelper/Sequence/python3.pm in @INC"],
    equivalents: { 'buildlog-consultant': ['dh-addon-load-failure'] },
  },
  {
    id: 'debhelper-addon-broken',
    family: 'debhelper',
    title: 'A dh addon is installed but fails to load',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh: unable to load addon nodejs: Debian/Debhelper/Sequence/nodejs.pm did not return a true value at (eval 11) line 1.
    match: /^dh: (?:error: )?unable to load addon (?<addon>[\w.+-]+): (?<file>Debian\/Debhelper\/Sequence\/[\w.+-]+\.pm) did not return a true value/,
    message: 'dh found the addon {{addon}} ({{file}}) but could not load it.',
    headline: 'dh addon {{addon}} fails to load',
    // The package that ships the addon module (trixie's Contents): dh-nodejs for Sequence/nodejs.pm.
    lookup: { kind: 'perl', name: '{{file}}' },
    fix: {
      summary: 'The installed addon module is broken or older than this dh expects: {{file}} comes from {{packages}} ({{suite}}); update it in the chroot, or build-depend on a fixed version of it.',
      steps: ['dpkg -s {{package}}   (inside the chroot: which version)', 'perl -c /usr/share/perl5/{{file}}'],
    },
    fixUnresolved: {
      summary: 'The installed addon module is broken or older than this dh expects: update the package that ships {{file}} in the chroot (or build-depend on a fixed version).',
      steps: ['dpkg -S {{file}}   (inside the chroot: which package, which version)', 'perl -c /usr/share/perl5/{{file}}'],
    },
    docs: {
      description: '`dh: unable to load addon X: Debian/Debhelper/Sequence/X.pm did not return a true value at (eval N) line 1.`',
      why: 'The addon\'s Perl module exists but its code failed or is incomplete: a bug in the addon package\'s version in the chroot.',
      fix: 'Use a fixed version of the package that ships the addon.',
    },
    examples: [
      { lines: ['dh: unable to load addon nodejs: Debian/Debhelper/Sequence/nodejs.pm did not return a true value at (eval 11) line 1.'], captures: { addon: 'nodejs', file: 'Debian/Debhelper/Sequence/nodejs.pm' }, package: 'dh-nodejs', source: 'buildlog-consultant src/common.rs test_dh_addon_load_failure' },
    ],
    nearMisses: ["dh: unable to load addon python3: Can't locate Debian/Debhelper/Sequence/python3.pm in @INC"],
    equivalents: { 'buildlog-consultant': ['dh-addon-load-failure'] },
  },
  {
    id: 'debhelper-addon-removed',
    family: 'debhelper',
    title: 'dh: an addon named in debian/rules was removed from debhelper',
    cause: 'debhelper-usage',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh: unable to load addon systemd: dh: The systemd-sequence is no longer provided in compat >= 11, please rely on dh_installsystemd instead
    match: /^dh: (?:error: )?unable to load addon (?<addon>[\w.+-]+): dh: The [\w.+-]+-sequence is no longer provided in compat >= (?<compat>\d+), please rely on (?<replacement>\S+) instead/,
    message: 'dh no longer has the {{addon}} addon at this compat level (>= {{compat}}); {{replacement}} does its work.',
    headline: 'dh addon {{addon}} removed in compat {{compat}}',
    fix: {
      summary: 'Drop `--with {{addon}}` from the dh line in debian/rules (and dh-systemd / dh-sequence-{{addon}} from Build-Depends): {{replacement}} runs by default at this compat level.',
      steps: ['%:\n\tdh $@   (without --with {{addon}})'],
    },
    docs: {
      description: '`dh: unable to load addon systemd: dh: The systemd-sequence is no longer provided in compat >= 11, please rely on dh_installsystemd instead`.',
      why: 'From compat 11 dh runs dh_installsystemd itself; the old systemd addon refuses to load so that services are not handled twice.',
      fix: 'Remove the addon from debian/rules and Build-Depends.',
    },
    examples: [
      { lines: ['dh: unable to load addon systemd: dh: The systemd-sequence is no longer provided in compat >= 11, please rely on dh_installsystemd instead'], captures: { addon: 'systemd', compat: '11', replacement: 'dh_installsystemd' }, source: 'buildlog-consultant src/common.rs test_dh_systemd' },
    ],
    nearMisses: ['dh: unable to load addon nodejs: Debian/Debhelper/Sequence/nodejs.pm did not return a true value at (eval 11) line 1.'],
  },
  {
    id: 'debhelper-option-removed',
    family: 'debhelper',
    title: 'dh: --until, --before, --after or --remaining are no longer supported',
    cause: 'debhelper-usage',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh: The --until option is not supported any longer (#932537). Use override targets instead.
    // dh: error: The --before option is not supported any longer (#932537). Use override targets instead.
    match: /^dh: (?:error: )?The --(?<option>until|before|after|remaining) option is not supported any longer/,
    message: 'dh refused --{{option}}: the option was removed (#932537).',
    headline: 'dh --{{option}} no longer supported',
    fix: {
      summary: 'Replace the `dh --{{option}} ...` call in debian/rules with override_dh_X / execute_before_dh_X / execute_after_dh_X targets (execute_* need compat >= 10).',
      steps: ['execute_after_dh_auto_build:\n\t<what ran between the steps>'],
    },
    docs: {
      description: '`dh: The --until option is not supported any longer (#932537). Use override targets instead.` (also --before, --after, --remaining).',
      why: 'debhelper 12.4 removed the options that run part of a sequence (#932537): they ran steps twice or in surprising orders.',
      fix: 'Express the customisation with override or hook targets in debian/rules.',
    },
    examples: [
      { lines: ['dh: The --until option is not supported any longer (#932537). Use override targets instead.'], captures: { option: 'until' }, source: 'buildlog-consultant src/common.rs test_dh_until_unsupported' },
      { lines: ['dh: The --before option is not supported any longer (#932537). Use override targets instead.'], captures: { option: 'before' }, source: 'buildlog-consultant src/common.rs test_dh_before' },
    ],
    nearMisses: ['dh: warning: The --until option is deprecated'],
    equivalents: { 'buildlog-consultant': ['dh-until-unsupported'] },
  },
  {
    id: 'debhelper-sequence-unknown',
    family: 'debhelper',
    title: 'dh was called with an unknown sequence, or with options before the sequence',
    cause: 'debhelper-usage',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh: Unknown sequence --with (options should not come before the sequence)
    // dh: error: Unknown sequence build-foo (choose from: binary binary-arch binary-indep build build-arch build-indep clean install install-arch install-indep)
    match: [
      /^dh: (?:error: )?Unknown sequence (?<sequence>\S+) \(options should not come before the sequence\)/,
      /^dh: (?:error: )?Unknown sequence (?<sequence>\S+) \(choose from: /,
    ],
    message: 'dh does not know the sequence {{sequence}}.',
    headline: 'dh: unknown sequence {{sequence}}',
    fix: {
      summary: 'Call dh with the target name first and options after it: `dh $@ --with ...` in the `%:` rule of debian/rules; only the standard targets are sequences.',
      steps: ['%:\n\tdh $@ --with ...'],
    },
    docs: {
      description: '`dh: Unknown sequence --with (options should not come before the sequence)` or `dh: Unknown sequence X (choose from: binary ...)`.',
      why: 'dh takes the sequence (the debian/rules target, `$@`) as its first argument; `dh --with foo $@` or a custom target passed to dh is refused.',
      fix: 'Write `dh $@ OPTIONS` and run only standard targets through dh.',
    },
    examples: [
      { lines: ['dh: Unknown sequence --with (options should not come before the sequence)'], captures: { sequence: '--with' }, source: 'buildlog-consultant src/common.rs test_dh_with_order' },
      { lines: ['dh: error: Unknown sequence build-foo (choose from: binary binary-arch binary-indep build build-arch build-indep clean install install-arch install-indep)'], captures: { sequence: 'build-foo' }, source: 'debhelper 13.11.4 dh' },
    ],
    nearMisses: ['   dh_auto_build -O--with=python3'],
    equivalents: { 'buildlog-consultant': ['debhelper-argument-order'] },
  },
  {
    id: 'debhelper-unknown-option',
    family: 'debhelper',
    title: 'A dh_* tool rejected an option',
    cause: 'debhelper-usage',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_auto_configure: error: unknown option or error during option parsing; aborting
    // dh_installdocs: unknown option; aborting            (debhelper < 12.8)
    match: /^(?<tool>dh(?:_\w+)?): (?:error: )?unknown option(?: or error during option parsing)?; aborting/,
    literals: { prefixes: ['dh: ', 'dh_'] },
    message: '{{tool}} stopped on an option it does not know (Getopt names it on the line above: `Unknown option: ...`).',
    headline: '{{tool}}: unknown option',
    fix: {
      summary: 'Remove or rename the option given to {{tool}} in debian/rules (or in DH_OPTIONS); options for the upstream build system go after `--` (e.g. `dh_auto_configure -- --enable-foo`).',
      steps: ["grep -n '{{tool}}' debian/rules", 'man {{tool}}   (the options this debhelper version knows)'],
    },
    docs: {
      description: '`dh_X: error: unknown option or error during option parsing; aborting` (debhelper 10 and later; `unknown option; aborting` before), after Getopt::Long\'s `Unknown option: NAME`.',
      why: 'The option was removed from debhelper (e.g. dh_install --list-missing, --fail-missing moved to dh_missing), is spelled wrongly, or is an upstream build-system option passed without `--`.',
      fix: 'Use the option the current tool documents, or pass build-system options after `--`.',
    },
    examples: [
      { lines: ['Unknown option: list-missing', 'dh_install: error: unknown option or error during option parsing; aborting'], line: 2, captures: { tool: 'dh_install' }, source: 'debhelper 13.11.4 Dh_Getopt.pm (Getopt::Long prints the first line)' },
      { lines: ['dh_installdocs: unknown option; aborting'], captures: { tool: 'dh_installdocs' }, source: 'debhelper 9 Dh_Getopt.pm' },
    ],
    nearMisses: ['dh_auto_configure: warning: ignored unknown options in DH_OPTIONS'],
  },
  {
    id: 'debhelper-link-to-directory',
    family: 'debhelper',
    title: 'dh_link: the link would replace a directory',
    cause: 'debhelper-usage',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_link: link destination debian/r-cran-crosstalk/usr/lib/R/site-library/crosstalk/lib/ionrangeslider is a directory
    match: /^dh_link: (?:error: )?link destination (?<path>\S+) is a directory/,
    message: 'dh_link cannot create the link {{path}}: a directory of that name is already in the package.',
    headline: 'dh_link: {{path}} is a directory',
    fix: {
      summary: 'Remove the directory before dh_link runs (e.g. `execute_before_dh_link: rm -rf {{path}}`) when the link is meant to replace an embedded copy, or drop the line from debian/*.links.',
      steps: ['execute_before_dh_link:\n\trm -rf {{path}}', "grep -rn \"$(basename {{path}})\" debian/*links"],
    },
    docs: {
      description: '`dh_link: link destination PATH is a directory` (debhelper 12.8 and later add `error:`).',
      why: 'debian/PACKAGE.links replaces an embedded copy (often a bundled JavaScript library) with a link to the system copy, but upstream now installs a directory there.',
      fix: 'Delete the embedded directory first, or stop linking.',
    },
    examples: [
      { lines: ['dh_link: link destination debian/r-cran-crosstalk/usr/lib/R/site-library/crosstalk/lib/ionrangeslider is a directory'], captures: { path: 'debian/r-cran-crosstalk/usr/lib/R/site-library/crosstalk/lib/ionrangeslider' }, source: 'buildlog-consultant src/common.rs test_dh_link_error' },
      { lines: ['dh_link: error: link destination debian/foo/usr/share/javascript/jquery is a directory'], captures: { path: 'debian/foo/usr/share/javascript/jquery' }, source: 'debhelper 13.11.4 Dh_Lib.pm make_symlink' },
    ],
    nearMisses: ['dh_link: warning: debian/foo/usr/lib/foo is a directory'],
    equivalents: { 'buildlog-consultant': ['dh-link-destination-is-directory'] },
  },
  {
    id: 'debhelper-upstart-job',
    family: 'debhelper',
    title: 'dh_installinit: the package still ships an upstart job',
    cause: 'debhelper-usage',
    side: 'package',
    tags: ['debhelper', 'build-failure'],
    // dh_installinit: upstart jobs are no longer supported!  Please remove debian/sddm.upstart and check if you need to add a conffile removal
    match: /^dh_installinit: (?:error: )?upstart jobs are no longer supported!\s+Please remove (?<file>\S+) and check/,
    message: 'dh_installinit refused {{file}}: upstart jobs are no longer supported (compat >= 11).',
    headline: 'upstart job {{file}} no longer supported',
    fix: {
      summary: 'Delete {{file}}, and add an rm_conffile for the old /etc/init/*.conf to debian/PACKAGE.maintscript if a released version shipped it.',
      steps: ['git rm {{file}}', 'rm_conffile /etc/init/NAME.conf VERSION~   (in debian/PACKAGE.maintscript)'],
    },
    docs: {
      description: '`dh_installinit: upstart jobs are no longer supported!  Please remove debian/X.upstart and check if you need to add a conffile removal`.',
      why: 'debhelper dropped upstart support at compat 11; a leftover debian/*.upstart file is an error there.',
      fix: 'Remove the file and clean up the conffile it installed in released versions.',
    },
    examples: [
      { lines: ['dh_installinit: upstart jobs are no longer supported!  Please remove debian/sddm.upstart and check if you need to add a conffile removal'], captures: { file: 'debian/sddm.upstart' }, source: 'buildlog-consultant src/common.rs test_upstart_file_present' },
    ],
    nearMisses: ['dh_installinit: warning: Detected an upstart file; these are no longer supported by dh_installinit in compat 11'],
    equivalents: { 'buildlog-consultant': ['upstart-file-present'] },
  },
  {
    id: 'debhelper-pybuild-no-interpreter',
    family: 'debhelper',
    title: 'pybuild found no Python interpreter in Build-Depends',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['debhelper', 'python', 'build-failure'],
    // E: Please add appropriate interpreter package to Build-Depends, see pybuild(1) for details.this: $VAR1 = bless( {
    match: /^E: Please add appropriate interpreter package to Build-Depends, see pybuild\(1\) for details/,
    message: 'dh\'s pybuild build system found no python3 interpreter package in Build-Depends.',
    headline: 'pybuild: no interpreter in Build-Depends',
    fix: {
      summary: 'Add python3-all (or python3, or python3-all-dev for extensions) to Build-Depends; pybuild picks the interpreters from them.',
      steps: ['Build-Depends: ..., dh-sequence-python3, python3-all, python3-setuptools'],
    },
    docs: {
      description: 'dh\'s pybuild build system (dh-python\'s Debian/Debhelper/Buildsystem/pybuild.pm) died with `E: Please add appropriate interpreter package to Build-Depends, see pybuild(1) for details.` followed by a Data::Dumper dump.',
      why: 'pybuild derives which Python versions to build for from python3/python3-all/python3-dev/python3-all-dev in Build-Depends (Build-Depends-Indep too); with none of them it has nothing to run.',
      fix: 'Build-depend on python3-all (arch: all and pure modules on every version) or python3-all-dev (extensions).',
    },
    examples: [
      { lines: ['   dh_auto_clean -O--buildsystem=pybuild', 'E: Please add appropriate interpreter package to Build-Depends, see pybuild(1) for details.this: $VAR1 = bless( {'], line: 2, captures: {}, source: 'buildlog-consultant src/common.rs test_dh_missing_addon; dh-python 5.20230130 pybuild.pm' },
    ],
    nearMisses: ['E: pybuild pybuild:389: test: plugin distutils failed with: exit code=1: cd /build/foo/.pybuild/cpython3_3.11/build; python3.11 -m pytest'],
    equivalents: { 'buildlog-consultant': ['dh-addon-load-failure'] },
  },
  {
    id: 'debhelper-pg-updatecontrol',
    family: 'debhelper',
    title: 'debian/control is out of date with debian/control.in (PostgreSQL extensions)',
    cause: 'source-package-invalid',
    side: 'package',
    tags: ['debhelper', 'postgresql', 'build-failure'],
    // Error: debian/control needs updating from debian/control.in. Run 'pg_buildext updatecontrol'.
    match: /^Error: (?<control>\S+) needs updating from (?<template>\S+)\. Run 'pg_buildext updatecontrol'/,
    message: '{{control}} no longer matches {{template}} for the PostgreSQL versions this chroot supports.',
    headline: '{{control}} needs pg_buildext updatecontrol',
    fix: {
      summary: 'Regenerate {{control}} from {{template}} with the current postgresql-common (it adds a binary package per supported PostgreSQL version) and commit the result.',
      steps: ['pg_buildext updatecontrol   (postgresql-common-dev; in the source tree)', 'git diff {{control}} && git commit -m "Regenerate debian/control" {{control}}'],
    },
    docs: {
      description: 'postgresql-common\'s check in the clean target of PostgreSQL extension packages: `Error: debian/control needs updating from debian/control.in. Run \'pg_buildext updatecontrol\'.`',
      why: 'Extension packages build one binary package per supported PostgreSQL major version; when the set of supported versions in the chroot changes, debian/control (generated from debian/control.in) is stale.',
      fix: 'Run pg_buildext updatecontrol and upload the regenerated debian/control.',
    },
    examples: [
      { lines: ["Error: debian/control needs updating from debian/control.in. Run 'pg_buildext updatecontrol'."], captures: { control: 'debian/control', template: 'debian/control.in' }, source: 'buildlog-consultant src/common.rs test_need_pgbuildext' },
    ],
    nearMisses: ['pg_buildext updatecontrol'],
    equivalents: { 'buildlog-consultant': ['need-pg-buildext-updatecontrol'] },
  },
];
