import type { Rule } from '../rule.js';
import { lineOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'sbuild-chroot-setup-failed',
    title: 'sbuild could not set up the build chroot',
    severity: 'error',
    cause: 'chroot-setup-failed',
    tags: ['sbuild', 'build-failure'],
    docs: {
      description: 'sbuild stopped before building: `E: Error creating chroot session: skipping PACKAGE` (Fail-Stage create-session), `E: Chroot for distribution D, architecture A not found`.',
      why: 'The chroot (schroot, or the unshare backend\'s tarball in ~/.cache/sbuild) is missing, or the backend cannot start it: for unshare, /etc/subuid and /etc/subgid need a range for the user and newuidmap (package uidmap) must be installed. The package has not been looked at.',
      fix: 'Create the chroot (mmdebstrap for unshare, sbuild-createchroot for schroot) and check the backend\'s requirements; the lines just above the E: line name the failing step.',
      example: ['E: Error creating chroot session: skipping hello'],
    },
  },
  create(context) {
    let done = false;
    return {
      'sbuild.error'(fact) {
        if (done) return;
        const m = fact.message;
        if (!m.startsWith('Error creating chroot session') && !(m.startsWith('Chroot for distribution') && m.includes('not found'))) return;
        done = true;
        context.report({
          message: `sbuild could not create the chroot session: ${m}`,
          evidence: [lineOf(fact, 'chroot not created')],
          remediation: {
            summary: 'Create or repair the chroot sbuild uses, and check the backend\'s requirements (unshare: subuid/subgid ranges and newuidmap).',
            steps: [
              'mmdebstrap --variant=buildd SUITE ~/.cache/sbuild/SUITE-ARCH.tar.zst   (unshare backend)',
              'grep "^$USER:" /etc/subuid /etc/subgid; command -v newuidmap || apt-get install uidmap',
              'sbuild-createchroot SUITE /srv/chroot/SUITE-ARCH-sbuild http://deb.debian.org/debian   (schroot backend)',
            ],
          },
          stage: 'create-session',
          side: 'environment',
          data: { error: m, headline: `chroot set-up failed: ${m}` },
        });
      },
    };
  },
};

export default rule;
