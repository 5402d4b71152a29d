import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/test-suite-failure.js';

RuleTester.run(rule, {
  valid: [
    // test/logs/pbuilder-0.231-build-hello-success.log lines 1392-1396 (automake, nothing failed).
    { name: 'automake, all passed', code: ['# TOTAL: 5', '# PASS:  4', '# SKIP:  1', '# XFAIL: 0', '# FAIL:  0', '# XPASS: 0', '# ERROR: 0'] },
    { name: 'unittest OK', code: ['Ran 7 tests in 0.001s', '', 'OK'] },
  ],
  invalid: [{
    // test/logs/pbuilder-0.231-test-failure.log lines 355-394 (CPython 3.11 unittest).
    name: 'Python unittest',
    code: [
      '   dh_auto_test',
      'test_mul (test_foo.TestFoo.test_mul) ... FAIL',
      'FAIL: test_mul (test_foo.TestFoo.test_mul)',
      'AssertionError: 7 != 12',
      'FAIL: test_slug (test_foo.TestFoo.test_slug)',
      'Ran 7 tests in 0.001s',
      'FAILED (failures=2)',
    ],
    findings: [{ line: 3, evidenceLines: [3, 5, 7], stage: 'dh_auto_test', side: 'package', cause: 'test-failure', data: { runner: 'unittest', failed: 2, total: 7, files: ['test_foo.py'] }, remediationIncludes: ['python3 -m unittest -v test_foo.TestFoo.test_mul'] }],
  }, {
    // pytest 7 (_pytest/terminal.py short test summary and final line).
    name: 'pytest',
    code: ['FAILED tests/test_api.py::test_get - assert 404 == 200', '========================= 1 failed, 12 passed in 0.52s =========================='],
    findings: [{ line: 1, data: { runner: 'pytest', failed: 1, files: ['tests/test_api.py'] }, remediationIncludes: ['export PYBUILD_TEST_ARGS=-k "not test_get"', `dh_auto_test -- --test-args='-k "not test_get"'`], remediationExcludes: ['-- --deselect'] }],
  }, {
    // automake 1.16 test harness summary.
    name: 'automake',
    code: ['FAIL: tests/greeting-1', '# TOTAL: 5', '# PASS:  4', '# SKIP:  0', '# XFAIL: 0', '# FAIL:  1', '# XPASS: 0', '# ERROR: 0'],
    findings: [{ line: 1, data: { runner: 'automake', failed: 1, total: 5, tests: ['tests/greeting-1'] } }],
  }, {
    // CMake 3.25 ctest.
    name: 'ctest',
    code: ['67% tests passed, 3 tests failed out of 9'],
    findings: [{ line: 1, data: { runner: 'ctest', failed: 3, total: 9 } }],
  }, {
    // Go 1.19: no count, dh_auto_test's error ends it.
    name: 'go test',
    code: ['--- FAIL: TestParse (0.00s)', 'FAIL\texample.com/foo\t0.004s', 'dh_auto_test: error: cd _build && go test -vet=off -v -p 2 example.com/foo returned exit code 1'],
    findings: [{ line: 1, data: { runner: 'go', failed: 1, tests: ['TestParse'] } }],
  }, {
    // autopkgtest's summary (buildlog-consultant's tests, real autopkgtest lines): the tests of debian/tests/control.
    name: 'autopkgtest: debian/tests/control, not build advice',
    code: ['autopkgtest [07:57:40]: test python-bcolz: [-----------------------', 'autopkgtest [07:58:03]: @@@@@@@@@@@@@@@@@@@@ summary', 'python-bcolz         FAIL some error', 'unit-tests           PASS', ''],
    findings: [{ line: 3, stage: 'autopkgtest', data: { runner: 'autopkgtest', failed: 1, tests: ['python-bcolz'] }, remediationIncludes: ['debian/tests/control', 'autopkgtest . -- null'], remediationExcludes: ['override_dh_auto_test', 'nocheck', 'PYBUILD'] }],
  }],
});
