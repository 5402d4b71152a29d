import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'debhelper-compat-level',
    title: 'The debhelper compatibility level is missing or not supported',
    severity: 'error',
    cause: 'debhelper-compat',
    tags: ['debhelper', 'build-failure'],
    docs: {
      description: 'debhelper refused to run: `dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)`, `Compatibility levels before 7 are no longer supported (level 5 requested)`, `debian/compat must not contain a compat level when using the debhelper-compat build-dependency`.',
      why: 'Every package must declare one debhelper compat level, in exactly one place; the debhelper in the chroot supports a range of levels (bookworm\'s 13.11: 7 to 14, 5 and 6 removed).',
      fix: 'Declare the level once: `Build-Depends: debhelper-compat (= 13)` and delete debian/compat; raise old levels following debhelper(7)\'s upgrade notes.',
      example: ['dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)'],
    },
  },
  create(context) {
    let done = false;
    return {
      'debhelper.message'(fact) {
        if (done || fact.level !== 'error') return;
        const m = fact.message;
        if (!m.includes('compatibility level') && !m.includes('Compatibility levels') && !m.includes('compat level')) return;
        done = true;
        const both = m.includes('must not contain');
        context.report({
          message: `debhelper refused the compat level: ${m}`,
          evidence: [lineOf(fact, 'compat level')],
          remediation: {
            summary: both ? 'Declare the compat level in one place only: keep the debhelper-compat build-dependency, delete debian/compat.' : 'Declare a supported compat level with the debhelper-compat build-dependency.',
            steps: both ? ['git rm debian/compat'] : ['Build-Depends: debhelper-compat (= 13)   (in debian/control)', 'rm -f debian/compat'],
          },
          ...placeOf(context.env, 'debhelper-compat'),
          data: { error: m, headline: 'debhelper compat level missing or unsupported' },
        });
      },
    };
  },
};

export default rule;
