import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/python-semaphores-unavailable.js';

const semlockTraceback = (error: string): string[] => [
  // ../shared/logs/pbuilder-0.231-execute-noshm-missing-devshm.log (Python 3.11, glibc 2.36)
  'Traceback (most recent call last):',
  '  File "<string>", line 1, in <module>',
  '  File "/usr/lib/python3.11/multiprocessing/context.py", line 68, in Lock',
  '    return Lock(ctx=self.get_context())',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/lib/python3.11/multiprocessing/synchronize.py", line 162, in __init__',
  '    SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)',
  '  File "/usr/lib/python3.11/multiprocessing/synchronize.py", line 57, in __init__',
  '    sl = self._semlock = _multiprocessing.SemLock(',
  '                         ^^^^^^^^^^^^^^^^^^^^^^^^^',
  error,
];

RuleTester.run(rule, {
  valid: [
    { name: 'an unrelated FileNotFoundError', code: ['Traceback (most recent call last):', '  File "setup.py", line 3, in <module>', '    open("README")', "FileNotFoundError: [Errno 2] No such file or directory: 'README'"] },
    { name: 'Errno 38 outside multiprocessing', code: ['Traceback (most recent call last):', '  File "x.py", line 1, in <module>', '    os.sched_setaffinity(0, {1})', 'OSError: [Errno 38] Function not implemented'] },
    { name: 'a working Lock', code: ['python3 -c "import multiprocessing as m; l = m.Lock(); print(\'multiprocessing Lock OK\')" || true', 'multiprocessing Lock OK'] },
    { name: 'other perror lines', code: ['open: No such file or directory', 'shm_unlink_helper: done'] },
    // A test's clean-up unlinking a semaphore already gone: perror("sem_unlink") with ENOENT (glibc strerror).
    { name: 'routine sem_unlink clean-up noise', code: ['sem_unlink: No such file or directory', 'PASS: test-semaphores'] },
    {
      // Queue.qsize() on macOS: CPython's queues.py raises NotImplementedError where sem_getvalue is missing.
      name: 'Queue.qsize() in a Fink build (macOS): normal there',
      code: ['Package manager version: 0.45.6', 'Traceback (most recent call last):', '  File "/sw/src/fink.build/foo-1.0-1/test_queue.py", line 9, in test_size', '    self.assertEqual(q.qsize(), 1)', '  File "/sw/lib/python3.10/multiprocessing/queues.py", line 126, in qsize', '    return self._maxsize - self._sem._semlock._get_value()', 'NotImplementedError'],
    },
    {
      name: 'Queue.qsize() in a cross build: CPython\'s cross default marks sem_getvalue broken',
      code: ['checking whether we are cross compiling... yes', 'Traceback (most recent call last):', '  File "/build/app/test_queue.py", line 9, in test_size', '    self.assertEqual(q.qsize(), 1)', '  File "/usr/lib/python3.11/multiprocessing/queues.py", line 126, in qsize', '    return self._maxsize - self._sem._semlock._get_value()', 'NotImplementedError'],
    },
  ],
  invalid: [
    {
      name: 'missing /dev/shm at run time (real 0.231 log)',
      code: ['== with /dev/shm missing', 'sem_open: No such file or directory', ...semlockTraceback('FileNotFoundError: [Errno 2] No such file or directory'), 'import ok'],
      findings: [
        { line: 2, evidenceLines: [2], data: { symptom: 'c-call', call: 'sem_open' } },
        { line: 13, severity: 'error', cause: 'no-usable-shm', evidenceLines: [3, 10, 13], data: { symptom: 'runtime-missing', exception: 'FileNotFoundError' }, remediationIncludes: ['/dev/shm'] },
      ],
    },
    {
      name: 'unwritable /dev/shm',
      code: semlockTraceback('PermissionError: [Errno 13] Permission denied'),
      findings: [{ line: 11, data: { symptom: 'runtime-unwritable' } }],
    },
    {
      // pbuilder 0.231 with USESHM=yes (its `I: creating /{dev,run}/shm`), and still Errno 13: the fix names
      // what is left (a security module, seccomp), never the switch the log shows on.
      name: 'Errno 13 with pbuilder\'s tmpfs in effect: LSM/seccomp, not USESHM',
      code: ['I: mounting /proc filesystem', 'I: creating /{dev,run}/shm', 'I: mounting /dev/pts filesystem', 'I: policy-rc.d already exists', ...semlockTraceback('PermissionError: [Errno 13] Permission denied')],
      findings: [{ line: 15, data: { symptom: 'runtime-unwritable' }, remediationIncludes: ['in effect (line 2', 'security module', 'seccomp'], remediationExcludes: ['USESHM=yes', 'USERUNSHM=no'] }],
    },
    {
      name: 'Errno 28 under /dev/shm: the shm tmpfs is full, not the build place',
      code: ['I: mounting /proc filesystem', 'I: creating /{dev,run}/shm', 'I: policy-rc.d already exists', ...semlockTraceback('OSError: [Errno 28] No space left on device')],
      findings: [{ line: 14, data: { symptom: 'runtime-full' }, remediationIncludes: ['is full', 'not the build place'], remediationExcludes: ['USESHM=yes', 'BUILDPLACE='] }],
    },
    {
      // Python 3.8+: code importing SemLock directly from a _multiprocessing built without it.
      name: 'Python 3.8+ cannot import name SemLock: same cause',
      code: ['Traceback (most recent call last):', '  File "/usr/lib/python3.11/concurrent/futures/process.py", line 52, in <module>', '    from _multiprocessing import SemLock', "ImportError: cannot import name 'SemLock' from '_multiprocessing' (unknown location)"],
      findings: [{ line: 4, data: { symptom: 'built-without-semlock', exception: 'ImportError' }, remediationIncludes: ['rebuild this Python'] }],
    },
    {
      name: 'old glibc without a tmpfs: Errno 38',
      code: semlockTraceback('OSError: [Errno 38] Function not implemented'),
      findings: [{ line: 11, data: { symptom: 'runtime-no-tmpfs' } }],
    },
    {
      name: 'the 2013 ImportError (Python 2.7): Python built without SemLock',
      code: [
        '>>> from multiprocessing.synchronize import Lock',
        'Traceback (most recent call last):',
        '  File "<stdin>", line 1, in <module>',
        '  File "/usr/lib/python2.7/multiprocessing/synchronize.py", line 59, in <module>',
        '    " function, see issue 3770.")',
        'ImportError: This platform lacks a functioning sem_open implementation, therefore, the required synchronization primitives needed will not function, see issue 3770.',
      ],
      findings: [{ line: 6, evidenceLines: [2, 4, 6], data: { symptom: 'built-without-semlock', exception: 'ImportError' }, remediationIncludes: ['rebuild this Python'] }],
    },
    {
      name: 'the ImportError wrapped over three lines',
      code: [
        'ImportError: This platform lacks a functioning sem_open implementation, therefore, the required',
        'synchronization primitives needed will not',
        'function, see issue 3770.',
        'make: *** [Makefile:12: test] Error 1',
      ],
      findings: [{ line: 1, evidenceLines: [1, 2, 3], data: { symptom: 'built-without-semlock', detail: 'This platform lacks a functioning sem_open implementation, therefore, the required synchronization primitives needed will not function, see issue 3770.' } }],
    },
    {
      name: 'Queue.qsize() on a Python built with HAVE_BROKEN_SEM_GETVALUE',
      code: [
        'Traceback (most recent call last):',
        '  File "/build/app/test_queue.py", line 9, in test_size',
        '    self.assertEqual(q.qsize(), 1)',
        '  File "/usr/lib/python3.11/multiprocessing/queues.py", line 126, in qsize',
        '    return self._maxsize - self._sem._semlock._get_value()',
        'NotImplementedError',
      ],
      findings: [{ line: 6, data: { symptom: 'broken-getvalue' } }],
    },
  ],
});
