import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'pbuilder-obsolete-shm-bindmount',
    title: 'pbuilder bind-mounts the host\'s /dev/shm over its own tmpfs',
    severity: 'note',
    cause: 'obsolete-config',
    tags: ['pbuilder', 'shm', 'config'],
    docs: {
      description: 'A session shows both `I: creating /{dev,run}/shm` (pbuilder ≥ 0.228 mounts a tmpfs itself) and `I: Mounting /dev/shm` (an old BINDMOUNTS workaround).',
      why: 'pbuilder 0.228\'s NEWS asks administrators to drop the old /dev/shm bind mount: it over-mounts pbuilder\'s private tmpfs with the host\'s shared memory, so builds see (and can fill or clobber) the host\'s segments.',
      fix: 'Remove /dev/shm from BINDMOUNTS in the pbuilderrc and from --bindmounts; USESHM=yes does the job.',
      example: ['I: creating /{dev,run}/shm', 'I: Mounting /dev/shm'],
    },
  },
  create(context) {
    return {
      'pbuilder.mounts-done'(fact) {
        const own = fact.mounts.find((m) => m.kind === 'shm-tmpfs');
        const bind = fact.mounts.find((m) => m.kind === 'bind' && (m.target === '/dev/shm' || m.target === '/run/shm'));
        if (own === undefined || bind === undefined) return;
        context.report({
          message: `pbuilder mounted its own tmpfs on /dev/shm (line ${own.line}), then bind-mounted ${bind.target} from the host over it (line ${bind.line}): an old workaround that pbuilder ≥ 0.228 asks to remove.`,
          evidence: [
            { line: own.line, text: own.text, note: 'pbuilder\'s own shm' },
            { line: bind.line, text: bind.text, note: 'host bind mount on top' },
          ],
          remediation: {
            summary: 'Remove /dev/shm from BINDMOUNTS (pbuilderrc) and from any --bindmounts option; keep USESHM=yes.',
            steps: ['grep -n BINDMOUNTS /etc/pbuilderrc ~/.pbuilderrc'],
          },
          stage: 'chroot-setup',
          side: 'environment',
        });
      },
    };
  },
};

export default rule;
