/**
 * What a generic error line looks like, for the first failure when no cause rule knows the line: the
 * error a tool printed just above the line that only echoes the failure (make's `***`, dh's `returned
 * exit code`, dpkg-buildpackage's `subprocess returned exit status`).
 */

// error: invalid command 'bdist_wheel'          ERROR: Could not find a version that satisfies the requirement foo
// Error: Cannot find module 'tape'              fatal: not a git repository (or any of the parent directories): .git
// error[E0463]: can't find crate for `serde`    src/main.c:3:1: error: expected ';' before '}' token
const ERROR_WORD = /(?:^|[\s:\]])(?:error|Error|ERROR|fatal|Fatal|FATAL)(?:\[[\w-]{1,20}\])?: \S/;
// ERROR tests/test_cli.py - ModuleNotFoundError: No module named 'click'     (pytest's short summary)
// FAILED tests/test_x.py::test_y - AssertionError: boom                      FAILED (failures=3)
// FAIL: test_roundtrip (tmp /tmp/rt.9J5VZm)      (automake's test driver; Python unittest: FAIL: test_x (mod.Case))
const SUMMARY_WORD = /^(?:ERROR|FAILED|FAIL:)(?:\s|$)|\sFAILED\b/;
// [ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.10.1:compile   (maven)
const BRACKETED = /^\[(?:ERROR|FATAL)\] \S/;
// ValueError: invalid literal for int() with base 10: 'x'      (the last line of a Python traceback)
// subprocess.CalledProcessError: Command '['git', 'describe']' returned non-zero exit status 128.
const EXCEPTION = /^[A-Za-z_][\w.]{0,100}(?:Error|Exception)(?:: \S|$)/;
// E: Unable to locate package libfoo-dev     (apt)
const APT_ERROR = /^E: \S/;

// make[1]: *** [Makefile:9: all] Error 1
// dh_auto_build: error: make -j2 returned exit code 2
// dpkg-buildpackage: error: debian/rules build subprocess returned exit status 2
// E: Failed autobuilding of package
// collect2: error: ld returned 1 exit status
const ECHO = /returned exit (?:code|status) \d|subprocess returned exit status|^make(?:\[\d+\])?: \*\*\* \[|^E: Failed autobuilding|^E: pbuilder-satisfydepends failed|^collect2: error: ld returned|exited with (?:code|status) \d|^error: Bad exit status/;

/** A line that states an error in its own words (not one that only echoes another command's failure). */
export function isGenericError(text: string): boolean {
  const t = text.trimStart();
  if (t.length === 0 || t.length > 4000) return false;
  if (!(ERROR_WORD.test(t) || SUMMARY_WORD.test(t) || BRACKETED.test(t) || EXCEPTION.test(t) || APT_ERROR.test(t))) return false;
  return !ECHO.test(t);
}

/**
 * The error the log printed before `failedAt`, looking back at most `window` lines and never above
 * `floor` (the line where the failing step started): the earliest such line, which usually started the
 * cascade. Undefined when nothing above it reads as an error.
 */
export function errorBefore(
  lines: readonly { readonly number: number; readonly text: string }[], failedAt: number, floor: number, window = 20,
): { number: number; text: string } | undefined {
  let found: { number: number; text: string } | undefined;
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k]!;
    if (line.number >= failedAt) continue;
    if (line.number <= floor || failedAt - line.number > window) break;
    if (isGenericError(line.text)) found = { number: line.number, text: line.text };
  }
  return found;
}
