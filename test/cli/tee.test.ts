import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';
import { teeTo } from '../../src/input/tee.js';
import { ROOT } from '../helpers/reports.js';

const LOG = readFileSync(path.join(ROOT, 'test', 'logs', 'pbuilder-0.231-execute-noshm-missing-devshm.log'));

function collector(): { stream: PassThrough; bytes: () => Buffer } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, bytes: () => Buffer.concat(chunks) };
}

/** Runs the CLI with `input` arriving on stdin in small chunks, as from a pipe. */
async function cli(argv: string[], input: Buffer, env: Record<string, string> = {}) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < input.length; i += 97) chunks.push(input.subarray(i, i + 97));
  const stdout = collector();
  const stderr = collector();
  const code = await run(argv, { stdin: Readable.from(chunks), stdout: stdout.stream, stderr: stderr.stream, env, cwd: ROOT });
  return { code, stdout: stdout.bytes(), stderr: stderr.bytes().toString('utf8') };
}

describe('cli: --tee', () => {
  it('copies stdin to stdout byte for byte; the diagnosis and summary go to stderr; exit 1', async () => {
    const { code, stdout, stderr } = await cli(['--tee', '--no-color'], LOG);
    assert.ok(stdout.equals(LOG));
    assert.equal(code, 1);
    assert.match(stderr, /^<stdin>:7: warning: No usable shared memory/);
    assert.match(stderr, /1 diagnosis from 3 findings \(2 error, 1 warning, 0 note\) in 1 log\.\n$/);
  });

  it('keeps copying when the checker gives up (binary input)', async () => {
    const binary = Buffer.concat([Buffer.from('\0\0binary\n'), LOG]);
    const { code, stdout, stderr } = await cli(['--tee'], binary);
    assert.ok(stdout.equals(binary));
    assert.equal(code, 2);
    assert.match(stderr, /binary data/);
  });

  it('passes gzip through as it came (raw bytes) and reads the log inside', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = gzipSync(LOG);
    const { code, stdout } = await cli(['--tee', '-q'], gz);
    assert.ok(stdout.equals(gz));
    assert.equal(code, 1);
  });

  it('writes other formats to files while the build passes through', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-tee-'));
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, 'earlier step output\n');
    const sarif = path.join(dir, 'out.sarif');
    const { code, stdout, stderr } = await cli(['--tee', '-f', 'github', '-f', 'sarif', '-o', sarif, '--label', 'build.log'], LOG, { GITHUB_STEP_SUMMARY: summary });
    assert.ok(stdout.equals(LOG));
    assert.equal(code, 1);
    // Annotations as the findings come, then the report in a group at the end.
    assert.match(stderr, /^::(warning|error) title=logcheck%3A No usable shared memory/);
    assert.match(stderr, /^::group::logcheck: /m);
    assert.equal(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.length, 3);
    assert.match(readFileSync(summary, 'utf8'), /^earlier step output\n## logcheck: 1 diagnosis/);
  });

  it('refuses a file argument', async () => {
    const { code, stderr } = await cli(['--tee', 'test/logs/x.log'], Buffer.alloc(0));
    assert.equal(code, 2);
    assert.match(stderr, /--tee reads standard input only/);
  });

  it('holds the input while stdout is slow: memory stays bounded', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'checking for sem_open... yes\n');
    const total = 8 * 1024 * 1024;
    let produced = 0;
    let written = 0;
    let maxAhead = 0;
    const input = new Readable({
      read() {
        if (produced >= total) { this.push(null); return; }
        produced += chunk.length;
        maxAhead = Math.max(maxAhead, produced - written);
        this.push(chunk);
      },
    });
    // A terminal that takes 16 KiB at a time and answers late.
    const out = new Writable({
      highWaterMark: 16 * 1024,
      write(c: Buffer, _e, callback) { written += c.length; setImmediate(callback); },
    });
    const { branch, done } = teeTo(input, out);
    let checked = 0;
    branch.on('data', (c: Buffer) => { checked += c.length; });
    const ended = new Promise((resolve) => branch.on('end', resolve));
    await done;
    await ended;
    assert.equal(written, total);
    assert.equal(checked, total);
    // The input is read at most a few chunks ahead of what the terminal took.
    assert.ok(maxAhead <= 4 * chunk.length, `read ${maxAhead} bytes ahead of the output`);
  });
});
