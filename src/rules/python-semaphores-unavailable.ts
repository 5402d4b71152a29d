import type { Rule } from '../rule.js';
import type { Evidence, Remediation } from '../types.js';
import type { Fact } from '../facts.js';
import { shmRemediation } from '../remedies/shm.js';

// ImportError: This platform lacks a functioning sem_open implementation, therefore, the required
// synchronization primitives needed will not function, see issue 3770.
const IMPORT_TEXT = 'lacks a functioning sem_open implementation';

/** What the symptom says about when shm was missing: when Python was built, or when it ran. */
type Symptom = 'built-without-semlock' | 'runtime-missing' | 'runtime-unwritable' | 'runtime-no-tmpfs' | 'broken-getvalue';

function classify(fact: Fact<'python.exception'>): Symptom | undefined {
  if (fact.message.includes(IMPORT_TEXT)) return 'built-without-semlock';
  const last = fact.frames[fact.frames.length - 1];
  const atSemLock = fact.frames.some((f) => f.code.includes('SemLock(') || f.code.includes('SemLock.__init__'))
    || (last !== undefined && last.file.endsWith('multiprocessing/synchronize.py'));
  if (atSemLock) {
    // FileNotFoundError: [Errno 2] No such file or directory
    if (fact.message.startsWith('[Errno 2]')) return 'runtime-missing';
    // PermissionError: [Errno 13] Permission denied
    if (fact.message.startsWith('[Errno 13]')) return 'runtime-unwritable';
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
  'runtime-no-tmpfs': 'multiprocessing could not create a semaphore: sem_open is not implemented here (older glibc needs a tmpfs on /dev/shm).',
  'broken-getvalue': 'multiprocessing.Queue.qsize() is not implemented: this Python was built where sem_getvalue looked broken (no usable /dev/shm at build time), and must be rebuilt.',
};

const rule: Rule = {
  meta: {
    id: 'python-semaphores-unavailable',
    title: 'Python multiprocessing has no working semaphores',
    severity: 'error',
    cause: 'no-usable-shm',
    tags: ['python', 'shm'],
    docs: {
      description:
        'Python\'s multiprocessing fails for lack of POSIX semaphores: `ImportError: This platform lacks a functioning sem_open implementation` (one line, or wrapped over three), `FileNotFoundError: [Errno 2]`, `PermissionError: [Errno 13]` or `OSError: [Errno 38] Function not implemented` at `_multiprocessing.SemLock(`, `NotImplementedError` from `Queue.qsize()`, or a C program\'s `sem_open: No such file or directory`.',
      why:
        'The ImportError (the same text in Python 2.7 and 3.x) means the interpreter itself was compiled without SemLock, because configure ran where /dev/shm was unusable: fixing the environment is not enough, that Python must be rebuilt. The Errno errors at SemLock mean the interpreter is fine but the environment it runs in has no /dev/shm (Errno 2), an unwritable one (Errno 13), or an old glibc without a tmpfs there (Errno 38).',
      fix: 'Give the environment a usable /dev/shm; if the ImportError shows, rebuild Python afterwards.',
      example: ['  File "/usr/lib/python3.11/multiprocessing/synchronize.py", line 57, in __init__', '    sl = self._semlock = _multiprocessing.SemLock(', 'FileNotFoundError: [Errno 2] No such file or directory'],
    },
  },
  create(context) {
    const remedy = (symptom: Symptom | 'c-call'): Remediation => {
      const base = shmRemediation(context.env);
      if (symptom !== 'built-without-semlock' && symptom !== 'broken-getvalue') return base;
      return { summary: `${base.summary} Then rebuild this Python: the one in the log was compiled without working semaphores.`, ...(base.steps ? { steps: base.steps } : {}) };
    };
    return {
      'python.exception'(fact) {
        const symptom = classify(fact);
        if (symptom === undefined) return;
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
        context.report({
          message: `${fact.call}() failed with "${fact.error}": the environment has no usable /dev/shm for POSIX semaphores.`,
          evidence: [{ line: fact.line.number, text: fact.line.text, note: 'the C library call failed' }],
          remediation: remedy('c-call'),
          side: 'environment',
          data: { symptom: 'c-call', call: fact.call, detail: fact.error },
        });
      },
    };
  },
};

export default rule;
