import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, logPath, writeBigLog } from '../helpers/cli.js';

const MAIN = path.join(ROOT, 'dist/src/cli/main.js');
const LOG = logPath('pbuilder-0.231-execute-noshm-missing-devshm.log');
const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-sig-'));

interface Ran { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/**
 * Runs `script` in bash as its own process group (as a terminal runs a pipeline), and sends `signal`
 * to the whole group (as Ctrl-C does) or to logcheck alone once `after` says so from what the script
 * printed (logcheck must be running: a signal before its handlers exist kills it at once, as it should).
 * The producers keep no copy of stderr (`2>/dev/null`), so that the run ends when logcheck does.
 */
function runScript(script: string, options: { signal: NodeJS.Signals; after: (stdout: string, stderr: string) => boolean; group: boolean; timeoutMs?: number }): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => { stdout += t; });
    child.stderr.setEncoding('utf8').on('data', (t: string) => { stderr += t; });
    let sent = false;
    const poll = setInterval(() => {
      if (sent || !options.after(stdout, stderr)) return;
      sent = true;
      if (options.group) process.kill(-child.pid!, options.signal);
      else spawn('pkill', [`-${options.signal.replace('SIG', '')}`, '-P', String(child.pid), '-f', MAIN]);
    }, 50);
    const timer = setTimeout(() => { process.kill(-child.pid!, 'SIGKILL'); reject(new Error(`timed out; stderr: ${stderr}`)); }, options.timeoutMs ?? 30_000);
    child.on('close', (status, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}


/** Issue 10: a CI timeout, a cancelled job or Ctrl-C lost everything. Real signals, real pipes. */
describe('signals: the report of what was read survives SIGINT and SIGTERM', function () {
  this.timeout(60_000);

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} on a pipe that is still open: the findings so far printed and written, cut short said, exit ${code}`, async () => {
      const sarif = path.join(dir, `pipe-${signal}.sarif`);
      // The build printed its log and goes on (sleep); logcheck has shown the last finding of what was printed.
      const script = `node '${MAIN}' -f text -f sarif -o '${sarif}' --no-color < <(cat '${LOG}'; exec sleep 30 2>/dev/null); echo "status $?"`;
      const r = await runScript(script, { signal, group: false, after: (out) => out.includes('<stdin>:28:') });
      expect(r.stdout).to.match(/^<stdin>:7: warning: No usable shared memory/m);
      expect(r.stdout).to.match(new RegExp(`status ${code}\\n$`));
      expect(r.stderr).to.match(new RegExp(`^logcheck: <stdin>: interrupted by ${signal} after line 37: the input was cut short`));
      expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results).to.have.length(3);
    });
  }

  it('SIGINT while a large file is read: stops within a second, with the findings of the part read, exit 130', async () => {
    // 160 MB: the sem_open contradiction at the top, then filler a check takes seconds to read.
    const big = path.join(dir, 'big.log');
    writeBigLog(big, 160);
    const json = path.join(dir, 'big.json');
    // --live prints the finding as soon as it is made, at the top: then the rest of the file is being read.
    const script = `node '${MAIN}' --live -f text -f json -o '${json}' '${big}'; echo "status $?"`;
    const begun = Date.now();
    let sentAt = 0;
    const r = await runScript(script, { signal: 'SIGINT', group: false, after: (out) => { if (out.includes('big.log:2:')) { sentAt = Date.now(); return true; } return false; } });
    expect(r.stdout).to.match(/big\.log:2: error/);
    expect(r.stdout).to.match(/status 130\n$/);
    expect(r.stderr).to.match(/interrupted by SIGINT after line \d+: the input was cut short/);
    expect(JSON.parse(readFileSync(json, 'utf8')).results[0].findings.map((f: { ruleId: string }) => f.ruleId)).to.deep.equal(['autoconf-semaphores-disabled']);
    expect(Date.now() - sentAt, `ended ${Date.now() - begun} ms after the start`).to.be.below(3000);
  });
});

/**
 * `--tee` sits between a build and its terminal: Ctrl-C goes to the whole pipeline, and a build that
 * traps INT to clean up (pbuilder unmounts /proc and /dev/pts in the build place) must be able to
 * print its clean-up and finish; like `tee -i`, logcheck ignores SIGINT, reads to the end, reports.
 */
describe('--tee never breaks the build it watches', function () {
  this.timeout(60_000);

  it('Ctrl-C (SIGINT to the process group): the producer\'s trap finishes its clean-up through the pipe, then the report', async () => {
    const sarif = path.join(dir, 'tee.sarif');
    const producer = `trap 'echo "I: cleaning up: unmounting /proc"; sleep 0.5; echo "I: cleanup finished"; exit 130' INT; cat '${LOG}'; while :; do sleep 0.1; done`;
    const script = `(${producer}) | node '${MAIN}' --tee -f text -f sarif -o '${sarif}' --no-color; echo "status \${PIPESTATUS[0]} \${PIPESTATUS[1]}"`;
    // The last finding on stderr: logcheck runs, and has passed the whole log through.
    const r = await runScript(script, { signal: 'SIGINT', group: true, after: (_out, err) => err.includes('<stdin>:28:') });
    // The build's whole output passed through, its clean-up lines included (no SIGPIPE).
    expect(r.stdout.startsWith(readFileSync(LOG, 'utf8'))).to.equal(true);
    expect(r.stdout).to.include('I: cleaning up: unmounting /proc\nI: cleanup finished\n');
    // The producer ended by its trap (130); logcheck read to the end and exited with the findings' code.
    expect(r.stdout).to.match(/status 130 1\n$/);
    expect(r.stderr).to.match(/1 diagnosis from 3 findings/);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results).to.have.length(3);
  });

  it('SIGTERM still ends --tee, with the report, exit 143', async () => {
    const script = `node '${MAIN}' --tee --no-color < <(cat '${LOG}'; exec sleep 30 2>/dev/null); echo "status $?"`;
    const r = await runScript(script, { signal: 'SIGTERM', group: false, after: (_out, err) => err.includes('<stdin>:28:') });
    expect(r.stdout).to.match(/status 143\n$/);
    expect(r.stderr).to.match(/interrupted by SIGTERM/);
    expect(r.stderr).to.match(/1 diagnosis from 3 findings/);
  });

  it('--tee | head -1: the build goes on to its end, the -o report is written, the findings\' exit code', async () => {
    const sarif = path.join(dir, 'head.sarif');
    const script = `cat '${LOG}' '${LOG}' | node '${MAIN}' --tee -f sarif -o '${sarif}' | head -1; echo "status \${PIPESTATUS[1]}"`;
    const r = await runScript(script, { signal: 'SIGINT', group: false, after: () => false });
    expect(r.stdout).to.equal(`${readFileSync(LOG, 'utf8').split('\n')[0]}\nstatus 1\n`);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.length).to.be.greaterThan(0);
  });
});
