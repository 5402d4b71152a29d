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
      why: 'A file a rule depends on does not exist and nothing builds it: a source file missing from the tarball (not in the orig tarball, or removed by a patch or the clean target), a generated file whose generator did not run, or a target name debhelper expects (`install`, `check`) that the upstream Makefile lacks.',
      fix: 'Check that the file is in the source package; if it is generated, Build-Depend on the generator; for a target dh_auto_* expects, override that dh step in debian/rules.',
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
              : `The Makefile has no target ${target}: override the debhelper step that calls it in debian/rules.`,
            steps: neededBy !== undefined ? [`tar tf ../*.orig.tar.* | grep -F '${target}'`, `grep -rn '${target}' debian/patches debian/rules`] : [`override_dh_auto_${target === 'check' || target === 'test' ? 'test' : target === 'install' ? 'install' : 'build'}:   (in debian/rules)`],
          },
          ...placeOf(context.env, 'make-missing-target'),
          data: { target, ...(neededBy !== undefined ? { neededBy } : {}), headline: `no rule to make ${target}` },
        });
      },
    };
  },
};

export default rule;
