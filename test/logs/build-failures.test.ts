import assert from 'node:assert/strict';
import { createReadStream, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkStream } from '../../src/check.js';
import { formatText } from '../../src/formatters/text.js';
import { VERSION } from '../../src/version.js';

/**
 * Every real log in test/logs/: a failed build has exactly one `build-first-failure` finding, at the
 * first line that explains the failure, with the right stage and side (and the rule that explained it);
 * a successful build or a non-build session has none and no build-failure error. How each log was made:
 * test/logs/README.md.
 */
const HERE = join(dirname(fileURLToPath(import.meta.url)), '../../../test/logs');

interface Expected {
  line: number;
  /** Where the cause appeared. */
  stage: string;
  side: 'environment' | 'package';
  by?: string;
  lead?: string;
  /** The step that failed, when not the cause's (the headline then says both). */
  failedIn?: string;
}

const LOGS: Readonly<Record<string, Expected | null>> = {
  // Successful builds and sessions that are not builds.
  'pbuilder-0.231-build-USESHM-no.log': null,
  'pbuilder-0.231-build-USESHM-yes.log': null,
  'pbuilder-0.231-build-hello-success.log': null,
  'pbuilder-0.231-create.log': null,
  'pbuilder-0.231-execute-noshm-missing-devshm.log': null,
  'pbuilder-0.231-shm-missing-devshm-build-succeeds.log': null,
  // The recipe ends in `exit 1` with no message: the first failing command is make's error.
  'pbuilder-0.231-build-failure.log': { line: 296, stage: 'dh_auto_build', side: 'package' },
  // automake-style `FAIL:` above make's echo: the generic error line is believed (no cause rule knows it).
  'pbuilder-0.231-rebuild-1.log': { line: 314, stage: 'dh_auto_test', side: 'package' },
  'pbuilder-0.231-rebuild-2.log': { line: 248, stage: 'dh_auto_test', side: 'package' },
  'pbuilder-0.231-command-not-found-bash.log': { line: 216, stage: 'dh_auto_configure', side: 'package', by: 'build-command-not-found' },
  'pbuilder-0.231-command-not-found-cmake.log': { line: 216, stage: 'dh_auto_configure', side: 'package', by: 'build-command-not-found' },
  'pbuilder-0.231-command-not-found-dh-cmake.log': { line: 216, stage: 'dh_auto_configure', side: 'package', by: 'build-command-not-found' },
  'pbuilder-0.231-compile-error.log': { line: 223, stage: 'dh_auto_build', side: 'package', by: 'compiler-error' },
  // libdoesnotexist-dev exists nowhere: a wrong name in Build-Depends is the package's fault.
  'pbuilder-0.231-depfail.log': { line: 62, stage: 'build-deps', side: 'package', by: 'apt-unsatisfiable-build-deps' },
  'pbuilder-0.231-dh-install-missing-files.log': { line: 236, stage: 'dh_install', side: 'package', by: 'debhelper-missing-files' },
  'pbuilder-0.231-dh-missing-fail-missing.log': { line: 248, stage: 'dh_missing', side: 'package', by: 'debhelper-missing-files' },
  'pbuilder-0.231-disk-full-apt-cache.log': { line: 47, stage: 'build-deps', side: 'environment', by: 'build-disk-full' },
  'pbuilder-0.231-disk-full-aptcache-crossdevice.log': { line: 458, stage: 'dh_auto_build', side: 'environment', by: 'build-disk-full' },
  'pbuilder-0.231-disk-full-build-deps.log': { line: 178, stage: 'build-deps', side: 'environment', by: 'build-disk-full' },
  // No E: line at all (pbuilder's own cp hit the full disk): dpkg-buildpackage's error is the failure signal.
  'pbuilder-0.231-disk-full.log': { line: 224, stage: 'dh_auto_build', side: 'environment', by: 'build-disk-full' },
  'pbuilder-0.231-hook-failure.log': { line: 26, stage: 'hook D10-update-local-repo', side: 'environment', by: 'pbuilder-hook-failed' },
  'pbuilder-0.231-link-error-cannot-find-lib.log': { line: 223, stage: 'dh_auto_build', side: 'package', by: 'linker-missing-library' },
  'pbuilder-0.231-link-error-undefined-reference.log': { line: 224, stage: 'dh_auto_build', side: 'package', by: 'linker-undefined-reference' },
  'pbuilder-0.231-missing-header.log': { line: 222, stage: 'dh_auto_build', side: 'package', by: 'compiler-missing-header' },
  'pbuilder-0.231-network-curl.log': { line: 281, stage: 'dh_auto_build', side: 'package', by: 'build-network-access' },
  // getent prints nothing: the command's echo before make's error, in a build without network.
  'pbuilder-0.231-network-getent.log': { line: 217, stage: 'dh_auto_build', side: 'package', by: 'build-network-access' },
  // The first of two tracebacks: socket.gaierror, not the URLError that ends the log.
  'pbuilder-0.231-network-python-urllib.log': { line: 291, stage: 'dh_auto_build', side: 'package', by: 'build-network-access' },
  'pbuilder-0.231-oom-virtual-memory-exhausted.log': { line: 224, stage: 'dh_auto_build', side: 'environment', by: 'build-out-of-memory' },
  'pbuilder-0.231-patch-fail.log': { line: 27, stage: 'source', side: 'package', by: 'dpkg-source-patch-failed' },
  // configure's `no` (line 272) comes before Python's FileNotFoundError: the shm rules name the cause.
  'pbuilder-0.231-shm-missing-devshm-build-fails.log': { line: 272, stage: 'configure', side: 'environment', by: 'autoconf-semaphores-disabled', failedIn: 'dh_auto_build' },
  'pbuilder-0.231-test-failure.log': {
    line: 363, stage: 'dh_auto_test', side: 'package', by: 'test-suite-failure',
    lead: 'Build failed in dh_auto_test: 3 tests failed in test_foo.py (package fault)',
  },
  'pbuilder-0.231-timeout.log': { line: 219, stage: 'dh_auto_build', side: 'environment', by: 'build-timeout' },
  'sbuild-0.85.0-compileerr.log': { line: 360, stage: 'dh_auto_build', side: 'package', by: 'compiler-error' },
  'sbuild-0.85.0-create-session-failed.log': { line: 19, stage: 'create-session', side: 'environment', by: 'sbuild-chroot-setup-failed' },
  'sbuild-0.85.0-depfail.log': { line: 81, stage: 'install-deps', side: 'environment', by: 'apt-unsatisfiable-build-deps' },
  // sbuild says `Status: attempted`; a download during the build is the package's fault (Debian Policy 4.9).
  'sbuild-0.85.0-netcurl.log': {
    line: 410, stage: 'dh_auto_build', side: 'package', by: 'build-network-access',
    lead: 'Build failed in dh_auto_build: network access to github.com failed (package fault)',
  },
  'sbuild-0.85.0-test-failure.log': { line: 433, stage: 'dh_auto_test', side: 'package', by: 'test-suite-failure' },
};

/** The causes the shm rules report on purpose even when the build passed (see DESIGN.md). */
const BY_DESIGN = new Set(['no-usable-shm', 'broken-feature-check']);

describe('build failures in test/logs', () => {
  it('every log in test/logs has an expectation', () => {
    // Build logs only: the dpkg-*.log transcripts are package-manager sessions, checked in real-dpkg-logs.test.ts.
    const logs = readdirSync(HERE).filter((f) => f.endsWith('.log') && (f.startsWith('pbuilder-') || f.startsWith('sbuild-'))).sort();
    assert.deepEqual(logs, Object.keys(LOGS).sort());
  });

  for (const [file, expected] of Object.entries(LOGS)) {
    it(`${file}: ${expected === null ? 'no build failure' : `first failure at line ${expected.line} in ${expected.stage} (${expected.side})`}`, async () => {
      const result = await checkStream(createReadStream(join(HERE, file)), { source: file });
      const primary = result.findings.filter((f) => f.ruleId === 'build-first-failure');
      if (expected === null) {
        assert.deepEqual(primary, []);
        const errors = result.findings.filter((f) => f.severity === 'error' && !BY_DESIGN.has(f.cause));
        assert.deepEqual(errors.map((f) => `${f.ruleId}@${f.line}`), []);
        return;
      }
      assert.equal(primary.length, 1, 'one primary finding');
      const p = primary[0]!;
      assert.equal(p.line, expected.line, p.message);
      assert.equal(p.stage, expected.stage);
      assert.equal(p.side, expected.side);
      assert.equal(p.data?.explainedBy, expected.by);
      assert.ok(p.message.startsWith(expected.failedIn !== undefined ? `Build failed in ${expected.failedIn}; cause seen in ${expected.stage}: ` : `Build failed in ${expected.stage}: `), p.message);
      assert.ok(p.message.includes(`(${expected.side} fault)`), p.message);
      if (expected.by !== undefined) {
        // The rule that explained it reported the same line as its own finding.
        assert.ok(result.findings.some((f) => f.ruleId === expected.by && f.line === expected.line), `${expected.by} at ${expected.line}`);
      }
      if (expected.lead !== undefined) {
        assert.equal(p.message, expected.lead);
        const text = formatText({ version: 1, tool: { name: 'logcheck', version: VERSION }, results: [result] }, { color: false });
        assert.equal(text.split('\n')[0], expected.lead, 'the text output leads with the answer');
      }
    });
  }
});
