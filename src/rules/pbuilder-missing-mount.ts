import type { Rule } from '../rule.js';
import type { Mount } from '../parsers/pbuilder.js';

/** The system parser's kinds (it knows the messages: procps, apt, script) → the mount and its switch. */
const TARGETS = {
  'no-proc': { target: '/proc', setting: 'USEPROC=yes' },
  'no-devpts': { target: '/dev/pts', setting: 'USEDEVPTS=yes' },
} as const;

const rule: Rule = {
  meta: {
    id: 'pbuilder-missing-mount',
    title: 'A tool failed for lack of /proc or /dev/pts, and the chroot set-up did not mount it',
    severity: 'error',
    cause: 'chroot-missing-mount',
    tags: ['pbuilder', 'chroot'],
    docs: {
      description: 'A symptom of a missing /proc (`Error: /proc must be mounted`) or /dev/pts (`E: Can not write log (Is /dev/pts mounted?)`) in a pbuilder session whose mount lines do not include that filesystem.',
      why: 'pbuilder mounts /proc and /dev/pts unless USEPROC=no or USEDEVPTS=no; without them ps, many test suites and anything that opens a pseudo-terminal fail, and apt cannot write its terminal log.',
      fix: 'Set USEPROC=yes / USEDEVPTS=yes (the defaults) in the pbuilderrc.',
      example: ['E: Can not write log (Is /dev/pts mounted?) - posix_openpt (19: No such device)'],
    },
  },
  create(context) {
    let mounts: readonly Mount[] | undefined;
    let setupLine = 0;
    const reported = new Set<string>();
    return {
      'pbuilder.mounts-done'(fact) {
        mounts = fact.mounts;
        setupLine = fact.mounts[0]!.line;
      },
      'system.error'(fact) {
        if (mounts === undefined || (fact.problem !== 'no-proc' && fact.problem !== 'no-devpts')) return;
        const { target, setting } = TARGETS[fact.problem];
        if (reported.has(target) || mounts.some((m) => m.target === target)) return;
        reported.add(target);
        context.report({
          message: `${target} is not mounted in the chroot (the set-up at line ${setupLine} mounted ${mounts.map((m) => m.target).join(', ') || 'nothing'}), and a tool failed for it.`,
          line: fact.line.number,
          evidence: [
            ...mounts.map((m) => ({ line: m.line, text: m.text })),
            { line: fact.line.number, text: fact.line.text, note: `needs ${target}` },
          ],
          remediation: {
            summary: `Let pbuilder mount ${target}: set ${setting} in the pbuilderrc (the default) or remove the line that turns it off.`,
            steps: [setting],
          },
          stage: 'chroot-setup',
          side: 'environment',
          data: { target },
        });
      },
    };
  },
};

export default rule;
