import type { Parser } from '../parser.js';
import type { LogLine } from '../types.js';

/**
 * The result lines of the test runners Debian builds run under dh_auto_test: Python unittest and
 * pytest, Automake's test harness, CTest, Meson, Perl's prove, Go and Cargo. Formats from CPython 3.11
 * unittest, pytest 7, automake 1.16 (test-driver), CMake 3.25, Meson 1.0, Test::Harness 3.44, Go 1.19,
 * Cargo 1.65.
 */

export type TestRunner = 'unittest' | 'pytest' | 'automake' | 'ctest' | 'meson' | 'prove' | 'go' | 'cargo' | 'autopkgtest';

declare module '../facts.js' {
  interface FactMap {
    /** A runner's summary that says tests failed: `FAILED (failures=3)`, `==== 3 failed, 4 passed in 0.1s ====`. */
    'tests.summary': { readonly runner: TestRunner; readonly failed: number; readonly total?: number };
    /** One failed test, as the runner names it: `test_mul (test_foo.TestFoo.test_mul)`, `tests/test_a.py::test_b`. */
    'tests.failed': { readonly runner: TestRunner; readonly name: string; readonly file?: string };
  }
  interface BuildEnvironment {
    /** An autopkgtest run is in the log (`autopkgtest [07:58:03]: ...`): its tests are debian/tests/control's. */
    autopkgtest?: { readonly line: number };
  }
}

// autopkgtest [07:58:03]: @@@@@@@@@@@@@@@@@@@@ summary      (autopkgtest's own lines)
const AUTOPKGTEST = 'autopkgtest [';
// python-bcolz         FAIL some error       rust-foo:@ FAIL non-zero exit status 101      smoke  PASS
const AUTOPKGTEST_RESULT = /^(\S+)\s+(PASS|FAIL|SKIP|FLAKY|BROKEN)\b/;

// FAILED (failures=3)       FAILED (failures=1, errors=2)       FAILED (errors=1, skipped=2)
const UNITTEST_SUMMARY = /^FAILED \((.*)\)\s*$/s;
// Ran 7 tests in 0.001s
const UNITTEST_RAN = /^Ran (\d+) tests? in /;
// FAIL: test_mul (test_foo.TestFoo.test_mul)        ERROR: test_x (pkg.tests.test_x.T.test_x)
const UNITTEST_FAIL = /^(?:FAIL|ERROR): (\S+) \(([\w.]+)\)/;
// ========================= 3 failed, 4 passed in 0.12s =========================
// The counts are read from the middle in code: `.*\b(\d+) failed\b.*` between two `.*` is quadratic on a long line.
const PYTEST_SUMMARY = /^=+ (.+) in [\d.]+s(?: \([\d:]+\))? =+\s*$/s;
//   3 failed, 4 passed, 1 error   (the middle of the line above; `\b` starts a count only at its first digit)
const PYTEST_COUNT = /\b(\d+) (?:failed|errors?)\b/g;
// FAILED tests/test_foo.py::test_mul - assert 7 == 12
const PYTEST_FAILED = /^(?:FAILED|ERROR) (([^\s:]+\.py)::\S+)/;
// # FAIL:  3          # TOTAL: 10       (automake test-suite summary)
const AUTOMAKE_COUNT = /^# (FAIL|ERROR|TOTAL): +(\d+)\s*$/;
// FAIL: tests/test-foo      (automake's per-test result line; no parenthesis unlike unittest)
const AUTOMAKE_FAIL = /^(?:FAIL|ERROR): (\S+)\s*$/;
// 67% tests passed, 3 tests failed out of 9
const CTEST_SUMMARY = /(?<!\d)(\d+) tests? failed out of (\d+)/;
// Fail:               3        (meson test summary)
const MESON_FAIL = /^Fail: +(\d+)\s*$/;
// Failed 3/10 test programs. 5/120 subtests failed.
const PROVE_SUMMARY = /^Failed (\d+)\/(\d+) test programs/;
// --- FAIL: TestParse (0.00s)
const GO_FAIL = /^\s*--- FAIL: (\S+)/;
// test result: FAILED. 5 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s
const CARGO_SUMMARY = /^test result: FAILED\. (\d+) passed; (\d+) failed/;

/** `test_mul (test_foo.TestFoo.test_mul)` (3.11) or `test_mul (test_foo.TestFoo)` (older): the module's file, `test_foo.py`. */
function moduleFile(method: string, qualified: string): string {
  const parts = qualified.split('.');
  parts.pop();
  if (parts[parts.length - 1] !== undefined && qualified.endsWith(`.${method}`)) parts.pop();
  return `${(parts.length > 0 ? parts : [qualified]).join('/')}.py`;
}

export const testRunnersParser: Parser = {
  name: 'test-runners',
  // Only what the patterns below can match: pytest's `=+ ` summary (not every `=` line: make's and
  // cmake's `-DX=1` echoes, `==> ...`), automake's three counts (not every `# ` comment).
  prefixes: ['FAIL', 'Fail', 'ERROR: ', 'Ran ', '= ', '==', '# FAIL: ', '# ERROR: ', '# TOTAL: ', 'test result: FAILED', AUTOPKGTEST],
  triggers: ['--- FAIL: ', 'failed out of'],
  emits: ['tests.summary', 'tests.failed'],
  create({ emit, env }) {
    // Inside autopkgtest's summary: one result line per test, until a line that is not one.
    let summary: { failed: number; last: LogLine } | undefined;
    const endSummary = (): void => {
      if (summary === undefined) return;
      const done = summary;
      summary = undefined;
      if (done.failed > 0) emit('tests.summary', done.last, { runner: 'autopkgtest', failed: done.failed });
    };
    let ran: number | undefined;
    let automakeFailed = 0;
    let automakeCount: number | undefined;
    return {
      busy: () => summary !== undefined,
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (summary !== undefined) {
          const m = AUTOPKGTEST_RESULT.exec(text);
          if (m !== null) {
            summary.last = line;
            if (m[2] === 'FAIL') {
              summary.failed++;
              emit('tests.failed', line, { runner: 'autopkgtest', name: m[1]! });
            }
            return;
          }
          endSummary();
        }
        if (c === 97 /* a */ && text.startsWith(AUTOPKGTEST)) {
          env.autopkgtest ??= { line: line.number };
          if (text.includes('@@@@@@@@@@@@@@@@@@@@ summary')) summary = { failed: 0, last: line };
          return;
        }
        if (c === 70 /* F */) {
          if (text.startsWith('FAILED (')) {
            const m = UNITTEST_SUMMARY.exec(text);
            if (m === null) return;
            let failed = 0;
            for (const part of m[1]!.split(',')) {
              const [key, value] = part.trim().split('=');
              if (key === 'failures' || key === 'errors' || key === 'unexpected successes') failed += Number(value);
            }
            if (failed > 0) emit('tests.summary', line, { runner: 'unittest', failed, ...(ran !== undefined ? { total: ran } : {}) });
            return;
          }
          if (text.startsWith('FAILED ')) {
            const m = PYTEST_FAILED.exec(text);
            if (m !== null) emit('tests.failed', line, { runner: 'pytest', name: m[1]!, file: m[2]! });
            return;
          }
          if (text.startsWith('FAIL: ')) {
            const m = UNITTEST_FAIL.exec(text);
            if (m !== null) {
              emit('tests.failed', line, { runner: 'unittest', name: m[2]!, file: moduleFile(m[1]!, m[2]!) });
              return;
            }
            const a = AUTOMAKE_FAIL.exec(text);
            if (a !== null) emit('tests.failed', line, { runner: 'automake', name: a[1]! });
            return;
          }
          if (text.startsWith('Failed ')) {
            const m = PROVE_SUMMARY.exec(text);
            if (m !== null) emit('tests.summary', line, { runner: 'prove', failed: Number(m[1]), total: Number(m[2]) });
            return;
          }
          if (text.startsWith('Fail:')) {
            const m = MESON_FAIL.exec(text);
            if (m !== null && Number(m[1]) > 0) emit('tests.summary', line, { runner: 'meson', failed: Number(m[1]) });
          }
          return;
        }
        if (c === 69 /* E */ && text.startsWith('ERROR: ')) {
          const m = UNITTEST_FAIL.exec(text);
          if (m !== null) emit('tests.failed', line, { runner: 'unittest', name: m[2]!, file: moduleFile(m[1]!, m[2]!) });
          return;
        }
        if (c === 82 /* R */ && text.startsWith('Ran ')) {
          const m = UNITTEST_RAN.exec(text);
          if (m !== null) ran = Number(m[1]);
          return;
        }
        if (c === 61 /* = */) {
          if (!text.includes(' failed') && !text.includes(' error')) return;
          const m = PYTEST_SUMMARY.exec(text);
          if (m !== null) {
            // ==== 3 failed, 4 passed, 1 error in 0.12s ====  → the counts before "failed" and "error(s)"
            const counts = [...m[1]!.matchAll(PYTEST_COUNT)];
            const failed = counts.reduce((n, x) => n + Number(x[1]), 0);
            if (counts.length > 0) emit('tests.summary', line, { runner: 'pytest', failed });
          }
          return;
        }
        if (c === 35 /* # */ && text.startsWith('# ')) {
          const m = AUTOMAKE_COUNT.exec(text);
          if (m === null) return;
          if (m[1] === 'TOTAL') automakeCount = Number(m[2]);
          else {
            automakeFailed += Number(m[2]);
            // `# ERROR:` follows `# FAIL:`; report once the pair is complete.
            if (m[1] === 'ERROR' && automakeFailed > 0) {
              emit('tests.summary', line, { runner: 'automake', failed: automakeFailed, ...(automakeCount !== undefined ? { total: automakeCount } : {}) });
            }
            if (m[1] === 'ERROR') automakeFailed = 0;
          }
          return;
        }
        if (c === 116 /* t */ && text.startsWith('test result: FAILED')) {
          const m = CARGO_SUMMARY.exec(text);
          if (m !== null) emit('tests.summary', line, { runner: 'cargo', failed: Number(m[2]), total: Number(m[1]) + Number(m[2]) });
          return;
        }
        // Lines no runner above claimed: one gate for Go's and CTest's results.
        if (text.includes('--- FAIL: ')) {
          const m = GO_FAIL.exec(text);
          if (m !== null) emit('tests.failed', line, { runner: 'go', name: m[1]! });
          return;
        }
        if (text.includes('tests failed out of') || text.includes('test failed out of')) {
          const m = CTEST_SUMMARY.exec(text);
          if (m !== null && Number(m[1]) > 0) emit('tests.summary', line, { runner: 'ctest', failed: Number(m[1]), total: Number(m[2]) });
        }
      },
      end: endSummary,
    };
  },
};
