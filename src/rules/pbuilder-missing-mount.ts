import type { Rule } from '../rule.js';
import type { Mount } from '../parsers/pbuilder.js';

interface Symptom {
  readonly target: '/proc' | '/dev/pts';
  readonly gate: string;
  readonly texts: readonly string[];
}

const SYMPTOMS: readonly Symptom[] = [
  // procps:  Error: /proc must be mounted
  // python:  FileNotFoundError: [Errno 2] No such file or directory: '/proc/self/fd'
  { target: '/proc', gate: '/proc', texts: ['/proc must be mounted', '/proc is not mounted', "'/proc/self", 'cannot open /proc/', 'Cannot open /proc/', "can't open /proc/"] },
  // apt:  E: Can not write log (Is /dev/pts mounted?) - posix_openpt (19: No such device)
  // expect/script:  openpty failed / out of pty devices
  { target: '/dev/pts', gate: 'pt', texts: ['(Is /dev/pts mounted?)', 'openpty failed', 'out of pty devices', 'posix_openpt'] },
];

const RELATED: Record<Symptom['target'], string> = {
  '/proc': 'USEPROC=yes',
  '/dev/pts': 'USEDEVPTS=yes',
};

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
    /** The symptoms worth looking for: only those whose filesystem the set-up did not mount. */
    let watch: readonly Symptom[] = [];
    let setupLine = 0;
    const reported = new Set<string>();
    return {
      'pbuilder.mounts-done'(fact) {
        mounts = fact.mounts;
        setupLine = fact.mounts[0]!.line;
        watch = SYMPTOMS.filter((s) => !fact.mounts.some((m) => m.target === s.target));
      },
      line(fact) {
        if (watch.length === 0 || mounts === undefined) return;
        const text = fact.line.text;
        for (const symptom of watch) {
          if (!text.includes(symptom.gate) || reported.has(symptom.target)) continue;
          if (!symptom.texts.some((t) => text.includes(t))) continue;
          reported.add(symptom.target);
          context.report({
            message: `${symptom.target} is not mounted in the chroot (the set-up at line ${setupLine} mounted ${mounts.map((m) => m.target).join(', ') || 'nothing'}), and a tool failed for it.`,
            line: fact.line.number,
            evidence: [
              ...mounts.map((m) => ({ line: m.line, text: m.text })),
              { line: fact.line.number, text, note: `needs ${symptom.target}` },
            ],
            remediation: {
              summary: `Let pbuilder mount ${symptom.target}: set ${RELATED[symptom.target]} in the pbuilderrc (the default) or remove the line that turns it off.`,
              steps: [RELATED[symptom.target]],
            },
            stage: 'chroot-setup',
            side: 'environment',
            data: { target: symptom.target },
          });
        }
      },
    };
  },
};

export default rule;
