import type { Rule } from '../rule.js';
import type { Evidence, Remediation } from '../types.js';
import type { Fact } from '../facts.js';
import { shmRemediation } from '../remedies/shm.js';

// ImportError: This platform lacks a functioning sem_open implementation, therefore, the required
// synchronization primitives needed will not function, see issue 3770.
const IMPORT_TEXT = 'lacks a functioning sem_open implementation';
// Python 3.8+ where _multiprocessing was built without SemLock and code imports it directly:
// ImportError: cannot import name 'SemLock' from '_multiprocessing' (unknown location)
const SEMLOCK_IMPORT = "cannot import name 'SemLock' from '_multiprocessing'";
/** Where a Python on macOS lives (Fink /sw or /opt/sw, python.org frameworks, Homebrew): no sem_getvalue there. */
const MACOS_PYTHON = ['/sw/lib/', '/opt/sw/lib/', '/Library/Frameworks/Python.framework/', '/opt/homebrew/', '/usr/local/Cellar/'];

/** What the symptom says about when shm was missing: when Python was built, or when it ran. */
type Symptom = 'built-without-semlock' | 'runtime-missing' | 'runtime-unwritable' | 'runtime-full' | 'runtime-no-tmpfs' | 'broken-getvalue';

const ERRNO: Partial<Record<Symptom, number>> = { 'runtime-missing': 2, 'runtime-unwritable': 13, 'runtime-full': 28, 'runtime-no-tmpfs': 38 };

function classify(fact: Fact<'python.exception'>): Symptom | undefined {
  if (fact.message.includes(IMPORT_TEXT) || (fact.type === 'ImportError' && fact.message.startsWith(SEMLOCK_IMPORT))) return 'built-without-semlock';
  const last = fact.frames[fact.frames.length - 1];
  const atSemLock = fact.frames.some((f) => f.code.includes('SemLock(') || f.code.includes('SemLock.__init__'))
    || (last !== undefined && last.file.endsWith('multiprocessing/synchronize.py'));
  if (atSemLock) {
    // FileNotFoundError: [Errno 2] No such file or directory
    if (fact.message.startsWith('[Errno 2]')) return 'runtime-missing';
    // PermissionError: [Errno 13] Permission denied
    if (fact.message.startsWith('[Errno 13]')) return 'runtime-unwritable';
    // OSError: [Errno 28] No space left on device   (the tmpfs on /dev/shm is full, not the build place)
    if (fact.message.startsWith('[Errno 28]')) return 'runtime-full';
    // OSError: [Errno 38] Function not implemented
    if (fact.message.startsWith('[Errno 38]')) return 'runtime-no-tmpfs';
  }
  // NotImplementedError from Queue.qsize() where sem_getvalue is marked broken (Debian's python built without shm)
  if (fact.type === 'NotImplementedError' && last?.func === 'qsize' && last.file.endsWith('multiprocessing/queues.py')) return 'broken-getvalue';
  return undefined;
}

const WHAT: Record<Symptom, string> = {
  'built-without-semlock': 'This Python was built without SemLock: its configure found no working POSIX semaphores, so multiprocessing cannot import its locks. Fixing the environment is not enough: this Python must be rebuilt.',
  'runtime-missing': 'multiprocessing could not create a semaphore: /dev/shm does not exist in this environment.',
  'runtime-unwritable': 'multiprocessing could not create a semaphore: /dev/shm is not writable in this environment.',
  'runtime-full': 'multiprocessing could not create a semaphore: the filesystem on /dev/shm is full (Errno 28 here is /dev/shm, not the build place).',
  'runtime-no-tmpfs': 'multiprocessing could not create a semaphore: sem_open is not implemented here (older glibc needs a tmpfs on /dev/shm).',
  'broken-getvalue': 'multiprocessing.Queue.qsize() is not implemented: this Python was built where sem_getvalue looked broken (no usable /dev/shm at build time), and must be rebuilt.',
};

/** strerror texts of a C call's perror line → errno. */
const ERRNO_TEXT: Readonly<Record<string, number>> = { 'No such file or directory': 2, 'Permission denied': 13, 'No space left on device': 28, 'Function not implemented': 38 };

const rule: Rule = {
  meta: {
    id: 'python-semaphores-unavailable',
    title: 'Python multiprocessing has no working semaphores',
    severity: 'error',
    cause: 'no-usable-shm',
    tags: ['python', 'shm'],
    docs: {
      description:
        'Python\'s multiprocessing fails for lack of POSIX semaphores: `ImportError: This platform lacks a functioning sem_open implementation` (one line, or wrapped over three; Python 3.8+ may say `cannot import name \'SemLock\' from \'_multiprocessing\'`), `FileNotFoundError: [Errno 2]`, `PermissionError: [Errno 13]`, `OSError: [Errno 28]` or `OSError: [Errno 38] Function not implemented` at `_multiprocessing.SemLock(`, `NotImplementedError` from `Queue.qsize()` on Linux (not on macOS or Fink, where it is normal, nor in a cross build, where it is the default), or a C program\'s `sem_open: No such file or directory` (not the routine `sem_unlink: No such file or directory` of a clean-up).',
      why:
        'The ImportError (the same text in Python 2.7 and 3.x) means the interpreter itself was compiled without SemLock, because configure ran where /dev/shm was unusable: fixing the environment is not enough, that Python must be rebuilt. The Errno errors at SemLock mean the interpreter is fine but the environment it runs in has no /dev/shm (Errno 2), an unwritable one (Errno 13), a full one (Errno 28: the tmpfs on /dev/shm, not the build place), or an old glibc without a tmpfs there (Errno 38). `Queue.qsize()` raises NotImplementedError wherever sem_getvalue is missing: always on macOS, and in a cross-built CPython (configure\'s cross default marks sem_getvalue broken).',
      fix: 'Give the environment a usable /dev/shm for the builder the log shows (pbuilder USESHM/USERUNSHM/USEDEVSHM/--bindmounts by version; schroot the sbuild profile; Docker --shm-size or a BuildKit tmpfs mount); when the log shows that set-up in effect, the fix names what is left by the errno (28 a full tmpfs, 13 a security module or seccomp filter, 2 a /dev/shm removed after the set-up). If the ImportError shows, rebuild that Python afterwards.',
      example: ['  File "/usr/lib/python3.11/multiprocessing/synchronize.py", line 57, in __init__', '    sl = self._semlock = _multiprocessing.SemLock(', 'FileNotFoundError: [Errno 2] No such file or directory'],
    },
  },
  create(context) {
    const remedy = (symptom: Symptom | 'c-call', errno?: number): Remediation => {
      const known = errno ?? (symptom === 'c-call' ? undefined : ERRNO[symptom]);
      const base = shmRemediation(context.env, known !== undefined ? { errno: known } : {});
      if (symptom !== 'built-without-semlock' && symptom !== 'broken-getvalue') return base;
      return { summary: `${base.summary} Then rebuild this Python: the one in the log was compiled without working semaphores.`, ...(base.steps ? { steps: base.steps } : {}) };
    };
    return {
      'python.exception'(fact) {
        const symptom = classify(fact);
        if (symptom === undefined) return;
        if (symptom === 'broken-getvalue') {
          // Normal on macOS (no sem_getvalue): a Fink or framework Python; and a cross build's default.
          const file = fact.frames[fact.frames.length - 1]?.file ?? '';
          if (context.env.fink !== undefined || MACOS_PYTHON.some((p) => file.startsWith(p)) || context.env.crossCompiling?.cross === true) return;
        }
        const evidence: Evidence[] = [];
        if (fact.tracebackLine !== undefined) evidence.push({ line: fact.tracebackLine, text: 'Traceback (most recent call last):' });
        const semFrame = [...fact.frames].reverse().find((f) => f.code.includes('SemLock') || f.file.includes('multiprocessing/'));
        if (semFrame !== undefined) evidence.push({ line: semFrame.line, text: `File "${semFrame.file}", line ${semFrame.lineno}, in ${semFrame.func}${semFrame.code ? `: ${semFrame.code}` : ''}`, note: 'where it failed' });
        evidence.push(...fact.messageLines.map((e, i) => (i === 0 ? { ...e, note: 'the error' } : e)));
        context.report({
          message: WHAT[symptom],
          line: fact.messageLines[0]!.line,
          evidence,
          remediation: remedy(symptom),
          side: 'environment',
          data: { symptom, exception: fact.type, detail: fact.message },
        });
      },
      'libc.perror'(fact) {
        if (!fact.call.startsWith('sem_')) return;
        // sem_unlink: No such file or directory   (a clean-up of a semaphore already gone: routine, not a failure)
        if (fact.call === 'sem_unlink' && fact.error === 'No such file or directory') return;
        const errno = ERRNO_TEXT[fact.error];
        context.report({
          message: `${fact.call}() failed with "${fact.error}": the environment has no usable /dev/shm for POSIX semaphores.`,
          evidence: [{ line: fact.line.number, text: fact.line.text, note: 'the C library call failed' }],
          remediation: remedy('c-call', errno),
          side: 'environment',
          data: { symptom: 'c-call', call: fact.call, detail: fact.error },
        });
      },
    };
  },
};

export default rule;
