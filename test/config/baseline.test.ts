import { expect } from 'chai';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, logPath } from '../helpers/cli.js';

/**
 * Two real pbuilder rebuilds of one failing package (test/logs/make-rebuild-logs.sh): the logs differ in
 * pids, build places, times, temporary names and apt's download lines. A baseline written from the first
 * must know the finding of the second, as CI sees it (the log at the same path, build after build).
 */
describe('baseline across two real rebuilds', () => {
  it('--write-baseline from rebuild 1, --baseline on rebuild 2: nothing new, one known, exit 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-baseline-'));
    copyFileSync(logPath('pbuilder-0.231-rebuild-1.log'), path.join(dir, 'build.log'));
    const first = await runCli(['-f', 'json', '--write-baseline', 'baseline.json', './build.log'], { cwd: dir });
    expect(first.code).to.equal(1);
    const written = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { findings: { ruleId: string; line: number }[] };
    expect(written.findings.map((f) => `${f.ruleId}@${f.line}`)).to.deep.equal(['build-first-failure@314']);

    copyFileSync(logPath('pbuilder-0.231-rebuild-2.log'), path.join(dir, 'build.log'));
    // The path spelled differently (`build.log`, not `./build.log`) is the same log.
    const second = await runCli(['-f', 'json', '--baseline', 'baseline.json', 'build.log'], { cwd: dir });
    const result = (JSON.parse(second.stdout) as { results: { findings: unknown[]; known?: number }[] }).results[0]!;
    expect(result.findings).to.deep.equal([]);
    expect(result.known).to.equal(1);
    expect(second.code).to.equal(0);
    const text = await runCli(['--baseline', 'baseline.json', 'build.log'], { cwd: dir });
    expect(text.stdout).to.include('build.log: 1 known finding not reported (in the baseline).');
  });

  it('a new failure is still reported against the baseline', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-baseline-'));
    copyFileSync(logPath('pbuilder-0.231-rebuild-1.log'), path.join(dir, 'build.log'));
    await runCli(['--write-baseline', 'baseline.json', 'build.log'], { cwd: dir });
    copyFileSync(logPath('pbuilder-0.231-missing-header.log'), path.join(dir, 'build.log'));
    const r = await runCli(['-f', 'json', '--baseline', 'baseline.json', 'build.log'], { cwd: dir });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.include('"ruleId": "compiler-missing-header"');
  });

  it('a file that is not a baseline is a one-line error, exit 2', async () => {
    const r = await runCli(['--baseline', logPath('pbuilder-0.231-rebuild-1.log'), logPath('pbuilder-0.231-rebuild-2.log')]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/^logcheck: .*rebuild-1\.log: not a baseline \(not JSON\)\n$/);
  });
});
