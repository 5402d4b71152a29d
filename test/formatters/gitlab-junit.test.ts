import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { checkText } from '../../src/check.js';
import { getFormatter } from '../../src/formatters/index.js';
import { SEVERITY_RANK, type Severity } from '../../src/types.js';
import { ROOT, context, report } from '../helpers/reports.js';

const LOGS = ['pbuilder-0.231-execute-noshm-missing-devshm.log', 'pbuilder-0.231-build-USESHM-no.log', 'pbuilder-0.231-compile-error.log', 'pbuilder-0.231-build-hello-success.log'];
const text = (name: string): string => readFileSync(path.join(ROOT, 'test', 'logs', name), 'utf8');

interface Issue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }

/**
 * GitLab's Code Quality report rules (docs: ci/testing/code_quality, "Code Quality report format"):
 * a JSON array (no BOM) of objects with description, check_name, fingerprint (unique), severity
 * (info, minor, major, critical, blocker), location.path relative to the repository (no leading
 * `/` or `./`) and location.lines.begin.
 */
function gitlabViolations(raw: string): string[] {
  const bad: string[] = [];
  if (raw.charCodeAt(0) === 0xfeff) bad.push('BOM');
  const issues = JSON.parse(raw) as Issue[];
  if (!Array.isArray(issues)) return ['not an array'];
  if (new Set(issues.map((i) => i.fingerprint)).size !== issues.length) bad.push('fingerprints not unique');
  for (const [n, i] of issues.entries()) {
    if (typeof i.description !== 'string' || i.description === '') bad.push(`${n}: description`);
    if (typeof i.check_name !== 'string' || i.check_name === '') bad.push(`${n}: check_name`);
    if (!['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity)) bad.push(`${n}: severity ${i.severity}`);
    const p = i.location?.path;
    if (typeof p !== 'string' || p === '' || p.startsWith('/') || p.startsWith('./') || p.startsWith('<') || p.split('/').includes('..')) bad.push(`${n}: path ${p}`);
    if (!(i.location?.lines?.begin >= 1)) bad.push(`${n}: lines.begin`);
  }
  return bad;
}

describe('formatters: gitlab, as the Code Quality widget reads it', () => {
  it('location.path is relative to $CI_PROJECT_DIR for a log in the project, a name for others and stdin', async () => {
    const log = LOGS[0]!;
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-gl-'));
    copyFileSync(path.join(ROOT, 'test', 'logs', log), path.join(dir, 'shm.log'));
    const cases = [
      // Run from a subdirectory of the project: relative to the project, not to cwd.
      [`../logs/${log}`, { cwd: path.join(ROOT, 'test', 'formatters'), env: { CI_PROJECT_DIR: path.join(ROOT, 'test') } }, `logs/${log}`],
      [path.join(dir, 'shm.log'), {}, 'shm.log'],
      ['<stdin>', {}, 'stdin'],
    ] as const;
    for (const [source, ctx, expected] of cases) {
      const raw = getFormatter('gitlab')!.final(report([await checkText(text(log), { source })]), context(ctx), false);
      assert.deepEqual(gitlabViolations(raw), []);
      const issues = JSON.parse(raw) as Issue[];
      assert.ok(issues.length > 0);
      for (const i of issues) assert.equal(i.location.path, expected);
      if (source !== '<stdin>' && !source.startsWith('..')) for (const i of issues) assert.match(i.description, new RegExp(`\\(log: ${source.replaceAll('/', '\\/').replaceAll('.', '\\.')}:\\d+\\)`));
    }
  });

  it('fingerprints are stable across runs from different mktemp directories', async () => {
    const log = LOGS[0]!;
    // Two CI runs that each wrote the log into `mktemp -d` (coreutils: /tmp/tmp.XXXXXXXXXX).
    const one = '/tmp/tmp.kX3bQ9ZJ1p/build.log';
    const two = '/tmp/tmp.Q2aZ81bLxw/build.log';
    const fp = async (source: string) => (JSON.parse(getFormatter('gitlab')!.final(report([await checkText(text(log), { source })]), context(), false)) as Issue[]).map((i) => i.fingerprint);
    assert.deepEqual(await fp(one), await fp(two));
  });
});

describe('formatters: junit, as Jenkins\' junit step reads it', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' || name === 'testsuite' });
  type Case = { '@_name': string; failure?: unknown; error?: unknown };
  const cases = (xml: string): Case[] => (parser.parse(xml).testsuites.testsuite as { testcase: Case[] }[]).flatMap((s) => s.testcase);

  it('the build is UNSTABLE (a <failure> or <error>) exactly when logcheck exits 1, for every --fail-on', async () => {
    for (const log of LOGS) {
      const r = await checkText(text(log), { source: `test/logs/${log}` });
      for (const failOn of ['error', 'warning', 'note'] as Severity[]) {
        const xml = getFormatter('junit')!.final(report([r]), context({ failOn }), false);
        const unstable = cases(xml).some((c) => c.failure !== undefined || c.error !== undefined);
        const exitsOne = r.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
        assert.equal(unstable, exitsOne, `${log} --fail-on ${failOn}`);
      }
    }
  });

  it('test names carry no line numbers: the same findings after a shift are the same tests', async () => {
    const log = LOGS[0]!;
    const a = await checkText(text(log), { source: 'build.log' });
    const b = await checkText(`one\ntwo\nthree\n${text(log)}`, { source: 'build.log' });
    assert.notDeepEqual(a.findings.map((f) => f.line), b.findings.map((f) => f.line));
    const names = (r: typeof a) => cases(getFormatter('junit')!.final(report([r]), context(), false)).map((c) => c['@_name']);
    assert.deepEqual(names(b), names(a));
    for (const name of names(a)) assert.doesNotMatch(name, /:\d+/);
    assert.equal(new Set(names(a)).size, names(a).length, 'unique within the suite (#2 for a repeat)');
  });
});
