import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'apt-fetch-failed',
    title: 'apt could not download packages from the archive',
    severity: 'error',
    cause: 'archive-fetch-failed',
    tags: ['apt', 'build-failure'],
    docs: {
      description: 'apt\'s `E: Failed to fetch URL  404  Not Found` (or a connection error) while installing build-dependencies or updating the chroot.',
      why: 'The chroot\'s package lists are older than the mirror (the mirror removed the version apt wants: 404), or the mirror or proxy is unreachable. The package itself is not at fault.',
      fix: 'Update the chroot\'s package lists (pbuilder update / sbuild-update -u), or fix the mirror or proxy.',
      example: ['E: Failed to fetch http://deb.debian.org/debian/pool/main/f/foo/libfoo1_1.0-1_amd64.deb  404  Not Found [IP: 151.101.2.132 80]'],
    },
  },
  create(context) {
    let done = false;
    return {
      'apt.fetch-failed'(fact) {
        if (done || !fact.fatal) return;
        done = true;
        const notFound = fact.reason.includes('404');
        context.report({
          message: `apt could not download ${fact.url}: ${fact.reason}.`,
          evidence: [lineOf(fact, 'download failed')],
          remediation: {
            summary: notFound ? 'The chroot\'s package lists are out of date: update the chroot, then rebuild.' : 'The mirror is unreachable from the chroot: fix the mirror or proxy setting, then rebuild.',
            steps: notFound ? ['pbuilder update   (sbuild: sbuild-update -u CHROOT, or --apt-update)'] : ['grep -E "MIRRORSITE|http_proxy" /etc/pbuilderrc ~/.pbuilderrc', `curl -I ${fact.url}`],
          },
          ...placeOf(context.env, 'archive-fetch-failed'),
          data: { url: fact.url, reason: fact.reason, headline: `apt could not download ${fact.url.slice(fact.url.lastIndexOf('/') + 1)}` },
        });
      },
    };
  },
};

export default rule;
