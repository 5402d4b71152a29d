import { expect } from 'chai';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, logPath, runCli } from '../helpers/cli.js';

const MAIN = path.join(ROOT, 'dist/src/cli/main.js');

const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-bad-'));
const file = (name: string, data: Buffer | string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};
const semLines = 'checking for sem_open... yes\nchecking whether POSIX semaphores are enabled... no\n';

/** One line on stderr, starting `logcheck: `, never a stack trace. */
function oneLineError(stderr: string, words: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).to.have.length(1);
  expect(lines[0]).to.match(/^logcheck: /);
  expect(lines[0]).to.include(words);
  expect(stderr).not.to.match(/\n\s+at /);
}

describe('bad input: a clear one-line error, exit 2, and nothing the user gave lost', () => {
  it('a missing file', async () => {
    const r = await runCli([path.join(dir, 'nope.log')]);
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, 'nope.log: no such file');
  });

  it('a directory', async () => {
    const d = path.join(dir, 'logs.d');
    mkdirSync(d);
    const r = await runCli([d]);
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, 'is a directory');
  });

  it('binary data', async () => {
    const r = await runCli([file('ls.bin', Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00'), Buffer.alloc(100)]))]);
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, 'binary data');
  });

  it('an empty log', async () => {
    const r = await runCli([file('empty.log', '')]);
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, 'empty log');
  });

  it('empty stdin', async () => {
    const r = await runCli([], { stdin: '' });
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, '<stdin>: empty log');
  });

  it('invalid UTF-8: a warning with its line number, the rest still checked, the findings\' exit code', async () => {
    const r = await runCli(['-f', 'json', file('latin1.log', Buffer.concat([Buffer.from('ok\ncaf\xe9 cr\xe8me\n', 'latin1'), Buffer.from(semLines)]))]);
    expect(r.code).to.equal(1);
    oneLineError(r.stderr, 'line 2: not valid UTF-8');
    const findings = JSON.parse(r.stdout).results[0].findings;
    expect(findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).to.deep.equal([['autoconf-semaphores-disabled', 4]]);
  });

  it('--encoding latin1 reads a Latin-1 log cleanly', async () => {
    const r = await runCli(['-f', 'json', '--encoding', 'latin1', file('latin1b.log', Buffer.concat([Buffer.from('caf\xe9\n', 'latin1'), Buffer.from(semLines)]))]);
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(1);
    expect(JSON.parse(r.stdout).results[0].findings[0].line).to.equal(3);
  });

  it('a 50 MB line: cut and said (a warning), line numbers after it exact, memory bounded by the clamp', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const r = await runCli(['-f', 'json', file('long.log', Buffer.concat([Buffer.from('first\n'), big, Buffer.from(`\n${semLines}`)]))]);
    expect(r.code).to.equal(1);
    oneLineError(r.stderr, `line 2: ${50 * 1024 * 1024} bytes long; read the first 1048576`);
    const [finding] = JSON.parse(r.stdout).results[0].findings;
    expect(finding.line).to.equal(4);
    expect(finding.evidence.map((e: { line: number }) => e.line)).to.deep.equal([3, 4]);
  });

  it('a truncated .gz: said, and the findings before the cut kept', async () => {
    const whole = gzipSync(readFileSync(logPath('pbuilder-0.231-execute-noshm-missing-devshm.log')));
    const r = await runCli(['-f', 'json', file('cut.log.gz', whole.subarray(0, whole.length - 200))]);
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, 'truncated compressed data');
    const rules = JSON.parse(r.stdout).results[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).to.include('pbuilder-chroot-no-shm');
  });

  it('a glob that matches nothing', async () => {
    const r = await runCli([`${dir}/nothing/**/*.build`]);
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, 'no files match');
  });

  it('no file and a terminal on stdin: usage, exit 2, no waiting', async () => {
    const r = await runCli([], { stdinTTY: true });
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, 'standard input is a terminal');
  });

  it('an unknown option', async () => {
    const r = await runCli(['--frobnicate', 'x.log']);
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, "unknown option '--frobnicate'");
  });

  it('one bad file among good ones: the good ones are still reported', async () => {
    const r = await runCli(['-f', 'json', path.join(dir, 'nope.log'), file('good.log', semLines)]);
    expect(r.code).to.equal(2);
    expect(JSON.parse(r.stdout).results).to.have.length(1);
  });

  // Issue 10: `logcheck - -` exited 13 (an unfinished top-level await) and said nothing.
  it('stdin given twice: read once, said, exit 2', async () => {
    const r = await runCli(['-f', 'json', '-', '-'], { stdin: semLines });
    expect(r.code).to.equal(2);
    oneLineError(r.stderr, '-: standard input is given more than once');
    expect(JSON.parse(r.stdout).results[0].findings[0].ruleId).to.equal('autoconf-semaphores-disabled');
  });

  // `gzip -dc` reads all of it ("decompression OK, trailing garbage ignored"); Node's Gunzip lost the chunk.
  it('bytes after the end of a gzip file: the whole log read, a warning, the findings\' exit code', async () => {
    const log = readFileSync(logPath('pbuilder-0.231-execute-noshm-missing-devshm.log'));
    const gz = Buffer.concat([gzipSync(log.subarray(0, 500)), gzipSync(log.subarray(500)), Buffer.from('garbage\0\0 after the end')]);
    const r = await runCli(['-f', 'json', file('trailing.log.gz', gz)]);
    expect(r.code).to.equal(1);
    oneLineError(r.stderr, '23 bytes after the end of the gzip data, ignored (as gzip -dc does)');
    const findings = JSON.parse(r.stdout).results[0].findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`);
    expect(findings).to.deep.equal(['pbuilder-chroot-no-shm@7', 'python-semaphores-unavailable@17', 'python-semaphores-unavailable@28']);
  });

  it('a gzip member whose CRC is wrong is corrupt data, exit 2', async () => {
    const gz = gzipSync(Buffer.from(semLines));
    gz[gz.length - 8] ^= 0xff;
    const r = await runCli([file('crc.log.gz', gz)]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('corrupt compressed data');
  });

  it('a NUL between 8 KiB and 64 KiB is said, whatever the chunking (a warning)', async () => {
    const text = Buffer.concat([Buffer.from('x\n'.repeat(10_000)), Buffer.from([0]), Buffer.from(`\n${semLines}`)]);
    for (const r of [await runCli(['-q', file('nul.log', text)]), await runCli(['-q'], { stdin: [text.subarray(0, 5000), text.subarray(5000)] })]) {
      expect(r.code).to.equal(1);
      expect(r.stderr).to.include('line 10001: NUL bytes in the text; read on');
    }
  });

  it('a log whose lines end in CR alone is read line by line', async () => {
    const r = await runCli(['-f', 'json', file('cr.log', semLines.replaceAll('\n', '\r'))]);
    expect(r.code).to.equal(1);
    oneLineError(r.stderr, 'lines end in CR alone');
    const [finding] = JSON.parse(r.stdout).results[0].findings;
    expect([finding.ruleId, finding.line]).to.deep.equal(['autoconf-semaphores-disabled', 2]);
  });

  it('a glob follows symbolic links to logs (sbuild keeps the last build as a link)', async () => {
    const d = path.join(dir, 'linked');
    mkdirSync(d);
    writeFileSync(path.join(d, 'foo_1.0-1_amd64.build'), semLines);
    symlinkSync('foo_1.0-1_amd64.build', path.join(d, 'foo_amd64.build'));
    symlinkSync('.', path.join(d, 'loop'));
    const r = await runCli(['-f', 'json', `${d}/**/*.build`]);
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout).results.map((x: { source: string }) => path.basename(x.source))).to.deep.equal(['foo_1.0-1_amd64.build', 'foo_amd64.build']);
  });

  it('a directory a glob cannot read is an error, the rest still read', function () {
    const d = path.join(dir, 'closed');
    mkdirSync(path.join(d, 'secret'), { recursive: true });
    writeFileSync(path.join(d, 'a.log'), semLines);
    chmodSync(dir, 0o755);
    chmodSync(path.join(d, 'secret'), 0);
    // root reads every directory: run logcheck as nobody (setpriv, util-linux) for this check.
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const r = spawnSync(asNobody[0] ?? process.execPath, [...asNobody.slice(1), ...(asNobody.length > 0 ? [process.execPath] : []), MAIN, '-f', 'json', `${d}/**/*.log`], { encoding: 'utf8' });
    chmodSync(path.join(d, 'secret'), 0o755);
    if (r.error !== undefined) this.skip();
    expect(r.status).to.equal(2);
    oneLineError(r.stderr, 'secret: cannot read this directory: permission denied');
    expect(JSON.parse(r.stdout).results).to.have.length(1);
  });

  it('no "No problems found" after an input error', async () => {
    for (const args of [[path.join(dir, 'nope.log')], [file('bin.log', Buffer.from('\0\0\0'))]]) {
      const r = await runCli(args);
      expect(r.code).to.equal(2);
      expect(r.stdout).to.equal('');
    }
  });
});
