import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';
import { aptFileRegex } from '../remedies/apt-file.js';

const rule: Rule = {
  meta: {
    id: 'linker-missing-library',
    title: 'The linker cannot find a library (-lX)',
    severity: 'error',
    cause: 'missing-library',
    tags: ['ld', 'build-failure'],
    docs: {
      description: 'GNU ld stopped with `cannot find -lX`.',
      why: 'Linking with `-lfoo` needs the unversioned development symlink `libfoo.so`, which Debian ships only in the -dev package; the runtime package (libfoo1) is not enough. In a clean chroot the -dev package must be in Build-Depends.',
      fix: 'Add the -dev package that ships libX.so to Build-Depends (find it with apt-file), or drop the -l option if the library is not needed.',
      example: ['/usr/bin/ld: cannot find -lfoo: No such file or directory', 'collect2: error: ld returned 1 exit status'],
    },
  },
  create(context) {
    let done = false;
    return {
      'linker.missing-library'(fact) {
        if (done) return;
        done = true;
        const lib = fact.library;
        context.report({
          message: `The linker cannot find -l${lib} (lib${lib}.so): its development package is not installed.`,
          evidence: [lineOf(fact, `lib${lib}.so not found`)],
          remediation: {
            summary: `Add the package that ships lib${lib}.so (usually lib${lib}-dev) to Build-Depends in debian/control.`,
            steps: [`apt-file search --regexp '/lib${aptFileRegex(lib)}\\.so$'`, `Build-Depends: ..., lib${lib}-dev`],
          },
          ...placeOf(context.env, 'missing-library'),
          data: { library: lib, headline: `linker cannot find -l${lib}` },
        });
      },
    };
  },
};

export default rule;
