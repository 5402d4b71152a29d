import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Meson: `[path/]meson.build:LINE:COL: ERROR: message` (or `ERROR: message` without a location; some
 * versions print two spaces after `ERROR:`). Wordings from meson 1.0.1 (bookworm) and 1.7.0 (trixie):
 * dependencies/detect.py (`Dependency "x" not found, tried pkgconfig and cmake`), dependencies/base.py
 * (`Invalid version, need 'x' ['>= 1'] found '0.9'.`), interpreter.py (`Meson version is X but project
 * requires Y`, `Program 'x' not found or not executable`), dependencyfallbacks.py (`Dependency 'x' is
 * required but not found.`), coredata.py (`Unknown options: "x"`), wrap.py (`Automatic wrap-based
 * subproject downloading is disabled`); older ones (`Native dependency 'x' not found`, `Pkg-config not
 * found.`, `Program(s) ['x'] not found or not executable`, `Invalid version of dependency, need ...`)
 * from buildlog-consultant's tests and real logs. The `Run-time dependency x found: NO (tried ...)`
 * status line is printed for optional dependencies too: only the ERROR line means the build stopped.
 */

/** `meson.build:12:0: ` / `../meson.build:1:0: ` / `src/plugins/sysprof/meson.build:3:0: ` (optional). */
const AT = String.raw`^(?:(?<file>\S*meson\.build):(?<lineno>\d+):\d+: )?ERROR:\s+`;

export const meson: readonly CatalogEntry[] = [
  {
    id: 'meson-dependency-not-found',
    family: 'meson',
    title: 'Meson did not find a dependency the project requires',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // meson.build:10:0: ERROR: Dependency "gssdp-1.2" not found, tried pkgconfig
    // meson.build:31:0: ERROR: Dependency "libsoup-3.0" not found, tried pkgconfig and cmake
    // ERROR:  Dependency "glib-2.0" not found, tried pkgconfig        (two spaces)
    // meson.build:18:0: ERROR: Native dependency 'zathura' not found  (meson ≤ 0.47)
    match: [
      new RegExp(AT + String.raw`Dependency "(?<name>[^"]+)" not found(?:, tried (?<tried>[^\n]+))?$`),
      new RegExp(AT + String.raw`Native dependency '(?<name>[^']+)' not found`),
    ],
    literals: { anywhere: ['ERROR: Dependency "', 'ERROR:  Dependency "', "ERROR: Native dependency '"] },
    message: 'Meson did not find {{name}}: the package that ships its pkg-config file (or CMake config) is not installed.',
    headline: 'Dependency "{{name}}" not found',
    lookup: { kind: 'pkg-config', name: '{{name}}' },
    fix: { summary: 'Add {{packages}} (it ships {{name}}.pc in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships {{name}}.pc (or {{name}}Config.cmake) to Build-Depends in debian/control; meson\'s own names (boost, threads, openmp, qt5, gtest) map to libboost-dev, libgomp (gcc), qtbase5-dev, googletest.',
      steps: ["apt-file search --regexp '/pkgconfig/{{name}}\\.pc$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'Meson stopped at a required dependency(): `meson.build:10:0: ERROR: Dependency "x" not found, tried pkgconfig and cmake` (meson ≤ 0.47: `Native dependency \'x\' not found`).',
      why: 'dependency() looks the name up with pkg-config (then CMake); the .pc file comes with the library\'s -dev package, missing from Build-Depends. Debian builds run meson with --wrap-mode=nodownload, so no subproject fallback is fetched.',
      fix: 'Build-Depend on the -dev package that ships x.pc (the finding names it from the package index).',
    },
    examples: [
      { lines: ['meson.build:10:0: ERROR: Dependency "gssdp-1.2" not found, tried pkgconfig'], captures: { file: 'meson.build', lineno: '10', name: 'gssdp-1.2', tried: 'pkgconfig' }, source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
      { lines: ['src/plugins/sysprof/meson.build:3:0: ERROR: Dependency "sysprof-3" not found, tried pkgconfig'], captures: { file: 'src/plugins/sysprof/meson.build', lineno: '3', name: 'sysprof-3', tried: 'pkgconfig' }, source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
      { lines: ['Run-time dependency libsoup-3.0 found: NO (tried pkgconfig and cmake)', '', 'meson.build:31:0: ERROR: Dependency "libsoup-3.0" not found, tried pkgconfig and cmake'], line: 3, captures: { file: 'meson.build', lineno: '31', name: 'libsoup-3.0', tried: 'pkgconfig and cmake' }, package: 'libsoup-3.0-dev', source: 'meson 1.0.1 dependencies/detect.py (the status line, then DependencyException)' },
      { lines: ['ERROR:  Dependency "glib-2.0" not found, tried pkgconfig'], captures: { name: 'glib-2.0', tried: 'pkgconfig' }, package: 'libgio-2.0-dev', source: 'meson 0.5x without a location, two spaces after ERROR: (issue 8 part 5)' },
      { lines: ["meson.build:18:0: ERROR: Native dependency 'zathura' not found"], captures: { file: 'meson.build', lineno: '18', name: 'zathura' }, source: 'real meson 0.4x output quoted in a public README (zathura build notes)' },
    ],
    nearMisses: ['Run-time dependency libsoup-3.0 found: NO (tried pkgconfig and cmake)', 'Dependency glib-2.0 found: YES 2.74.6 (cached)'],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'meson-dependency-required',
    family: 'meson',
    title: 'Meson did not find a dependency (nor a fallback subproject) the project requires',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // ../meson.build:5:0: ERROR: Dependency 'zlib' is required but not found.
    // (meson 1.0.1 / 1.7.0 interpreter/dependencyfallbacks.py)
    match: new RegExp(AT + String.raw`Dependency '(?<name>[^']+)' is required but not found`),
    literals: { anywhere: ["ERROR: Dependency '", "ERROR:  Dependency '"] },
    message: 'Meson did not find {{name}} and may not use a subproject instead: the package that ships its pkg-config file is not installed.',
    headline: "Dependency '{{name}}' is required but not found",
    lookup: { kind: 'pkg-config', name: '{{name}}' },
    fix: { summary: 'Add {{packages}} (it ships {{name}}.pc in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships {{name}}.pc to Build-Depends in debian/control (Debian builds use --wrap-mode=nodownload: the fallback subproject is not fetched).',
      steps: ["apt-file search --regexp '/pkgconfig/{{name}}\\.pc$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'A dependency() with a fallback (or with allow_fallback) failed: `ERROR: Dependency \'x\' is required but not found.`',
      why: 'Neither the system package nor the subproject is available: the -dev package is missing from Build-Depends and Debian forbids downloading the subproject.',
      fix: 'Build-Depend on the -dev package that ships x.pc.',
    },
    examples: [{ lines: ["../meson.build:5:0: ERROR: Dependency 'zlib' is required but not found."], captures: { file: '../meson.build', lineno: '5', name: 'zlib' }, package: 'zlib1g-dev', source: 'meson 1.0.1 interpreter/dependencyfallbacks.py line 369 (f"Dependency {self._display_name!r} is required but not found.")' }],
    nearMisses: ["Dependency zlib found: NO found 1.2.11 but need: '>= 1.2.13'", 'Looking for a fallback subproject for the dependency zlib'],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'meson-dependency-too-old',
    family: 'meson',
    title: 'Meson found a dependency older than the project requires',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // meson.build:84:0: ERROR: Invalid version of dependency, need 'libpeas-1.0' ['>= 1.24.0'] found '1.22.0'.   (meson ≤ 0.6x)
    // meson.build:40:0: ERROR: Invalid version, need 'glib-2.0' ['>= 2.76'] found '2.74.6'.                     (meson 1.0.1, 1.7.0 dependencies/base.py)
    match: new RegExp(AT + String.raw`Invalid version(?: of dependency)?, need '(?<name>[^']+)' \['(?<op>[<>=!]=?)\s*(?<required>[^']+)'[^\]]*\] found '(?<found>[^']*)'`),
    literals: { anywhere: ['ERROR: Invalid version'] },
    message: 'The project needs {{name}} {{op}} {{required}}; the installed version is {{found}}.',
    headline: '{{name}} {{found}} is too old (needs {{op}} {{required}})',
    lookup: { kind: 'pkg-config', name: '{{name}}' },
    fix: {
      summary: 'Version the Build-Depends on {{package}} (it ships {{name}}.pc in {{suite}}): `{{package}} ({{op}} {{required}})`; if the target suite has no such version, build for a suite that has it (or backport it).',
      steps: ['Build-Depends: ..., {{package}} ({{op}} {{required}})'],
    },
    fixUnresolved: {
      summary: 'Version the Build-Depends on the -dev package that ships {{name}}.pc: `<package> ({{op}} {{required}})`; if the target suite has no such version, build for a suite that has it (or backport it).',
      steps: ["apt-file search --regexp '/pkgconfig/{{name}}\\.pc$'", 'Build-Depends: ..., <package> ({{op}} {{required}})'],
    },
    docs: {
      description: 'Meson found the dependency but rejected its version: `ERROR: Invalid version of dependency, need \'x\' [\'>= 1.4\'] found \'1.2\'.` (meson ≥ 1.0: `Invalid version, need ...`), after the status line `Dependency x found: NO found 1.2 but need: \'>= 1.4\'`.',
      why: 'The source needs a newer library than the chroot has: Build-Depends lack the version (so the old one satisfied them), or the suite is too old for this release.',
      fix: 'Version the Build-Depends entry; build for a suite that has it or backport it.',
    },
    examples: [
      { lines: ["meson.build:84:0: ERROR: Invalid version of dependency, need 'libpeas-1.0' ['>= 1.24.0'] found '1.22.0'."], captures: { file: 'meson.build', lineno: '84', name: 'libpeas-1.0', op: '>=', required: '1.24.0', found: '1.22.0' }, package: 'libpeas-dev', source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
      { lines: ["meson.build:233:0: ERROR: Invalid version of dependency, need 'vte-2.91' ['>=0.63.0'] found '0.62.3'."], captures: { file: 'meson.build', lineno: '233', name: 'vte-2.91', op: '>=', required: '0.63.0', found: '0.62.3' }, package: 'libvte-2.91-dev', source: 'buildlog-consultant src/common.rs test_pkg_config_missing' },
      { lines: ["Dependency glib-2.0 found: NO found 2.74.6 but need: '>= 2.76'", "meson.build:40:0: ERROR: Invalid version, need 'glib-2.0' ['>= 2.76'] found '2.74.6'."], line: 2, captures: { file: 'meson.build', lineno: '40', name: 'glib-2.0', op: '>=', required: '2.76', found: '2.74.6' }, package: 'libgio-2.0-dev', source: 'meson 1.0.1 dependencies/base.py _check_version (status line, then "Invalid version, need {!r} {!r} found {!r}.")' },
    ],
    nearMisses: ["Dependency glib-2.0 found: NO found 2.74.6 but need: '>= 2.76'", "meson.build:12:0: ERROR: Invalid version of program, need 'sassc' ['>= 3.6'] found '3.5'."],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'meson-version-too-old',
    family: 'meson',
    title: 'The project needs a newer Meson than the chroot has',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // meson.build:1:0: ERROR: Meson version is 0.49.2 but project requires >=0.50
    // ../meson.build:1:0: ERROR: Meson version is 0.56.2 but project requires >= 0.57.0
    // (meson 1.0.1 / 1.7.0 interpreter.py: f'Meson version is {cv} but project requires {pv}'; the same text since 0.4x)
    match: new RegExp(AT + String.raw`Meson version is (?<running>\S+) but project requires (?<op>[<>=!]=?)\s*(?<required>\d[\d.]*\d|\d)`),
    literals: { anywhere: ['ERROR: Meson version is '] },
    message: 'The project needs Meson {{op}} {{required}}; the build environment has {{running}}.',
    headline: 'Meson {{running}} is too old (project requires {{op}} {{required}})',
    fix: {
      summary: 'Build for a suite with Meson {{op}} {{required}} (bullseye 0.56.2, bookworm 1.0.1, trixie 1.7.0; backports have newer) and say so: `meson ({{op}} {{required}})` in Build-Depends; or lower meson_version in project() with a patch if nothing newer is used.',
      steps: ['Build-Depends: ..., meson ({{op}} {{required}})'],
    },
    docs: {
      description: 'project(meson_version: ...) failed: `meson.build:1:0: ERROR: Meson version is 0.56.2 but project requires >= 0.57.0`.',
      why: 'The upstream release needs a newer Meson than the suite the package is built for.',
      fix: 'Build for (or with backports of) a suite with that Meson and version the Build-Depends, or patch meson_version down when it is not really needed.',
    },
    examples: [
      { lines: ['meson.build:1:0: ERROR: Meson version is 0.49.2 but project requires >=0.50'], captures: { file: 'meson.build', lineno: '1', running: '0.49.2', op: '>=', required: '0.50' }, source: 'buildlog-consultant src/common.rs test_meson_version' },
      { lines: ['The Meson build system', 'Version: 0.56.2', '', '../meson.build:1:0: ERROR: Meson version is 0.56.2 but project requires >= 0.57.0'], line: 4, captures: { file: '../meson.build', lineno: '1', running: '0.56.2', op: '>=', required: '0.57.0' }, source: 'buildlog-consultant src/testdata/sbuild.meson.log' },
    ],
    nearMisses: ['Version: 0.56.2', 'Project version: 0.57.0'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency'] },
  },
  {
    id: 'meson-program-not-found',
    family: 'meson',
    title: 'find_program() found no program the project requires',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // meson.build:39:2: ERROR: Program(s) ['wrc'] not found or not executable        (meson ≤ 0.5x)
    // meson.build:120:2: ERROR: Program 'glib-compile-resources' not found or not executable   (meson ≥ 0.6x, 1.0.1, 1.7.0)
    // ERROR: Program or command 'gperf' not found or not executable
    match: [
      new RegExp(AT + String.raw`Program\(s\) \['(?<command>[^']+)'(?:, '[^']*')*\] not found or not executable`),
      new RegExp(AT + String.raw`Program (?:or command )?'(?<command>[^']+)' not found or not executable`),
    ],
    literals: { suffixes: ['not found or not executable'] },
    message: 'meson.build needs the program {{command}}, which is not installed.',
    headline: "Program '{{command}}' not found",
    lookup: { kind: 'command', name: '{{command}}' },
    fix: { summary: 'Add {{packages}} (it ships {{command}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{command}} to Build-Depends in debian/control (glib-compile-resources and gdbus-codegen: libglib2.0-dev-bin, in trixie libgio-2.0-dev-bin; wayland-scanner: libwayland-bin; rst2man: python3-docutils; g-ir-scanner: gobject-introspection).',
      steps: ["apt-file search --regexp '/s?bin/{{command}}$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'A required find_program() failed: `ERROR: Program \'x\' not found or not executable` (meson ≤ 0.5x: `Program(s) [\'x\'] not found or not executable`).',
      why: 'The program is not installed in the chroot: it is missing from Build-Depends (tools such as glib-compile-resources or wayland-scanner live in separate -bin packages).',
      fix: 'Build-Depend on the package that ships the program.',
    },
    examples: [
      { lines: ["meson.build:39:2: ERROR: Program(s) ['wrc'] not found or not executable"], captures: { file: 'meson.build', lineno: '39', command: 'wrc' }, source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ["data/meson.build:120:2: ERROR: Program 'glib-compile-resources' not found or not executable"], captures: { file: 'data/meson.build', lineno: '120', command: 'glib-compile-resources' }, package: 'libgio-2.0-dev-bin', source: "meson 1.0.1 interpreter.py line 1553 ('Program {!r} not found or not executable')" },
    ],
    nearMisses: ['Program wrc found: NO', "Program glib-compile-resources found: YES (/usr/bin/glib-compile-resources)"],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'meson-git-not-found',
    family: 'meson',
    title: 'Meson needs git (vcs_tag, run_command) and it is not installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // meson.build:13:0: ERROR: Git program not found.
    // (meson 1.0.1 / 1.7.0 utils/universal.py)
    match: new RegExp(AT + String.raw`Git program not found`),
    literals: { anywhere: ['ERROR: Git program not found'] },
    message: 'Meson needs the git program, which is not installed.',
    headline: 'Git program not found',
    fix: { summary: 'Add git to Build-Depends (or patch the version lookup: a Debian source package has no .git directory).', steps: ['Build-Depends: ..., git'] },
    docs: {
      description: 'Meson stopped: `meson.build:13:0: ERROR: Git program not found.`',
      why: 'The project runs git (for a version string or a subproject); git is not part of build-essential.',
      fix: 'Build-Depend on git, or patch the project to take the version from meson.build.',
    },
    examples: [{ lines: ['meson.build:13:0: ERROR: Git program not found.'], captures: { file: 'meson.build', lineno: '13' }, source: 'buildlog-consultant src/common.rs test_meson_missing_git' }],
    nearMisses: ['Program git found: NO'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'meson-library-not-found',
    family: 'meson',
    title: 'cc.find_library() found no library the project requires',
    cause: 'missing-library',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // meson.build:85:0: ERROR: C++ shared or static library 'vulkan-1' not found
    // meson.build:40:0: ERROR: C shared or static library 'm' not found
    match: new RegExp(AT + String.raw`(?:C|C\+\+|Fortran|Objective-C|Vala|D|Rust) (?:shared or static|shared|static) library '(?<library>[^']+)' not found`),
    literals: { anywhere: [" library '"] },
    message: 'meson.build needs the library lib{{library}}, which is not installed.',
    headline: "library '{{library}}' not found",
    lookup: { kind: 'library', name: '{{library}}' },
    fix: { summary: 'Add {{packages}} (it ships lib{{library}}.so in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships lib{{library}}.so (the unversioned symlink) to Build-Depends in debian/control.',
      steps: ["apt-file search --regexp '/lib{{library}}\\.(so|a)$'", 'Build-Depends: ..., <the -dev package>'],
    },
    docs: {
      description: 'A required cc.find_library() failed: `ERROR: C++ shared or static library \'vulkan-1\' not found`.',
      why: 'The linker finds libNAME.so through the unversioned symlink, which only the -dev package ships.',
      fix: 'Build-Depend on the -dev package that ships libNAME.so.',
    },
    examples: [{ lines: ["meson.build:85:0: ERROR: C++ shared or static library 'vulkan-1' not found"], captures: { file: 'meson.build', lineno: '85', library: 'vulkan-1' }, source: 'buildlog-consultant src/common.rs test_meson_missing_lib' }],
    nearMisses: ['Library vulkan-1 found: NO'],
    equivalents: { 'buildlog-consultant': ['missing-library'] },
  },
  {
    id: 'meson-header-not-found',
    family: 'meson',
    title: 'cc.has_header()/check_header() with required: found no header',
    cause: 'missing-header',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // meson.build:60:2: ERROR: C header 'linux/videodev2.h' not found
    // (meson 1.0.1 interpreter/compiler.py line 531: f'{lang} header {hname!r} not found')
    match: new RegExp(AT + String.raw`(?:C|C\+\+|Objective-C) header '(?<header>[^']+)' not found`),
    literals: { anywhere: [" header '"] },
    message: 'meson.build requires the header {{header}}, which is not installed.',
    headline: "header '{{header}}' not found",
    lookup: { kind: 'header', name: '{{header}}' },
    fix: { summary: 'Add {{packages}} (it ships {{header}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships {{header}} to Build-Depends in debian/control.',
      steps: ["apt-file search --regexp '/include/(.*/)?{{header}}$'", 'Build-Depends: ..., <the -dev package>'],
    },
    docs: {
      description: 'A required header check failed: `ERROR: C header \'x.h\' not found`.',
      why: 'Headers come with -dev packages, which must be in Build-Depends.',
      fix: 'Build-Depend on the -dev package that ships the header.',
    },
    examples: [{ lines: ["meson.build:60:2: ERROR: C header 'linux/videodev2.h' not found"], captures: { file: 'meson.build', lineno: '60', header: 'linux/videodev2.h' }, package: 'linux-libc-dev', source: "meson 1.0.1 interpreter/compiler.py line 531 ({lang} header {hname!r} not found), the check bc matches (src/common.rs: ERROR: C header '(.*)' not found)" }],
    nearMisses: ["Has header \"linux/videodev2.h\" : NO"],
    equivalents: { 'buildlog-consultant': ['missing-c-header'] },
  },
  {
    id: 'meson-python-modules-missing',
    family: 'meson',
    title: 'python.find_installation() found the interpreter without the modules the project needs',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['meson', 'python', 'build-failure'],
    // meson.build:30:0: ERROR: python3 is missing modules: yaml, jinja2
    // (meson 1.0.1 modules/python.py line 830: '{} is missing modules: {}')
    match: new RegExp(AT + String.raw`(?<python>\S+) is missing modules: (?<modules>.+)$`),
    literals: { anywhere: [' is missing modules: '] },
    message: '{{python}} lacks the module(s) {{modules}}.',
    headline: '{{python}} is missing modules: {{modules}}',
    fix: {
      summary: 'Add the python3-<module> package of each missing module to Build-Depends (yaml → python3-yaml, jinja2 → python3-jinja2, mako → python3-mako, setuptools → python3-setuptools); missing: {{modules}}.',
      steps: ["apt-file search --regexp '/usr/lib/python3/dist-packages/<module>(/__init__)?\\.py$'", 'Build-Depends: ..., python3-<module>'],
    },
    docs: {
      description: 'Meson\'s python module did not find required modules: `ERROR: python3 is missing modules: yaml`.',
      why: 'Build-time Python modules are separate packages (python3-yaml, python3-mako, ...) that must be in Build-Depends.',
      fix: 'Build-Depend on the python3-* package of each module.',
    },
    examples: [{ lines: ['meson.build:30:0: ERROR: python3 is missing modules: yaml, jinja2'], captures: { file: 'meson.build', lineno: '30', python: 'python3', modules: 'yaml, jinja2' }, source: "meson 1.0.1 modules/python.py line 830 ('{} is missing modules: {}'.format(name_or_path or 'python', ...))" }],
    nearMisses: ['Program python3 found: YES (/usr/bin/python3)'],
    equivalents: { 'buildlog-consultant': ['missing-python-module'] },
  },
  {
    id: 'meson-pkg-config-missing',
    family: 'meson',
    title: 'Meson found no pkg-config program',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['meson', 'pkg-config', 'build-failure'],
    // meson.build:18:0: ERROR: Pkg-config not found.                                      (meson ≤ 0.5x)
    // meson.build:5:0: ERROR: Pkg-config binary for machine MachineChoice.HOST not found. Giving up.   (meson 1.0.1)
    // meson.build:5:0: ERROR: Pkg-config for machine host machine not found. Giving up.     (meson 1.7.0)
    match: new RegExp(AT + String.raw`Pkg-config (?:not found\.|binary for machine \S+ not found\. Giving up\.|for machine .+ not found\. Giving up\.)`),
    literals: { anywhere: ['ERROR: Pkg-config '] },
    message: 'Meson looks dependencies up with pkg-config, which is not installed.',
    headline: 'Pkg-config not found',
    fix: { summary: 'Add pkgconf (or the pkg-config transitional package) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., pkgconf'] },
    docs: {
      description: 'Meson stopped because there is no pkg-config: `ERROR: Pkg-config binary for machine MachineChoice.HOST not found. Giving up.` (trixie: `Pkg-config for machine host machine not found.`; old: `Pkg-config not found.`).',
      why: 'pkg-config is not part of build-essential; a meson project with dependency() needs pkgconf in Build-Depends.',
      fix: 'Build-Depend on pkgconf.',
    },
    examples: [
      { lines: ['meson.build:18:0: ERROR: Pkg-config not found.'], captures: { file: 'meson.build', lineno: '18' }, source: 'real meson 0.4x output quoted in a public README (zathura build notes)' },
      { lines: ['meson.build:5:0: ERROR: Pkg-config binary for machine MachineChoice.HOST not found. Giving up.'], captures: { file: 'meson.build', lineno: '5' }, source: "meson 1.0.1 dependencies/pkgconfig.py line 53 (f'Pkg-config binary for machine {self.for_machine} not found. Giving up.')" },
      { lines: ['meson.build:5:0: ERROR: Pkg-config for machine host machine not found. Giving up.'], captures: { file: 'meson.build', lineno: '5' }, source: "meson 1.7.0 dependencies/pkgconfig.py line 304 (f'Pkg-config for machine {self.for_machine} not found. Giving up.')" },
    ],
    nearMisses: ['Found pkg-config: /usr/bin/pkg-config (1.8.1)', 'Did not find pkg-config by name \'pkg-config\''],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'meson-unknown-options',
    family: 'meson',
    title: 'debian/rules passes a -D option the project does not (or no longer) define',
    cause: 'configure-failed',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // ERROR: Unknown options: "docs, introspection"
    // (meson 1.0.1 coredata.py line 832; 1.7.0 line 674: f'{sub}Unknown options: "{unknown_options_str}"')
    match: /^(?:\S*meson\.build:\d+:\d+: )?ERROR:\s+(?:In subproject \S+: )?Unknown options: "(?<options>[^"]+)"/,
    literals: { anywhere: ['Unknown options: "'] },
    message: 'meson was given -D options the project does not define: {{options}}.',
    headline: 'Unknown options: {{options}}',
    fix: {
      summary: 'Remove or rename -D{{options}} in debian/rules (override_dh_auto_configure: dh_auto_configure -- -D...) to match meson_options.txt (meson.options) of this upstream version (upstream renamed or dropped it).',
      steps: ['grep -n "option(" meson_options.txt meson.options 2>/dev/null', 'override_dh_auto_configure:\n\tdh_auto_configure -- <only options the project defines>'],
    },
    docs: {
      description: 'Meson refused the configuration: `ERROR: Unknown options: "docs"`.',
      why: 'debian/rules passes -Dname=value for an option the new upstream release renamed or removed (meson ≥ 0.59 makes unknown options an error).',
      fix: 'Update the -D options in debian/rules to the ones in meson_options.txt.',
    },
    examples: [{ lines: ['ERROR: Unknown options: "docs, introspection"'], captures: { options: 'docs, introspection' }, source: "meson 1.0.1 coredata.py line 832 (f'{sub}Unknown options: \"{unknown_options_str}\"')" }],
    nearMisses: ['WARNING: Unknown options: "docs"'],
  },
  {
    id: 'meson-wrap-download-disabled',
    family: 'meson',
    title: 'Meson wanted to download a subproject, which Debian builds forbid',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['meson', 'network', 'build-failure'],
    // meson.build:20:0: ERROR: Automatic wrap-based subproject downloading is disabled
    // (meson 1.0.1 wrap/wrap.py line 500, 1.7.0 line 537; dh_auto_configure passes --wrap-mode=nodownload)
    match: new RegExp(AT + String.raw`Automatic wrap-based subproject downloading is disabled`),
    literals: { anywhere: ['Automatic wrap-based subproject downloading is disabled'] },
    message: 'A dependency was not found on the system and meson tried to download its subproject (wrap), which --wrap-mode=nodownload forbids.',
    headline: 'wrap-based subproject downloading is disabled',
    fix: {
      summary: 'Build-Depend on the Debian package of the dependency the subproject stands for (the `dependency()` just before this, see `Looking for a fallback subproject for the dependency x`), so that meson finds it on the system.',
      steps: ['grep -n "fallback\\|subproject" meson.build', 'Build-Depends: ..., <the -dev package of that dependency>'],
    },
    docs: {
      description: 'Meson stopped: `ERROR: Automatic wrap-based subproject downloading is disabled`.',
      why: 'dh_auto_configure runs meson with --wrap-mode=nodownload (Debian Policy 4.9: no network during the build); meson wanted the subproject only because the system package was not found.',
      fix: 'Build-Depend on the system package of that dependency; never vendor it by download.',
    },
    examples: [{ lines: ['Looking for a fallback subproject for the dependency gvdb', 'meson.build:20:0: ERROR: Automatic wrap-based subproject downloading is disabled'], line: 2, captures: { file: 'meson.build', lineno: '20' }, source: 'meson 1.0.1 wrap/wrap.py line 500' }],
    nearMisses: ['Looking for a fallback subproject for the dependency gvdb'],
    equivalents: { 'buildlog-consultant': ['missing-pkg-config-package'] },
  },
  {
    id: 'meson-project-error',
    family: 'meson',
    title: 'meson.build stopped with its own error() message',
    cause: 'configure-failed',
    side: 'package',
    tags: ['meson', 'build-failure'],
    // meson.build:180:4: ERROR: Problem encountered: No XSLT processor found, needed for the man pages
    // (meson 1.0.1 interpreter.py line 1366: 'Problem encountered: ' + ...)
    match: new RegExp(AT + String.raw`Problem encountered: (?<text>.+)$`),
    literals: { anywhere: ['ERROR: Problem encountered: '] },
    message: '{{file}}:{{lineno}} stopped the configuration: {{text}}',
    headline: 'meson: {{text}}',
    fix: {
      summary: 'Do what the project\'s error() asks: it usually names a library or tool to add to Build-Depends (apt-file finds its package) or a -D option for debian/rules (dh_auto_configure -- -Doption=...).',
      steps: ["sed -n '{{lineno}}p' {{file}}", 'override_dh_auto_configure:\n\tdh_auto_configure -- -D<option>=<value>'],
    },
    docs: {
      description: 'The project\'s error() stopped Meson: `meson.build:180:4: ERROR: Problem encountered: ...`.',
      why: 'Projects check their own requirements; the text says which.',
      fix: 'Provide what the message asks for (a Build-Depends, a -D option).',
    },
    examples: [{ lines: ['meson.build:180:4: ERROR: Problem encountered: No XSLT processor found, needed for the man pages'], captures: { file: 'meson.build', lineno: '180', text: 'No XSLT processor found, needed for the man pages' }, source: 'meson 1.0.1 interpreter.py line 1366; the message of the project buildlog-consultant src/common.rs matches ("Problem encountered: No XSLT processor found, ...")' }],
    nearMisses: ['meson.build:180:4: WARNING: Problem encountered: docs disabled'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency'] },
  },
];
