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
