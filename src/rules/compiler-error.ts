import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';
import { sourcePath } from '../stage.js';

const rule: Rule = {
  meta: {
    id: 'compiler-error',
    title: 'The first compiler error',
    severity: 'error',
    cause: 'compile-error',
    tags: ['gcc', 'clang', 'build-failure'],
    docs: {
      description: 'The first `file:line:col: error:` a C or C++ compiler printed, with GCC\'s source excerpt under it (`   20 |     return totl;`, `      |            ^~~~`) as evidence (missing headers have their own rule, compiler-missing-header). Not autoconf\'s and automake\'s own `configure.ac:13: error:` / `configure.in:1802: error:` / `*.m4` / `Makefile.am` lines, and not a D compiler\'s `writer.d:59: error: undefined reference to ...` (a link error: linker-undefined-reference).',
      why: 'With `make -jN` and cascading diagnostics, the error that stopped the build is usually the first one; later errors often follow from it and the last lines of the log only echo make and dpkg-buildpackage giving up. The position is mapped to the package source tree (the directory make had entered, `-ffile-prefix-map` prefixes removed).',
      fix: 'Fix the source at that position, in Debian packaging as a quilt patch (`quilt new`, `quilt edit FILE`, `quilt refresh`) unless the package is native; if the code compiled with an older compiler, check the GCC porting notes for the version in the chroot.',
      example: ["main.c:20:12: error: 'totl' undeclared (first use in this function)"],
    },
  },
  create(context) {
    let done = false;
    return {
      'compiler.error'(fact) {
        if (done || fact.header !== undefined) return;
        done = true;
        // The directory make was in at the diagnostic, not when GCC's excerpt ended.
        const path = sourcePath({ ...context.env, ...(fact.makeDir !== undefined ? { makeDir: fact.makeDir } : {}) }, fact.file);
        const at = `${path}:${fact.lineNo}${fact.column !== undefined ? `:${fact.column}` : ''}`;
        context.report({
          message: `The compiler failed at ${at}: ${fact.message}`,
          evidence: [lineOf(fact, 'first compiler error'), ...fact.excerpt],
          location: { path, line: fact.lineNo, ...(fact.column !== undefined ? { column: fact.column } : {}) },
          remediation: {
            summary: `Fix the code at ${at} (the first error: later ones often follow from it).`,
            steps: [`quilt new fix-${path.replace(/[^\w.-]+/g, '-')}.patch && quilt edit ${path} && quilt refresh`],
          },
          ...placeOf(context.env, 'compile-error'),
          data: { file: fact.file, path, line: fact.lineNo, column: fact.column, error: fact.message, headline: `compile error at ${path}:${fact.lineNo}: ${fact.message}` },
        });
      },
    };
  },
};

export default rule;
