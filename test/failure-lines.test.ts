import { expect } from 'chai';
import { isGenericError } from '../src/failure-lines.js';

describe('generic error lines (the first failure when no cause rule knows the line)', () => {
  const errors = [
    "error: invalid command 'bdist_wheel'",
    'ERROR: Could not find a version that satisfies the requirement foo',
    "Error: Cannot find module 'tape'",
    'fatal: not a git repository (or any of the parent directories): .git',
    'error[E0463]: can\'t find crate for `serde`',
    "FileNotFoundError: [Errno 2] No such file or directory: 'VERSION'",
    'FAILED tests/test_x.py::test_y - AssertionError: boom',
    'FAIL: test_roundtrip (tmp /tmp/rt.9J5VZm)',
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.10.1:compile (default-compile) on project foo',
    'E: Unable to locate package libfoo-dev',
    'CMake Error: The source directory "/build/foo-1.0" does not appear to contain CMakeLists.txt.',
  ];
  const echoes = [
    'make[1]: *** [Makefile:9: all] Error 1',
    'dh_auto_build: error: make -j2 returned exit code 2',
    'dpkg-buildpackage: error: debian/rules build subprocess returned exit status 2',
    'E: Failed autobuilding of package',
    'collect2: error: ld returned 1 exit status',
    'cc -Wformat -Werror=format-security -c -o main.o main.c',
    'checking for strerror_r... yes',
    'test_errors.py::test_error_path PASSED',
    '',
  ];
  for (const line of errors) it(`an error: ${line}`, () => expect(isGenericError(line)).to.equal(true));
  for (const line of echoes) it(`not an error of its own: ${line || '(empty)'}`, () => expect(isGenericError(line)).to.equal(false));
});
