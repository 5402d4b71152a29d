import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { lineOf, placeOf } from '../failure.js';

const RUNNER_NAMES = { unittest: 'Python unittest', pytest: 'pytest', automake: 'the Automake test harness', ctest: 'CTest', meson: 'meson test', prove: 'prove', go: 'go test', cargo: 'cargo test', autopkgtest: 'autopkgtest' } as const;

/** `tests/test_foo.py::TestFoo::test_mul[1]` → `test_mul`, for pytest's `-k` (matches wherever pybuild copied the tests). */
function pytestName(nodeid: string): string {
  const last = nodeid.slice(nodeid.lastIndexOf('::') + 2);
  const bracket = last.indexOf('[');
  return bracket > 0 ? last.slice(0, bracket) : last;
}

/**
 * How to skip failing tests. pybuild (dh-python 5.20230130) parses its command line with argparse, so
 * `dh_auto_test -- --deselect X` stops the build with "unrecognized arguments"; it passes test arguments
 * through `--test-args` or the PYBUILD_TEST_ARGS variable into `{interpreter} -m pytest {args}`.
 */
function skipSteps(runner: keyof typeof RUNNER_NAMES, names: readonly string[]): string[] {
  if (runner === 'pytest' || runner === 'unittest') {
    const k = (runner === 'pytest' ? names.map(pytestName) : names.map((n) => n.slice(n.lastIndexOf('.') + 1))).slice(0, 3);
    const expr = k.length > 0 ? k.map((n) => `not ${n}`).join(' and ') : 'not TEST';
    return runner === 'pytest'
      ? [`export PYBUILD_TEST_ARGS=-k "${expr}"   (in debian/rules; pybuild rejects options after a bare \`dh_auto_test --\`)`, `override_dh_auto_test:
	dh_auto_test -- --test-args='-k "${expr}"'`]
      : [`python3 -m unittest -v ${names[0] ?? ''}   (reproduce, in the unpacked source)`];
  }
  return ['DEB_BUILD_OPTIONS=nocheck   (local builds only: skips every test)'];
}

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
      fix: 'Fix the failing tests (a quilt patch), or, if they cannot pass in a build environment, skip those tests by name: with pybuild, `export PYBUILD_TEST_ARGS=-k "not NAME"` or `dh_auto_test -- --test-args=\'-k "not NAME"\'` (pybuild rejects other options after `dh_auto_test --`, such as `--deselect`); DEB_BUILD_OPTIONS=nocheck skips all tests for a local build only. An autopkgtest failure (`autopkgtest [..]: @@@@@@@@@@@@@@@@@@@@ summary`, `NAME FAIL ...`) is not the build\'s: its tests live in debian/tests/control.',
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
      const autopkgtest = runner === 'autopkgtest';
      context.report({
        message: `${count} test${count === 1 ? '' : 's'}${total !== undefined ? ` of ${total}` : ''} failed${where} (${RUNNER_NAMES[runner]})${names.length > 0 ? `: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''}` : ''}.`,
        evidence: [...failed.slice(0, 10).map((f) => f.evidence), summary],
        line: failed[0]?.evidence.line ?? summary.line,
        remediation: autopkgtest
          ? {
            summary: `The package built; its autopkgtest ${names[0] ?? ''} failed. These tests are declared in debian/tests/control, not run by dh_auto_test: fix the test or what it Depends: on there; mark it \`Restrictions: flaky\` only if it fails at random, \`allow-stderr\` if it fails only for writing to stderr.`,
            steps: [`grep -n -B2 -A6 '${names[0] ?? 'Tests:'}' debian/tests/control`, 'autopkgtest . -- null   (rerun the tests against the built package)'],
          }
          : {
            summary: `Fix ${names[0] ?? 'the failing tests'}${names.length > 1 ? ' and the others' : ''}, or skip ${names.length === 1 ? 'it' : 'them'} in debian/rules if ${names.length === 1 ? 'it' : 'they'} cannot pass in a build chroot.`,
            steps: skipSteps(runner, names),
          },
        ...placeOf(context.env, 'test-failure'),
        ...(autopkgtest ? { stage: 'autopkgtest', cause: 'autopkgtest-failure' } : {}),
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
