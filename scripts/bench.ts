/**
 * `npm run bench`: throughput and peak memory of logcheck on a large synthetic build log, beside a
 * plain Node read of the same file measured the same way in the same run (machines are shared and
 * noisy: compare ratios, not seconds). Also checks that the planted evidence was found, and that
 * `--tee` passes the bytes through unchanged.
 *
 *   npm run bench                 # 150 MB and 450 MB logs, 3 runs each, median
 *   npm run bench -- 300 --runs 1 # one size
 *
 * The log is real pbuilder output (test/logs/) repeated: a chroot set-up without shm at the top, a
 * configure contradiction half-way, the Python failure at the end: evidence hundreds of MB apart.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.join(root, 'bench-data');
const main = path.join(root, 'dist', 'src', 'cli', 'main.js');
const probe = path.join(dataDir, 'rss-probe.mjs');

// Run logcheck with the node flags its shebang gives (`#!/usr/bin/env -S node --flag`), as a user's shell does.
const shebang = readFileSync(main, 'utf8').split('\n', 1)[0]!;
const nodeFlags = shebang.startsWith('#!/usr/bin/env -S node') ? shebang.split(/\s+/).slice(3) : [];

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const sizes = args.length > 0 ? args.map(Number) : [150, 450];

const log = (name: string): Buffer => readFileSync(path.join(root, 'test', 'logs', name));

/** Writes the synthetic log once per size; returns its path. */
async function generate(megabytes: number): Promise<string> {
  const file = path.join(dataDir, `bench-${megabytes}mb.log`);
  if (existsSync(file) && statSync(file).size >= megabytes * 1e6) return file;
  mkdirSync(dataDir, { recursive: true });
  const head = log('pbuilder-0.231-build-USESHM-no.log').subarray(0, 2000); // its mount lines, no shm
  const filler = log('pbuilder-0.231-build-USESHM-yes.log'); // a healthy build: colour, CR redraws, dpkg
  const middle = Buffer.from('checking for sem_open... yes\nchecking for sem_timedwait... yes\nchecking whether POSIX semaphores are enabled... no\nchecking for broken sem_getvalue... yes\n');
  const tail = log('pbuilder-0.231-execute-noshm-missing-devshm.log');
  const out = createWriteStream(file);
  const write = async (chunk: Buffer): Promise<void> => {
    if (!out.write(chunk)) await new Promise<void>((resolve) => { out.once('drain', () => resolve()); });
  };
  let written = 0;
  const put = async (chunk: Buffer): Promise<void> => { written += chunk.length; await write(chunk); };
  await put(Buffer.concat([head.subarray(0, head.lastIndexOf(10) + 1), Buffer.from('I: policy-rc.d already exists\n')]));
  let middleDone = false;
  for (let round = 0; written < megabytes * 1e6 - tail.length; round++) {
    if (!middleDone && written > (megabytes * 1e6) / 2) { await put(middle); middleDone = true; }
    // The healthy build has its own sessions and mounts: strip its pbuilder lines so that the
    // planted set-up stays the only one, and vary the text so the stream is not one block.
    await put(Buffer.concat([Buffer.from(`make[1]: Entering directory '/build/pkg-${round}'\n`), filler.subarray(filler.indexOf('I: Installing the build-deps'))]));
  }
  await put(tail);
  await new Promise<void>((resolve) => { out.end(() => resolve()); });
  return file;
}

interface Measured { seconds: number; rssMb: number; stdout: Buffer | undefined; sha256: string; exit: number | null }

/** Runs node with the RSS probe, the file on stdin or as argument; returns time, peak RSS, output. */
function measure(nodeArgs: string[], file: string, viaStdin: boolean, keepStdout: boolean): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', probe, ...nodeArgs], { stdio: [viaStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    // A child that stops reading early (it failed) must not kill the bench with EPIPE: it shows in `exit`.
    child.stdin?.on('error', () => undefined);
    if (viaStdin) createReadStream(file).pipe(child.stdin!);
    const hash = createHash('sha256');
    const kept: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => { hash.update(chunk); if (keepStdout) kept.push(chunk); });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (t: string) => { stderr = (stderr + t).slice(-4000); });
    child.on('error', reject);
    child.on('close', (exit) => {
      const rss = /bench maxRSS=(\d+)/.exec(stderr);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, rssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: keepStdout ? Buffer.concat(kept) : undefined, sha256: hash.digest('hex'), exit });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

// The baseline: what reading the file costs Node with nothing else to do.
const PLAIN_READ = "let n=0; const s=require('fs').createReadStream(process.argv[1],{highWaterMark:262144}); s.on('data',c=>{n+=c.length}); s.on('end',()=>process.stdout.write(String(n)))";

mkdirSync(dataDir, { recursive: true });
writeFileSync(probe, "process.on('exit', () => process.stderr.write(`bench maxRSS=${process.resourceUsage().maxRSS}\\n`));\n");

console.log(`logcheck bench: ${runs} run(s) per case, median; ratios against a plain Node read of the same file.\n`);
const rows: string[][] = [['size', 'case', 'MB/s', 'x plain read', 'peak RSS MB', 'check']];
for (const megabytes of sizes) {
  const file = await generate(megabytes);
  const mb = statSync(file).size / 1e6;
  const expected = await sha256(file);
  const cases: { name: string; args: string[]; stdin: boolean; keep: boolean; check: (m: Measured) => string }[] = [
    { name: 'plain Node read', args: ['-e', PLAIN_READ, file], stdin: false, keep: true, check: (m) => (Number(m.stdout) === statSync(file).size ? 'ok' : 'SHORT') },
    { name: 'logcheck file (all rules)', args: [...nodeFlags, main, '-f', 'json', file], stdin: false, keep: true, check: (m) => planted(m.stdout!) },
    { name: 'logcheck stdin, live', args: [...nodeFlags, main, '-f', 'json'], stdin: true, keep: true, check: (m) => planted(m.stdout!) },
    { name: 'logcheck --tee', args: [...nodeFlags, main, '--tee', '-q'], stdin: true, keep: false, check: (m) => (m.sha256 === expected ? 'same sha256' : 'BYTES DIFFER') },
  ];
  let baseline = 0;
  for (const c of cases) {
    const measured: Measured[] = [];
    for (let i = 0; i < runs; i++) measured.push(await measure(c.args, file, c.stdin, c.keep));
    const rate = mb / median(measured.map((m) => m.seconds));
    if (baseline === 0) baseline = rate;
    const exits = [...new Set(measured.map((m) => m.exit))].join(',');
    rows.push([`${mb.toFixed(0)} MB`, c.name, rate.toFixed(0), (rate / baseline).toFixed(2), median(measured.map((m) => m.rssMb)).toFixed(0), `${c.check(measured[0]!)} (exit ${exits})`]);
  }
}

/** The three planted pieces of evidence must all be found, far apart. */
function planted(stdout: Buffer): string {
  try {
    const report = JSON.parse(stdout.toString('utf8')) as { results: { findings: { ruleId: string; line: number }[] }[] };
    const rules = report.results[0]!.findings.map((f) => `${f.ruleId}@${f.line}`);
    const need = ['pbuilder-chroot-no-shm', 'autoconf-semaphores-disabled', 'python-semaphores-unavailable'];
    const missing = need.filter((id) => !rules.some((r) => r.startsWith(`${id}@`)));
    return missing.length === 0 ? `found: ${rules.join(' ')}` : `MISSING ${missing.join(', ')}`;
  } catch {
    return 'NO JSON';
  }
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => (i === 5 ? cell : cell.padEnd(widths[i]!))).join('  '));
if (rows.some((r) => /MISSING|DIFFER|SHORT|NO JSON/.test(r[5]!))) process.exitCode = 1;
