import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText } from '../../src/check.js';
import { fingerprintOf, normalizeForFingerprint, normalizeSourcePath } from '../../src/fingerprint.js';
import { getFormatter } from '../../src/formatters/index.js';
import { ROOT, context, report } from '../helpers/reports.js';

const read = (name: string): string => readFileSync(path.join(ROOT, 'test', 'logs', name), 'utf8');

describe('fingerprints', () => {
  it('normalise what changes between runs, in real lines', () => {
    const cases: [string, string][] = [
      // test/logs/pbuilder-0.231-hook-failure.log line 24 (pbuilder's build place is its pid)
      ['I: user script /var/cache/pbuilder/build/31339/tmp/hooks/D10-update-local-repo starting', 'I: user script /var/cache/pbuilder/build/<pid>/tmp/hooks/D10-update-local-repo starting'],
      // test/logs/dpkg-apt-2.6-lock-frontend-held.log line 1
      ['E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4761 (apt-get)', 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process <pid> (apt-get)'],
      // sbuild's build directory /build/<package>-<random>/ (sbuild 0.85)
      ['dpkg-source: info: extracting hello in /build/hello-Fk3G1a/hello-2.10', 'dpkg-source: info: extracting hello in /build/hello-<random>/hello-2.10'],
      // pbuilder's fixed /build/<package>-<version> stays (test/logs/pbuilder-0.231-build-USESHM-no.log line 285)
      ["make[1]: Entering directory '/build/shmprobe-1.0'", "make[1]: Entering directory '/build/shmprobe-1.0'"],
      // mktemp / tempfile names
      ['cp: cannot stat /tmp/tmp.kX3bQ9ZJ1p/foo', 'cp: cannot stat /tmp/<tmp>/foo'],
      ["OSError: [Errno 28] No space left on device: '/tmp/tmpk3j4_l2a'", "OSError: [Errno 28] No space left on device: '/tmp/<tmp>'"],
      // times and addresses
      ['Build finished at 2025-07-04T14:32:14Z', 'Build finished at <time>'],
      ['Mon, 01 Dec 2025 09:17:36 +0000', '<time>'],
      ['<multiprocessing.synchronize.Lock object at 0x7f3a2c1d5e80>', '<multiprocessing.synchronize.Lock object at <addr>>'],
    ];
    for (const [line, expected] of cases) assert.equal(normalizeForFingerprint(line), expected, line);
  });

  it('one spelling per log path', () => {
    assert.equal(normalizeSourcePath('./test/logs/x.log'), 'test/logs/x.log');
    assert.equal(normalizeSourcePath('test//logs/../logs/x.log'), 'test/logs/x.log');
    assert.equal(normalizeSourcePath('/tmp/tmp.kX3bQ9ZJ1p/build.log'), '/tmp/<tmp>/build.log');
    assert.equal(normalizeSourcePath('<stdin>'), '<stdin>');
    assert.equal(fingerprintOf('r', './a.log', ['x']), fingerprintOf('r', 'a.log', ['x']));
    assert.notEqual(fingerprintOf('r', 'a.log', ['x']), fingerprintOf('r', 'b.log', ['x']));
    assert.notEqual(fingerprintOf('r', 'a.log', ['x']), fingerprintOf('s', 'a.log', ['x']));
  });

  it('two runs of one build, differing only in pids, places and times, give the same fingerprints in every format', async () => {
    // Run 1: the real log. Run 2: the same build another time: another pid, CI timestamps, ./ spelling.
    const first = read('pbuilder-0.231-hook-failure.log');
    const second = first.replaceAll('/var/cache/pbuilder/build/31339', '/var/cache/pbuilder/build/4242')
      .split('\n').map((l, i) => (l === '' ? l : `2026-12-01T09:${String(i % 60).padStart(2, '0')}:14.5612144Z ${l}`)).join('\n');
    assert.notEqual(first, second);
    const a = await checkText(first, { source: 'test/logs/pbuilder-0.231-hook-failure.log' });
    const b = await checkText(second, { source: './test/logs/pbuilder-0.231-hook-failure.log' });
    assert.ok(a.findings.length >= 2);
    assert.ok(a.findings.some((f) => f.evidence.some((e) => e.text.includes('/31339/'))), 'the evidence holds the pid');
    assert.deepEqual(b.findings.map((f) => f.fingerprint), a.findings.map((f) => f.fingerprint));
    // What GitLab, SARIF and JUnit key on follows.
    const gitlab = (r: typeof a) => (JSON.parse(getFormatter('gitlab')!.final(report([r]), context(), false)) as { fingerprint: string }[]).map((i) => i.fingerprint);
    assert.deepEqual(gitlab(b), gitlab(a));
    const sarif = (r: typeof a) => (JSON.parse(getFormatter('sarif')!.final(report([r]), context(), false)).runs[0].results as { partialFingerprints: Record<string, string> }[]).map((x) => x.partialFingerprints['logcheck/v1']);
    assert.deepEqual(sarif(b), sarif(a));
  });
});
