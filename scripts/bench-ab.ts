/**
 * `node dist/scripts/bench-ab.js [MB] [runs]`: the byte scanner's gain, measured in one process with the
 * runs interleaved (plain read, without the scanner, with it on this thread, with it on a worker thread
 * (engine/parallel-scan.ts), again and again), so that a shared, noisy machine slows them all alike.
 * Prints the median MB/s of each, the ratios and the load average. Every rule on.
 */
import { loadavg } from 'node:os';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { checkStream } from '../src/check.js';
import { FileStream } from '../src/input/file-stream.js';
import { generate, KINDS } from './bench-logs.js';

const size = Number(process.argv[2] ?? '30');
const runs = Number(process.argv[3] ?? '5');

function plainRead(file: string): void {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(65536);
  while (readSync(fd, buffer, 0, 65536, null) > 0);
  closeSync(fd);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = async (f: () => unknown): Promise<number> => {
  const started = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - started) / 1e9;
};

console.log(`${size} MB per log, ${runs} interleaved runs, median MB/s`);
for (const kind of KINDS) {
  const file = await generate(kind, size);
  const mb = statSync(file).size / 1e6;
  const t = { plain: [] as number[], lines: [] as number[], scan: [] as number[], worker: [] as number[] };
  let same = true;
  for (let i = 0; i < runs; i++) {
    t.plain.push(await time(() => plainRead(file)));
    let a: unknown;
    let b: unknown;
    let c: unknown;
    t.lines.push(await time(async () => { a = JSON.stringify((await checkStream(new FileStream(file), { source: kind, scan: false })).findings); }));
    t.scan.push(await time(async () => { b = JSON.stringify((await checkStream(new FileStream(file), { source: kind, scanWorker: false })).findings); }));
    t.worker.push(await time(async () => { c = JSON.stringify((await checkStream(new FileStream(file), { source: kind, scanWorker: true })).findings); }));
    same &&= a === b && b === c;
  }
  const [p, l, s, w] = [mb / median(t.plain), mb / median(t.lines), mb / median(t.scan), mb / median(t.worker)];
  console.log(`${kind.padEnd(8)} plain ${p.toFixed(0).padStart(5)}  lines ${l.toFixed(0).padStart(4)} (${(l / p).toFixed(3)} of plain)  scanner ${s.toFixed(0).padStart(4)} (${(s / p).toFixed(3)})  +worker ${w.toFixed(0).padStart(4)} (${(w / p).toFixed(3)})  scanner/lines ${(s / l).toFixed(2)}x  worker/scanner ${(w / s).toFixed(2)}x  ${same ? 'same findings' : 'FINDINGS DIFFER'}  load ${loadavg()[0]!.toFixed(1)}`);
}
