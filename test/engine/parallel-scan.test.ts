import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { checkStream } from '../../src/check.js';
import { ParallelScanner } from '../../src/engine/parallel-scan.js';
import { PARALLEL_SCAN_BYTES, wantsScanWorker } from '../../src/engine/read-lines.js';
import { FileStream } from '../../src/input/file-stream.js';
import { InterruptedError } from '../../src/input/errors.js';
import type { Finding, SourceResult } from '../../src/types.js';
import { execFileSync } from 'node:child_process';
import { LOGS, ROOT } from '../helpers/cli.js';

/** Everything a result says. */
function essence(r: SourceResult): unknown {
  return { lines: r.lines, bytes: r.bytes, problems: r.problems, findings: r.findings.map((f: Finding) => ({ ...f })), omitted: r.omitted };
}

function chunks(data: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) out.push(data.subarray(i, i + size));
  return out;
}

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'logcheck-par-'));

/** Waits until every scan worker thread has exited (at most `ms`). */
async function noWorkerLeft(ms = 5000): Promise<number> {
  const until = Date.now() + ms;
  while (ParallelScanner.live > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  return ParallelScanner.live;
}

describe('the byte scan on a worker thread (engine/parallel-scan.ts) changes no finding', () => {
  const logs = readdirSync(LOGS).filter((f) => f.endsWith('.log')).sort();
  const batchBytes = ParallelScanner.batchBytes;
  // Tiny batches: every log becomes many batches, lines cross batch ends, long lines outgrow a batch,
  // and both the worker and the main thread (beyond WORKER_AHEAD) scan some of them.
  before(() => { ParallelScanner.batchBytes = 300; });
  after(() => { ParallelScanner.batchBytes = batchBytes; });

  for (const name of logs) {
    it(name, async () => {
      const data = readFileSync(path.join(LOGS, name));
      const reference = essence(await checkStream(Readable.from([data]), { source: name, scan: false }));
      const one = essence(await checkStream(Readable.from(chunks(data, 4096)), { source: name, scanWorker: false }));
      const two = essence(await checkStream(Readable.from(chunks(data, 997)), { source: name, scanWorker: true }));
      expect(one, 'the scanner on the main thread').to.deep.equal(reference);
      expect(two, 'the scanner with a worker').to.deep.equal(reference);
    });
  }

  it('without a final newline, with CRLF and with GitHub timestamps (normalization strips them)', async () => {
    const data = readFileSync(path.join(LOGS, 'pbuilder-0.231-shm-missing-devshm-build-fails.log'), 'utf8');
    for (const text of [data.trimEnd(), data.replace(/\n/g, '\r\n'), data.replace(/^/gm, '2025-07-04T14:32:14.5612144Z ')]) {
      const reference = essence(await checkStream(Readable.from([Buffer.from(text)]), { source: 'x', scan: false }));
      const two = essence(await checkStream(Readable.from(chunks(Buffer.from(text), 1000)), { source: 'x', scanWorker: true }));
      expect(two).to.deep.equal(reference);
    }
    expect(await noWorkerLeft()).to.equal(0);
  });
});

describe('a large file through the worker path', () => {
  // gcc 12 command lines as pbuilder-0.231-build-hello-success.log shows them (no parser wants them),
  // then a whole failing pbuilder log: its findings must come at its own line numbers, shifted.
  const filler = 'gcc -DLOCALEDIR=\\"/usr/share/locale\\" -DHAVE_CONFIG_H -I.  -Ilib -I./lib -Isrc -I./src -Wdate-time -D_FORTIFY_SOURCE=2  -g -O2 -ffile-prefix-map=/build/hello-2.10=. -fstack-protector-strong -Wformat -Werror=format-security -c -o lib/c-ctype.o lib/c-ctype.c\n';
  const name = 'pbuilder-0.231-shm-missing-devshm-build-fails.log';

  it('finds the same findings at the same line numbers, the worker scanning batches of the file', async () => {
    const log = readFileSync(path.join(LOGS, name));
    const fillerLines = 20_000; // 4.5 MB: nine batches
    const file = path.join(tmp(), 'big.log');
    writeFileSync(file, Buffer.concat([Buffer.from(filler.repeat(fillerLines)), log]));
    const alone = await checkStream(Readable.from([log]), { source: name, scan: false });
    expect(alone.findings.length).to.be.greaterThan(0);
    const before = ParallelScanner.scannedBy.worker + ParallelScanner.scannedBy.main;
    const workerBefore = ParallelScanner.scannedBy.worker;
    // On a loaded machine the main thread could take back every batch before the worker starts.
    ParallelScanner.mayTakeBack = false;
    let big;
    const input = new FileStream(file);
    try {
      big = await checkStream(input, { source: name, scanWorker: true });
    } finally {
      ParallelScanner.mayTakeBack = true;
    }
    // Each chunk goes back to the reader once copied into a batch: a few allocated for 70 reads.
    expect(input.allocated, 'chunks allocated').to.be.lessThan(8);
    expect(ParallelScanner.scannedBy.worker + ParallelScanner.scannedBy.main - before).to.be.greaterThan(8);
    expect(ParallelScanner.scannedBy.worker - workerBefore, 'batches the worker scanned').to.be.greaterThan(0);
    expect(big.lines).to.equal(fillerLines + alone.lines);
    expect(big.findings.map((f) => [f.ruleId, f.line, f.endLine, f.evidence.map((e) => e.line)]))
      .to.deep.equal(alone.findings.map((f) => [f.ruleId, f.line + fillerLines, f.endLine === undefined ? undefined : f.endLine + fillerLines, f.evidence.map((e) => e.line + fillerLines)]));
    expect(big.findings.map((f) => f.message)).to.deep.equal(alone.findings.map((f) => f.message));
    const oneThread = await checkStream(new FileStream(file), { source: name, scanWorker: false });
    expect(essence(big)).to.deep.equal(essence(oneThread));
    expect(await noWorkerLeft()).to.equal(0);
  });

  it('a file of 8 MiB or more gets the worker by default when a second core is idle', () => {
    const big = PARALLEL_SCAN_BYTES;
    expect(wantsScanWorker(big, 2, 0.3)).to.equal(true);
    expect(wantsScanWorker(big - 1, 2, 0.3), 'a smaller file').to.equal(false);
    expect(wantsScanWorker(undefined, 2, 0.3), 'a pipe').to.equal(false);
    expect(wantsScanWorker(big, 1, 0), 'one core').to.equal(false);
    expect(wantsScanWorker(big, 2, 1.8), 'both cores busy').to.equal(false);
    expect(wantsScanWorker(big, 8, 5), 'three of eight cores idle').to.equal(true);
  });

  it('an interrupt while the worker runs stops the read, reports it, and leaves no thread behind', async () => {
    const file = path.join(tmp(), 'interrupted.log');
    writeFileSync(file, filler.repeat(60_000));
    const input = new FileStream(file);
    let chunksSeen = 0;
    input.on('data', () => { if (++chunksSeen === 40) input.destroy(new InterruptedError('SIGINT')); });
    const result = await checkStream(input, { source: 'x', scanWorker: true });
    expect(result.problems.map((p) => p.message).join('\n')).to.match(/^interrupted by SIGINT after line \d+/);
    expect(result.lines).to.be.lessThan(60_000);
    expect(await noWorkerLeft()).to.equal(0);
  });

  it('a process with nothing else to do waits for the worker (its unreferenced thread and port do not let Node exit early)', () => {
    // Found by hand: with the worker and its port unreferenced, a script that only checked a large file
    // exited in the middle of the scan, silently, while the main thread waited for the worker's answer.
    const file = path.join(tmp(), 'alone.log');
    writeFileSync(file, Buffer.concat([Buffer.from(filler.repeat(30_000)), readFileSync(path.join(LOGS, name))]));
    const script = `import { checkStream } from ${JSON.stringify(path.join(ROOT, 'dist/src/check.js'))};
import { FileStream } from ${JSON.stringify(path.join(ROOT, 'dist/src/input/file-stream.js'))};
const r = await checkStream(new FileStream(process.argv[1]), { source: 'x', scanWorker: true });
process.stdout.write(JSON.stringify([r.lines, r.findings.map((f) => f.line)]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, file], { encoding: 'utf8' });
    const [lines, at] = JSON.parse(out) as [number, number[]];
    expect(lines).to.equal(30_000 + readFileSync(path.join(LOGS, name), 'utf8').split('\n').length - 1);
    expect(at.length).to.be.greaterThan(0);
    expect(Math.min(...at)).to.be.greaterThan(30_000);
  });
});
