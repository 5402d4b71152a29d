import type { Rule } from '../rule.js';
import { shmGeneration, shmRemediation } from '../remedies/shm.js';

const SHM_TARGETS = new Set(['/dev/shm', '/run/shm']);

const rule: Rule = {
  meta: {
    id: 'pbuilder-chroot-no-shm',
    title: 'pbuilder set up the chroot without shared memory',
    severity: 'warning',
    cause: 'no-usable-shm',
    tags: ['pbuilder', 'shm', 'chroot'],
    docs: {
      description:
        'A pbuilder session whose mount lines (`I: mounting /proc filesystem`, ...) end without any shm line: no `I: creating /{dev,run}/shm` (pbuilder ≥ 0.228), no `I: mounting /run/shm filesystem` (0.215–0.227, and 0.214 with USEDEVSHM, which may say `/dev/shm`) and no bind mount of /dev/shm (`I: Mounting /dev/shm`; before 0.187 `-> Mounting /dev/shm`).',
      why:
        'POSIX named semaphores (sem_open) live in /dev/shm. On current glibc a plain writable /dev/shm directory is enough, so alone this is a warning; if the directory is missing or unwritable, or the C library is old, sem_open fails: configure disables POSIX semaphores and Python\'s multiprocessing cannot create locks. When the log also shows those symptoms, this set-up is part of that diagnosis.',
      fix: 'pbuilder ≥ 0.228: USESHM=yes (the default), and no USERUNSHM=no in /etc/pbuilderrc or ~/.pbuilderrc (there it overrides USESHM; in a --configfile file it does not); 0.215–0.227: USERUNSHM=yes; 0.214: USEDEVSHM=yes; older: --bindmounts /dev/shm or BINDMOUNTS="/dev/shm".',
      example: ['I: mounting /proc filesystem', 'I: mounting /sys filesystem', 'I: mounting /dev/pts filesystem', 'I: redirecting /dev/ptmx to /dev/pts/ptmx', 'I: policy-rc.d already exists'],
    },
  },
  create(context) {
    return {
      'pbuilder.mounts-done'(fact) {
        if (fact.mounts.some((m) => SHM_TARGETS.has(m.target))) return;
        // A bind mount of all of /dev brings /dev/shm along.
        if (fact.mounts.some((m) => m.kind === 'bind' && m.target === '/dev')) return;
        const first = fact.mounts[0]!;
        const last = fact.mounts[fact.mounts.length - 1]!;
        const generation = shmGeneration(context.env);
        const how = generation === 'useshm' ? ' (USESHM=no, or USERUNSHM=no in /etc/pbuilderrc or ~/.pbuilderrc overriding it)' : '';
        context.report({
          message: `The chroot set-up mounted ${fact.mounts.filter((m) => m.kind !== 'ptmx').map((m) => m.target).join(', ')} but nothing on /dev/shm${how}: programs that use POSIX semaphores (sem_open, Python multiprocessing) fail unless the chroot's own /dev/shm directory is usable.`,
          line: first.line,
          endLine: last.line,
          evidence: [
            ...fact.mounts.map((m) => ({ line: m.line, text: m.text, ...(m === first ? { note: 'chroot set-up starts' } : {}) })),
            { line: fact.line.number, text: fact.line.text, note: 'set-up over, no shm line' },
          ],
          remediation: shmRemediation(context.env),
          stage: 'chroot-setup',
          side: 'environment',
          data: { mounts: fact.mounts.map((m) => m.target), generation },
        });
      },
    };
  },
};

export default rule;
