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
      why: 'The filesystem under the build place is full: pbuilder\'s BUILDPLACE; for sbuild 0.85 the chroot\'s /build (schroot: /var/lib/sbuild/build, bind-mounted by /etc/schroot/sbuild/fstab) or the unshare backend\'s unpacked chroot under /tmp/tmp.sbuild.* (`$unshare_tmpdir_template`). sbuild\'s --build-dir is only where the results and the log go. Every later error (make, dpkg-buildpackage, pbuilder copying files) follows from this one. `No space left on device` from a semaphore or under /dev/shm is the shm tmpfs, not the build place (rule python-semaphores-unavailable); inside the passing tests of a build that succeeded it failed nothing.',
      fix: 'Free space on the build filesystem or move the build place to a bigger one (pbuilder: BUILDPLACE in pbuilderrc, or a bigger tmpfs; sbuild schroot: /var/lib/sbuild/build or the /build line of /etc/schroot/sbuild/fstab; sbuild unshare: $unshare_tmpdir_template in ~/.sbuildrc), then rebuild.',
      example: ['gendata: write error: No space left on device'],
    },
  },
  create(context) {
    let done = false;
    // A Python ENOSPC at a semaphore is /dev/shm full (python-semaphores-unavailable): the python parser
    // runs before the system parser, so its fact for the same line comes first.
    let shmLine = -1;
    return {
      'python.exception'(fact) {
        if (fact.message.startsWith('[Errno 28]') && fact.frames.some((f) => f.file.endsWith('multiprocessing/synchronize.py') || f.code.includes('SemLock'))) shmLine = fact.line.number;
      },
      'system.error'(fact) {
        if (done || fact.problem !== 'no-space') return;
        // cp: error writing '/dev/shm/x': No space left on device   (the shm tmpfs, not the build place)
        if (fact.line.number === shmLine || fact.line.text.includes('/dev/shm')) return;
        done = true;
        const sbuild = builderOf(context.env) === 'sbuild';
        const unshare = context.env.sbuildBackend?.name === 'unshare';
        context.report({
          message: `${fact.tool !== undefined ? `${fact.tool}: ` : ''}no space left on device: the build filesystem is full.`,
          evidence: [lineOf(fact, 'disk full')],
          remediation: {
            summary: !sbuild ? 'Free space under pbuilder\'s build place, or point BUILDPLACE at a bigger filesystem, then rebuild.'
              : unshare ? 'Free space where sbuild\'s unshare backend unpacks its chroot (/tmp/tmp.sbuild.* by default), or point $unshare_tmpdir_template at a bigger filesystem, then rebuild (--build-dir only says where results go).'
                : 'Free space under the chroot\'s /build (schroot: /var/lib/sbuild/build, bind-mounted by /etc/schroot/sbuild/fstab) or in the chroot itself, then rebuild (--build-dir only says where results go).',
            steps: !sbuild
              ? ['df -h /var/cache/pbuilder/build', 'pbuilder clean', 'BUILDPLACE=/path/with/space  (in pbuilderrc)']
              : unshare
                ? ['df -h /tmp', "$unshare_tmpdir_template = '/srv/big/tmp.sbuild.XXXXXXXXXX';   (in ~/.sbuildrc)"]
                : ['df -h /var/lib/sbuild/build', '/srv/big/sbuild-build  /build  none  rw,bind  0  0   (the /build line of /etc/schroot/sbuild/fstab)'],
          },
          ...placeOf(context.env, 'disk-full'),
          data: { ...(fact.tool !== undefined ? { tool: fact.tool } : {}), headline: 'no space left on device' },
        });
      },
    };
  },
};

export default rule;
