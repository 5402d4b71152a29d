import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { checkStream } from '../src/check.js';

/** Real dpkg/apt logs made by test/logs/make-dpkg-logs.sh (see test/logs/README.md); every rule runs. */
const EXPECTED: Record<string, { ruleId: string; cause: string; line: number; data: Record<string, unknown> }[]> = {
  'dpkg-1.21-buildlock-blocks-remove.log': [{ ruleId: 'fink-buildlock-blocks-package', cause: 'fink-live-buildlock', line: 12, data: { blocked: 'bar-dev', lock: 'fink-buildlock-foo-1.0-1' } }],
  'dpkg-1.21-buildlock-blocks-install.log': [{ ruleId: 'fink-buildlock-blocks-package', cause: 'fink-live-buildlock', line: 3, data: { blocked: 'baz', relation: 'conflicts' } }],
  'dpkg-1.21-buildlock-active-prerm.log': [{ ruleId: 'fink-buildlock-concurrent-build', cause: 'fink-live-buildlock', line: 4, data: { package: 'foo', version: '1.0-1' } }],
  'dpkg-1.21-buildlock-old-scheme-conflict.log': [{ ruleId: 'fink-buildlock-concurrent-build', cause: 'fink-dead-buildlock', line: 8, data: { lock: 'fink-buildlock-foo-1.0-1-2005.03.01-12.00.00', ageHours: 171 } }],
  'dpkg-1.21-lock-frontend-held.log': [{ ruleId: 'dpkg-lock-held', cause: 'package-manager-lock', line: 1, data: { lock: 'frontend', tool: 'dpkg' } }],
  'dpkg-1.21-lock-database-held.log': [{ ruleId: 'dpkg-lock-held', cause: 'package-manager-lock', line: 1, data: { lock: 'database', tool: 'dpkg' } }],
  'dpkg-apt-2.6-lock-frontend-held.log': [{ ruleId: 'dpkg-lock-held', cause: 'package-manager-lock', line: 1, data: { lock: 'frontend', holder: 'apt-get', tool: 'apt' } }],
  'dpkg-apt-2.6-interrupted.log': [{ ruleId: 'dpkg-interrupted', cause: 'dpkg-interrupted', line: 1, data: { command: 'dpkg --configure -a' } }],
  'dpkg-1.21-parse-error-buildlock.log': [{ ruleId: 'dpkg-status-parse-error', cause: 'dpkg-status-corrupt', line: 6, data: { near: 14, package: 'fink-buildlock-antlr-2.7.4-2', buildlock: true } }],
  'dpkg-1.21-parse-error-other.log': [{ ruleId: 'dpkg-status-parse-error', cause: 'dpkg-status-corrupt', line: 2, data: { near: 15, package: 'python3-bar', buildlock: false } }],
};

describe('real dpkg/apt logs (test/logs/dpkg-*.log)', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, async () => {
      const path = new URL(`../../test/logs/${name}`, import.meta.url);
      const result = await checkStream(createReadStream(path), { source: name });
      assert.equal(result.findings.length, expected.length, result.findings.map((f) => `${f.ruleId}@${f.line}`).join(', '));
      result.findings.forEach((f, i) => {
        const want = expected[i]!;
        assert.equal(f.ruleId, want.ruleId);
        assert.equal(f.cause, want.cause);
        assert.equal(f.line, want.line);
        for (const [k, v] of Object.entries(want.data)) assert.deepEqual(f.data?.[k], v, `${name}: data.${k}`);
      });
    });
  }
});
