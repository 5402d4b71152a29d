import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';
import { aptFileRegex } from '../remedies/apt-file.js';

/** Commands whose Debian package name differs from the command, or is worth naming (bookworm). */
const PACKAGES: Readonly<Record<string, string>> = {
  cmake: 'cmake', meson: 'meson', ninja: 'ninja-build', 'pkg-config': 'pkgconf', pkgconf: 'pkgconf',
  python: 'python3 (call python3, or Build-Depend on python-is-python3)', python3: 'python3', help2man: 'help2man',
  autoreconf: 'dh-autoreconf', autoconf: 'autoconf', automake: 'automake', aclocal: 'automake', libtoolize: 'libtool',
  bison: 'bison', yacc: 'bison', flex: 'flex', lex: 'flex', makeinfo: 'texinfo', doxygen: 'doxygen', xsltproc: 'xsltproc',
  msgfmt: 'gettext', xgettext: 'gettext', gperf: 'gperf', nasm: 'nasm', yasm: 'yasm', cargo: 'cargo', rustc: 'rustc',
  go: 'golang-go', node: 'nodejs', nodejs: 'nodejs', npm: 'npm', javac: 'default-jdk', java: 'default-jdk',
  'sphinx-build': 'python3-sphinx', pandoc: 'pandoc', git: 'git', curl: 'curl', wget: 'wget', xmlto: 'xmlto',
  gtkdocize: 'gtk-doc-tools', intltoolize: 'intltool', swig: 'swig', patchelf: 'patchelf', unzip: 'unzip', zip: 'zip',
  rsync: 'rsync', bc: 'bc', 'ronn': 'ruby-ronn', 'a2x': 'asciidoc', asciidoctor: 'asciidoctor', 'qmake': 'qmake6 or qtbase5-dev',
  'dh_python3': 'dh-python', 'dh_autoreconf': 'dh-autoreconf',
};

const rule: Rule = {
  meta: {
    id: 'build-command-not-found',
    title: 'A command the build runs is not installed',
    severity: 'error',
    cause: 'missing-build-tool',
    tags: ['shell', 'build-failure'],
    docs: {
      description: 'The shell (`/bin/sh: 1: cmake: not found`, `bash: cmake: command not found`) or make (`make: cmake: No such file or directory`) could not find a command the build runs.',
      why: 'In a clean chroot only build-essential and the Build-Depends are installed. A tool that is on the developer\'s machine but not in Build-Depends (cmake, meson, help2man, pkg-config, python) is missing there; the exit status is 127.',
      fix: 'Add the package that ships the command to Build-Depends in debian/control (apt-file finds it).',
      example: ['/bin/sh: 1: cmake: not found'],
    },
  },
  create(context) {
    let done = false;
    return {
      'system.error'(fact) {
        if (done || fact.problem !== 'command-not-found' || fact.subject === undefined) return;
        done = true;
        const command = fact.subject;
        const pkg = PACKAGES[command];
        context.report({
          message: `The build runs \`${command}\`, which is not installed in the build environment.`,
          evidence: [lineOf(fact, `${command} not found`)],
          remediation: {
            summary: pkg !== undefined
              ? `Add ${pkg} to Build-Depends in debian/control.`
              : `Add the package that ships ${command} to Build-Depends in debian/control.`,
            steps: [`apt-file search --regexp 'bin/${aptFileRegex(command)}$'`, `Build-Depends: ..., ${pkg !== undefined ? pkg.split(' ')[0] : '<that package>'}`],
          },
          ...placeOf(context.env, 'missing-build-tool'),
          data: { command, ...(pkg !== undefined ? { package: pkg.split(' ')[0] } : {}), headline: `${command}: command not found` },
        });
      },
    };
  },
};

export default rule;
