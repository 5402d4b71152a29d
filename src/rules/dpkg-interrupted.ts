import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'dpkg-interrupted',
    title: 'A dpkg run was interrupted and left its journal',
    severity: 'error',
    cause: 'dpkg-interrupted',
    tags: ['dpkg', 'apt', 'pbuilder', 'sbuild'],
    docs: {
      description: "apt refused to work because an earlier dpkg run was interrupted: `E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem.`",
      why:
        'dpkg records every state change in its journal (the numbered files in /var/lib/dpkg/updates/) before it is merged into the status file. A dpkg killed halfway (Ctrl-C, OOM killer, a timed-out build step, a crashed chroot) leaves journal entries and half-installed packages; apt will not plan anything on top of that. In a build chroot (pbuilder base.tgz, sbuild schroot) the interrupted state is saved with the chroot and every later build fails the same way.',
      fix: 'Run `dpkg --configure -a` (in the chroot, for pbuilder `pbuilder --login --save-after-login`, for sbuild `sbuild-update` or the source chroot), then `apt-get -f install` if packages remain half-installed. Do not delete the files in /var/lib/dpkg/updates/.',
      example: ["E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem."],
    },
  },
  create(context) {
    return {
      'dpkg.interrupted'(fact) {
        context.report({
          message: 'apt refused to run: an earlier dpkg run was interrupted and left unfinished changes in its journal (/var/lib/dpkg/updates).',
          evidence: [{ line: fact.line.number, text: fact.line.text }],
          remediation: {
            summary: `Finish the interrupted changes with \`${fact.command}\` (inside the chroot when this is a pbuilder/sbuild log), then retry; if packages stay half-installed, \`apt-get -f install\`.`,
            steps: [fact.command, 'apt-get -f install   # if packages remain half-installed'],
          },
          stage: 'dpkg',
          side: 'environment',
          data: { command: fact.command },
        });
      },
    };
  },
};

export default rule;
