import type { Rule } from '../rule.js';
import { builderOf, lineOf, placeOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'apt-fetch-failed',
    title: 'apt could not download packages from the archive',
    severity: 'error',
    cause: 'archive-fetch-failed',
    tags: ['apt', 'build-failure'],
    docs: {
      description: 'apt\'s `E: Failed to fetch URL  404  Not Found` (or a connection error) while installing build-dependencies or updating the chroot.',
      why: 'The chroot\'s package lists are older than the mirror (the mirror removed the version apt wants: 404), or the mirror or proxy is unreachable. The package itself is not at fault. sbuild 0.85 runs apt-get update in the chroot before it installs anything (its Update chroot step, APT_UPDATE on by default), so under sbuild a 404 is the mirror or a caching proxy serving indices that do not match its pool. A fetch that failed with `No space left on device` is a full disk (build-disk-full), not the mirror.',
      fix: 'pbuilder: update the chroot\'s package lists (`pbuilder update`). sbuild: the lists were fresh, so check the mirror or proxy (a stale apt-cacher-ng or squid index). A connection error: fix the mirror or proxy setting.',
      example: ['E: Failed to fetch http://deb.debian.org/debian/pool/main/f/foo/libfoo1_1.0-1_amd64.deb  404  Not Found [IP: 151.101.2.132 80]'],
    },
  },
  create(context) {
    let done = false;
    return {
      'apt.fetch-failed'(fact) {
        if (done || !fact.fatal) return;
        // E: Failed to fetch http://... Write error - write (28: No space left on device)   (build-disk-full's)
        if (fact.reason.includes('No space left on device')) return;
        done = true;
        const notFound = fact.reason.includes('404');
        const sbuild = builderOf(context.env) === 'sbuild';
        context.report({
          message: `apt could not download ${fact.url}: ${fact.reason}.`,
          evidence: [lineOf(fact, 'download failed')],
          remediation: {
            summary: notFound
              ? (sbuild
                ? 'sbuild ran apt-get update before installing, so the lists were fresh: the mirror or a caching proxy serves indices that do not match its pool. Fix or bypass the mirror or proxy, then rebuild.'
                : 'The chroot\'s package lists are out of date: update the chroot, then rebuild.')
              : 'The mirror is unreachable from the chroot: fix the mirror or proxy setting, then rebuild.',
            steps: notFound
              ? (sbuild ? [`curl -sI ${fact.url}`, "grep -rnE 'Acquire::http::Proxy|^deb |^URIs:' /etc/apt/   # and the same in the chroot's /etc/apt/"] : ['pbuilder update'])
              : (sbuild ? [`curl -I ${fact.url}`, 'grep -rn "Acquire::http::Proxy" /etc/apt/apt.conf.d/'] : ['grep -E "MIRRORSITE|http_proxy" /etc/pbuilderrc ~/.pbuilderrc', `curl -I ${fact.url}`]),
          },
          ...placeOf(context.env, 'archive-fetch-failed'),
          data: { url: fact.url, reason: fact.reason, headline: `apt could not download ${fact.url.slice(fact.url.lastIndexOf('/') + 1)}` },
        });
      },
    };
  },
};

export default rule;
