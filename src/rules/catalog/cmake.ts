import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * CMake: find_package failures, version checks, includes, compilers. CMake prints a FATAL_ERROR as
 * `CMake Error at FILE:LINE (COMMAND):` followed by the message indented by two spaces and re-wrapped
 * at about 78 columns, so one message is often cut anywhere: the entries match the line where the
 * message starts and, with `then`, the line that completes it (the wrapped rest, or the paragraph's
 * end). The same `Could NOT find` text with `-- ` in front is a status line of an optional package and
 * is no failure. Wordings: FindPackageHandleStandardArgs.cmake of CMake 3.25 (bookworm) and 3.31 (trixie)
 * (`Could NOT find X (missing: A B) (found version ...)`, `Found unsuitable version "x", but required is
 * at least "y"` / `exact version`), the strings of the cmake 3.25 and 3.31 binaries (cmFindPackageCommand,
 * cmIncludeCommand, cmake_minimum_required, the compiler and generator checks), and buildlog-consultant's
 * tests (src/common.rs) for older CMake (3.16–3.22, `include could not find load file`).
 */

const aptFileCmake = "apt-file search --regexp '/(Find{{name}}|{{name}}Config|{{name}}-config|{{name}}ConfigVersion)\\.cmake$'";

/** What the one-line and the wrapped `Found unsuitable version` entries say and fix: the same failure. */
const UNSUITABLE_VERSION = {
  message: 'CMake found {{name}} {{found}}, but the project requires {{which}} {{required}}.',
  headline: '{{name}} {{found}} unsuitable (requires {{which}} {{required}})',
  lookup: { kind: 'cmake', name: '{{name}}' },
  fix: {
    summary: 'Version the Build-Depends on {{package}} to what the project needs ({{which}} {{required}}); if the target suite has no such version, build for a suite that has it, backport it, or (exact version) patch the find_package() call when the installed version works.',
    steps: ['Build-Depends: ..., {{package}} (>= {{required}})'],
  },
  fixUnresolved: {
    summary: 'Version the Build-Depends on the -dev package of {{name}} to what the project needs ({{which}} {{required}}); if the suite has no such version, build for one that has it, backport it, or (exact version) patch the find_package() call when the installed version works.',
    steps: [aptFileCmake, 'Build-Depends: ..., <package> (>= {{required}})'],
  },
} as const;

export const cmake: readonly CatalogEntry[] = [
  {
    id: 'cmake-boost-components-missing',
    family: 'cmake',
    title: 'CMake found Boost but not the components the project needs',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['cmake', 'boost', 'build-failure'],
    //   Could NOT find Boost (missing: program_options filesystem) (found suitable version "1.74.0", minimum required is "1.55.0")
    match: /^\s+Could NOT find Boost \(missing:\s+(?<missing>[^)]+)\)/,
    literals: { prefixes: ['Could NOT find Boost (missing:'] },
    message: 'CMake found Boost but not its components {{missing}}: their -dev packages are not installed.',
    headline: 'Boost components missing: {{missing}}',
    fix: {
      summary: 'Add libboost-<component>-dev for each missing component to Build-Depends, with `_` written `-` (program_options → libboost-program-options-dev, unit_test_framework → libboost-test-dev); missing: {{missing}}.',
      steps: ["echo '{{missing}}' | tr _ - | sed -e 's/unit-test-framework/test/; s/prg-exec-monitor/test/' -e 's/[^ ]\\+/libboost-&-dev/g'", 'Build-Depends: ..., <those packages>'],
    },
    docs: {
      description: 'FindBoost (through find_package_handle_standard_args) found the Boost headers but not some component libraries: `Could NOT find Boost (missing: program_options filesystem)`.',
      why: 'Debian splits Boost into one -dev package per library (libboost-program-options-dev, libboost-filesystem-dev, ...); libboost-dev has the headers only.',
      fix: 'Build-Depend on libboost-<component>-dev for each missing component (underscores become dashes; unit_test_framework is libboost-test-dev), or on libboost-all-dev.',
    },
    examples: [
      { lines: ['CMake Error at /usr/share/cmake-3.25/Modules/FindPackageHandleStandardArgs.cmake:230 (message):', '  Could NOT find Boost (missing: program_options filesystem) (found suitable version "1.74.0", minimum required is "1.55.0")'], line: 2, captures: { missing: 'program_options filesystem' }, source: 'CMake 3.25 FindPackageHandleStandardArgs.cmake line 600 ("${FPHSA_FAIL_MESSAGE} (missing:${MISSING_VARS}) ${VERSION_MSG}"), the components of buildlog-consultant src/common.rs test_missing_boost_components' },
    ],
    nearMisses: ['-- Could NOT find Boost (missing: python3) (found version "1.74.0")', '  Could NOT find Boost (missing: program_options filesystem system graph'],
    equivalents: { 'buildlog-consultant': ['missing-cmake-components'] },
  },
  {
    id: 'cmake-boost-components-wrapped',
    family: 'cmake',
    title: 'CMake found Boost but not the components the project needs (list wrapped over two lines)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['cmake', 'boost', 'build-failure'],
    //   Could NOT find Boost (missing: program_options filesystem system graph
    //   serialization iostreams) (found suitable version "1.74.0", minimum required
    match: /^\s+Could NOT find Boost \(missing:\s+(?<missing>[^()]+)$/,
    literals: { prefixes: ['Could NOT find Boost (missing:'] },
    then: { match: /^\s+(?<more>[^()"\s][^()"]*)\)/, within: 1, note: 'the rest of the list' },
    message: 'CMake found Boost but not its components {{missing}} {{more}}: their -dev packages are not installed.',
    headline: 'Boost components missing: {{missing}} {{more}}',
    fix: {
      summary: 'Add libboost-<component>-dev for each missing component to Build-Depends, with `_` written `-` (program_options → libboost-program-options-dev, unit_test_framework → libboost-test-dev); missing: {{missing}} {{more}}.',
      steps: ["echo '{{missing}} {{more}}' | tr _ - | sed -e 's/unit-test-framework/test/; s/prg-exec-monitor/test/' -e 's/[^ ]\\+/libboost-&-dev/g'", 'Build-Depends: ..., <those packages>'],
    },
    docs: {
      description: 'The same Boost failure as cmake-boost-components-missing, with the component list wrapped by CMake\'s message formatting onto the next line.',
      why: 'Debian splits Boost into one -dev package per library; libboost-dev has the headers only.',
      fix: 'Build-Depend on libboost-<component>-dev for each missing component (both lines of the list), or on libboost-all-dev.',
    },
    examples: [{
      lines: ['CMake Error at /usr/share/cmake-3.18/Modules/FindPackageHandleStandardArgs.cmake:165 (message):', '  Could NOT find Boost (missing: program_options filesystem system graph', '  serialization iostreams) (found suitable version "1.74.0", minimum required', '  is "1.55.0")', 'Call Stack (most recent call first):'],
      line: 2, captures: { missing: 'program_options filesystem system graph', more: 'serialization iostreams' },
      source: 'buildlog-consultant src/common.rs test_missing_boost_components',
    }],
    nearMisses: ['  Could NOT find Boost (missing: program_options filesystem) (found suitable version "1.74.0", minimum required is "1.55.0")', '-- Could NOT find Boost (missing: program_options filesystem system graph'],
    equivalents: { 'buildlog-consultant': ['missing-cmake-components'] },
  },
  {
    id: 'cmake-git-not-found',
    family: 'cmake',
    title: 'CMake\'s FindGit found no git program',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   Could NOT find Git (missing: GIT_EXECUTABLE)
    match: /^\s+Could NOT find Git \(missing:\s+GIT_EXECUTABLE\)/,
    literals: { prefixes: ['Could NOT find Git '] },
    message: 'CMake needs the git program (find_package(Git REQUIRED)), which is not installed.',
    headline: 'Could NOT find Git',
    fix: { summary: 'Add git to Build-Depends in debian/control (or patch the build not to need git: a release tarball has no .git).', steps: ['Build-Depends: ..., git'] },
    docs: {
      description: 'FindGit failed for a REQUIRED lookup: `Could NOT find Git (missing: GIT_EXECUTABLE)`.',
      why: 'git is not part of build-essential; projects call it for version strings or submodules.',
      fix: 'Build-Depend on git, or patch the version lookup out (a Debian source package has no .git directory).',
    },
    examples: [{ lines: ['  Could NOT find Git (missing: GIT_EXECUTABLE)', 'dh_auto_configure: cd obj-x86_64-linux-gnu && cmake with args'], captures: {}, package: 'git', source: 'buildlog-consultant src/common.rs test_cmake_missing_command' }],
    nearMisses: ['-- Could NOT find Git (missing: GIT_EXECUTABLE)', '-- Found Git: /usr/bin/git (found version "2.39.2")'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'cmake-pkgconfig-not-found',
    family: 'cmake',
    title: 'CMake\'s FindPkgConfig found no pkg-config program',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['cmake', 'pkg-config', 'build-failure'],
    //   Could NOT find PkgConfig (missing: PKG_CONFIG_EXECUTABLE)
    match: /^\s+Could NOT find PkgConfig \(missing:\s+PKG_CONFIG_EXECUTABLE\)/,
    literals: { prefixes: ['Could NOT find PkgConfig '] },
    message: 'CMake needs pkg-config (find_package(PkgConfig REQUIRED)), which is not installed.',
    headline: 'Could NOT find PkgConfig',
    fix: { summary: 'Add pkgconf (or the pkg-config transitional package) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., pkgconf'] },
    docs: {
      description: 'FindPkgConfig failed for a REQUIRED lookup: `Could NOT find PkgConfig (missing: PKG_CONFIG_EXECUTABLE)`.',
      why: 'pkg-config is not part of build-essential; a CMake project that uses pkg_check_modules needs it in Build-Depends.',
      fix: 'Build-Depend on pkgconf.',
    },
    examples: [{ lines: ['CMake Error at /usr/share/cmake-3.25/Modules/FindPackageHandleStandardArgs.cmake:230 (message):', '  Could NOT find PkgConfig (missing: PKG_CONFIG_EXECUTABLE)'], line: 2, captures: {}, source: 'CMake 3.25 FindPkgConfig.cmake (find_package_handle_standard_args(PkgConfig REQUIRED_VARS PKG_CONFIG_EXECUTABLE)) and FPHSA line 600' }],
    nearMisses: ['-- Found PkgConfig: /usr/bin/pkg-config (found version "1.8.1")', '-- Could NOT find PkgConfig (missing: PKG_CONFIG_EXECUTABLE)'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'cmake-python-dev-missing',
    family: 'cmake',
    title: 'CMake found no Python headers (python3-dev)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['cmake', 'python', 'build-failure'],
    //   Could NOT find Python3 (missing: Python3_INCLUDE_DIRS Python3_LIBRARIES Development Development.Module Development.Embed) (found version "3.11.2")
    //   Could NOT find PythonLibs (missing: PYTHON_LIBRARIES PYTHON_INCLUDE_DIRS)
    match: [
      /^\s+Could NOT find Python3? \(missing:[^)]*\bDevelopment\b/,
      /^\s+Could NOT find PythonLibs \(missing:/,
    ],
    literals: { prefixes: ['Could NOT find Python'] },
    message: 'CMake needs the Python development files (headers and libpython), which are not installed.',
    headline: 'Could NOT find Python development files',
    fix: { summary: 'Add python3-dev to Build-Depends in debian/control (for extension modules with dh-python, python3-all-dev builds for every supported version).', steps: ['Build-Depends: ..., python3-dev'] },
    docs: {
      description: 'FindPython3/FindPython (component Development) or the old FindPythonLibs failed: `Could NOT find Python3 (missing: Python3_INCLUDE_DIRS ... Development)`.',
      why: 'The interpreter (python3) does not include Python.h and libpython; they come with python3-dev.',
      fix: 'Build-Depend on python3-dev (or python3-all-dev).',
    },
    examples: [
      { lines: ['  Could NOT find Python3 (missing: Python3_INCLUDE_DIRS Python3_LIBRARIES Development Development.Module Development.Embed) (found version "3.11.2")'], captures: {}, package: 'python3-dev', source: 'CMake 3.25 FindPython3 through FPHSA (HANDLE_COMPONENTS) line 600' },
      { lines: ['  Could NOT find PythonLibs (missing: PYTHON_LIBRARIES PYTHON_INCLUDE_DIRS)'], captures: {}, package: 'python3-dev', source: 'CMake 3.25 FindPythonLibs.cmake FPHSA(PythonLibs REQUIRED_VARS PYTHON_LIBRARIES PYTHON_INCLUDE_DIRS)' },
    ],
    nearMisses: ['-- Could NOT find PythonLibs (missing: PYTHON_LIBRARIES PYTHON_INCLUDE_DIRS)', '  Could NOT find Python3 (missing: Python3_EXECUTABLE Interpreter)'],
    equivalents: { 'buildlog-consultant': ['missing-cmake-components', 'missing-vague-dependency'] },
  },
  {
    id: 'cmake-program-not-found',
    family: 'cmake',
    title: 'A CMake Find module found no program (Doxygen, BISON, FLEX, SWIG, Perl, ...)',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   Could NOT find Doxygen (missing: DOXYGEN_EXECUTABLE)
    //   Could NOT find BISON (missing: BISON_EXECUTABLE) (Required is at least version "3.0")
    match: /^\s+Could NOT find (?!Git |PkgConfig )(?<name>[\w.-]+) \(missing:\s+(?<variable>\w+_EXECUTABLE)\)/,
    literals: { prefixes: ['Could NOT find '] },
    message: 'CMake needs the {{name}} program ({{variable}}), which is not installed.',
    headline: 'Could NOT find {{name}}',
    fix: {
      summary: 'Add the package of the program Find{{name}} looks for to Build-Depends: Doxygen → doxygen, BISON → bison, FLEX → flex, SWIG → swig, Perl → perl, PythonInterp → python3, Gettext → gettext, Subversion → subversion, Hg → mercurial, Ruby → ruby, Java → default-jdk, LATEX → texlive-latex-base, ImageMagick → imagemagick.',
      steps: ["grep -n 'find_program' /usr/share/cmake-*/Modules/Find{{name}}.cmake", 'Build-Depends: ..., <that package>'],
    },
    docs: {
      description: 'A Find module that looks for a program failed for a REQUIRED lookup: `Could NOT find Doxygen (missing: DOXYGEN_EXECUTABLE)`.',
      why: 'The program is not part of build-essential and is missing from Build-Depends (documentation tools are often in Build-Depends-Indep, which an arch-only build does not install).',
      fix: 'Build-Depend on the program\'s package (doxygen, bison, flex, swig, ...); for docs built only in the -indep build, put it in Build-Depends-Indep and build the docs only in override_dh_auto_build-indep.',
    },
    examples: [
      { lines: ['  Could NOT find Doxygen (missing: DOXYGEN_EXECUTABLE)'], captures: { name: 'Doxygen', variable: 'DOXYGEN_EXECUTABLE' }, package: 'doxygen', source: 'CMake 3.25 FindDoxygen.cmake through FPHSA line 600 (REQUIRED)' },
      { lines: ['  Could NOT find BISON (missing: BISON_EXECUTABLE) (Required is at least version "3.0")'], captures: { name: 'BISON', variable: 'BISON_EXECUTABLE' }, package: 'bison', source: 'CMake 3.25 FindBISON.cmake through FPHSA ("(Required is at least version \\"${..._FIND_VERSION}\\")")' },
    ],
    nearMisses: ['-- Could NOT find Doxygen (missing: DOXYGEN_EXECUTABLE)', '  Could NOT find Git (missing: GIT_EXECUTABLE)'],
    equivalents: { 'buildlog-consultant': ['command-missing', 'missing-cmake-files'] },
  },
  {
    id: 'cmake-package-not-found',
    family: 'cmake',
    title: 'A CMake Find module did not find a library the project requires',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)
    //   Could NOT find OpenSSL, try to set the path to OpenSSL root folder in the system variable OPENSSL_ROOT_DIR (missing: OPENSSL_CRYPTO_LIBRARY OPENSSL_INCLUDE_DIR)
    //   Could NOT find GTest (missing:  GTEST_LIBRARY GTEST_INCLUDE_DIR GTEST_MAIN_LIBRARY)     (CMake ≤ 3.x before FPHSA stopped doubling the space)
    match: /^\s+Could NOT find (?!Boost |Git |PkgConfig |Python3? |PythonLibs )(?<name>[\w.+-]+)(?:, [^()]*)? \(missing:\s+(?<missing>(?![^)]*_EXECUTABLE\))[^)]+)\)/,
    literals: { prefixes: ['Could NOT find '] },
    message: 'CMake did not find {{name}} ({{missing}}): its development package is not installed.',
    headline: 'Could NOT find {{name}}',
    // `(missing: Plasma Wayland)` of a package with components (KF5) names them; a Find module's
    // `(missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)` names variables, which match no config: the package itself.
    lookup: { kind: 'cmake', name: '{{name}}', components: '{{missing}}' },
    fixEach: { summary: 'Add {{packages}} (in {{suite}} they ship the CMake configs of {{name}}\'s components {{missing}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{packages}}'] },
    fix: { summary: 'Add {{packages}} (it provides CMake\'s {{name}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package of {{name}} to Build-Depends (CMake\'s own Find modules: ZLIB → zlib1g-dev, OpenSSL → libssl-dev, CURL → libcurl4-openssl-dev, PNG → libpng-dev, JPEG → libjpeg-dev, BZip2 → libbz2-dev, LibXml2 → libxml2-dev, EXPAT → libexpat1-dev, Freetype → libfreetype-dev, SQLite3 → libsqlite3-dev, LibLZMA → liblzma-dev, GTest → libgtest-dev, Protobuf → libprotobuf-dev and protobuf-compiler, X11 → libx11-dev, OpenGL → libgl-dev, ALSA → libasound2-dev, PostgreSQL → libpq-dev, TIFF → libtiff-dev, GIF → libgif-dev, Fontconfig → libfontconfig-dev, Intl/Gettext → gettext); a Find{{name}}.cmake of the project looks for the files its find_path/find_library name.',
      steps: [aptFileCmake, 'Build-Depends: ..., <the -dev package>'],
    },
    docs: {
      description: 'A Find module failed for a REQUIRED package: `Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)` (the variables it could not set).',
      why: 'The headers and the unversioned .so symlink come with the library\'s -dev package, which is not in Build-Depends. The same text after `-- ` is a status line of an optional lookup and no failure.',
      fix: 'Build-Depend on the library\'s -dev package (the finding names it from the package index).',
    },
    examples: [
      { lines: ['CMake Error at /usr/share/cmake-3.25/Modules/FindPackageHandleStandardArgs.cmake:230 (message):', '  Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)', 'Call Stack (most recent call first):'], line: 2, captures: { name: 'ZLIB', missing: 'ZLIB_LIBRARY ZLIB_INCLUDE_DIR' }, package: 'zlib1g-dev', source: 'CMake 3.25 FindZLIB.cmake through FPHSA line 600' },
      { lines: ['  Could NOT find OpenSSL, try to set the path to OpenSSL root folder in the system variable OPENSSL_ROOT_DIR (missing: OPENSSL_CRYPTO_LIBRARY OPENSSL_INCLUDE_DIR)'], captures: { name: 'OpenSSL', missing: 'OPENSSL_CRYPTO_LIBRARY OPENSSL_INCLUDE_DIR' }, package: 'libssl-dev', source: 'CMake 3.25 FindOpenSSL.cmake FAIL_MESSAGE "Could NOT find OpenSSL, try to set the path to OpenSSL root folder in the system variable OPENSSL_ROOT_DIR"' },
      { lines: ['  Could NOT find GTest (missing:  GTEST_LIBRARY GTEST_INCLUDE_DIR GTEST_MAIN_LIBRARY)'], captures: { name: 'GTest', missing: 'GTEST_LIBRARY GTEST_INCLUDE_DIR GTEST_MAIN_LIBRARY' }, package: 'libgtest-dev', source: 'CMake 2.8/3.x FPHSA "(missing: ${MISSING_VARS})" with MISSING_VARS starting with a space' },
    ],
    nearMisses: ['-- Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)', '  Could NOT find Doxygen (missing: DOXYGEN_EXECUTABLE)', '  Could NOT find KF5 (missing: Plasma PlasmaQuick Wayland ModemManagerQt'],
    equivalents: { 'buildlog-consultant': ['missing-cmake-files', 'missing-vague-dependency', 'missing-library'] },
  },
  {
    id: 'cmake-package-not-found-wrapped',
    family: 'cmake',
    title: 'A CMake Find module did not find a package the project requires (message wrapped)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   Could NOT find KF5 (missing: Plasma PlasmaQuick Wayland ModemManagerQt
    //   NetworkManagerQt) (found suitable version "5.92.0", minimum required is
    //   "5.86")
    match: /^\s+Could NOT find (?!Boost )(?<name>[\w.+-]+) \(missing:\s+(?<missing>[^()]+)$/,
    literals: { prefixes: ['Could NOT find '] },
    then: { match: /^\s+\S.*\)$/s, within: 3, note: 'the end of the message' },
    message: 'CMake did not find {{name}} (missing: {{missing}} ...): its development packages are not installed.',
    headline: 'Could NOT find {{name}}',
    // The components on the first line (KF5's Plasma → KF5PlasmaConfig.cmake); the wrapped rest is not captured.
    lookup: { kind: 'cmake', name: '{{name}}', components: '{{missing}}' },
    fixEach: { summary: 'Add {{packages}} (in {{suite}} they ship the CMake configs of {{name}}\'s components {{missing}}) to Build-Depends, and the -dev packages of the components on the message\'s next lines.', steps: ['Build-Depends: ..., {{packages}}'] },
    fix: { summary: 'Add {{packages}} (it provides CMake\'s {{name}} in {{suite}}) to Build-Depends, and a package for every component the message lists.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev packages of {{name}} and of every component the message lists (all its lines) to Build-Depends; for KF5/KF6 components: libkf5<component>-dev (Plasma → libkf5plasma-dev, Wayland → libkf5wayland-dev).',
      steps: ["apt-file search --regexp '/({{name}}<Component>Config|{{name}}<Component>-config)\\.cmake$'", 'Build-Depends: ..., <the -dev packages>'],
    },
    docs: {
      description: 'The same failure as cmake-package-not-found, with the list of what is missing wrapped by CMake onto the next lines.',
      why: 'The -dev packages of the package (or of its components) are not in Build-Depends.',
      fix: 'Build-Depend on the -dev package of the package and of each listed component.',
    },
    examples: [{
      lines: ['CMake Error at /usr/share/cmake-3.22/Modules/FindPackageHandleStandardArgs.cmake:230 (message):', '  Could NOT find KF5 (missing: Plasma PlasmaQuick Wayland ModemManagerQt', '  NetworkManagerQt) (found suitable version "5.92.0", minimum required is', '  "5.86")'],
      line: 2, captures: { name: 'KF5', missing: 'Plasma PlasmaQuick Wayland ModemManagerQt' }, package: 'libkf5plasma-dev, libkf5wayland-dev and modemmanager-qt-dev',
      source: 'buildlog-consultant src/common.rs test_cmake_missing_cmake_files',
    }],
    nearMisses: ['-- Could NOT find KF5 (missing: Plasma PlasmaQuick Wayland ModemManagerQt', '  Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)'],
    equivalents: { 'buildlog-consultant': ['missing-cmake-components'] },
  },
  {
    id: 'cmake-version-unsuitable',
    family: 'cmake',
    title: 'CMake found a package older (or other) than the version the project requires',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   Could NOT find Protobuf: Found unsuitable version "3.12.4", but required is at least "3.21" (found /usr/lib/x86_64-linux-gnu/libprotobuf.so)
    match: /^\s+Could NOT find (?<name>[\w.+-]+): Found unsuitable version "(?<found>[^"]*)", but required is (?<which>exact version|at least) "(?<required>[^"]+)"/,
    literals: { prefixes: ['Could NOT find '] },
    ...UNSUITABLE_VERSION,
    docs: {
      description: 'FindPackageHandleStandardArgs rejected the version found: `Could NOT find X: Found unsuitable version "1.2", but required is at least "1.4"` (or `exact version "1.4"`).',
      why: 'The chroot has an older (or, for EXACT, another) version than the project asks for: Build-Depends lack the version, or the suite is too old for this upstream release.',
      fix: 'Version the Build-Depends; build for a suite that has that version; for an EXACT requirement that is stricter than needed, patch find_package().',
    },
    examples: [{ lines: ['  Could NOT find Protobuf: Found unsuitable version "3.12.4", but required is at least "3.21" (found /usr/lib/x86_64-linux-gnu/libprotobuf.so)'], captures: { name: 'Protobuf', found: '3.12.4', which: 'at least', required: '3.21' }, package: 'libprotobuf-dev', source: 'CMake 3.25 FindPackageHandleStandardArgs.cmake lines 357 and 594 ("${FPHSA_FAIL_MESSAGE}: ${VERSION_MSG} (${RESULT_MSG})")' }],
    nearMisses: ['-- Could NOT find Protobuf: Found unsuitable version "3.12.4", but required is at least "3.21" (found /usr/lib/x86_64-linux-gnu/libprotobuf.so)', '  Could NOT find SignalProtocol: Found unsuitable version "2.3.3", but'],
    equivalents: { 'buildlog-consultant': ['cmake-exact-version-missing', 'missing-vague-dependency'] },
  },
  {
    id: 'cmake-version-unsuitable-wrapped',
    family: 'cmake',
    title: 'CMake found a package older (or other) than the version the project requires (message wrapped)',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   Could NOT find SignalProtocol: Found unsuitable version "2.3.3", but
    //   required is exact version "2.3.2" (found
    //   /usr/lib/x86_64-linux-gnu/libsignal-protocol-c.so)
    match: /^\s+Could NOT find (?<name>[\w.+-]+): Found unsuitable version "(?<found>[^"]*)",(?: but)?(?: required)?(?: is)?$/,
    literals: { prefixes: ['Could NOT find '] },
    then: { match: /^\s+(?:but )?(?:required )?(?:is )?(?<which>exact version|at least) "(?<required>[^"]+)"/, within: 1, note: 'the required version' },
    ...UNSUITABLE_VERSION,
    docs: {
      description: 'The same version failure as cmake-version-unsuitable, wrapped by CMake after `but` (or `required`, `is`).',
      why: 'The chroot has an older (or, for EXACT, another) version than the project asks for.',
      fix: 'Version the Build-Depends; build for a suite that has that version; patch an EXACT requirement that is stricter than needed.',
    },
    examples: [{
      lines: ['CMake Error at /usr/share/cmake-3.18/Modules/FindPackageHandleStandardArgs.cmake:165 (message):', '  Could NOT find SignalProtocol: Found unsuitable version "2.3.3", but', '  required is exact version "2.3.2" (found', '  /usr/lib/x86_64-linux-gnu/libsignal-protocol-c.so)'],
      line: 2, captures: { name: 'SignalProtocol', found: '2.3.3', which: 'exact version', required: '2.3.2' },
      source: 'buildlog-consultant src/common.rs test_cmake_missing_exact_version',
    }],
    nearMisses: ['  Could NOT find Protobuf: Found unsuitable version "3.12.4", but required is at least "3.21" (found /usr/lib/x86_64-linux-gnu/libprotobuf.so)'],
    equivalents: { 'buildlog-consultant': ['cmake-exact-version-missing', 'missing-vague-dependency'] },
  },
  {
    id: 'cmake-config-file-not-found',
    family: 'cmake',
    title: 'find_package found no CMake config file (FooConfig.cmake) for a package',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   Could not find a package configuration file provided by "sensor_msgs" with
    //   Could not find a package configuration file provided by "Qt6" (requested
    // ... and the paragraph ends with "... be sure it has been installed." (cmFindPackageCommand, cmake 3.25/3.31).
    // In module mode it is preceded by `By not providing "FindFoo.cmake" in CMAKE_MODULE_PATH this project has
    // asked CMake to find a package configuration file provided by "Foo", but CMake did not find one.`,
    // part of the same message (not matched on its own, so that one failure gives one finding).
    match: /^\s+Could not find a package configuration file provided by "(?<name>[^"]+)"/,
    literals: { prefixes: ['Could not find a package configuration file provided by "'] },
    then: { match: /installed\.$/, within: 14, note: 'the end of the message' },
    message: 'CMake found no {{name}}Config.cmake (or {{name}}-config.cmake): the package that ships it is not installed.',
    headline: 'CMake package {{name}} not found',
    lookup: { kind: 'cmake', name: '{{name}}' },
    fix: { summary: 'Add {{packages}} (it ships the {{name}} CMake config in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships {{name}}Config.cmake or {{name}}-config.cmake (under /usr/lib/<triplet>/cmake/ or /usr/share/cmake/) to Build-Depends in debian/control.',
      steps: [aptFileCmake, 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'find_package in config mode (or module mode without a FindFoo.cmake) found neither FooConfig.cmake nor foo-config.cmake: `Could not find a package configuration file provided by "Foo" with any of the following names:` (in module mode after `By not providing "FindFoo.cmake" in CMAKE_MODULE_PATH ...`).',
      why: 'CMake config files are shipped by the library\'s -dev package; in a clean chroot only Build-Depends are installed.',
      fix: 'Build-Depend on the -dev package that ships FooConfig.cmake (the finding names it from the package index).',
    },
    examples: [
      {
        lines: ['CMake Error at /usr/share/cmake-3.22/Modules/FindPackageHandleStandardArgs.cmake:230 (message):', '  Could not find a package configuration file provided by "sensor_msgs" with', '  any of the following names:', '', '    sensor_msgsConfig.cmake', '    sensor_msgs-config.cmake', '', '  Add the installation prefix of "sensor_msgs" to CMAKE_PREFIX_PATH or set', '  "sensor_msgs_DIR" to a directory containing one of the above files.  If', '  "sensor_msgs" provides a separate development package or SDK, be sure it', '  has been installed.'],
        line: 2, captures: { name: 'sensor_msgs' }, package: 'libsensor-msgs-dev',
        source: 'buildlog-consultant src/common.rs test_cmake_missing_cmake_files',
      },
      {
        lines: ['CMake Error at CMakeLists.txt:12 (find_package):', '  By not providing "FindQt6.cmake" in CMAKE_MODULE_PATH this project has', '  asked CMake to find a package configuration file provided by "Qt6", but', '  CMake did not find one.', '', '  Could not find a package configuration file provided by "Qt6" (requested', '  version 6.2) with any of the following names:', '', '    Qt6Config.cmake', '    qt6-config.cmake', '', '  Add the installation prefix of "Qt6" to CMAKE_PREFIX_PATH or set "Qt6_DIR"', '  to a directory containing one of the above files.  If "Qt6" provides a', '  separate development package or SDK, be sure it has been installed.'],
        line: 6, captures: { name: 'Qt6' }, package: 'qt6-base-dev',
        source: 'cmake 3.25 cmFindPackageCommand strings ("By not providing \\"Find", "Could not find a package configuration file provided by \\"") with CMake\'s 78-column wrapping',
      },
    ],
    nearMisses: ['  By not providing "FindQt6.cmake" in CMAKE_MODULE_PATH this project has', '-- Could NOT find Qt6 (missing: Qt6_DIR)'],
    equivalents: { 'buildlog-consultant': ['missing-cmake-files', 'missing-cmake-config'] },
  },
  {
    id: 'cmake-config-version-mismatch',
    family: 'cmake',
    title: 'find_package found config files, but none of a compatible version',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   Could not find a configuration file for package "Qt5Core" that is compatible
    //   with requested version "5.15".
    // (cmFindPackageCommand, then "The following configuration files were considered but not accepted:")
    match: /^\s+Could not find a configuration file for package "(?<name>[^"]+)" that is compatible/,
    literals: { prefixes: ['Could not find a configuration file for package "'] },
    then: { match: /^\s+(?:with )?requested version "(?<required>[^"]+)"/, within: 1, note: 'the requested version' },
    message: 'CMake found {{name}} config files, but none compatible with the requested version {{required}}.',
    headline: '{{name}} has no version compatible with {{required}}',
    lookup: { kind: 'cmake', name: '{{name}}' },
    fix: {
      summary: 'Version the Build-Depends on {{package}} (>= {{required}}); if the suite has no such version, build for one that has it or backport it. The lines after this one list the versions CMake saw.',
      steps: ['Build-Depends: ..., {{package}} (>= {{required}})'],
    },
    fixUnresolved: {
      summary: 'Version the Build-Depends on the -dev package that ships {{name}}Config.cmake (>= {{required}}); if the suite has no such version, build for one that has it or backport it. The lines after this one list the versions CMake saw.',
      steps: [aptFileCmake, 'Build-Depends: ..., <package> (>= {{required}})'],
    },
    docs: {
      description: 'find_package found FooConfig.cmake files whose FooConfigVersion.cmake rejected the requested version: `Could not find a configuration file for package "Foo" that is compatible with requested version "1.4".`, followed by the files considered and their versions.',
      why: 'The installed package is older (or of another major version) than the project asks for.',
      fix: 'Version the Build-Depends; build for a suite that has the version.',
    },
    examples: [{
      lines: ['CMake Error at CMakeLists.txt:20 (find_package):', '  Could not find a configuration file for package "Qt5Core" that is compatible', '  with requested version "5.15".', '', '  The following configuration files were considered but not accepted:', '', '    /usr/lib/x86_64-linux-gnu/cmake/Qt5Core/Qt5CoreConfig.cmake, version: 5.11.3'],
      line: 2, captures: { name: 'Qt5Core', required: '5.15' }, package: 'qtbase5-dev',
      source: 'cmake 3.25 cmFindPackageCommand ("is compatible with requested version", "The following configuration files were considered but not accepted:") with CMake\'s wrapping',
    }],
    nearMisses: ['  The following configuration files were considered but not accepted:'],
    equivalents: { 'buildlog-consultant': ['missing-cmake-config', 'missing-vague-dependency'] },
  },
  {
    id: 'cmake-include-not-found',
    family: 'cmake',
    title: 'include() found no CMake module of that name',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   include could not find requested file:        (CMake ≥ 3.21 cmIncludeCommand)
    //   include could not find load file:             (older CMake)
    //     KDEGitCommitHooks
    match: /^\s+include could not find (?:requested|load) file:\s*$/,
    literals: { prefixes: ['include could not find '] },
    then: { match: /^\s+(?<file>[\w./+-]+)\s*$/, within: 3, note: 'the module' },
    message: 'CMakeLists.txt includes the CMake module {{file}}, which is not installed.',
    headline: 'include could not find {{file}}',
    lookup: { kind: 'cmake', name: '{{file}}' },
    fix: { summary: 'Add {{packages}} (it ships {{file}}.cmake in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{file}}.cmake to Build-Depends (KDE and ECM modules: extra-cmake-modules; the project\'s own cmake/ directory must be in CMAKE_MODULE_PATH).',
      steps: ["apt-file search --regexp '/{{file}}(\\.cmake)?$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'CMake\'s include() found no module: `include could not find requested file:` (older CMake: `load file`) followed by the module name.',
      why: 'The module is shipped by another package (extra-cmake-modules for KDE\'s ECM modules) that is not in Build-Depends, or belongs to a directory missing from CMAKE_MODULE_PATH.',
      fix: 'Build-Depend on the package that ships the module (the finding names it from the package index).',
    },
    examples: [
      {
        lines: ['CMake Error at CMakeLists.txt:43 (include):', '  include could not find load file:', '', '    KDEGitCommitHooks', '', ''],
        line: 2, captures: { file: 'KDEGitCommitHooks' }, package: 'extra-cmake-modules',
        source: 'buildlog-consultant src/common.rs test_cmake_missing_include',
      },
      { lines: ['CMake Error at CMakeLists.txt:9 (include):', '  include could not find requested file:', '', '    ECMInstallIcons'], line: 2, captures: { file: 'ECMInstallIcons' }, package: 'extra-cmake-modules', source: 'cmake 3.25 cmIncludeCommand string "could not find requested file:"' },
    ],
    nearMisses: ['-- Performing Test HAVE_DATE_TIME - Success'],
    equivalents: { 'buildlog-consultant': ['missing-cmake-files'] },
  },
  {
    id: 'cmake-minimum-version',
    family: 'cmake',
    title: 'cmake_minimum_required asks for a newer CMake than the chroot has',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   CMake 3.20 or higher is required.  You are running version 3.18.4
    match: /^\s+CMake (?<required>\d[\w.]*) or higher is required\. {2}You are running version (?<running>\S+)/,
    literals: { prefixes: ['CMake '] },
    message: 'The project needs CMake {{required}}; the build environment has {{running}}.',
    headline: 'CMake {{required}} or higher is required (running {{running}})',
    fix: {
      summary: 'Build for a suite with CMake ≥ {{required}} (bullseye 3.18, bookworm 3.25, trixie 3.31; bullseye-backports and bookworm-backports have newer) and say so: `cmake (>= {{required}})` in Build-Depends; or lower cmake_minimum_required in a patch if nothing newer is used.',
      steps: ['Build-Depends: ..., cmake (>= {{required}})'],
    },
    docs: {
      description: 'cmake_minimum_required failed: `CMake 3.20 or higher is required.  You are running version 3.18.4`.',
      why: 'The upstream release needs a newer CMake than the suite the package is built for.',
      fix: 'Build for (or with backports of) a suite with that CMake and version the Build-Depends, or patch the requirement down when it is not really needed.',
    },
    examples: [{ lines: ['CMake Error at CMakeLists.txt:1 (cmake_minimum_required):', '  CMake 3.20 or higher is required.  You are running version 3.18.4'], line: 2, captures: { required: '3.20', running: '3.18.4' }, source: 'cmake 3.25 binary strings (" or higher is required.  You are running version "), cmake_minimum_required(VERSION 3.20) under bullseye\'s 3.18.4' }],
    nearMisses: ['-- The CXX compiler identification is GNU 12.2.0', 'CMake Deprecation Warning at CMakeLists.txt:1 (cmake_minimum_required):'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency'] },
  },
  {
    id: 'cmake-compiler-not-found',
    family: 'cmake',
    title: 'CMake found no compiler for a language the project enables',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['cmake', 'compiler', 'build-failure'],
    //   No CMAKE_Fortran_COMPILER could be found.
    //   No CMAKE_CXX_COMPILER could be found.
    match: /^\s+No CMAKE_(?<lang>\w+?)_COMPILER could be found\./,
    literals: { prefixes: ['No CMAKE_'] },
    message: 'The project enables the {{lang}} language and no {{lang}} compiler is installed.',
    headline: 'No CMAKE_{{lang}}_COMPILER could be found',
    fix: {
      summary: 'Build-Depend on the {{lang}} compiler: CXX → g++ (in build-essential; check that CXX is not set to a missing compiler), Fortran → gfortran, ASM_NASM → nasm, OBJC → gobjc, OBJCXX → gobjc++, CUDA → nvidia-cuda-toolkit (non-free), HIP → hipcc, Swift → swiftlang, C → gcc.',
      steps: ['Build-Depends: ..., <the compiler package>'],
    },
    docs: {
      description: 'project() or enable_language() found no compiler: `No CMAKE_Fortran_COMPILER could be found.`',
      why: 'build-essential brings gcc and g++ only; other languages need their compiler in Build-Depends (or CC/CXX/FC name a compiler that is not installed).',
      fix: 'Build-Depend on the compiler package for that language.',
    },
    examples: [{ lines: ['CMake Error at CMakeLists.txt:3 (project):', '  No CMAKE_Fortran_COMPILER could be found.', '', '  Tell CMake where to find the compiler by setting either the environment', '  variable "FC" or the CMake cache entry CMAKE_Fortran_COMPILER to the full'], line: 2, captures: { lang: 'Fortran' }, source: 'cmake 3.25 binary strings (" could be found."), the text buildlog-consultant src/common.rs matches ("No CMAKE_(.*)_COMPILER could be found.\\n\\nTell CMake where to find the compiler ...")' }],
    nearMisses: ['-- Check for working CXX compiler: /usr/bin/c++ - skipped', '-- The Fortran compiler identification is unknown'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'cmake-build-program-missing',
    family: 'cmake',
    title: 'CMake found no build program for its generator (make, ninja)',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    // CMake Error: CMake was unable to find a build program corresponding to "Ninja".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.
    match: /^CMake Error: CMake was unable to find a build program corresponding to "(?<generator>[^"]+)"/,
    message: 'CMake uses the {{generator}} generator and its build program is not installed.',
    headline: 'no build program for {{generator}}',
    fix: { summary: 'Build-Depend on the generator\'s program: Ninja → ninja-build, Unix Makefiles → make (in build-essential); or pick a generator that is installed (dh_auto_configure --buildsystem=cmake+ninja needs ninja-build).', steps: ['Build-Depends: ..., ninja-build   (for "Ninja")'] },
    docs: {
      description: 'CMake found no program for the chosen generator: `CMake was unable to find a build program corresponding to "Ninja".  CMAKE_MAKE_PROGRAM is not set.`',
      why: 'The generator (-G Ninja, or `--buildsystem=cmake+ninja`) needs ninja from ninja-build, which is not in Build-Depends.',
      fix: 'Build-Depend on ninja-build (for Ninja), or use the Makefile generator.',
    },
    examples: [{ lines: ['CMake Error: CMake was unable to find a build program corresponding to "Ninja".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.'], captures: { generator: 'Ninja' }, source: 'cmake 3.25 binary strings ("CMake was unable to find a build program corresponding to \\""), the line buildlog-consultant src/common.rs matches' }],
    nearMisses: ['-- Configuring done', 'CMake Error: The source directory "/build/foo" does not exist.'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'cmake-imported-file-missing',
    family: 'cmake',
    title: 'An installed CMake config references a file that is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    //   The imported target "Qt5::Gui" references the file
    //      "/usr/lib/x86_64-linux-gnu/libEGL.so"
    //   but this file does not exist.  Possible reasons include:
    match: /^\s+The imported target "(?<target>[^"]+)" references the file$/,
    literals: { prefixes: ['The imported target "'] },
    then: { match: /^\s+"(?<path>\/[^"]+)"$/, within: 3, note: 'the missing file' },
    message: 'The CMake config of {{target}} references {{path}}, which is not installed.',
    headline: '{{target}} references missing {{path}}',
    lookup: { kind: 'file', name: '{{path}}' },
    fix: { summary: 'Add {{packages}} (it ships {{path}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{path}} to Build-Depends (an unversioned lib*.so comes with a -dev package: libEGL.so → libegl-dev, libGL.so → libgl-dev).',
      steps: ["apt-file search --regexp '^{{path}}$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'A CMake config file (Qt5GuiConfigExtras.cmake, ...) checks the files of its imported targets: `The imported target "Qt5::Gui" references the file "/usr/lib/x86_64-linux-gnu/libEGL.so" but this file does not exist.`',
      why: 'The -dev package with that config does not depend on everything it references (the libEGL.so symlink is in libegl-dev); the build must Build-Depend on it itself.',
      fix: 'Build-Depend on the package that ships the referenced file.',
    },
    examples: [{
      lines: ['CMake Error at /usr/lib/x86_64-/cmake/Qt5Gui/Qt5GuiConfig.cmake:27 (message):', '  The imported target "Qt5::Gui" references the file', '', '     "/usr/lib/x86_64-linux-gnu/libEGL.so"', '', '  but this file does not exist.  Possible reasons include:'],
      line: 2, captures: { target: 'Qt5::Gui', path: '/usr/lib/x86_64-linux-gnu/libEGL.so' }, package: 'libegl-dev',
      source: 'buildlog-consultant src/common.rs test_cmake_missing_file',
    }],
    nearMisses: ['  * The installation package was faulty and contained'],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
  {
    id: 'cmake-source-dir-missing',
    family: 'cmake',
    title: 'CMake was given a source directory that does not exist',
    cause: 'configure-failed',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    // CMake Error: The source directory "/<<PKGBUILDDIR>>/src" does not exist.
    match: /^CMake Error: The source directory "(?<dir>[^"]+)" does not exist\./,
    message: 'cmake was pointed at {{dir}}, which does not exist.',
    headline: 'CMake source directory {{dir}} does not exist',
    fix: { summary: 'Fix the source directory debian/rules passes (dh_auto_configure --sourcedirectory=DIR / -D DIR, or the path after `cmake`): it must be the directory that holds the top-level CMakeLists.txt.', steps: ['dh $@ --sourcedirectory=<dir with CMakeLists.txt>'] },
    docs: {
      description: 'cmake stopped at once: `CMake Error: The source directory "X" does not exist.`',
      why: 'debian/rules names a wrong directory (a renamed upstream directory, a typo, a path relative to the build directory).',
      fix: 'Point --sourcedirectory (or cmake\'s source argument) at the directory with the top-level CMakeLists.txt.',
    },
    examples: [{ lines: ['CMake Error: The source directory "/<<PKGBUILDDIR>>/src" does not exist.'], captures: { dir: '/<<PKGBUILDDIR>>/src' }, source: 'cmake 3.25 (the message buildlog-consultant src/common.rs matches: "CMake Error: The source directory \\"(.*)\\" does not exist.")' }],
    nearMisses: ['CMake Error: The current CMakeCache.txt directory /x/CMakeCache.txt is different than the directory /y where CMakeCache.txt was created.'],
    equivalents: { 'buildlog-consultant': ['local-directory-not-existing'] },
  },
  {
    id: 'cmake-project-error',
    family: 'cmake',
    title: 'The project\'s CMakeLists.txt stopped with its own error message',
    cause: 'configure-failed',
    side: 'package',
    tags: ['cmake', 'build-failure'],
    // CMake Error at CMakeLists.txt:84 (MESSAGE):
    //   alut not found
    // CMake Error at cmake/modules/FindGpgme.cmake:398 (message):
    //   Did not find GPGME
    // (message(FATAL_ERROR) of the project; files under /usr/ are CMake's modules or installed packages' configs, which have their own entries)
    match: /^CMake Error at (?!\/usr\/)(?<file>[^\s:]+):(?<lineno>\d+) \((?:message|MESSAGE)\):$/,
    literals: { prefixes: ['CMake Error at '] },
    then: { match: /^\s+(?<text>\S.*)$/s, within: 2, reportHere: true, note: 'the message' },
    message: '{{file}}:{{lineno}} stopped the configuration: {{text}}',
    headline: 'CMake: {{text}}',
    // `could not find zlib`, `Did not find GPGME`, `alut not found`: the one name such a message gives,
    // matched to what a build looks for (src/catalog/packages.ts resolveVague).
    lookup: { kind: 'vague', name: '{{text}}' },
    fixNear: {
      summary: 'The message names a dependency the project checks for; in {{suite}}, {{packages}} ships {{near}}, the likeliest match: add {{package}} to Build-Depends in debian/control if that is what {{file}}:{{lineno}} looks for.',
      steps: ["sed -n '{{lineno}}p' {{file}}", 'Build-Depends: ..., {{package}}'],
    },
    fix: {
      summary: 'Read what {{file}}:{{lineno}} checks: the message usually names a library or tool to add to Build-Depends (apt-file finds its package), or a -D option debian/rules must pass (dh_auto_configure -- -DOPTION=...).',
      steps: ["sed -n '{{lineno}}p' {{file}}", 'override_dh_auto_configure:\n\tdh_auto_configure -- -D<OPTION>=<value>'],
    },
    docs: {
      description: 'The project\'s own message(FATAL_ERROR ...) stopped CMake: `CMake Error at CMakeLists.txt:84 (MESSAGE):` and the text on the next line.',
      why: 'Projects check their own requirements (a library, a tool, a combination of options); the text says which.',
      fix: 'Provide what the message asks for (a Build-Depends, a -D option); look at the CMakeLists.txt line it names.',
    },
    examples: [
      { lines: ['CMake Error at CMakeLists.txt:84 (MESSAGE):', '  alut not found'], line: 2, captures: { file: 'CMakeLists.txt', lineno: '84', text: 'alut not found' }, package: 'libalut-dev', source: 'buildlog-consultant src/common.rs test_cmake_missing_vague' },
      { lines: ['CMake Error at CMakeLists.txt:213 (message):', '  could not find zlib'], line: 2, captures: { file: 'CMakeLists.txt', lineno: '213', text: 'could not find zlib' }, package: 'zlib1g-dev', source: 'buildlog-consultant src/common.rs test_cmake_missing_vague' },
      { lines: ['-- No usable gpgme flavours found.', 'CMake Error at cmake/modules/FindGpgme.cmake:398 (message):', '  Did not find GPGME', 'Call Stack (most recent call first):', '  CMakeLists.txt:223 (FIND_PACKAGE)'], line: 3, captures: { file: 'cmake/modules/FindGpgme.cmake', lineno: '398', text: 'Did not find GPGME' }, package: 'libgpgme-dev', source: 'buildlog-consultant src/common.rs test_cmake_missing_vague' },
    ],
    nearMisses: ['CMake Error at /usr/share/cmake-3.25/Modules/FindPackageHandleStandardArgs.cmake:230 (message):\n  Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)', 'CMake Error at /usr/lib/x86_64-linux-gnu/cmake/Qt5Gui/Qt5GuiConfig.cmake:27 (message):\n  The imported target "Qt5::Gui" references the file', 'CMake Warning at CMakeLists.txt:84 (message):\n  alut not found'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency'] },
  },
];
