import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { ROOT, runCli, writeBigLog } from '../helpers/cli.js';

const MAIN = path.join(ROOT, 'dist/src/cli/main.js');
import { startProgress } from '../../src/cli/progress.js';

const semLines = 'checking for sem_open... yes\nchecking whether POSIX semaphores are enabled... no\n';

/**
 * Issue 10: the text format starts lines with the file name, so a log named `::error::x.log` (or such a
 * --label) printed `::error::x.log:272: error: ...`, which GitHub's runner reads as a command; the spinner
 * printed the raw name (OSC 52 writes the clipboard, BEL, newlines). Every user-given name is inert.
 */
describe('user-given names (file names, --label) are inert wherever they are printed', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-names-'));

  const noCommandLine = (text: string): void => {
    for (const line of text.split('\n')) expect(line, line).not.to.match(/^\s*::/);
    expect(text).not.to.match(/[\x07\x1b]/);
  };

  it('a file named ::error::x.log: text, compact and the summary lines never start with ::', () => {
    const name = '::error::x.log';
    writeFileSync(path.join(dir, name), semLines);
    for (const format of ['text', 'compact']) {
      const r = spawnSync(process.execPath, [MAIN, '--no-color', '-f', format, name], { cwd: dir, encoding: 'utf8' });
      expect(r.status).to.equal(1);
      expect(r.stdout).to.match(/^(# |\.\/)::error::x\.log:2:/m);
      noCommandLine(r.stdout);
    }
  });

  it('--label with a command, an OSC 52 and a newline', async () => {
    const label = '::warning::build\x1b]52;c;ZWNobyBwd25lZA==\x07\nnext';
    for (const format of ['text', 'compact']) {
      const r = await runCli(['--no-color', '-f', format, '--label', label], { stdin: semLines });
      expect(r.code).to.equal(1);
      noCommandLine(r.stdout);
      noCommandLine(r.stderr);
    }
  });

  it('the spinner shows the name inert, with the share read and the findings so far', async () => {
    const stderr = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
    stderr.isTTY = true;
    stderr.columns = 120;
    // What ora asks of a terminal stream.
    Object.assign(stderr, { cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let written = '';
    stderr.on('data', (c: Buffer) => { written += c.toString(); });
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {}, cwd: dir };
    const progress = (await startProgress(io, 'x\x1b]52;c;aGk=\x07\n::error::y.log', 1000, () => 500, () => 2))!;
    await new Promise((resolve) => setTimeout(resolve, 450));
    progress.stop();
    expect(written).to.include('reading x\\x0a::error::y.log 50%, 2 findings so far');
    expect(written).not.to.include('\x1b]52');
    expect(written).not.to.include('\x07');
  });
});

describe('the spinner moves while a file is read', () => {
  // A 1 ms refresh: each 1 MiB takes longer than that on any machine, so timers run between reads
  // whatever the speed (at 200 ms a fast machine could finish 48 MiB before the first refresh).
  it('shows the share read as it grows: file reads give the event loop a turn every 1 MiB', async function () {
    this.timeout(30_000);
    const { FileStream } = await import('../../src/input/file-stream.js');
    const { checkStream } = await import('../../src/check.js');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'logcheck-spin-')), 'big.log');
    writeBigLog(file, 48, false);
    const stderr = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
    Object.assign(stderr, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let written = '';
    stderr.on('data', (c: Buffer) => { written += c.toString(); });
    const stream = new FileStream(file);
    const progress = (await startProgress({ stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {}, cwd: ROOT }, 'big.log', 48 * 1024 * 1024, () => stream.bytesRead, () => 0, 1))!;
    await checkStream(stream, { source: 'big.log' });
    progress.stop();
    const shares = [...written.matchAll(/reading big\.log (\d+)%/g)].map((m) => Number(m[1]));
    expect(shares.some((n) => n > 0 && n < 100), `shares shown: ${[...new Set(shares)].join(', ')}`).to.equal(true);
  });
});
