import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * autopkgtest logs (autopkgtest 5.28, bookworm; older ones called the program adt-run). Its log lines
 * are `PROGRAM [HH:MM:SS]: ...` (lib/adtlog.py: log() with timestamp, error() adds `ERROR: `); a test's
 * result is `'%-20s %s' % (name, result)` (adtlog.report): `NAME   FAIL non-zero exit status N`,
 * `FAIL timed out`, `FAIL stderr: FIRST LINE`, `FAIL badpkg` followed by `blame: ...` and
 * `badpkg: REASON` (bin/autopkgtest, lib/adt_testbed.py). The result line is printed twice, after the
 * test and in the summary: one finding (the first). Fixes go to debian/tests/control. Sample lines from
 * buildlog-consultant's tests (src/autopkgtest.rs).
 */
export const autopkgtest: readonly CatalogEntry[] = [
  {
    id: 'autopkgtest-test-failed',
    family: 'autopkgtest',
    title: 'An autopkgtest exited with a non-zero status',
    cause: 'autopkgtest-failed',
    side: 'package',
    stage: 'autopkgtest',
    tags: ['autopkgtest', 'tests'],
    // unmunge              FAIL non-zero exit status 2
    match: /^(?<test>\S+) +FAIL non-zero exit status (?<code>\d+)/,
    message: 'The autopkgtest {{test}} failed: exit status {{code}}.',
    headline: 'autopkgtest {{test}} failed (exit status {{code}})',
    fix: {
      summary: 'Read the output between `test {{test}}: [-----` and `-----]` above: fix the package or the test; a test that needs something the testbed lacks declares it in debian/tests/control (Depends:, Restrictions: needs-root, isolation-container, needs-internet, allow-stderr).',
      steps: ["grep -n -A8 -e '{{test}}' debian/tests/control", 'autopkgtest --test-name={{test}} --shell-fail . -- schroot unstable-amd64-sbuild   (rerun the one test, with a shell on failure)'],
    },
    docs: {
      description: 'autopkgtest\'s result line `NAME   FAIL non-zero exit status N` (after the test and again in the summary).',
      why: 'The test command or script exited non-zero: a regression in the package, a test that depends on something not declared in debian/tests/control, or a flaky test.',
      fix: 'Fix the regression, or declare what the test needs in debian/tests/control (mark a known-flaky test `Restrictions: flaky`).',
    },
    examples: [
      {
        lines: ['autopkgtest [17:38:49]: test unmunge: [-----------------------', 'munge: Error: Failed to access "/run/munge/munge.socket.2": No such file or directory', 'unmunge: Error: No credential specified', 'autopkgtest [17:38:50]: test unmunge: -----------------------]', 'autopkgtest [17:38:50]: test unmunge:  - - - - - - - - - - results - - - - - - - - - -', 'unmunge              FAIL non-zero exit status 2'],
        line: 6,
        captures: { test: 'unmunge', code: '2' },
        source: 'buildlog-consultant src/autopkgtest.rs test_last_stderr_line',
      },
    ],
    nearMisses: ['require              PASS', 'flaky-test           FLAKY non-zero exit status 1', 'command1             SKIP exit status 77 and marked as skippable'],
  },
  {
    id: 'autopkgtest-test-stderr',
    family: 'autopkgtest',
    title: 'An autopkgtest failed because it wrote to stderr',
    cause: 'autopkgtest-failed',
    side: 'package',
    stage: 'autopkgtest',
    tags: ['autopkgtest', 'tests'],
    // intltool            FAIL stderr: some output
    // (a stderr that is Perl's `Can't exec "x": No such file or directory` is autopkgtest-stderr-command-missing's)
    match: /^(?<test>\S+) +FAIL stderr: (?!Can't exec ")(?<stderr>.+)/s,
    message: 'The autopkgtest {{test}} exited 0 but wrote to stderr ("{{stderr}}"), which fails a test without allow-stderr.',
    headline: 'autopkgtest {{test}} wrote to stderr',
    fix: {
      summary: 'If the stderr output is expected (warnings, progress), add `allow-stderr` to the test\'s Restrictions in debian/tests/control; otherwise fix what prints "{{stderr}}" (or redirect 2>&1 in the test script).',
      steps: ['Restrictions: allow-stderr   (in the stanza of {{test}} in debian/tests/control)'],
    },
    docs: {
      description: 'autopkgtest\'s `NAME   FAIL stderr: FIRST LINE OF STDERR`.',
      why: 'Unless a test declares `Restrictions: allow-stderr`, autopkgtest counts any output on stderr as a failure, even with exit status 0: a deprecation warning of a new dependency is enough.',
      fix: 'Declare allow-stderr, or silence the output.',
    },
    examples: [
      { lines: ['intltool            FAIL stderr: some output', 'autopkgtest [20:49:00]: test intltool:  - - - - - - - - - - stderr - - - - - - - - - -', 'some output', 'some more output'], captures: { test: 'intltool', stderr: 'some output' }, source: 'buildlog-consultant src/autopkgtest.rs test_stderr' },
    ],
    nearMisses: ['autopkgtest [20:49:00]: test intltool:  - - - - - - - - - - stderr - - - - - - - - - -'],
    equivalents: { 'buildlog-consultant': ['stderr-output'] },
  },
  {
    id: 'autopkgtest-stderr-command-missing',
    family: 'autopkgtest',
    title: 'An autopkgtest failed because a program it runs execs a command that is not installed',
    cause: 'autopkgtest-failed',
    side: 'package',
    stage: 'autopkgtest',
    tags: ['autopkgtest', 'tests'],
    // command10            FAIL stderr: Can't exec "uptime": No such file or directory at /usr/lib/nagios/plugins/check_uptime line 529.
    // (Perl's exec/system/open pipe: `Can't exec "%s": %s`, perldiag)
    match: /^(?<test>\S+) +FAIL stderr: Can't exec "(?<command>[^"\s/]+)": No such file or directory(?: at (?<script>\S+) line \d+)?/,
    message: 'The autopkgtest {{test}} failed: a Perl program it runs could not exec {{command}}, which is not installed in the testbed.',
    headline: 'autopkgtest {{test}}: {{command}} not installed',
    lookup: { kind: 'command', name: '{{command}}' },
    fix: {
      summary: 'Add {{packages}} (it ships {{command}} in {{suite}}): to the Depends of the binary package whose program runs {{command}} when the installed program needs it, else to the Depends of {{test}} in debian/tests/control.',
      steps: ['Depends: ..., {{package}}   (debian/control, or the stanza of {{test}} in debian/tests/control)'],
    },
    fixUnresolved: {
      summary: 'Add the package that ships {{command}} to the Depends of the binary package whose program runs it (or of {{test}} in debian/tests/control).',
      steps: ["apt-file search -x '^/(usr/)?s?bin/{{command}}$'"],
    },
    docs: {
      description: 'autopkgtest\'s `NAME   FAIL stderr: Can\'t exec "uptime": No such file or directory at ... line N.`: the first stderr line is Perl failing to run a command.',
      why: 'A testbed has only the tested packages, their Depends and the test\'s Depends; a command the installed program runs and no Depends names is missing there.',
      fix: 'Add the package that ships the command to the binary package\'s Depends (or to the test\'s Depends).',
    },
    examples: [
      { lines: ['autopkgtest [07:58:03]: @@@@@@@@@@@@@@@@@@@@ summary', 'command10            FAIL stderr: Can\'t exec "uptime": No such file or directory at /usr/lib/nagios/plugins/check_uptime line 529.'], line: 2, captures: { test: 'command10', command: 'uptime', script: '/usr/lib/nagios/plugins/check_uptime' }, package: 'procps', source: 'buildlog-consultant src/autopkgtest.rs test_stderr#3' },
    ],
    nearMisses: ['intltool            FAIL stderr: some output', 'command10            FAIL stderr: Can\'t exec "/usr/bin/foo": Permission denied at /x line 3.'],
    equivalents: { 'buildlog-consultant': ['command-missing', 'stderr-output'] },
  },
  {
    id: 'autopkgtest-test-timed-out',
    family: 'autopkgtest',
    title: 'An autopkgtest ran into autopkgtest\'s time limit',
    cause: 'autopkgtest-failed',
    side: 'package',
    stage: 'autopkgtest',
    tags: ['autopkgtest', 'tests', 'timeout'],
    // unit-tests           FAIL timed out
    match: /^(?<test>\S+) +FAIL timed out/,
    message: 'The autopkgtest {{test}} did not finish within autopkgtest\'s time limit and was killed.',
    headline: 'autopkgtest {{test}} timed out',
    fix: {
      summary: 'Find where {{test}} hangs (a prompt waiting for input, a server never started, network access in a testbed without network); if it is only slow, run it with a larger limit (autopkgtest --timeout-test=SECONDS, default 10000) or split it.',
      steps: ['autopkgtest --test-name={{test}} --timeout-test=20000 --shell-fail ...'],
    },
    docs: {
      description: 'autopkgtest\'s `NAME   FAIL timed out` (and `ERROR: timed out on command "..." (kind: test)`).',
      why: 'The test exceeded --timeout-test (10000 s by default): usually it hangs on input, a socket or the network.',
      fix: 'Make the test finish (or fail) on its own; raise the limit only for tests that are slow by nature.',
    },
    examples: [
      { lines: ['autopkgtest [07:58:03]: @@@@@@@@@@@@@@@@@@@@ summary', 'unit-tests           FAIL timed out'], line: 2, captures: { test: 'unit-tests' }, source: 'buildlog-consultant src/autopkgtest.rs test_timed_out' },
    ],
    nearMisses: ['autopkgtest [07:58:03]: WARNING: Copying up test output timed out, ignoring'],
    equivalents: { 'buildlog-consultant': ['timed-out'] },
  },
  {
    id: 'autopkgtest-badpkg',
    family: 'autopkgtest',
    title: 'autopkgtest could not install the test dependencies or the package',
    cause: 'autopkgtest-failed',
    side: 'package',
    stage: 'autopkgtest',
    tags: ['autopkgtest', 'tests'],
    // blame: arg:/home/janitor/tmp/tmpgbn5jhou/build-area/cmake-extras_1.3+17.04.20170310-6~jan+unchanged1_all.deb deb:cmake-extras /home/janitor/tmp/tmpgbn5jhou/build-area/cmake-extras_1.3+17.04.20170310-6~jan.dsc
    match: /^blame: (?<blamed>.+)/s,
    // badpkg: Test dependencies are unsatisfiable. A common reason is that your testbed is out of date with respect to the archive, and you need to use a current testbed or run apt-get update or use -U.
    then: { match: /^badpkg: (?<reason>[^.]+)/, within: 1, note: 'autopkgtest\'s reason' },
    message: 'autopkgtest could not set up the test: {{reason}}.',
    headline: 'autopkgtest badpkg: {{reason}}',
    fix: {
      summary: 'If the dependencies exist in the archive, the testbed is out of date: run autopkgtest with -U (apt-get update + upgrade first) or refresh the testbed image; otherwise correct Depends: in debian/tests/control (a package name or version that does not exist, or `@` packages that cannot be installed together).',
      steps: ['autopkgtest -U ... -- schroot unstable-amd64-sbuild', 'grep -n "^Depends:" debian/tests/control'],
    },
    docs: {
      description: 'autopkgtest\'s `NAME   FAIL badpkg`, then `blame: arg:... deb:PACKAGE ...` and `badpkg: REASON` (typically `Test dependencies are unsatisfiable. A common reason is that your testbed is out of date ...`, or `installation of basic binaries failed, exit code N`).',
      why: 'apt in the testbed cannot install the test\'s Depends (from debian/tests/control, with `@` standing for the binary packages built): a stale testbed, a dependency not (yet) in the suite, or a wrong name or version.',
      fix: 'Update the testbed, or fix Depends: in debian/tests/control.',
    },
    examples: [
      {
        lines: ['autopkgtest [07:58:03]: @@@@@@@@@@@@@@@@@@@@ summary', 'intltool             FAIL badpkg', 'blame: arg:/home/janitor/tmp/tmpgbn5jhou/build-area/cmake-extras_1.3+17.04.20170310-6~jan+unchanged1_all.deb deb:cmake-extras /home/janitor/tmp/tmpgbn5jhou/build-area/cmake-extras_1.3+17.04.20170310-6~jan.dsc', 'badpkg: Test dependencies are unsatisfiable. A common reason is that your testbed is out of date with respect to the archive, and you need to use a current testbed or run apt-get update or use -U.'],
        line: 3,
        captures: { blamed: 'arg:/home/janitor/tmp/tmpgbn5jhou/build-area/cmake-extras_1.3+17.04.20170310-6~jan+unchanged1_all.deb deb:cmake-extras /home/janitor/tmp/tmpgbn5jhou/build-area/cmake-extras_1.3+17.04.20170310-6~jan.dsc', reason: 'Test dependencies are unsatisfiable' },
        source: 'buildlog-consultant src/autopkgtest.rs test_deps#2',
      },
    ],
    nearMisses: ['blame: arg:/tmp/foo_1.0_all.deb deb:foo', 'badpkg: Test dependencies are unsatisfiable.'],
    equivalents: { 'buildlog-consultant': ['badpkg'] },
  },
  {
    id: 'autopkgtest-testbed-failure',
    family: 'autopkgtest',
    title: 'The autopkgtest testbed failed (not the package)',
    cause: 'autopkgtest-testbed-failure',
    side: 'environment',
    stage: 'autopkgtest',
    tags: ['autopkgtest'],
    // autopkgtest [12:46:18]: ERROR: testbed failure: sent `copyup /tmp/autopkgtest.9IStGJ/build.0Pm/src/ /tmp/autopkgtest.output.icg0g8e6/tests-tree/', got `timeout', expected `ok...'
    // adt-run [10:01:02]: ERROR: testbed failure: testbed auxverb failed with exit code 255
    match: /^(?:autopkgtest|adt-run) \[\d\d:\d\d:\d\d\]: ERROR: testbed failure: (?<reason>.+)/s,
    literals: { prefixes: ['autopkgtest [', 'adt-run ['] },
    message: 'The autopkgtest testbed failed: {{reason}}.',
    headline: 'autopkgtest testbed failure',
    fix: {
      summary: 'This is the testbed, not the package: check the virtualisation server (schroot session, qemu image, lxc/podman container: disk space, memory, the session still existing) and rerun; autopkgtest exits 16 for it.',
      steps: ['schroot --list --all-sessions   (schroot: is the session still there?)', 'autopkgtest ... -- schroot unstable-amd64-sbuild   (rerun once the testbed is healthy)'],
    },
    docs: {
      description: '`autopkgtest [HH:MM:SS]: ERROR: testbed failure: REASON` (adt-run in old versions), exit code 16.',
      why: 'autopkgtest lost contact with the testbed or a testbed command failed: the virtualisation server crashed, a copy timed out, the schroot session was removed, the VM ran out of disk or memory. A test that kills its own testbed (reboot, killing sshd) also ends this way.',
      fix: 'Repair the testbed and rerun; if it happens in one test only, look at what that test does to the system.',
    },
    examples: [
      { lines: ["autopkgtest [12:46:18]: ERROR: testbed failure: sent `copyup /tmp/autopkgtest.9IStGJ/build.0Pm/src/ /tmp/autopkgtest.output.icg0g8e6/tests-tree/', got `timeout', expected `ok...'"], captures: { reason: "sent `copyup /tmp/autopkgtest.9IStGJ/build.0Pm/src/ /tmp/autopkgtest.output.icg0g8e6/tests-tree/', got `timeout', expected `ok...'" }, source: 'buildlog-consultant src/autopkgtest.rs test_testbed_failure' },
      {
        lines: ['Removing autopkgtest-satdep (0) ...', 'autopkgtest [06:59:00]: test phpunit: [-----------------------', 'PHP Fatal error:  Declaration of Wicked_TestCase::setUp() must be compatible with PHPUnit\\Framework\\TestCase::setUp(): void in /tmp/autopkgtest.5ShOBp/build.ViG/src/wicked-2.0.8/test/Wicked/TestCase.php on line 31', 'autopkgtest [06:59:01]: ERROR: testbed failure: testbed auxverb failed with exit code 255', 'Exiting with 16'],
        line: 4,
        captures: { reason: 'testbed auxverb failed with exit code 255' },
        source: 'buildlog-consultant src/autopkgtest.rs test_testbed_failure_with_test',
      },
    ],
    nearMisses: ['autopkgtest [12:46:18]: ERROR: erroneous package: Test dependencies are unsatisfiable.', 'autopkgtest [12:46:18]: test command1: [-----------------------'],
    equivalents: { 'buildlog-consultant': ['testbed-failure'] },
  },
  {
    id: 'autopkgtest-schroot-session-gone',
    family: 'autopkgtest',
    title: 'The schroot session of the autopkgtest testbed disappeared',
    cause: 'autopkgtest-testbed-failure',
    side: 'environment',
    stage: 'autopkgtest',
    tags: ['autopkgtest', 'schroot'],
    // <VirtSubproc>: failure: ['chmod', '1777', '/tmp/autopkgtest.JLqPpH'] unexpectedly produced stderr output `W: /var/lib/schroot/session/unstable-amd64-sbuild-dbcdb3f2-53ed-4f84-8f0d-2c53ebe71010: Failed to stat file: No such file or directory
    match: /W: \/var\/lib\/schroot\/session\/(?<session>[^:\s]+): Failed to stat file: No such file or directory/,
    message: 'The schroot session {{session}} the tests ran in was removed while autopkgtest was using it.',
    headline: 'schroot session {{session}} disappeared',
    fix: {
      summary: 'Something ended the schroot session under autopkgtest: a `schroot --end-session --all-sessions` (or session clean-up) from another job, a reboot or a cleaned /var/lib/schroot; keep session clean-up away from running tests and rerun.',
      steps: ['schroot --list --all-sessions', 'grep -rn "end-session\\|all-sessions" /etc/cron* /etc/systemd/system 2>/dev/null'],
    },
    docs: {
      description: '`W: /var/lib/schroot/session/SESSION: Failed to stat file: No such file or directory` in an autopkgtest log (inside a VirtSubproc failure or a failed dpkg command), followed by a testbed failure.',
      why: 'schroot keeps a session\'s state under /var/lib/schroot/session; when it vanishes every later command in the testbed fails. The package is not at fault.',
      fix: 'Stop whatever removes sessions during tests, and rerun.',
    },
    examples: [
      {
        lines: ['autopkgtest [22:52:18]: version 5.16', "<VirtSubproc>: failure: ['chmod', '1777', '/tmp/autopkgtest.JLqPpH'] unexpectedly produced stderr output `W: /var/lib/schroot/session/unstable-amd64-sbuild-dbcdb3f2-53ed-4f84-8f0d-2c53ebe71010: Failed to stat file: No such file or directory"],
        line: 2,
        captures: { session: 'unstable-amd64-sbuild-dbcdb3f2-53ed-4f84-8f0d-2c53ebe71010' },
        source: 'buildlog-consultant src/autopkgtest.rs test_session_disappeared',
      },
      {
        lines: ['autopkgtest [19:19:23]: ERROR: "dpkg --unpack /tmp/autopkgtest.hdIETy/4-autopkgtest-satdep.deb" failed with stderr "W: /var/lib/schroot/session/unstable-amd64-sbuild-7fb1b836-14f9-4709-8584-cbbae284db97: Failed to stat file: No such file or directory'],
        captures: { session: 'unstable-amd64-sbuild-7fb1b836-14f9-4709-8584-cbbae284db97' },
        source: 'buildlog-consultant src/autopkgtest.rs test_dpkg_failure',
      },
    ],
    nearMisses: ['I: /var/lib/schroot/session/unstable-amd64-sbuild-1234: session ended'],
    equivalents: { 'buildlog-consultant': ['testbed-chroot-disappeared'] },
  },
  {
    id: 'autopkgtest-setup-timed-out',
    family: 'autopkgtest',
    title: 'An autopkgtest set-up step (build, install, copy) timed out',
    cause: 'autopkgtest-testbed-failure',
    side: 'environment',
    stage: 'autopkgtest',
    tags: ['autopkgtest', 'timeout'],
    // autopkgtest [10:12:13]: ERROR: timed out on command "apt-get install -y foo" (kind: install)
    match: /^(?:autopkgtest|adt-run) \[\d\d:\d\d:\d\d\]: ERROR: timed out on command "(?<command>[^"]*)" \(kind: (?<kind>build|install|copy|short)\)/,
    literals: { prefixes: ['autopkgtest [', 'adt-run ['] },
    message: 'autopkgtest gave up on the testbed: {{command}} (a {{kind}} step) timed out.',
    headline: 'autopkgtest {{kind}} step timed out',
    fix: {
      summary: 'A {{kind}} step of the testbed took longer than its limit: check the testbed\'s network/mirror and load, or raise the limit (--timeout-{{kind}}=SECONDS) if the package is just large.',
      steps: ['autopkgtest --timeout-{{kind}}=SECONDS ...'],
    },
    docs: {
      description: '`autopkgtest [HH:MM:SS]: ERROR: timed out on command "CMD" (kind: install|build|copy|short)` (a test\'s own timeout is `FAIL timed out`, autopkgtest-test-timed-out).',
      why: 'autopkgtest limits each kind of testbed command (--timeout-install 3000 s, --timeout-build 100000 s, --timeout-copy 300 s, --timeout-short 100 s); a slow mirror or an overloaded testbed exceeds them.',
      fix: 'Fix the testbed\'s speed or raise the matching --timeout-KIND.',
    },
    examples: [
      { lines: ['autopkgtest [10:12:13]: ERROR: timed out on command "apt-get install -y foo" (kind: install)'], captures: { command: 'apt-get install -y foo', kind: 'install' }, source: 'autopkgtest 5.28 lib/adt_testbed.py execute' },
    ],
    nearMisses: ['autopkgtest [10:12:13]: ERROR: timed out on command "debian/tests/smoke" (kind: test)'],
    equivalents: { 'buildlog-consultant': ['timed-out'] },
  },
];
