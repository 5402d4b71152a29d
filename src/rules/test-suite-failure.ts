import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { lineOf, placeOf } from '../failure.js';

const RUNNER_NAMES = { unittest: 'Python unittest', pytest: 'pytest', automake: 'the Automake test harness', ctest: 'CTest', meson: 'meson test', prove: 'prove', go: 'go test', cargo: 'cargo test' } as const;

const rule: Rule = {
  meta: {
    id: 'test-suite-failure',
    title: 'The test suite failed',
    severity: 'error',
    cause: 'test-failure',
    tags: ['tests', 'dh_auto_test', 'build-failure'],
    docs: {
      description: 'A test runner\'s summary says tests failed: unittest `FAILED (failures=3)`, pytest `=== 3 failed, 4 passed in 0.12s ===`, Automake `# FAIL:  3`, CTest `67% tests passed, 3 tests failed out of 9`, Meson `Fail: 3`, prove `Failed 3/10 test programs`, cargo `test result: FAILED`; a failing Go test (`--- FAIL:`) counts too.',
      why: 'dh_auto_test runs the upstream test suite and fails the build when it fails. The failing tests are named above the summary; the first of them is the place to start. A test that fails only in the builder often depends on the network, the home directory, the time zone or /dev/shm.',
      fix: 'Fix the failing tests (a quilt patch), or, if they cannot pass in a build environment, skip those tests by name in override_dh_auto_test; DEB_BUILD_OPTIONS=nocheck skips all tests for a local build only.',
      example: ['FAIL: test_mul (test_foo.TestFoo.test_mul)', 'FAILED (failures=3)'],
    },
  },
  create(context) {
    const failed: { name: string; runner: keyof typeof RUNNER_NAMES; file?: string; evidence: Evidence }[] = [];
    let done = false;
    const report = (summary: Evidence, runner: keyof typeof RUNNER_NAMES, count: number, total?: number): void => {
      done = true;
      const files = [...new Set(failed.map((f) => f.file).filter((f): f is string => f !== undefined))];
      const names = failed.map((f) => f.name);
      const where = files.length > 0 ? ` in ${files.join(', ')}` : '';
      context.report({
        message: `${count} test${count === 1 ? '' : 's'}${total !== undefined ? ` of ${total}` : ''} failed${where} (${RUNNER_NAMES[runner]})${names.length > 0 ? `: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''}` : ''}.`,
        evidence: [...failed.slice(0, 10).map((f) => f.evidence), summary],
        line: failed[0]?.evidence.line ?? summary.line,
        remediation: {
          summary: `Fix ${names[0] ?? 'the failing tests'}${names.length > 1 ? ' and the others' : ''}, or skip ${names.length === 1 ? 'it' : 'them'} in override_dh_auto_test if ${names.length === 1 ? 'it' : 'they'} cannot pass in a build chroot.`,
          steps: [
            runner === 'pytest' ? `override_dh_auto_test:\n\tdh_auto_test -- --deselect ${names[0] ?? 'TEST'}`
              : runner === 'unittest' ? `python3 -m unittest -v ${names[0] ?? ''}   (reproduce, in the unpacked source)`
                : 'DEB_BUILD_OPTIONS=nocheck   (local builds only: skips every test)',
          ],
        },
        ...placeOf(context.env, 'test-failure'),
        data: { runner, failed: count, ...(total !== undefined ? { total } : {}), tests: names, files, headline: `${count} test${count === 1 ? '' : 's'} failed${where}` },
      });
    };
    return {
      'tests.failed'(fact) {
        if (done) return;
        if (failed.length < 50) failed.push({ name: fact.name, runner: fact.runner, evidence: lineOf(fact, 'failed test'), ...(fact.file !== undefined ? { file: fact.file } : {}) });
      },
      'tests.summary'(fact) {
        if (done || fact.failed === 0) return;
        report(lineOf(fact, 'test summary'), fact.runner, fact.failed, fact.total);
      },
      'debhelper.message'(fact) {
        // go test (and a runner cut short) prints no count: report the failures named when dh_auto_test gives up.
        if (done || fact.tool !== 'dh_auto_test' || fact.level !== 'error' || failed.length === 0) return;
        report(lineOf(fact, 'dh_auto_test fails'), failed[0]!.runner, failed.length);
      },
    };
  },
};

export default rule;
