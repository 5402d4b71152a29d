import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, logPath, runCli } from '../helpers/cli.js';
import { sessionEnd } from '../../src/input/session-end.js';

const MAIN = path.join(ROOT, 'dist/src/cli/main.js');
const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-follow-'));
const lines = (name: string): string[] => readFileSync(logPath(name), 'utf8').split(/(?<=\n)/);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const found = (stdout: string): string[] => JSON.parse(stdout).results[0].findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`);

describe('--follow FILE: a growing log read as tail -F, to the builder\'s end of session', function () {
  this.timeout(30_000);

  it('the last lines of pbuilder 0.231 and sbuild 0.85 sessions (from the real logs)', () => {
    // test/logs/sbuild-0.85.0-compileerr.log, -depfail.log: the Summary's last line.
    expect(sessionEnd('Build needed 00:00:24, 52k disk space')).to.equal('final');
    expect(sessionEnd('Build needed 00:00:00, no disk space')).to.equal('final');
    // test/logs/pbuilder-0.231-build-hello-success.log: the last line.
    expect(sessionEnd('\x1b[0mI: pbuilder-time-stamp: 1795228647\x1b[0m')).to.equal('final');
    // test/logs/pbuilder-0.231-compile-error.log: the last line of a failed build.
    expect(sessionEnd('\x1b[0mI: removing directory /var/cache/pbuilder/build/17375 and its subdirectories\x1b[0m')).to.equal('settling');
    expect(sessionEnd('Finished at 2026-11-21T02:35:11Z')).to.equal(undefined);
    expect(sessionEnd('I: Current time: Sat Nov 21 02:37:27 UTC 2026')).to.equal(undefined);
  });

  it('pbuilder: waits for the file, reads it as it grows, ends by itself after the clean-up line', async () => {
    const file = path.join(dir, 'pbuilder.log');
    const log = lines('pbuilder-0.231-execute-noshm-missing-devshm.log');
    const started = Date.now();
    const running = runCli(['-f', 'json', '--follow', file]);
    await sleep(400);
    writeFileSync(file, log.slice(0, 20).join(''));
    await sleep(700);
    appendFileSync(file, log.slice(20).join(''));
    const r = await running;
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(1);
    expect(found(r.stdout)).to.deep.equal(['pbuilder-chroot-no-shm@7', 'python-semaphores-unavailable@17', 'python-semaphores-unavailable@28']);
    expect(Date.now() - started).to.be.below(8000);
  });

  it('sbuild: ends at "Build needed" at once, while the writer still holds the file open', async () => {
    const file = path.join(dir, 'foo_1.0_amd64.build');
    const log = lines('sbuild-0.85.0-compileerr.log');
    writeFileSync(file, log.slice(0, 100).join(''));
    const running = runCli(['-f', 'json', '--follow', file]);
    await sleep(500);
    appendFileSync(file, log.slice(100).join(''));
    const appended = Date.now();
    const r = await running;
    expect(r.code).to.equal(1);
    expect(found(r.stdout)).to.include('compiler-error@360');
    expect(Date.now() - appended).to.be.below(3000);
  });

  it('a log replaced under its name (the next build) is read from its start', async () => {
    const file = path.join(dir, 'replaced.log');
    writeFileSync(file, 'I: an earlier build, still going\n');
    const running = runCli(['-f', 'json', '--follow', file]);
    await sleep(500);
    writeFileSync(`${file}.new`, lines('sbuild-0.85.0-compileerr.log').join(''));
    renameSync(`${file}.new`, file);
    const r = await running;
    // One stream, as tail -F prints one: the new log's lines are numbered on after the old one's line.
    expect(found(r.stdout)).to.include('compiler-error@361');
  });

  it('Ctrl-C: the report of what was read, cut short said, exit 130', async () => {
    const file = path.join(dir, 'endless.log');
    writeFileSync(file, lines('pbuilder-0.231-execute-noshm-missing-devshm.log').slice(0, 30).join(''));
    const child = spawn(process.execPath, [MAIN, '--no-color', '--follow', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (t: string) => {
      stdout += t;
      // The live finding at line 28 is shown: logcheck is following. Now Ctrl-C, once (a second one ends it at once).
      if (!sent && stdout.includes(':28:')) { sent = true; child.kill('SIGINT'); }
    });
    child.stderr.setEncoding('utf8').on('data', (t: string) => { stderr += t; });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).to.equal(130);
    expect(stderr).to.match(/interrupted by SIGINT after line 30: the input was cut short/);
    expect(stdout).to.match(/1 diagnosis from 3 findings/);
  });

  it('takes one file, not stdin and not with --tee', async () => {
    for (const args of [['--follow'], ['--follow', '-'], ['--follow', 'a.log', 'b.log'], ['--follow', '--tee', 'a.log']]) {
      const r = await runCli(args, { stdin: '' });
      expect(r.code).to.equal(2);
      expect(r.stderr).to.match(/--follow takes one log file|--tee reads standard input only/);
    }
  });
});
