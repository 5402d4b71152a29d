import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { shmRemediation } from '../remedies/shm.js';

/** Functions whose presence says the C library has POSIX named semaphores (link tests). */
const SEMAPHORE_FUNCTIONS = new Set(['sem_open', 'sem_timedwait', 'sem_getvalue', 'sem_unlink', 'sem_clockwait']);

const rule: Rule = {
  meta: {
    id: 'autoconf-semaphores-disabled',
    title: 'configure found sem_open but POSIX semaphores do not work',
    severity: 'error',
    cause: 'no-usable-shm',
    tags: ['autoconf', 'python', 'shm'],
    docs: {
      description:
        'configure linked against sem_open (`checking for sem_open... yes`) but its run test failed (`checking whether POSIX semaphores are enabled... no`).',
      why:
        '`checking for sem_open` is a link test: the C library has the function. `whether POSIX semaphores are enabled` runs a program that calls sem_open, which needs a usable /dev/shm. yes-then-no is the signature of a working libc in an environment without usable shared memory, usually a build chroot with no /dev/shm. CPython built this way lacks SemLock (upstream) or has HAVE_BROKEN_SEM_GETVALUE (Debian), so multiprocessing locks or Queue.qsize() fail later, even when the build itself succeeded. `checking for broken sem_getvalue... yes` on Linux is the same symptom. When cross-compiling the run test is skipped and says yes, so a no is never a cross-build artefact.',
      fix: 'Give the build environment a /dev/shm (for pbuilder, the switch depends on its version: USESHM, USERUNSHM or a bind mount), then rebuild.',
      example: ['checking for sem_open... yes', 'checking whether POSIX semaphores are enabled... no'],
    },
  },
  create(context) {
    const found: Evidence[] = [];
    let disabled: Evidence | undefined;
    let cached = false;
    let brokenGetvalue: Evidence | undefined;

    const flush = (): void => {
      if (disabled === undefined) return;
      const evidence = [...found, disabled, ...(brokenGetvalue ? [brokenGetvalue] : [])];
      context.report({
        message: `configure found ${found.map((e) => e.note).join(', ')} but its run test says POSIX semaphores are not enabled${cached ? ' (a cached result: the config.cache was made in the same environment)' : ''}: the build environment has no usable /dev/shm.`,
        line: disabled.line,
        evidence: evidence.map((e) => ({ line: e.line, text: e.text, ...(e === disabled ? { note: 'run test failed' } : e === brokenGetvalue ? { note: 'same symptom' } : { note: 'link test passed' }) })),
        remediation: shmRemediation(context.env),
        stage: 'configure',
        side: 'environment',
        data: { functions: found.map((e) => e.note), cached, brokenSemGetvalue: brokenGetvalue !== undefined },
      });
      disabled = undefined;
      brokenGetvalue = undefined;
      found.length = 0;
    };

    return {
      'autoconf.check'(fact) {
        const evidence = { line: fact.line.number, text: fact.line.text };
        if (disabled !== undefined) {
          // The check right after is `broken sem_getvalue`; take it as supporting evidence, then report.
          if (fact.form === 'broken' && fact.name === 'sem_getvalue' && fact.result === 'yes') {
            brokenGetvalue = evidence;
            return;
          }
          flush();
        }
        if (fact.form === 'for' && fact.result === 'yes' && SEMAPHORE_FUNCTIONS.has(fact.name)) {
          if (!found.some((e) => e.note === fact.name)) found.push({ ...evidence, note: fact.name });
          return;
        }
        if (fact.subject === 'whether POSIX semaphores are enabled' && fact.result === 'no' && found.length > 0) {
          disabled = evidence;
          cached = fact.cached;
        }
      },
      // Report once configure moves on to something else, so a live build shows it at once.
      line(fact) {
        if (disabled !== undefined && fact.line.number > disabled.line && !fact.line.text.startsWith('checking ')) flush();
      },
      wantsLines: () => disabled !== undefined,
      end: flush,
    };
  },
};

export default rule;
