import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'dpkg-checkbuilddeps-unmet',
    title: 'dpkg-buildpackage found build-dependencies missing',
    severity: 'error',
    cause: 'unsatisfiable-build-deps',
    tags: ['dpkg', 'build-failure'],
    docs: {
      description: '`dpkg-checkbuilddeps: error: Unmet build dependencies: ...` (or `Build conflicts: ...`), printed when dpkg-buildpackage runs outside a builder, or in a chroot where the build-dependencies were not installed.',
      why: 'dpkg-buildpackage checks Build-Depends before running debian/rules; in a pbuilder or sbuild chroot the builder installs them first, so seeing this there means that step did not run or installed something else.',
      fix: 'Install the listed packages (`apt-get build-dep .` or `mk-build-deps -i`), or build in pbuilder/sbuild, which install them.',
      example: ['dpkg-checkbuilddeps: error: Unmet build dependencies: libfoo-dev (>= 2.0) help2man'],
    },
  },
  create(context) {
    let done = false;
    return {
      'dpkg.message'(fact) {
        if (done || fact.tool !== 'dpkg-checkbuilddeps' || fact.level !== 'error') return;
        const unmet = fact.message.startsWith('Unmet build dependencies: ') ? fact.message.slice(26).trim() : undefined;
        const conflicts = fact.message.startsWith('Build conflicts: ') ? fact.message.slice(17).trim() : undefined;
        if (unmet === undefined && conflicts === undefined) return;
        done = true;
        context.report({
          message: unmet !== undefined ? `Build-dependencies are not installed: ${unmet}.` : `Build-conflicting packages are installed: ${conflicts}.`,
          evidence: [lineOf(fact, unmet !== undefined ? 'unmet' : 'conflicts')],
          remediation: unmet !== undefined
            ? { summary: `Install ${unmet}, or build in pbuilder/sbuild.`, steps: ['apt-get build-dep ./   (or: mk-build-deps -i -r debian/control)'] }
            : { summary: `Remove ${conflicts}, or build in a clean chroot.`, steps: [`apt-get remove ${conflicts!.replace(/\([^()]*\)/g, '').trim()}`] },
          ...placeOf(context.env, 'unsatisfiable-build-deps'),
          data: { ...(unmet !== undefined ? { unmet } : { conflicts }), headline: unmet !== undefined ? `unmet build dependencies: ${unmet}` : `build conflicts: ${conflicts}` },
        });
      },
    };
  },
};

export default rule;
