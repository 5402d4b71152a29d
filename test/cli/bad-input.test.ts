import { expect } from 'chai';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { logPath, runCli } from '../helpers/cli.js';

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

  it('invalid UTF-8: said with its line number, and the rest still checked', async () => {
    const r = await runCli(['-f', 'json', file('latin1.log', Buffer.concat([Buffer.from('ok\ncaf\xe9 cr\xe8me\n', 'latin1'), Buffer.from(semLines)]))]);
    expect(r.code).to.equal(2);
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

  it('a 50 MB line: cut and said, line numbers after it exact, memory bounded by the clamp', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const r = await runCli(['-f', 'json', file('long.log', Buffer.concat([Buffer.from('first\n'), big, Buffer.from(`\n${semLines}`)]))]);
    expect(r.code).to.equal(2);
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
});
