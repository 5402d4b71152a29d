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
      description: 'debhelper refused to run (debhelper 13.11 Dh_Lib.pm): `dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)`, `debhelper compat level specified both in debian/compat and via build-dependency on debhelper-compat`, `Compatibility levels before 7 are no longer supported (level 5 requested)`, `Sorry, but 15 is the highest compatibility level supported by this debhelper.`, `debian/compat must contain a positive number (found: "...")`.',
      why: 'Every package must declare one debhelper compat level, in exactly one place. debhelper 13.11 (bookworm) accepts levels 7 to 15 (14 and 15 experimental, only through debian/compat) and provides `debhelper-compat (= X)` for 9 to 13; levels below 10 are deprecated.',
      fix: 'Declare the level once: `Build-Depends: debhelper-compat (= 13)` (9 to 13 are provided) and no debian/compat; when both are there, remove debian/compat. Raise levels below 7 following debhelper(7)\'s upgrade notes; a level above what the chroot\'s debhelper knows needs a newer debhelper (backports) or a lower level.',
      example: ['dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)'],
    },
  },
  create(context) {
    let done = false;
    return {
      'debhelper.message'(fact) {
        if (done || fact.level !== 'error') return;
        const m = fact.message;
        if (!m.includes('compatibility level') && !m.includes('Compatibility levels') && !m.includes('compat level') && !m.startsWith('debian/compat must contain')) return;
        done = true;
        // debhelper compat level specified both in debian/compat and via build-dependency on debhelper-compat
        const both = m.includes('specified both in debian/compat');
        // Sorry, but 15 is the highest compatibility level supported by this debhelper.
        const tooHigh = m.startsWith('Sorry, but ');
        context.report({
          message: `debhelper refused the compat level: ${m}`,
          evidence: [lineOf(fact, 'compat level')],
          remediation: {
            summary: both ? 'Declare the compat level in one place only: keep the debhelper-compat build-dependency and remove debian/compat.'
              : tooHigh ? 'The chroot\'s debhelper does not know this compat level: lower it, or build with a newer debhelper (e.g. from backports).'
                : 'Declare a supported compat level, once: the debhelper-compat build-dependency (provided for 9 to 13 by debhelper 13.11) and no debian/compat.',
            steps: both ? ['git rm debian/compat'] : tooHigh ? ['Build-Depends: debhelper-compat (= 13)   (in debian/control; 14 and 15 only through debian/compat, experimental)'] : ['Build-Depends: debhelper-compat (= 13)   (in debian/control)', 'rm -f debian/compat'],
          },
          ...placeOf(context.env, 'debhelper-compat'),
          data: { error: m, headline: 'debhelper compat level missing or unsupported' },
        });
      },
    };
  },
};

export default rule;
