import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';
import { sourcePath } from '../stage.js';
import { aptFileRegex } from '../remedies/apt-file.js';
import { resolvePackages } from '../catalog/packages.js';
import { orList } from '../catalog/template.js';

const rule: Rule = {
  meta: {
    id: 'compiler-missing-header',
    title: 'A header the source includes is not installed',
    severity: 'error',
    cause: 'missing-header',
    tags: ['gcc', 'clang', 'build-failure'],
    docs: {
      description: 'GCC or Clang stopped with `fatal error: X.h: No such file or directory`.',
      why: 'A header from another package is included but that package\'s -dev package is not in Build-Depends (or its include directory is not on the compiler\'s path, e.g. a missing `pkg-config --cflags`). In a clean chroot only Build-Depends and build-essential are installed.',
      fix: 'Find the package that ships the header with `apt-file search`, add it to Build-Depends in debian/control; if it is installed but in a subdirectory, add the right -I (pkg-config --cflags).',
      example: ['main.c:2:10: fatal error: doesnotexist.h: No such file or directory'],
    },
  },
  create(context) {
    let done = false;
    return {
      'compiler.error'(fact) {
        if (done || fact.header === undefined) return;
        done = true;
        const path = sourcePath(context.env, fact.file);
        const header = fact.header;
        const found = resolvePackages('header', header);
        context.report({
          message: `${path}:${fact.lineNo} includes ${header}, which is not installed in the build environment.`,
          evidence: [lineOf(fact, 'header not found')],
          location: { path, line: fact.lineNo, ...(fact.column !== undefined ? { column: fact.column } : {}) },
          // The offline index (Debian trixie's Contents): a header no package ships is the project's own.
          remediation: found !== undefined
            ? {
              summary: `Add ${orList(found.packages)} (it ships ${header} in ${found.suite}) to Build-Depends in debian/control.`,
              steps: [`Build-Depends: ..., ${found.packages[0]}`],
            }
            : {
              summary: `Add the -dev package that ships ${header} to Build-Depends in debian/control; if no package ships it, it is a file of the project itself that is missing from the source (or from the include path).`,
              steps: [`apt-file search --regexp '/${aptFileRegex(header)}$'`, `Build-Depends: ..., <the package apt-file names>`],
            },
          ...placeOf(context.env, 'missing-header'),
          data: { header, path, line: fact.lineNo, ...(found !== undefined ? { packages: [...found.packages], suite: found.suite } : {}), headline: `${header} not found (included from ${path}:${fact.lineNo})` },
        });
      },
    };
  },
};

export default rule;
