import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, logPath, runCli, writeBigLog } from '../helpers/cli.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkInPool, defaultJobs } from '../../src/cli/pool.js';

/**
 * Issue 13, "many files": each log's part of the report written once it is checked (in input order),
 * a summary counting causes over all logs, several logs at once on worker threads (--jobs).
 * The logs are real ones from test/logs/ (their README says where each comes from).
 */
const MAIN = path.join(ROOT, 'dist/src/cli/main.js');
// pbuilder 0.231 --execute with no /dev/shm: 1 diagnosis (no-usable-shm) from 3 findings (lines 7, 17, 28).
const noShm = logPath('pbuilder-0.231-execute-noshm-missing-devshm.log');
// pbuilder 0.231 build with USESHM=no: the same cause, 1 finding (line 9).
const useShmNo = logPath('pbuilder-0.231-build-USESHM-no.log');
const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-many-'));
// A log with nothing to report: the first 6 lines of the noShm log (the pbuilder banner, before /dev/shm matters).
const clean = path.join(dir, 'clean.log');
writeFileSync(clean, readFileSync(noShm, 'utf8').split('\n').slice(0, 6).join('\n') + '\n');

interface Json { results: { source: string; findings: { line: number }[] }[]; diagnoses: { source: string }[]; summary?: Record<string, unknown> }

describe('many logs (issue 13)', function () {
  this.timeout(60_000);

  it('text: each log\'s diagnoses in input order, the causes counted over all of them at the end', async () => {
    const r = await runCli(['--no-color', '-j1', useShmNo, clean, noShm]);
    const headings = r.stdout.split('\n').filter((l) => / (error|warning): /.test(l) && l.startsWith('/'));
    // Input order (useShmNo before noShm), not the severity order over all logs.
    expect(headings.map((h) => h.split(':').slice(0, 2).join(':'))).to.deep.equal([`${useShmNo}:9`, `${noShm}:17`]);
    expect(r.stdout).to.include([
      'Causes over 3 logs checked (2 with findings):',
      '  error    No usable shared memory (/dev/shm) in the build environment',
      `           2 logs, 4 findings: ${useShmNo}, ${noShm}`,
      '2 diagnoses from 4 findings (2 error, 2 warning, 0 note) in 3 logs.',
    ].join('\n'));
    expect(r.code).to.equal(1);
  });

  it('one log: no causes summary (the output of one log is as it always was)', async () => {
    const r = await runCli(['--no-color', noShm]);
    expect(r.stdout).not.to.include('Causes over');
    expect(r.stdout).to.match(/\n1 diagnosis from 3 findings \(2 error, 1 warning, 0 note\) in 1 log\.\n$/);
  });

  it('json: results in input order, the diagnoses log by log, and a summary with the counts', async () => {
    const r = await runCli(['-f', 'json', '-j1', noShm, clean, useShmNo]);
    const report = JSON.parse(r.stdout) as Json;
    expect(report.results.map((x) => x.source)).to.deep.equal([noShm, clean, useShmNo]);
    expect(report.results.map((x) => x.findings.map((f) => f.line))).to.deep.equal([[7, 17, 28], [], [9]]);
    expect(report.diagnoses.map((d) => d.source)).to.deep.equal([noShm, useShmNo]);
    expect(report.summary).to.deep.equal({
      logs: 3, logsWithFindings: 2, lines: 37 + 6 + 338, findings: 4, diagnoses: 2,
      bySeverity: { error: 2, warning: 2, note: 0 },
      causes: [{ cause: 'no-usable-shm', title: 'No usable shared memory (/dev/shm) in the build environment', severity: 'error', logs: 2, findings: 4, sources: [noShm, useShmNo] }],
    });
    // One log: the document has no summary (the shape of version 1 as before).
    expect(Object.keys(JSON.parse((await runCli(['-f', 'json', noShm])).stdout) as object)).to.deep.equal(['version', 'tool', 'results', 'diagnoses']);
  });

  it('the summary names the first 3 logs of a cause and counts the rest', async () => {
    const copies = [1, 2, 3, 4, 5].map((i) => { const f = path.join(dir, `copy-${i}.log`); copyFileSync(useShmNo, f); return f; });
    const report = JSON.parse((await runCli(['-f', 'json', '-j1', ...copies])).stdout) as Json;
    expect(report.summary!.causes).to.deep.equal([{ cause: 'no-usable-shm', title: 'No usable shared memory (/dev/shm) in the build environment', severity: 'warning', logs: 5, findings: 5, sources: copies.slice(0, 3) }]);
  });

  it('ndjson: every line parses; a run line, one result line per log in input order, a summary line', async () => {
    const r = await runCli(['-f', 'ndjson', '-j2', noShm, clean, useShmNo]);
    expect(r.stdout.endsWith('\n')).to.equal(true);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; source?: string; findings?: unknown[]; diagnoses?: unknown[]; logs?: number; findingsCount?: number });
    expect(lines.map((l) => l.type)).to.deep.equal(['run', 'result', 'result', 'result', 'summary']);
    expect(lines.slice(1, 4).map((l) => [l.source, l.findings!.length, l.diagnoses!.length])).to.deep.equal([[noShm, 3, 1], [clean, 0, 0], [useShmNo, 1, 1]]);
    expect(lines[4]).to.include({ logs: 3, logsWithFindings: 2, findings: 4 });
    // Each line as schemas/logcheck-ndjson.schema.json (the documented shape) says.
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/logcheck-ndjson.schema.json'), 'utf8')) as object);
    for (const l of lines) expect(validate(l), JSON.stringify(validate.errors)).to.equal(true);
    // A line that is not one of the three is refused (the schema can fail).
    expect(validate({ type: 'result', source: 'x' })).to.equal(false);
  });

  it('-j2: a slow log first and fast ones after come out in input order, the same as -j1', async () => {
    // 12 MB: the sem_open contradiction at the top, then dpkg unpack lines (as signals.test.ts's big log).
    const slow = path.join(dir, 'slow.log');
    writeBigLog(slow, 12);
    const fast = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => { const f = path.join(dir, `fast-${i}.log`); copyFileSync(i % 2 ? noShm : useShmNo, f); return f; });
    const args = ['-f', 'json', slow, ...fast];
    const [one, two] = [await runCli(['-j1', ...args]), await runCli(['-j2', ...args])];
    const report = JSON.parse(two.stdout) as Json;
    expect(report.results.map((x) => x.source)).to.deep.equal([slow, ...fast]);
    expect(report.results[0]!.findings.map((f) => f.line)).to.deep.equal([2]);
    expect(two.stdout).to.equal(one.stdout);
    expect([two.code, two.stderr]).to.deep.equal([one.code, one.stderr]);
  });

  it("-j's default: the idle cores by the load average, counting this run's own; at least one", () => {
    expect([0, 0.4, 1, 1.01, 1.9, 7].map((load) => defaultJobs(2, load))).to.deep.equal([2, 2, 2, 1, 1, 1]);
    expect([0, 3, 7.5, 20].map((load) => defaultJobs(8, load))).to.deep.equal([8, 6, 1, 1]);
    expect(defaultJobs(1, 0)).to.equal(1);
  });

  it('the pool yields in input order, never more than `ahead` results past the one awaited', async () => {
    // A slow log at index 0: the fast ones may run ahead, but only 2 past it.
    const slow = path.join(dir, 'slow.log');
    const fast = path.join(dir, 'copy-1.log');
    const jobs = [slow, fast, fast, fast, fast, fast, fast].map((p, index) => ({ index, path: p }));
    const order: number[] = [];
    const lead: number[] = [];
    const onDispatch = (index: number, emitted: number): void => { lead.push(index - emitted); };
    for await (const done of checkInPool(jobs, { size: 2, ahead: 2, stop: new AbortController().signal, onDispatch, setup: { logcheckWorker: true, argv: ['-f', 'json'], cwd: ROOT, env: {} } })) order.push(done.index);
    expect(order).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    // Every log handed out at most 1 past the one awaited (ahead 2: that one and one more).
    expect(lead).to.have.length(7);
    expect(Math.max(...lead)).to.equal(1);
  });

  it('the pool: logs a worker holds behind one that does not end are taken back by a thread with nothing to do', async () => {
    // A FIFO at index 0 holds its worker until something is written to it; the other worker, its own
    // logs done, takes back the ones queued behind the FIFO (they are handed out twice). Then the FIFO
    // is written and closed. Without the taking back, the FIFO is written after 20 s and the test fails.
    const fifo = path.join(dir, 'held.fifo');
    spawnSync('mkfifo', [fifo]);
    const jobs = [fifo, clean, clean, clean, clean, clean, clean].map((p, index) => ({ index, path: p }));
    const dispatched: number[] = [];
    let written = false;
    const write = (): void => {
      if (written) return;
      written = true;
      writeFileSync(fifo, 'I: Building the build Environment\n');
    };
    const timer = setTimeout(write, 20_000);
    const onDispatch = (index: number): void => {
      dispatched.push(index);
      // Handed out again: taken back from the FIFO's worker.
      if (dispatched.filter((i) => i === index).length === 2) setImmediate(write);
    };
    const order: number[] = [];
    const started = Date.now();
    for await (const done of checkInPool(jobs, { size: 2, ahead: 8, stop: new AbortController().signal, onDispatch, setup: { logcheckWorker: true, argv: ['-f', 'json'], cwd: ROOT, env: {} } })) {
      order.push(done.index);
      expect('result' in done, JSON.stringify(done)).to.equal(true);
    }
    clearTimeout(timer);
    expect(order).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(dispatched.length, `handed out: ${dispatched.join(' ')}`).to.be.above(7);
    expect(Date.now() - started).to.be.below(20_000);
  });

  it('-j2: a log that cannot be opened is said in its place; the others are checked', async () => {
    const r = await runCli(['-f', 'compact', '-j2', noShm, path.join(dir, 'missing.log'), useShmNo]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/missing\.log: /);
    // compact names a log relative to the working directory (the repository root here).
    const [a, b] = [path.relative(ROOT, noShm), path.relative(ROOT, useShmNo)];
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(':').slice(0, 2).join(':'))).to.deep.equal([`${a}:7`, `${a}:17`, `${a}:28`, `${b}:9`]);
  });

  it('-o of a streaming format: the file appears whole at the end; a directory that does not exist is exit 2', async () => {
    const out = path.join(dir, 'report.ndjson');
    writeFileSync(out, 'old\n');
    const r = await runCli(['-f', 'ndjson', '-o', out, '-j2', noShm, useShmNo]);
    expect(r.code).to.equal(1);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { type: string }).type)).to.deep.equal(['run', 'result', 'result', 'summary']);
    const bad = await runCli(['-f', 'json', '-o', path.join(dir, 'no-such-dir', 'r.json'), noShm]);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.match(/r\.json: cannot write the json report: no such directory/);
  });

  it('SIGINT during a pooled run: the workers stop, the logs checked so far are reported in order, exit 130', async () => {
    // 240 MB (seconds to check): the sem_open contradiction at the top, then dpkg unpack lines. While
    // one worker reads it, the other checks the next log, which waits for it in the output.
    // (Not a FIFO: a read pending on a FIFO is not cut short by destroying its stream, pooled or not.)
    const big = path.join(dir, 'running.log');
    writeBigLog(big, 240);
    const json = path.join(dir, 'interrupted.json');
    const script = `node '${MAIN}' -j2 --no-color -f text -f json -o '${json}' '${useShmNo}' '${big}' '${clean}'; echo "status $?"`;
    const child = spawn('bash', ['-c', script], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => { stdout += t; });
    child.stderr.setEncoding('utf8').on('data', (t: string) => { stderr += t; });
    let sentAt = 0;
    const poll = setInterval(() => {
      // The first log is written: the big log's worker is reading; then Ctrl-C for logcheck alone.
      if (sentAt !== 0 || !stdout.includes(`${useShmNo}:9:`)) return;
      sentAt = Date.now();
      spawn('pkill', ['-INT', '-P', String(child.pid), '-f', MAIN]);
    }, 50);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(poll);
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* the group has ended */ }
    expect(status).to.equal(0);
    expect(stdout).to.match(/status 130\n$/);
    expect(Date.now() - sentAt).to.be.below(5000);
    expect(stderr).to.match(/running\.log: interrupted by SIGINT after line \d+: the input was cut short/);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Json;
    // In input order: the first log, the FIFO cut short, and the log checked while the FIFO was read.
    expect(report.results.map((x) => path.basename(x.source))).to.deep.equal([path.basename(useShmNo), 'running.log', 'clean.log']);
    expect(report.results[1]!.findings.map((f) => f.line)).to.deep.equal([2]);
  });
});
