import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Perl: modules the build or the tests load that are not installed, too old, or only half there.
 * Wordings from perl 5.36 (libperl `Can't locate %s in @INC%-p (@INC contains:%-p)`, the 5.18+ hint
 * ` (you may need to install the X module)`, `%2p version %-p required--this is only version %-p`,
 * base.pm's `Base class package "%s" is empty.`), ExtUtils::MakeMaker 7.64 (`Warning: prerequisite %s
 * %s not found.`), Module::Build 0.4232 (`!  X is not installed`; 0.31 printed `- X is not installed`),
 * Dist::Zilla 6.030, and buildlog-consultant's tests (src/common.rs). Debian names a module's package
 * lib<name in lower case, `::` as `-`>-perl (Test::Needs → libtest-needs-perl).
 */
const aptModule = 'apt-file search "/$(echo \'{{module}}\' | sed \'s|::|/|g\').pm"';
const debianName = 'Debian names it lib<module in lower case, :: as ->-perl';

export const perl: readonly CatalogEntry[] = [
  {
    id: 'perl-module-not-found',
    family: 'perl',
    title: 'A Perl module the build loads is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['perl', 'build-failure'],
    // Can't locate Test/Needs.pm in @INC (you may need to install the Test::Needs module) (@INC contains: t/lib /<<PKGBUILDDIR>>/blib/lib ...
    // Can't locate Foo/Bar.pm in @INC (@INC contains: /etc/perl /usr/local/lib/perl/5.14.2 ...) at Makefile.PL line 3.
    match: [
      /Can't locate (?<path>[^\s()]+\.pm) in @INC \(you may need to install the (?<module>[\w:]+) module\)/,
      /Can't locate (?<path>[^\s()]+\.pm) in @INC \(@INC contains:/,
    ],
    literals: { anywhere: ["Can't locate "] },
    message: 'Perl cannot find {{path}} in @INC: the module is not installed in the build environment.',
    headline: 'Perl module {{path}} not found',
    lookup: { kind: 'perl', name: '{{path}}' },
    fix: { summary: 'Add {{packages}} (it ships {{path}} in {{suite}}) to Build-Depends in debian/control (Build-Depends-Indep for an arch: all package).', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: `Add the package that ships {{path}} to Build-Depends in debian/control (${debianName}); if the path is the package's own (lib/, inc/), the module was not built or the tests run without -Ilib.`, steps: ['apt-file search /{{path}}', 'Build-Depends: ..., <the package apt-file names>'] },
    docs: {
      description: 'perl died with `Can\'t locate Foo/Bar.pm in @INC (you may need to install the Foo::Bar module) (@INC contains: ...)` (perl ≥ 5.18; older perls print no hint).',
      why: 'A `use`/`require` of a module that no installed package ships: it is missing from Build-Depends (test modules such as Test::Needs or Test::Fatal count).',
      fix: 'Add the lib*-perl package shipping the module (the finding names it) to Build-Depends.',
    },
    examples: [
      { lines: ["Can't locate Test/Needs.pm in @INC (you may need to install the Test::Needs module) (@INC contains: t/lib /<<PKGBUILDDIR>>/blib/lib /<<PKGBUILDDIR>>/blib/arch /etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.30.0 /usr/local/share/perl/5.30.0 /usr/lib/x86_64-linux-gnu/perl5/5.30 /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl/5.30 /usr/share/perl/5.30 /usr/local/lib/site_perl /usr/lib/x86_64-linux-gnu/perl-base .) at t/01-basic.t line 7."], captures: { path: 'Test/Needs.pm', module: 'Test::Needs' }, package: 'libtest-needs-perl', source: 'buildlog-consultant src/common.rs test_missing_perl_module' },
      { lines: ["Converting tags.ledger... Can't locate String/Interpolate.pm in @INC (you may need to install the String::Interpolate module) (@INC contains: /etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.28.1 /usr/share/perl5) at /usr/bin/ledger2beancount line 29."], captures: { path: 'String/Interpolate.pm', module: 'String::Interpolate' }, package: 'libstring-interpolate-perl', source: 'buildlog-consultant src/common.rs test_missing_perl_module' },
      { lines: ["Can't locate Module/Install.pm in @INC (@INC contains: /etc/perl /usr/local/lib/perl/5.14.2 /usr/local/share/perl/5.14.2 /usr/lib/perl5 /usr/share/perl5 /usr/lib/perl/5.14 /usr/share/perl/5.14 /usr/local/lib/site_perl .) at Makefile.PL line 3."], captures: { path: 'Module/Install.pm' }, package: 'libmodule-install-perl', source: 'perl 5.14 (before the 5.18 "you may need to install" hint)' },
    ],
    nearMisses: ["Can't locate debian/perldl.conf in @INC (@INC contains: /<<PKGBUILDDIR>>/inc /etc/perl) at Makefile.PL line 12.", "Can't locate object method \"new\" via package \"Foo\" at x.pl line 2."],
    equivalents: { 'buildlog-consultant': ['missing-perl-module'] },
  },
  {
    id: 'perl-file-not-found',
    family: 'perl',
    title: 'Perl cannot find a file the build does or requires',
    cause: 'missing-file',
    side: 'package',
    tags: ['perl', 'build-failure'],
    // Can't locate debian/perldl.conf in @INC (@INC contains: /<<PKGBUILDDIR>>/inc /etc/perl ...) at Makefile.PL line 12.
    match: /Can't locate (?<path>[^\s()]+)(?<!\.pm) in @INC \(@INC contains:/,
    literals: { anywhere: ["Can't locate "] },
    message: 'Perl cannot find {{path}} (a `do` or `require` of a file, not a module).',
    headline: 'Perl file {{path}} not found',
    fix: { summary: 'Provide {{path}}: if it is a file of the package (debian/, a generated file), create it or fix the path; `do` and `require` look it up in @INC, which no longer holds "." since perl 5.26 (use "./{{path}}").', steps: ["grep -rn '{{path}}' Makefile.PL Build.PL debian/rules 2>/dev/null"] },
    docs: {
      description: 'perl died with `Can\'t locate some/file.conf in @INC (@INC contains: ...)` for a name that is not a .pm module.',
      why: '`do FILE` or `require FILE` with a relative path searches @INC; "." was removed from @INC in perl 5.26, so code that relied on it breaks, or the file was never created.',
      fix: 'Create the file, or use an explicit ./ path (a patch).',
    },
    examples: [{ lines: ["Can't locate debian/perldl.conf in @INC (@INC contains: /<<PKGBUILDDIR>>/inc /etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.28.1 /usr/local/share/perl/5.28.1 /usr/lib/x86_64-linux-gnu/perl5/5.28 /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl/5.28 /usr/share/perl/5.28 /usr/local/lib/site_perl /usr/lib/x86_64-linux-gnu/perl-base) at Makefile.PL line 12."], captures: { path: 'debian/perldl.conf' }, source: 'buildlog-consultant src/common.rs test_missing_perl_file' }],
    nearMisses: ["Can't locate Foo/Bar.pm in @INC (@INC contains: /etc/perl) at x line 1."],
    equivalents: { 'buildlog-consultant': ['missing-perl-file'] },
  },
  {
    id: 'perl-script-not-found',
    family: 'perl',
    title: 'perl was asked to run a script that does not exist',
    cause: 'missing-file',
    side: 'package',
    tags: ['perl', 'build-failure'],
    // Can't open perl script "Makefile.PL": No such file or directory
    match: /^Can't open perl script "(?<script>[^"]+)": No such file or directory/,
    message: 'perl cannot open the script {{script}}.',
    headline: 'perl script {{script}} not found',
    fix: { summary: 'Check that {{script}} exists where the build runs it: for Makefile.PL, the upstream source may use Build.PL or dzil (dist.ini) instead; debhelper picks the build system from the files it finds (dh --buildsystem=perl_build for Build.PL).', steps: ['ls Makefile.PL Build.PL dist.ini 2>&1'] },
    docs: {
      description: 'perl said `Can\'t open perl script "Makefile.PL": No such file or directory`.',
      why: 'The script is not in the directory the build runs it in: a tree from a git repository with only dist.ini, a wrong --sourcedirectory, or a Build.PL-only distribution.',
      fix: 'Build from the released tarball (which has Makefile.PL), or point debhelper at the right build system and directory.',
    },
    examples: [{ lines: ['Can\'t open perl script "Makefile.PL": No such file or directory'], captures: { script: 'Makefile.PL' }, source: 'buildlog-consultant src/common.rs test_missing_perl_file' }],
    nearMisses: ['perl Makefile.PL INSTALLDIRS=vendor'],
    equivalents: { 'buildlog-consultant': ['missing-perl-file'] },
  },
  {
    id: 'perl-module-version-too-old',
    family: 'perl',
    title: 'A Perl module is older than the code requires',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['perl', 'build-failure'],
    // List::Util version 1.56 required--this is only version 1.55 at /build/tmpttq5hhpt/package/blib/lib/List/AllUtils.pm line 8.
    match: /(?<![\w:])(?<module>[A-Za-z][\w:]*) version (?<required>v?[\d._]+) required--this is only version (?<have>v?[\d._]+)/,
    literals: { anywhere: [' required--this is only version '] },
    message: '{{module}} {{required}} is required, the build environment has {{have}}.',
    headline: '{{module}} >= {{required}} required, {{have}} installed',
    lookup: { kind: 'perl', name: '{{module}}' },
    fix: { summary: 'Version the Build-Depends: {{package}} (>= {{required}}) (the version of {{packages}} in {{suite}} decides whether that suite can build it).', steps: ['Build-Depends: ..., {{package}} (>= {{required}})'] },
    fixUnresolved: { summary: `Version the Build-Depends on the package that ships {{module}} (${debianName}) as (>= {{required}}), or build in a suite that has it; for a core module (List::Util, Scalar::Util) the dual-lived package (libscalar-list-utils-perl) or a newer perl provides it.`, steps: [aptModule, 'Build-Depends: ..., <the package> (>= {{required}})'] },
    docs: {
      description: 'perl died with `Foo version 1.56 required--this is only version 1.55` (a `use Foo 1.56;` against an older installed Foo).',
      why: 'The module is installed, but older than the source asks for.',
      fix: 'Add a versioned Build-Depends; if the suite has no new enough version, the package needs a newer dependency first (or a backport).',
    },
    examples: [{ lines: ['List::Util version 1.56 required--this is only version 1.55 at /build/tmpttq5hhpt/package/blib/lib/List/AllUtils.pm line 8.'], captures: { module: 'List::Util', required: '1.56', have: '1.55' }, source: 'buildlog-consultant src/common.rs test_missing_perl_module' }],
    nearMisses: ['Perl v5.36.0 required--this is only v5.32.1, stopped at Makefile.PL line 1.'],
    equivalents: { 'buildlog-consultant': ['missing-perl-module'] },
  },
  {
    id: 'perl-base-class-empty',
    family: 'perl',
    title: 'A base class module is not installed (base.pm: package is empty)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['perl', 'build-failure'],
    // Base class package "Module::Build" is empty.
    match: /^Base class package "(?<module>[\w:]+)" is empty\./,
    message: 'A `use base` / `use parent` names {{module}}, which is not installed (base.pm found no such package).',
    headline: 'Perl base class {{module}} not installed',
    lookup: { kind: 'perl', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships {{module}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: `Add the package that ships {{module}} to Build-Depends (${debianName}).`, steps: [aptModule, 'Build-Depends: ..., <the package apt-file names>'] },
    docs: {
      description: 'base.pm croaked `Base class package "Foo::Bar" is empty.` followed by `(Perhaps you need to \'use\' the module which defines that package first, ...`.',
      why: 'The class inherits from a module that could not be loaded, usually because it is not installed.',
      fix: 'Add the module\'s package to Build-Depends.',
    },
    examples: [{ lines: ['Base class package "Module::Build" is empty.', "    (Perhaps you need to 'use' the module which defines that package first,", '    or make that module available in @INC (@INC contains: /etc/perl /usr/share/perl5 /usr/share/perl/5.36).'], captures: { module: 'Module::Build' }, package: 'libmodule-build-perl', source: 'perl 5.36 base.pm' }],
    nearMisses: ['Base class package "Foo" is not empty but "Foo.pm" exists in the current directory.'],
    equivalents: { 'buildlog-consultant': ['missing-perl-module'] },
  },
  {
    id: 'perl-prerequisite-not-found',
    family: 'perl',
    title: 'Makefile.PL reports a prerequisite module missing',
    severity: 'warning',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['perl', 'makemaker'],
    // Warning: prerequisite Test::Fatal 0 not found.
    // Warning: prerequisite Moo 2.004 not found. We have 2.003006.
    // - ExtUtils::Depends         ...missing. (would need 0.302)
    match: [
      /^Warning: prerequisite (?<module>[\w:]+) (?<version>v?[\d._]+) not found\.(?: We have (?<have>[\w._]+)\.)?/,
      /^- (?<module>[\w:]+) +\.\.\.missing\. \(would need (?<version>[^)]+)\)/,
    ],
    message: 'Makefile.PL found the prerequisite {{module}} {{version}} missing (the build goes on and fails when it is used).',
    headline: 'Perl prerequisite {{module}} not found',
    lookup: { kind: 'perl', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships {{module}} in {{suite}}) to Build-Depends in debian/control, versioned (>= {{version}}) when a version is asked for.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: `Add the package that ships {{module}} to Build-Depends (${debianName}), versioned when Makefile.PL asks for a version other than 0.`, steps: [aptModule, 'Build-Depends: ..., <the package apt-file names>'] },
    docs: {
      description: 'ExtUtils::MakeMaker warned `Warning: prerequisite Foo::Bar 0 not found.` (or `... not found. We have 1.0.` for a version too old); Module::Install printed `- Foo ...missing. (would need 1.2)`.',
      why: 'Makefile.PL only warns; the tests or the build then fail where the module is loaded. The warning names the missing Build-Depends directly.',
      fix: 'Add every module it lists to Build-Depends (test modules too, with <!nocheck>).',
    },
    examples: [
      { lines: ['Warning: prerequisite Test::Fatal 0 not found.'], captures: { module: 'Test::Fatal', version: '0' }, package: 'libtest-fatal-perl', source: 'ExtUtils::MakeMaker 7.64 (perl 5.36) MakeMaker.pm line 614' },
      { lines: ['Warning: prerequisite Moo 2.004 not found. We have 2.003006.'], captures: { module: 'Moo', version: '2.004', have: '2.003006' }, source: 'ExtUtils::MakeMaker 7.64 MakeMaker.pm line 626' },
      { lines: ['- ExtUtils::Depends         ...missing. (would need 0.302)'], captures: { module: 'ExtUtils::Depends', version: '0.302' }, source: 'buildlog-consultant src/common.rs test_missing_perl_module' },
    ],
    nearMisses: ['Checking if your kit is complete...', '- ExtUtils::Depends         ...loaded. (0.8001 >= 0.302)'],
    equivalents: { 'buildlog-consultant': ['missing-perl-module'] },
  },
  {
    id: 'perl-build-pl-prereq-missing',
    family: 'perl',
    title: 'Build.PL reports a prerequisite module missing (Module::Build)',
    severity: 'warning',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['perl', 'module-build'],
    //     !  Test::Deep is not installed
    //     - YAML is not installed
    //     !  Test::More (0.88) is installed, but we need version >= 0.96
    match: [
      /^\s*(?:!|-) +(?:ERROR: )?(?<module>[A-Za-z][\w:]*) is not installed\s*$/,
      /^\s*! +(?<module>[A-Za-z][\w:]*) \((?<have>[^)]+)\) is installed, but we need version (?<version>[^,]+)$/,
    ],
    literals: { suffixes: [' is not installed'], anywhere: [') is installed, but we need version '] },
    message: 'Build.PL found {{module}} missing or too old.',
    headline: 'Perl prerequisite {{module}} not installed (Module::Build)',
    lookup: { kind: 'perl', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships {{module}} in {{suite}}) to Build-Depends in debian/control (versioned when Build.PL asks for a version).', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: `Add the package that ships {{module}} to Build-Depends (${debianName}).`, steps: [aptModule, 'Build-Depends: ..., <the package apt-file names>'] },
    docs: {
      description: 'Module::Build printed `Checking prerequisites...` and, under `requires:` or `build_requires:`, `!  Foo is not installed` (0.4232; 0.31 printed `- Foo is not installed`) or `!  Foo (1.0) is installed, but we need version >= 1.2`.',
      why: 'Build.PL only warns about missing prerequisites; the build or tests fail later where the module is loaded.',
      fix: 'Add the listed modules\' packages to Build-Depends.',
    },
    examples: [
      { lines: ['Checking prerequisites...', '  requires:', '    !  Test::Deep is not installed'], line: 3, captures: { module: 'Test::Deep' }, package: 'libtest-deep-perl', source: 'Module::Build 0.4232 Module/Build/Base.pm check_prereq' },
      { lines: ['    - YAML is not installed'], captures: { module: 'YAML' }, source: 'Module::Build 0.31 (CPANPLUS build log, 2009)' },
      { lines: ['  build_requires:', '    !  Test::More (0.88) is installed, but we need version >= 0.96'], line: 2, captures: { module: 'Test::More', have: '0.88', version: '>= 0.96' }, source: 'Module::Build 0.4232 Module/Build/Base.pm check_installed_status' },
    ],
    nearMisses: [' * Optional prerequisite Pod::Readme is not installed', 'Checking prerequisites...'],
    equivalents: { 'buildlog-consultant': ['missing-perl-module'] },
  },
  {
    id: 'perl-package-not-loaded',
    family: 'perl',
    title: 'A class is used but its module was never loaded (often: not installed)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['perl', 'build-failure'],
    // Can't locate object method "new" via package "Dist::Inkt::Profile::TOBYINK" (perhaps you forgot to load "Dist::Inkt::Profile::TOBYINK"?) at /usr/share/perl5/Dist/Inkt.pm line 208.
    match: /Can't locate object method "(?<method>[^"]+)" via package "(?<module>[\w:]+)" \(perhaps you forgot to load "[\w:]+"\?\)/,
    literals: { anywhere: ["Can't locate "] },
    message: 'Code calls {{module}}->{{method}}, but no module defining {{module}} was loaded: usually it is not installed (a plugin loaded by name).',
    headline: 'Perl package {{module}} not loaded',
    lookup: { kind: 'perl', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships {{module}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: `Add the package that ships {{module}} to Build-Depends (${debianName}); if {{module}} is a plugin or profile (Dist::Inkt::Profile::*, Dist::Zilla::Plugin::*), the source needs an authoring tool Debian builds do not use: build from the released tarball instead.`, steps: [aptModule] },
    docs: {
      description: 'perl died with `Can\'t locate object method "new" via package "Foo" (perhaps you forgot to load "Foo"?)`.',
      why: 'A class name (often built from configuration, e.g. a plugin) was used without its module being loaded: the module is not installed or its load error was swallowed.',
      fix: 'Install (Build-Depend on) the module.',
    },
    examples: [{ lines: ['Can\'t locate object method "new" via package "Dist::Inkt::Profile::TOBYINK" (perhaps you forgot to load "Dist::Inkt::Profile::TOBYINK"?) at /usr/share/perl5/Dist/Inkt.pm line 208.'], captures: { method: 'new', module: 'Dist::Inkt::Profile::TOBYINK' }, source: 'buildlog-consultant src/common.rs test_missing_perl_module' }],
    nearMisses: ['Can\'t locate object method "foo" via package "Bar" at t/x.t line 3.'],
    equivalents: { 'buildlog-consultant': ['missing-perl-module'] },
  },
  {
    id: 'perl-authoring-plugin-missing',
    family: 'perl',
    title: 'A Dist::Zilla, Pod::Weaver or Dist::Inkt plugin is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['perl', 'dist-zilla', 'build-failure'],
    // Required plugin bundle Dist::Zilla::PluginBundle::Git isn't installed.
    // Required plugin Dist::Zilla::Plugin::PPPort isn't installed.
    // Pod::Weaver::Plugin::WikiDoc (for section -WikiDoc) does not appear to be installed
    // >(error): Could not expand [ 'Dist::Inkt::Profile::TOBYINK'
    match: [
      /^Required plugin(?: bundle)? (?<module>[\w:]+) isn't installed\./,
      /^(?<module>[\w:]+) \(for section [^)]*\) does not appear to be installed/,
      /^>\(error\): Could not expand \[ '(?<module>[\w:]+)'/,
    ],
    literals: { prefixes: ['Required plugin', '>(error): Could not expand'], anywhere: [') does not appear to be installed'] },
    message: 'The authoring tool needs the plugin {{module}}, which is not installed.',
    headline: 'Perl plugin {{module}} not installed',
    lookup: { kind: 'perl', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships {{module}} in {{suite}}) to Build-Depends, or better build from the released CPAN tarball, which has a generated Makefile.PL and needs no dzil.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: `Build from the released CPAN tarball (it has Makefile.PL; dzil and its plugins are authoring tools), or add the package that ships {{module}} to Build-Depends (${debianName}).`, steps: [aptModule] },
    docs: {
      description: 'Dist::Zilla said `Required plugin [bundle] X isn\'t installed.`, Pod::Weaver `X (for section -Y) does not appear to be installed`, Dist::Inkt `Could not expand [ \'X\'`.',
      why: 'The source is an author\'s tree built with dzil or Dist::Inkt; their plugins are rarely packaged.',
      fix: 'Use the released tarball (debian/watch on CPAN), or Build-Depend on the plugins.',
    },
    examples: [
      { lines: ["Required plugin bundle Dist::Zilla::PluginBundle::Git isn't installed."], captures: { module: 'Dist::Zilla::PluginBundle::Git' }, source: 'buildlog-consultant src/common.rs test_missing_perl_plugin' },
      { lines: ["Required plugin Dist::Zilla::Plugin::PPPort isn't installed."], captures: { module: 'Dist::Zilla::Plugin::PPPort' }, source: 'buildlog-consultant src/common.rs test_missing_perl_plugin' },
      { lines: ['Pod::Weaver::Plugin::WikiDoc (for section -WikiDoc) does not appear to be installed'], captures: { module: 'Pod::Weaver::Plugin::WikiDoc' }, source: 'buildlog-consultant src/common.rs test_missing_perl_module' },
      { lines: [">(error): Could not expand [ 'Dist::Inkt::Profile::TOBYINK'"], captures: { module: 'Dist::Inkt::Profile::TOBYINK' }, source: 'buildlog-consultant src/common.rs test_perl_expand' },
    ],
    nearMisses: ['[DZ] beginning to build Foo-Bar'],
    equivalents: { 'buildlog-consultant': ['missing-perl-module'] },
  },
  {
    id: 'perl-test-requires-module',
    family: 'perl',
    title: 'A Perl test requires a module that is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['perl', 'test-failure'],
    // ERROR: FAILED--Further testing stopped: Test requires module 'Test::Needs' but it's not found
    // # Module 'Test::Pod' is not installed
    match: [
      /Further testing stopped: Test requires module '(?<module>[\w:]+)' but it's not found/,
      /^# Module '(?<module>[\w:]+)' is not installed/,
    ],
    literals: { prefixes: ["# Module '"], anywhere: ["Further testing stopped: Test requires module '"] },
    message: 'A test needs {{module}}, which is not installed.',
    headline: 'Perl test module {{module}} not installed',
    lookup: { kind: 'perl', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships {{module}} in {{suite}}) to Build-Depends (test-only: with <!nocheck>).', steps: ['Build-Depends: ..., {{package}} <!nocheck>'] },
    fixUnresolved: { summary: `Add the package that ships {{module}} to Build-Depends with <!nocheck> (${debianName}).`, steps: [aptModule] },
    docs: {
      description: 'A test bailed out: `FAILED--Further testing stopped: Test requires module \'X\' but it\'s not found`, or printed `# Module \'X\' is not installed`.',
      why: 'The test suite depends on a module that is not in Build-Depends.',
      fix: 'Add the module\'s package to Build-Depends with <!nocheck>.',
    },
    examples: [
      { lines: ["ERROR: FAILED--Further testing stopped: Test requires module 'Test::Needs' but it's not found"], captures: { module: 'Test::Needs' }, source: 'buildlog-consultant src/common.rs (missing-perl-module matcher)' },
      { lines: ["# Module 'Test::Pod' is not installed"], captures: { module: 'Test::Pod' }, source: 'buildlog-consultant src/common.rs (missing-perl-module matcher)' },
    ],
    nearMisses: ['t/pod.t .. skipped: Test::Pod 1.22 required for testing POD'],
    equivalents: { 'buildlog-consultant': ['missing-perl-module'] },
  },
  {
    id: 'perl-module-install-ext-missing',
    family: 'perl',
    title: 'Makefile.PL calls a Module::Install extension that is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['perl', 'module-install', 'build-failure'],
    // 	(Do you need to predeclare author_tests?)
    // Bareword "use_test_base" not allowed while "strict subs" in use at Makefile.PL line 12.
    match: [
      /^\s*\(Do you need to predeclare (?<name>\w+)\?\)/,
      /^Bareword "(?<name>\w+)" not allowed while "strict subs" in use at Makefile\.PL line \d+/,
    ],
    literals: { prefixes: ['(Do you need to predeclare ', 'Bareword "'] },
    message: 'Makefile.PL calls {{name}}, a command from a Module::Install extension that is not installed.',
    headline: 'Module::Install command {{name}} unknown',
    fix: { summary: 'Add the Module::Install extension that defines {{name}} to Build-Depends (author_tests: libmodule-install-authortests-perl, readme_from: libmodule-install-readmefrompod-perl, use_test_base: libtest-base-perl, auto_set_repository: libmodule-install-repository-perl), or drop the call from Makefile.PL in a patch.', steps: ["apt-file search -x '/Module/Install/.*\\.pm$' | grep -i '{{name}}'"] },
    docs: {
      description: 'perl complained about Makefile.PL: `(Do you need to predeclare author_tests?)`, `Bareword "use_test_base" not allowed while "strict subs" in use at Makefile.PL`.',
      why: 'Module::Install\'s commands are functions from extensions (Module::Install::AuthorTests, ...); without the extension the call is a bareword.',
      fix: 'Build-Depend on the extension, or remove the (usually author-only) call.',
    },
    examples: [
      { lines: ['String found where operator expected at Makefile.PL line 13, near "author_tests \'xt\'"', '\t(Do you need to predeclare author_tests?)'], line: 2, captures: { name: 'author_tests' }, source: 'buildlog-consultant src/common.rs test_perl_missing_predeclared' },
      { lines: ['Bareword "use_test_base" not allowed while "strict subs" in use at Makefile.PL line 12.'], captures: { name: 'use_test_base' }, source: 'buildlog-consultant src/common.rs test_perl_missing_predeclared' },
    ],
    nearMisses: ['syntax error at Makefile.PL line 13, near "author_tests \'xt\'"'],
    equivalents: { 'buildlog-consultant': ['missing-perl-predeclared'] },
  },
  {
    id: 'perl-makefile-pl-bareword',
    family: 'perl',
    title: 'Makefile.PL does not parse: an undeclared function (a missing Module::Install extension)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['perl', 'module-install', 'build-failure'],
    // String found where operator expected at Makefile.PL line 8, near "readme_from    'lib/URL/Encode.pod'"
    match: /^String found where operator expected at Makefile\.PL line \d+, near "(?<function>[a-z0-9_]+)\s/,
    message: 'Makefile.PL calls {{function}}, which perl does not know: a command from a Module::Install extension that is not installed.',
    headline: 'Makefile.PL: {{function}} undeclared',
    fix: { summary: 'Add the Module::Install extension that defines {{function}} to Build-Depends (readme_from: libmodule-install-readmefrompod-perl, author_tests: libmodule-install-authortests-perl), or remove the call from Makefile.PL in a patch.', steps: ["apt-file search -x '/Module/Install/.*\\.pm$'"] },
    docs: {
      description: 'perl warned `String found where operator expected at Makefile.PL line N, near "readme_from \'...\'"`.',
      why: 'The word is a Module::Install extension\'s command; its extension is not installed, so perl parses the call as a bareword followed by a string.',
      fix: 'Build-Depend on the extension or patch the call out.',
    },
    examples: [{ lines: ['String found where operator expected at Makefile.PL line 8, near "readme_from    \'lib/URL/Encode.pod\'"'], captures: { function: 'readme_from' }, source: 'buildlog-consultant src/common.rs test_perl_missing_predeclared' }],
    nearMisses: ['String found where operator expected at lib/Foo.pm line 8, near "x \'y\'"'],
    equivalents: { 'buildlog-consultant': ['missing-perl-predeclared'] },
  },
];
