import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOGS, ROOT } from '../helpers/cli.js';

// A fresh process makes many small objects, a tenth of which live a little while (as a log's lines and
// facts do), and says how large its young generation grew.
// With `worker`, a worker thread is started (and running) first: each new isolate resets the setting.
function youngGeneration(keepSmall: boolean, worker = false): number {
  const module = pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'young-generation.js')).href;
  const script = `
    import v8 from 'node:v8';
    import { Worker } from 'node:worker_threads';
    import { once } from 'node:events';
    ${keepSmall ? `const { keepYoungGenerationSmall } = await import(${JSON.stringify(module)}); keepYoungGenerationSmall();` : ''}
    ${worker ? "const w = new Worker('setInterval(() => {}, 1000)', { eval: true }); await once(w, 'online'); await new Promise((r) => setImmediate(r)); w.unref();" : ''}
    const keep = [];
    for (let i = 0; i < 3e6; i++) { const o = { i, s: 'line ' + i }; if (i % 10 === 0) keep.push(o); if (keep.length > 50000) keep.splice(0, 25000); }
    console.log(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.status, r.stderr).to.equal(0);
  return Number(r.stdout);
}

describe('the CLI keeps V8\'s young generation small (src/cli/young-generation.ts)', () => {
  it('it stays at its starting size where it would grow to 2 × 16 MB', function () {
    this.timeout(60_000);
    const grown = youngGeneration(false);
    const kept = youngGeneration(true);
    expect(grown, 'without: grown').to.be.above(8 * 1024 * 1024);
    expect(kept, 'with: kept').to.be.at.most(4 * 1024 * 1024);
  });

  // V8's Heap::ConfigureHeap raises the growth factor back to 2 for the whole process at every new
  // isolate: without setting it again once a worker runs, this grew to 2 × 16 MB.
  it('it stays small after a worker thread has started', function () {
    this.timeout(60_000);
    expect(youngGeneration(false, true), 'without: grown').to.be.above(8 * 1024 * 1024);
    expect(youngGeneration(true, true), 'with a worker: kept').to.be.at.most(4 * 1024 * 1024);
  });

  // The bin (the bundle): its first module sets it before the rest is evaluated. (dist/'s separate ES
  // modules are all loaded before any runs, which alone grows the space to 8 MB.)
  it('the bin has it: its young generation stays small over every test log, ten times over', function () {
    this.timeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-young-'));
    const all = Buffer.concat(readdirSync(LOGS).filter((f) => f.endsWith('.log')).sort().map((f) => readFileSync(path.join(LOGS, f))));
    writeFileSync(path.join(dir, 'all.log'), Buffer.concat(Array.from({ length: 10 }, () => all)));
    writeFileSync(path.join(dir, 'probe.mjs'), "import v8 from 'node:v8';\nprocess.on('exit', () => process.stderr.write(`new_space=${v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size}\\n`));\n");
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(dir, 'probe.mjs')).href, path.join(ROOT, 'bundle', 'logcheck.mjs'), '-q', '-f', 'json', '-o', path.join(dir, 'out.json'), path.join(dir, 'all.log')], { encoding: 'utf8', env: { ...process.env, LOGCHECK_SCAN_WORKERS: '0' } });
    const size = /new_space=(\d+)/.exec(r.stderr);
    expect(size, r.stderr).to.not.equal(null);
    expect(Number(size![1])).to.be.at.most(4 * 1024 * 1024);
  });
});
