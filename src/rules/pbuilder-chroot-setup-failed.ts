import type { Rule } from '../rule.js';
import { lineOf } from '../failure.js';

/** pbuilder 0.231's E: messages (pbuilder-modules, pbuilder-buildpackage) that mean the chroot could not be made. */
const SETUP_ERRORS: readonly [string, string][] = [
  ['failed to find ', 'The base tarball does not exist: run pbuilder create (or fix BASETGZ).'],
  ['failed to extract ', 'The base tarball could not be extracted: check it and the free space in BUILDPLACE.'],
  ['failed to build the directory to chroot', 'BUILDPLACE could not be created: check its path, permissions and free space.'],
  ['Distribution not specified', 'Set DISTRIBUTION in pbuilderrc or pass --distribution.'],
  ['failed creating buildresult dir', 'BUILDRESULT could not be created: check its path and permissions.'],
  ['Something is still mounted under', 'Unmount what is left under BUILDPLACE, then remove the directory.'],
  ['debootstrap failed', 'debootstrap could not create the chroot: check MIRRORSITE and DISTRIBUTION.'],
];

const rule: Rule = {
  meta: {
    id: 'pbuilder-chroot-setup-failed',
    title: 'pbuilder could not set up the build chroot',
    severity: 'error',
    cause: 'chroot-setup-failed',
    tags: ['pbuilder', 'build-failure'],
    docs: {
      description: 'pbuilder stopped before building with one of its set-up errors: `E: failed to find /var/cache/pbuilder/base.tgz, have you done <pbuilder create> ...`, `E: failed to extract ... to ...`, `E: failed to build the directory to chroot`, `E: Distribution not specified`, `E: debootstrap failed`.',
      why: 'The build environment is missing or broken; the package has not been looked at.',
      fix: 'Fix the pbuilder configuration or (re)create the base tarball as the message says.',
      example: ['E: failed to find /var/cache/pbuilder/base.tgz, have you done <pbuilder create> to create your base tarball yet?'],
    },
  },
  create(context) {
    let done = false;
    return {
      'pbuilder.message'(fact) {
        if (done || fact.level !== 'E') return;
        const hit = SETUP_ERRORS.find(([start]) => fact.message.startsWith(start) || fact.message.includes(start));
        if (hit === undefined) return;
        done = true;
        context.report({
          message: `pbuilder could not set up the chroot: ${fact.message}`,
          evidence: [lineOf(fact, 'set-up error')],
          remediation: { summary: hit[1], steps: ['pbuilder create   (or: pbuilder update --override-config)'] },
          stage: context.env.stage?.name ?? 'extract-base',
          side: 'environment',
          data: { error: fact.message, headline: `chroot set-up failed: ${fact.message}` },
        });
      },
    };
  },
};

export default rule;
