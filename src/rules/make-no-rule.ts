import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';

// No rule to make target 'foo.o', needed by 'all'.  Stop.        No rule to make target 'install'.  Stop.
const NO_RULE = /^No rule to make target [`']([^']+)'(?:, needed by [`']([^']+)')?/;

const rule: Rule = {
  meta: {
    id: 'make-no-rule',
    title: 'make has no rule to make a target',
    severity: 'error',
    cause: 'make-missing-target',
    tags: ['make', 'build-failure'],
    docs: {
      description: '`make: *** No rule to make target \'X\', needed by \'Y\'.  Stop.`',
      why: 'A file a rule depends on does not exist and nothing builds it: a source file missing from the tarball (not in the orig tarball, or removed by a patch or the clean target), or a generated file whose generator did not run. A missing top-level target (`install`, `check`) is not debhelper\'s doing: dh_auto_test, dh_auto_install and dh_auto_clean probe for `test`/`check`, `install` and `distclean`/`realclean`/`clean` and skip the step when the Makefile has none (debhelper 13.11 Buildsystem/makefile.pm make_first_existing_target); so the call came from debian/rules itself (an override or a rules file without dh) or from the upstream Makefile recursing into a directory that lacks it.',
      fix: 'Check that the file is in the source package; if it is generated, Build-Depend on the generator. For a missing target: find the `make TARGET` in debian/rules (or the upstream Makefile\'s recursion) and fix or drop it; a plain dh_auto_* step would have skipped it.',
      example: ["make[1]: *** No rule to make target 'src/foo.c', needed by 'src/foo.o'.  Stop."],
    },
  },
  create(context) {
    let done = false;
    return {
      'make.error'(fact) {
        if (done || !fact.message.startsWith('No rule to make target')) return;
        const m = NO_RULE.exec(fact.message);
        if (m === null) return;
        done = true;
        const target = m[1]!;
        const neededBy = m[2];
        context.report({
          message: `make has no rule to make ${target}${neededBy !== undefined ? ` (needed by ${neededBy})` : ''}.`,
          evidence: [lineOf(fact, 'no rule')],
          remediation: {
            summary: neededBy !== undefined
              ? `Make sure ${target} is in the source package (or is generated before ${neededBy}).`
              : `The Makefile has no target ${target}. dh_auto_* probe for the test, install and clean targets and skip missing ones, so this \`make ${target}\` comes from debian/rules itself or from the upstream Makefile recursing${context.env.makeDir !== undefined ? ` (make was in ${context.env.makeDir})` : ''}: fix or drop that call.`,
            steps: neededBy !== undefined ? [`tar tf ../*.orig.tar.* | grep -F '${target}'`, `grep -rn '${target}' debian/patches debian/rules`] : [`grep -nw '${target}' debian/rules`, `grep -rn '^${target}:' --include='Makefile*' .   # which Makefiles have it`],
          },
          ...placeOf(context.env, 'make-missing-target'),
          data: { target, ...(neededBy !== undefined ? { neededBy } : {}), headline: `no rule to make ${target}` },
        });
      },
    };
  },
};

export default rule;
