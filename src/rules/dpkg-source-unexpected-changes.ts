import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';

// dpkg-source: error: aborting due to unexpected upstream changes, see /tmp/foo_1.0-1.diff.Ab12Cd
const DIFF = /see (\S+)/;

const rule: Rule = {
  meta: {
    id: 'dpkg-source-unexpected-changes',
    title: 'The source tree has changes that no patch records',
    severity: 'error',
    cause: 'unexpected-upstream-changes',
    tags: ['dpkg-source', 'build-failure'],
    docs: {
      description: '`dpkg-source: error: aborting due to unexpected upstream changes, see /tmp/x.diff.XXXX` when dpkg-buildpackage builds the source package.',
      why: 'A 3.0 (quilt) source may change upstream files only through debian/patches. The clean target left files changed or generated (autoreconf output, a modified Makefile), or a change was made by hand without a patch.',
      fix: 'Make debian/rules clean restore the tree (dh_autoreconf does that for autotools files), add the change as a quilt patch (`dpkg-source --commit`), or list generated files in debian/source/options with extend-diff-ignore.',
      example: ['dpkg-source: error: aborting due to unexpected upstream changes, see /tmp/hello_2.10-3.diff.x6vS1h'],
    },
  },
  create(context) {
    let done = false;
    return {
      'dpkg.message'(fact) {
        if (done || fact.tool !== 'dpkg-source' || !fact.message.startsWith('aborting due to unexpected upstream changes')) return;
        done = true;
        const diff = DIFF.exec(fact.message)?.[1];
        context.report({
          message: 'dpkg-source found changes to upstream files that no patch in debian/patches records.',
          evidence: [lineOf(fact, 'unrecorded changes')],
          remediation: {
            summary: 'Record the change as a patch, or make the clean target restore the file, or ignore generated files.',
            steps: [...(diff !== undefined ? [`cat ${diff}   (the unexpected changes)`] : []), 'dpkg-source --commit', 'extend-diff-ignore = "^generated-file$"   (in debian/source/options)'],
          },
          ...placeOf(context.env, 'unexpected-upstream-changes'),
          data: { ...(diff !== undefined ? { diff } : {}), headline: 'unexpected upstream changes' },
        });
      },
    };
  },
};

export default rule;
