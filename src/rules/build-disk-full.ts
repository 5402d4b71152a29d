import type { Rule } from '../rule.js';
import { builderOf, lineOf, placeOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'build-disk-full',
    title: 'The disk filled up during the build',
    severity: 'error',
    cause: 'disk-full',
    tags: ['disk', 'build-failure'],
    docs: {
      description: 'A program failed with `No space left on device` (ENOSPC).',
      why: 'The filesystem under the build place (pbuilder\'s BUILDPLACE, sbuild\'s build directory or its tmpfs) is full: the package needs more space than the builder has. Every later error (make, dpkg-buildpackage, pbuilder copying files) follows from this one.',
      fix: 'Free space on the build filesystem or move the build place to a bigger one (pbuilder: BUILDPLACE in pbuilderrc, or a tmpfs that is too small; sbuild: --build-dir), then rebuild.',
      example: ['gendata: write error: No space left on device'],
    },
  },
  create(context) {
    let done = false;
    return {
      'system.error'(fact) {
        if (done || fact.problem !== 'no-space') return;
        done = true;
        const sbuild = builderOf(context.env) === 'sbuild';
        context.report({
          message: `${fact.tool !== undefined ? `${fact.tool}: ` : ''}no space left on device: the build filesystem is full.`,
          evidence: [lineOf(fact, 'disk full')],
          remediation: {
            summary: sbuild ? 'Free space where sbuild builds, or give it a bigger build directory, then rebuild.' : 'Free space under pbuilder\'s build place, or point BUILDPLACE at a bigger filesystem, then rebuild.',
            steps: sbuild
              ? ['df -h /var/lib/sbuild/build /tmp', 'sbuild --build-dir=/path/with/space ...']
              : ['df -h /var/cache/pbuilder/build', 'pbuilder clean', 'BUILDPLACE=/path/with/space  (in pbuilderrc)'],
          },
          ...placeOf(context.env, 'disk-full'),
          data: { ...(fact.tool !== undefined ? { tool: fact.tool } : {}), headline: 'no space left on device' },
        });
      },
    };
  },
};

export default rule;
