import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Missing commands: the wordings the TypeScript rule build-command-not-found (src/parsers/system.ts:
 * `/bin/sh: 1: x: not found`, `bash: x: command not found`, make 4.3's `make: x: No such file or
 * directory`, Perl's `Can't exec "x"`) does not see: a script that is not a shell (`./configure: line 5:`,
 * `debian/tests/x: 7:`), `exec:`, GNU make ≤ 4.2's `Command not found` (4.3's binary no longer has that
 * string), env(1) and the kernel's `bad interpreter`, gcc's missing compiler proper, Python's subprocess,
 * and what other launchers print. Lines from buildlog-consultant's tests (src/common.rs) and tools' sources.
 */

const aptFileCommand = "apt-file search --regexp '/s?bin/{{command}}$'";

export const commands: readonly CatalogEntry[] = [
  {
    id: 'script-command-not-found',
    family: 'commands',
    title: 'A script run by the build calls a command that is not installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['shell', 'build-failure'],
    // ./ylwrap: line 176: yacc: command not found
    // /tmp/autopkgtest.FnbV06/build.18W/src/debian/tests/blas-testsuite: 7: dpkg-architecture: not found
    // /bin/sh: 1: exec: superfastmatch: not found
    // (the script does not end in `sh`: `./autogen.sh: 5: x: not found` and `/bin/sh: 1: x: not found` are
    // build-command-not-found's; an all-caps NAME_WITH_UNDERSCORE is an unexpanded m4 macro, see autotools.ts)
    match: [
      /^(?<script>[^\s:]+)(?<!sh): (?:line )?\d+: (?!exec: )(?![A-Z][A-Z0-9]*_[A-Z0-9_]*:)(?<command>[^\s:/]+): (?:command )?not found$/,
      /^(?<script>[^\s:]+): (?:line )?\d+: exec: (?<command>[^\s:/]+): not found$/,
    ],
    literals: { suffixes: ['not found'] },
    message: '{{script}} runs `{{command}}`, which is not installed in the build environment.',
    headline: '{{command}}: command not found',
    lookup: { kind: 'command', name: '{{command}}' },
    fix: { summary: 'Add {{packages}} (it ships {{command}} in {{suite}}) to Build-Depends in debian/control (Depends of the test in debian/tests/control for an autopkgtest).', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{command}} to Build-Depends in debian/control (for an autopkgtest, to the test\'s Depends in debian/tests/control); names that are alternatives are in no Contents file: yacc → bison (or byacc), lex → flex, awk → gawk or mawk, java → default-jre-headless, cc/c++ → gcc/g++.',
      steps: [aptFileCommand, 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'A shell running a script of the build (`./configure: line 5: x: command not found` from bash, `script: 7: x: not found` from dash, `exec: x: not found`) could not find a command.',
      why: 'In a clean chroot only build-essential and the Build-Depends are installed (an autopkgtest only the test\'s Depends): a tool the upstream scripts call but the packaging does not declare is missing; the exit status is 127.',
      fix: 'Add the package that ships the command to Build-Depends (or the test\'s Depends); yacc comes from bison (or byacc), lex from flex.',
    },
    examples: [
      { lines: ['./ylwrap: line 176: yacc: command not found'], captures: { script: './ylwrap', command: 'yacc' }, source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ['/tmp/autopkgtest.FnbV06/build.18W/src/debian/tests/blas-testsuite: 7: dpkg-architecture: not found'], captures: { script: '/tmp/autopkgtest.FnbV06/build.18W/src/debian/tests/blas-testsuite', command: 'dpkg-architecture' }, package: 'dpkg-dev', source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ['/tmp/bla: 12: ss: not found'], captures: { script: '/tmp/bla', command: 'ss' }, package: 'iproute2', source: 'buildlog-consultant src/autopkgtest.rs test_stderr' },
      { lines: ['/bin/sh: 1: exec: superfastmatch: not found'], captures: { script: '/bin/sh', command: 'superfastmatch' }, source: 'real log quoted in a public doctest (dash `exec` of a missing program)' },
      { lines: ['sh: 1: exec: clang: not found'], captures: { script: 'sh', command: 'clang' }, package: 'clang', source: 'real compiler output stored in a public repository (dash)' },
    ],
    nearMisses: [
      '/bin/sh: 1: cmake: not found',
      './autogen.sh: 5: autoreconf: not found',
      './configure: line 12569: PKG_PROG_PKG_CONFIG: command not found',
      './configure: line 5: ./build-aux/git-version-gen: not found',
      "checking for yacc... no",
    ],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'make-command-not-found',
    family: 'commands',
    title: 'make cannot run a command of a recipe (GNU make ≤ 4.2 wording)',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['make', 'build-failure'],
    // make[1]: docker: Command not found
    // make: dh_elpa: Command not found
    // (GNU make up to 4.2.1 printed "%s: Command not found" for ENOENT; make 4.3 prints strerror,
    // `make: x: No such file or directory`, which build-command-not-found reports)
    match: /^make(?:\[\d+\])?: (?<command>[^\s:/]+): Command not found$/,
    literals: { suffixes: [': Command not found'] },
    message: 'make runs `{{command}}`, which is not installed in the build environment.',
    headline: '{{command}}: command not found',
    lookup: { kind: 'command', name: '{{command}}' },
    fix: { summary: 'Add {{packages}} (it ships {{command}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{command}} to Build-Depends in debian/control (dh_* helpers come from their dh-* package, e.g. dh_elpa from dh-elpa).',
      steps: [aptFileCommand, 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'GNU make up to 4.2.1 (Debian buster and older) says `make: x: Command not found` when a recipe\'s command does not exist (make 4.3 says `No such file or directory`).',
      why: 'make runs simple recipe lines itself, without a shell, so the shell\'s message does not appear; the command is not installed because it is not in Build-Depends.',
      fix: 'Add the package that ships the command to Build-Depends (a dh_foo helper: its dh-foo package, or the `dh-sequence-foo` virtual package).',
    },
    examples: [
      { lines: ['make[1]: docker: Command not found'], captures: { command: 'docker' }, source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ['make: dh_elpa: Command not found'], captures: { command: 'dh_elpa' }, package: 'dh-elpa', source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ['make[1]: git: Command not found'], captures: { command: 'git' }, package: 'git', source: 'buildlog-consultant src/common.rs test_command_missing' },
    ],
    nearMisses: ['make[1]: ./docker: Command not found', 'make: cmake: No such file or directory', "make[1]: *** [debian/rules:12: build] Error 127"],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'env-command-not-found',
    family: 'commands',
    title: 'env(1) cannot find the interpreter a script names',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['shell', 'build-failure'],
    // /usr/bin/env: ‘python3’: No such file or directory          (coreutils ≥ 8.26 in a UTF-8 locale)
    // /usr/bin/env: 'python': No such file or directory           (C locale)
    // /usr/bin/env: python: No such file or directory             (coreutils < 8.26)
    match: /^(?:\/usr\/bin\/)?env: [‘']?(?<command>[^\s'‘’/:]+)[’']?: No such file or directory$/,
    literals: { suffixes: [': No such file or directory'] },
    message: 'A script\'s `#!/usr/bin/env {{command}}` line names {{command}}, which is not installed in the build environment.',
    headline: '/usr/bin/env: {{command}} not found',
    lookup: { kind: 'command', name: '{{command}}' },
    fix: { summary: 'Add {{packages}} (it ships {{command}} in {{suite}}) to Build-Depends in debian/control; for `python`, change the script to python3 (or Build-Depend on python-is-python3).', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{command}} to Build-Depends in debian/control; for `python` (Python 2 is gone), patch the script\'s first line to `#!/usr/bin/env python3` or Build-Depend on python-is-python3.',
      steps: [aptFileCommand, 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'env(1), running a script whose first line is `#!/usr/bin/env NAME`, found no NAME on PATH: `/usr/bin/env: \'python\': No such file or directory`.',
      why: 'The interpreter is not installed in the chroot: not in Build-Depends, or a name that no longer exists (`python` for Python 2, unless python-is-python3 is installed).',
      fix: 'Build-Depend on the package that ships the interpreter; for `python`, patch the script to python3 (debian/patches) or Build-Depend on python-is-python3.',
    },
    examples: [
      { lines: ['/usr/bin/env: ‘python3’: No such file or directory'], captures: { command: 'python3' }, source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ["/usr/bin/env: 'python': No such file or directory"], captures: { command: 'python' }, package: 'python-is-python3', source: 'coreutils 9.1 env.c (quote() in the C locale)' },
      { lines: ['/usr/bin/env: node: No such file or directory'], captures: { command: 'node' }, package: 'nodejs', source: 'coreutils 8.23 (Debian jessie) env.c, unquoted' },
    ],
    nearMisses: ['env: ‘/<<PKGBUILDDIR>>/socket-activate’: No such file or directory', "/usr/bin/env: 'python3': Permission denied"],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'env-script-not-found',
    family: 'commands',
    title: 'env(1) cannot find a script of the source tree',
    cause: 'missing-file',
    side: 'package',
    tags: ['shell', 'build-failure'],
    // env: ‘/<<PKGBUILDDIR>>/socket-activate’: No such file or directory
    match: /^(?:\/usr\/bin\/)?env: [‘']?(?<path>\/[^\s'‘’]+)[’']?: No such file or directory$/,
    literals: { suffixes: [': No such file or directory'] },
    message: 'env(1) was asked to run {{path}}, which does not exist.',
    headline: 'env: {{path}} not found',
    fix: { summary: 'Make sure {{path}} is built or shipped before it runs: it belongs to the build tree (check the target order in debian/rules and that the file is not removed by the clean-up or excluded from the tarball).' },
    docs: {
      description: 'env(1) was given an absolute path that does not exist: `env: \'/<<PKGBUILDDIR>>/x\': No such file or directory`.',
      why: 'A path inside the build tree is the project\'s own file: not built yet, built elsewhere, or missing from the source; no package provides it.',
      fix: 'Build the file first or fix the path; if the upstream tarball lacks it, repack or patch.',
    },
    examples: [{ lines: ['env: ‘/<<PKGBUILDDIR>>/socket-activate’: No such file or directory'], captures: { path: '/<<PKGBUILDDIR>>/socket-activate' }, source: 'buildlog-consultant src/common.rs test_interpreter_missing' }],
    nearMisses: ['/usr/bin/env: ‘python3’: No such file or directory'],
  },
  {
    id: 'script-bad-interpreter',
    family: 'commands',
    title: 'A script\'s #! line names an interpreter that is not installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['shell', 'build-failure'],
    // /bin/bash: /usr/bin/rst2man: /usr/bin/python: bad interpreter: No such file or directory
    // /bin/sh: 1: ./tools/gen.py: not found is dash's wording of the same; the kernel's ENOENT on the #! path
    match: /^(?:\S+: )?(?<script>[^\s:]+): (?<interpreter>\/[^\s:]+): bad interpreter: No such file or directory$/,
    message: '{{script}} starts with `#!{{interpreter}}`, which does not exist in the build environment.',
    headline: '{{interpreter}}: bad interpreter',
    lookup: { kind: 'file', name: '{{interpreter}}' },
    fix: { summary: 'Add {{packages}} (it ships {{interpreter}} in {{suite}}) to Build-Depends, or patch the #! line of {{script}} to an interpreter that is installed.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Patch the #! line of {{script}} (e.g. /usr/bin/python → /usr/bin/python3; Python 2 is gone) or Build-Depend on the package that ships {{interpreter}} (python-is-python3 ships /usr/bin/python).',
      steps: ["apt-file search --regexp '^{{interpreter}}$'"],
    },
    docs: {
      description: 'The kernel could not start a script because the interpreter on its `#!` line does not exist; bash says `x: /usr/bin/python: bad interpreter: No such file or directory`.',
      why: 'The interpreter is not installed (not in Build-Depends) or is a path that Debian no longer ships, typically /usr/bin/python for Python 2 scripts.',
      fix: 'Patch the #! line (debian/patches, or `sed` in override_dh_auto_configure for generated files) or Build-Depend on the package that ships the interpreter.',
    },
    examples: [{ lines: ['/bin/bash: /usr/bin/rst2man: /usr/bin/python: bad interpreter: No such file or directory'], captures: { script: '/usr/bin/rst2man', interpreter: '/usr/bin/python' }, package: 'python-is-python3', source: 'buildlog-consultant src/common.rs test_interpreter_missing' }],
    nearMisses: ['/bin/bash: ./run.sh: /bin/bash^M: bad interpreter: No such file or directory x', "/bin/bash: /usr/bin/rst2man: /usr/bin/python: bad interpreter: Permission denied"],
    equivalents: { 'buildlog-consultant': ['missing-file', 'command-missing'] },
  },
  {
    id: 'python-exec-command-not-found',
    family: 'commands',
    title: 'A Python program runs a command that is not installed',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['python', 'build-failure'],
    // (a traceback through subprocess, CPython 3.9–3.13 subprocess.py _execute_child:)
    //     raise child_exception_type(errno_num, err_msg, err_filename)
    // FileNotFoundError: [Errno 2] No such file or directory: 'git'
    match: /^\s+raise child_exception_type\(errno_num, err_msg, err_filename\)$/,
    then: { match: /^FileNotFoundError: \[Errno 2\] No such file or directory: '(?<command>[^'/\s]+)'$/, within: 2, reportHere: true, note: 'the command' },
    note: 'subprocess',
    message: 'A Python program runs `{{command}}`, which is not installed in the build environment.',
    headline: '{{command}}: command not found (Python subprocess)',
    lookup: { kind: 'command', name: '{{command}}' },
    fix: { summary: 'Add {{packages}} (it ships {{command}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the package that ships {{command}} to Build-Depends in debian/control.', steps: [aptFileCommand, 'Build-Depends: ..., <the package apt-file names>'] },
    docs: {
      description: 'Python\'s subprocess could not start a program: the traceback ends in `raise child_exception_type(...)` then `FileNotFoundError: [Errno 2] No such file or directory: \'git\'`.',
      why: 'subprocess raises FileNotFoundError with the program name when it is not on PATH; in a clean chroot that is a tool missing from Build-Depends (git for version lookups, meson dist, setuptools-scm).',
      fix: 'Build-Depend on the package that ships the command (git for git).',
    },
    examples: [{
      lines: [
        '  File "/usr/lib/python3.9/subprocess.py", line 1823, in _execute_child',
        '    raise child_exception_type(errno_num, err_msg, err_filename)',
        "FileNotFoundError: [Errno 2] No such file or directory: 'git'",
      ],
      line: 3,
      captures: { command: 'git' },
      package: 'git',
      source: 'buildlog-consultant src/common.rs test_command_missing (meson dist traceback)',
    }],
    nearMisses: ["FileNotFoundError: [Errno 2] No such file or directory: 'setup.cfg'", "    raise child_exception_type(errno_num, err_msg, err_filename)\nPermissionError: [Errno 13] Permission denied: 'git'"],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'gcc-compiler-proper-missing',
    family: 'commands',
    title: 'The compiler driver cannot run its compiler proper (cc1plus, f951, ...)',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['compiler', 'build-failure'],
    // gcc: fatal error: cannot execute 'cc1plus': execvp: No such file or directory   (gcc ≥ 4.7; gcc-12 gcc.cc "cannot execute %qs: %s: %m")
    // gcc: error trying to exec 'cc1plus': execvp: No such file or directory        (gcc ≤ 4.6; the string is still in gcc-12)
    match: [
      /^(?<driver>\S+): fatal error: cannot execute [‘'](?<program>[^’'/]+)[’']: execvp: No such file or directory/,
      /^(?<driver>\S+): error trying to exec '(?<program>[^'/]+)': execvp: No such file or directory/,
    ],
    literals: { anywhere: ["': execvp: No such file or directory", '’: execvp: No such file or directory'] },
    message: '{{driver}} cannot run {{program}}: the compiler for that language is not installed.',
    headline: '{{driver}}: cannot execute {{program}}',
    fix: {
      summary: 'Build-Depend on the compiler for the language {{program}} compiles: cc1plus → g++, f951 → gfortran, cc1obj → gobjc, gnat1 → gnat, d21 → gdc, go1 → gccgo (build-essential brings gcc and g++ only).',
      steps: ["apt-file search --regexp '/{{program}}$'"],
    },
    docs: {
      description: 'The gcc driver found no compiler proper for a language: `gcc: fatal error: cannot execute \'cc1plus\': execvp: No such file or directory` (old gcc: `error trying to exec`).',
      why: 'gcc only ships the C compiler proper (cc1); C++, Fortran, Objective-C, Ada and D come in separate packages that must be in Build-Depends (build-essential has g++ but not the others).',
      fix: 'Add the language\'s compiler package: g++ for cc1plus, gfortran for f951, gobjc for cc1obj, gnat for gnat1, gdc for d21.',
    },
    examples: [
      { lines: ["gcc: error trying to exec 'cc1plus': execvp: No such file or directory"], captures: { driver: 'gcc', program: 'cc1plus' }, source: 'real log quoted in a public README (nvcc build), gcc ≤ 4.6 wording' },
      { lines: ["x86_64-linux-gnu-gcc: fatal error: cannot execute 'f951': execvp: No such file or directory"], captures: { driver: 'x86_64-linux-gnu-gcc', program: 'f951' }, source: 'gcc 12 gcc.cc "cannot execute %qs: %s: %m" (C locale quotes)' },
    ],
    nearMisses: ["gcc: fatal error: cannot execute 'cc1plus': execvp: Permission denied", 'gcc: fatal error: Killed signal terminated program cc1plus'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'launcher-command-not-found',
    family: 'commands',
    title: 'A launcher (dbus-run-session, unshare, xvfb-run, Java, Go) cannot find the command it should run',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['build-failure'],
    // dbus-run-session: failed to exec 'xvfb-run': No such file or directory
    // unshare: failed to execute python3: No such file or directory
    // xvfb-run: error: xauth command not found
    // > Cannot run program "git": error=2, No such file or directory
    // pkg-config: exec: "pkg-config": executable file not found in $PATH
    // E: Failed to execute “python3”: No such file or directory
    // Could not find external command "java"
    // %Error: 'flex' must be installed to build                              (verilator's configure)
    // Invalid gemspec in [unicorn.gemspec]: No such file or directory - git  (Ruby's Errno::ENOENT from `git ...`)
    match: [
      /^dbus-run-session: failed to exec '(?<command>[^'/]+)': No such file or directory/,
      /^unshare: failed to execute (?<command>[^\s:/]+): No such file or directory/,
      /^xvfb-run: error: (?<command>\S+) command not found/,
      /Cannot run program "(?<command>[^"/]+)"(?: \(in directory "[^"]*"\))?: error=2, No such file or directory/,
      /: exec: "(?<command>[^"/]+)": executable file not found in \$PATH/,
      /^E: Failed to execute “(?<command>[^”/]+)”: No such file or directory/,
      /^Could not find external command "(?<command>[^"/]+)"/,
      /^%Error: '(?<command>[^'/]+)' must be installed to build/,
      /: No such file or directory - (?<command>[^\s/]+)$/,
    ],
    literals: {
      prefixes: ['dbus-run-session: failed to exec ', 'unshare: failed to execute ', 'xvfb-run: error: ', 'E: Failed to execute “', 'Could not find external command "', "%Error: '"],
      anywhere: ['Cannot run program "', '": executable file not found in $PATH', ': No such file or directory - '],
    },
    message: 'The build runs `{{command}}`, which is not installed in the build environment.',
    headline: '{{command}}: command not found',
    lookup: { kind: 'command', name: '{{command}}' },
    fix: { summary: 'Add {{packages}} (it ships {{command}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the package that ships {{command}} to Build-Depends in debian/control (xauth: xauth; xvfb-run: xvfb; java, an alternatives name in no Contents file: default-jre-headless; python3: python3).', steps: [aptFileCommand, 'Build-Depends: ..., <the package apt-file names>'] },
    docs: {
      description: 'A program that starts another (dbus-run-session, unshare, xvfb-run, Java\'s ProcessBuilder, Go\'s os/exec, GLib\'s g_spawn) reports that the command does not exist.',
      why: 'The command is not installed in the chroot: it is missing from Build-Depends (test tools such as xvfb, xauth, dbus are often forgotten).',
      fix: 'Build-Depend on the package that ships the command (xvfb for xvfb-run, xauth for xauth, git for git).',
    },
    examples: [
      { lines: ["dbus-run-session: failed to exec 'xvfb-run': No such file or directory"], captures: { command: 'xvfb-run' }, package: 'xvfb', source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ['unshare: failed to execute python3: No such file or directory'], captures: { command: 'python3' }, source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ['xvfb-run: error: xauth command not found'], captures: { command: 'xauth' }, package: 'xauth', source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ['> Cannot run program "git": error=2, No such file or directory'], captures: { command: 'git' }, package: 'git', source: 'buildlog-consultant src/common.rs test_command_missing (Gradle)' },
      { lines: ['pkg-config: exec: "pkg-config": executable file not found in $PATH'], captures: { command: 'pkg-config' }, package: 'pkgconf', source: 'buildlog-consultant src/common.rs test_command_missing (Go os/exec)' },
      { lines: ['E: Failed to execute “python3”: No such file or directory'], captures: { command: 'python3' }, source: 'buildlog-consultant src/common.rs test_command_missing (GLib g_spawn)' },
      { lines: ['Could not find external command "java"'], captures: { command: 'java' }, source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ["%Error: 'flex' must be installed to build"], captures: { command: 'flex' }, package: 'flex', source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ['Invalid gemspec in [unicorn.gemspec]: No such file or directory - git'], captures: { command: 'git' }, package: 'git', source: 'buildlog-consultant src/common.rs test_command_missing' },
    ],
    nearMisses: ['xvfb-run: error: Xvfb failed to start', 'Errno::ENOENT: No such file or directory - /build/foo/missing.txt', "dbus-run-session: failed to exec './run-tests': No such file or directory", '> Cannot run program "/usr/bin/foo": error=13, Permission denied'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'which-command-not-found',
    family: 'commands',
    title: 'GNU which found no command of that name',
    severity: 'warning',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['shell'],
    // which: no git in (/usr/bin:/bin)
    // /usr/bin/which: no git in (/usr/local/bin:/bin:/usr/bin:/usr/local/sbin:/usr/sbin:/sbin:/home/buildr/bin)
    // (GNU which, as on Fedora/SUSE and in some SDK images; Debian's debianutils which prints nothing)
    match: /^(?:\/usr\/bin\/)?which: no (?<command>[^\s/]+) in \(/,
    message: '`which` found no {{command}} on PATH; the step that needs it will fail.',
    headline: '{{command}}: not on PATH',
    lookup: { kind: 'command', name: '{{command}}' },
    fix: { summary: 'Add {{packages}} (it ships {{command}} in {{suite}}) to Build-Depends if the build needs {{command}}.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the package that ships {{command}} to Build-Depends if the build needs it (a probe for an optional tool is harmless).', steps: [aptFileCommand] },
    docs: {
      description: 'GNU which (not Debian\'s, which is silent) says `which: no x in (PATH)` when a command does not exist.',
      why: 'Build scripts probe for tools with which; when the probe fails for a required tool, the next step fails with a less clear message.',
      fix: 'Build-Depend on the package that ships the command; if the tool is optional the probe is noise (hence a warning).',
    },
    examples: [
      { lines: ['which: no git in (/usr/bin:/bin)'], captures: { command: 'git' }, package: 'git', source: 'real terminal output quoted on a public mailing list (sudo which git)' },
      { lines: ['/usr/bin/which: no git in (/usr/local/bin:/bin:/usr/bin:/usr/local/sbin:/usr/sbin:/sbin:/home/buildr/bin)'], captures: { command: 'git' }, package: 'git', source: 'real build-farm log stored in a public repository' },
    ],
    nearMisses: ['which git', '/usr/bin/which: /usr/bin/git'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'git-program-missing',
    family: 'commands',
    title: 'A Python library that drives git (GitPython, vcver) found no git program',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['python', 'build-failure'],
    // E ImportError: Bad git executable.
    // vcver.scm.git.GitCommandError: 'git describe --tags --match 'v*' --abbrev=0' returned an error code 127
    match: [
      /^(?:E\s+)?ImportError: Bad git executable\.?$/,
      /^[\w.]*GitCommandError: 'git .*' returned an error code 127$/s,
    ],
    literals: { anywhere: ['ImportError: Bad git executable', 'GitCommandError: '] },
    message: 'A Python library runs git (GitPython at import time, vcver for the version), and git is not installed.',
    headline: 'git not installed (Python)',
    fix: { summary: 'Add git to Build-Depends in debian/control; for a version lookup, also consider exporting the version instead (a Debian source package has no .git).', steps: ['Build-Depends: ..., git'] },
    docs: {
      description: 'GitPython\'s import fails with `ImportError: Bad git executable.` (it refreshes git at import), or vcver\'s `GitCommandError: \'git describe ...\' returned an error code 127` (127: command not found).',
      why: 'git is not part of build-essential; tests or setup code that use GitPython or derive the version from git need it.',
      fix: 'Build-Depend on git (and, for versions, set the version explicitly).',
    },
    examples: [
      { lines: ['E ImportError: Bad git executable.'], captures: {}, package: 'git', source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ['E ImportError: Bad git executable'], captures: {}, package: 'git', source: 'buildlog-consultant src/common.rs test_command_missing' },
      { lines: ["vcver.scm.git.GitCommandError: 'git describe --tags --match 'v*' --abbrev=0' returned an error code 127"], captures: {}, package: 'git', source: 'buildlog-consultant src/common.rs test_command_missing' },
    ],
    nearMisses: ["vcver.scm.git.GitCommandError: 'git describe --tags' returned an error code 128", 'ImportError: No module named git'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'make-include-not-found',
    family: 'commands',
    title: 'A makefile (debian/rules) includes a file that is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['make', 'build-failure'],
    // debian/rules:4: /usr/share/openstack-pkg-tools/pkgos.make: No such file or directory
    // (GNU make 4.3: "%s:%lu: %s: No such file or directory" for an `include`, then `No rule to make target`)
    match: /^(?<makefile>[^\s:]+):(?<lineno>\d+): (?<path>\/[^\s:]+): No such file or directory$/,
    literals: { suffixes: [': No such file or directory'] },
    message: '{{makefile}}:{{lineno}} includes {{path}}, which is not installed.',
    headline: '{{path}}: No such file or directory (make include)',
    lookup: { kind: 'file', name: '{{path}}' },
    fix: { summary: 'Add {{packages}} (it ships {{path}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{path}} to Build-Depends (debian/rules includes are read before any build-dependency is checked: cdbs, openstack-pkg-tools, dh-ocaml, ...).',
      steps: ["apt-file search --regexp '^{{path}}$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'make could not read an included makefile: `debian/rules:4: /usr/share/openstack-pkg-tools/pkgos.make: No such file or directory`, then `No rule to make target`.',
      why: 'debian/rules includes a makefile snippet that a build-tool package ships (cdbs, openstack-pkg-tools, dpkg\'s /usr/share/dpkg/*.mk); the package is not in Build-Depends.',
      fix: 'Build-Depend on the package that ships the snippet.',
    },
    examples: [{ lines: ['debian/rules:4: /usr/share/openstack-pkg-tools/pkgos.make: No such file or directory'], captures: { makefile: 'debian/rules', lineno: '4', path: '/usr/share/openstack-pkg-tools/pkgos.make' }, package: 'openstack-pkg-tools', source: 'buildlog-consultant src/common.rs test_make_missing_rule' }],
    nearMisses: ['make: cmake: No such file or directory', 'debian/rules:4: warning: overriding recipe for target'],
    equivalents: { 'buildlog-consultant': ['missing-file'] },
  },
];
