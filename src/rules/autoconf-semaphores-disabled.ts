import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { shmGeneration, shmRemediation } from '../remedies/shm.js';

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
        '`checking for sem_open` is a link test: the C library has the function. `whether POSIX semaphores are enabled` runs a program that calls sem_open, which needs a usable /dev/shm. yes-then-no is the signature of a working libc in an environment without usable shared memory, usually a build chroot with no /dev/shm. CPython built this way lacks SemLock (upstream) or has HAVE_BROKEN_SEM_GETVALUE (Debian), so multiprocessing locks or Queue.qsize() fail later, even when the build itself succeeded. `checking for broken sem_getvalue... yes` on Linux is the same symptom. A cross build (`checking whether we are cross compiling... yes`) runs neither test: CPython 3.11\'s configure.ac answers `POSIX semaphores enabled` yes and `broken sem_getvalue` yes by default, so there a no comes from a site or cache file and a broken sem_getvalue is the default, not a symptom: no finding. A `(cached) no` was read from a config.cache, which may have been written elsewhere.',
      fix: 'Give the build environment a usable /dev/shm for the builder the log shows: pbuilder ≥ 0.228 USESHM=yes, 0.215–0.227 USERUNSHM=yes, 0.214 USEDEVSHM=yes, older --bindmounts /dev/shm; schroot a chroot on the sbuild profile (sbuild\'s unshare backend has its own tmpfs); Docker --shm-size or BuildKit RUN --mount=type=tmpfs,target=/dev/shm. When the log shows that set-up in effect, the fix names what is left (a full tmpfs, a security module, the chroot\'s /dev/shm not linked to /run/shm). For a `(cached) no`, delete the config.cache. Then rebuild.',
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
        message: cached
          ? `configure found ${found.map((e) => e.note).join(', ')} but read "POSIX semaphores are not enabled" from its cache: a config.cache written by an earlier configure run, perhaps in an environment without a usable /dev/shm.`
          : `configure found ${found.map((e) => e.note).join(', ')} but its run test says POSIX semaphores are not enabled: the build environment has no usable /dev/shm.`,
        line: disabled.line,
        evidence: evidence.map((e) => ({ line: e.line, text: e.text, ...(e === disabled ? { note: 'run test failed' } : e === brokenGetvalue ? { note: 'same symptom' } : { note: 'link test passed' }) })),
        remediation: shmRemediation(context.env, { cached }),
        stage: 'configure',
        side: 'environment',
        data: { functions: found.map((e) => e.note), cached, brokenSemGetvalue: brokenGetvalue !== undefined, generation: shmGeneration(context.env), ...(context.env.pbuilderShm !== undefined ? { shmInEffect: context.env.pbuilderShm.line } : {}) },
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
        // A cross build runs neither test (CPython 3.11 configure.ac: cross defaults yes and yes): no symptom.
        if (context.env.crossCompiling?.cross === true) return;
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
