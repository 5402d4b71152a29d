/**
 * `npm run bench`: throughput and peak memory of logcheck (every rule on) on four kinds of large build
 * log and on many small logs, each beside a plain Node read of the same bytes measured the same way in
 * the same run (machines are shared and noisy: compare the ratios, not the seconds). Also checks that the
 * planted evidence of the bench log was found, and that `--tee` passes the bytes through unchanged.
 *
 *   npm run bench                               # 100 MB of each kind, 1,000 small logs, 3 runs, median
 *   npm run bench -- --size 250 --runs 5        # bigger logs, more runs
 *   npm run bench -- --kinds compile,dpkg --many 0 --many-rss 0
 *   npm run bench -- --kinds none --many 1000 --many-rss 10000   # many small logs only, -j1 and -j2
 *   npm run bench -- --env LOGCHECK_SCAN=0      # the same without the byte scanner (engine/scan-lines.ts)
 *
 * "logcheck FILE" scans a large file's bytes on a worker thread (engine/parallel-scan.ts) when a second
 * core is idle; "one thread" is LOGCHECK_SCAN_WORKERS=0, "scan worker" LOGCHECK_SCAN_WORKERS=1 (whatever the load).
 *
 * The logs are generated into bench-data/ (scripts/bench-logs.ts says what each holds).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { dataDir, generate, generateMany, KINDS, root, type Kind } from './bench-logs.js';

// What users run: the bin, bundle/logcheck.mjs (`npm run bench` rebuilds it first).
const main = path.join(root, 'bundle', 'logcheck.mjs');
const probe = path.join(dataDir, 'rss-probe.mjs');

// logcheck is run as a command, as a user's shell runs it: through the bundle's own first lines
// (scripts/bundle.ts, LAUNCHER), which start `node` with the environment they set. The RSS probe goes in
// by NODE_OPTIONS then; the plain reads are `node -e`.
const NODE = Symbol('node');

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const runs = Number(option('--runs', '3'));
const size = Number(option('--size', '100'));
const kinds = option('--kinds', KINDS.join(',')).split(',') as Kind[];
const many = Number(option('--many', '1000'));
// The many-logs memory case: peak RSS over 10,000 small logs (the issue's target is 100 MB).
const manyRss = Number(option('--many-rss', '10000'));
const extraEnv: Record<string, string> = {};
for (let at = args.indexOf('--env'); at >= 0; at = args.indexOf('--env', at + 1)) {
  const [k, ...v] = args[at + 1]!.split('=');
  extraEnv[k!] = v.join('=');
}
const extraArgs = option('--args', '').split(' ').filter(Boolean);

interface Measured { seconds: number; rssMb: number; stdout: Buffer | undefined; sha256: string; exit: number | null }

/**
 * Runs a command (`NODE` first: this Node) with the RSS probe, the file on stdin or as argument; returns
 * time, peak RSS, output. The `node` that the bundle's launcher finds on PATH is this one.
 */
function measure(command: (string | typeof NODE)[], stdinFile: string | undefined, keepStdout: boolean, env: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const [program, ...rest] = command.map((c) => (c === NODE ? process.execPath : c));
    const childEnv = { ...process.env, ...extraEnv, ...env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${probe}`.trim() };
    const child = spawn(program!, rest, { stdio: [stdinFile !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'], env: childEnv });
    // A child that stops reading early (it failed) must not kill the bench with EPIPE: it shows in `exit`.
    child.stdin?.on('error', () => undefined);
    if (stdinFile !== undefined) createReadStream(stdinFile, { highWaterMark: 256 * 1024 }).pipe(child.stdin!);
    const hash = createHash('sha256');
    const kept: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => { hash.update(chunk); if (keepStdout) kept.push(chunk); });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (t: string) => { stderr = (stderr + t).slice(-4000); });
    child.on('error', reject);
    child.on('close', (exit) => {
      // The last: a worker thread runs the probe too (NODE_OPTIONS), and says its figure when it ends.
      const rss = [...stderr.matchAll(/bench maxRSS=(\d+)/g)].pop();
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

// The baselines: what reading the bytes costs Node with nothing else to do (64 KiB synchronous reads, as
// logcheck reads a regular file; stdin as a stream).
const PLAIN_READ = "const fs=require('fs');let n=0;const b=Buffer.allocUnsafe(65536);for(const f of process.argv.slice(1)){const fd=fs.openSync(f,'r');let k;while((k=fs.readSync(fd,b,0,65536,null))>0)n+=k;fs.closeSync(fd)}process.stdout.write(String(n))";
const PLAIN_STDIN = "let n=0;process.stdin.on('data',c=>{n+=c.length});process.stdin.on('end',()=>process.stdout.write(String(n)))";

mkdirSync(dataDir, { recursive: true });
writeFileSync(probe, "process.on('exit', () => process.stderr.write(`bench maxRSS=${process.resourceUsage().maxRSS}\\n`));\n");

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, ${availableParallelism()} cores`);
console.log(`logcheck bench: ${runs} run(s) per case, median; "x plain" = logcheck's rate / a plain Node read of the same bytes in the same run.${Object.keys(extraEnv).length > 0 ? ` env: ${JSON.stringify(extraEnv)}` : ''}${extraArgs.length > 0 ? ` args: ${extraArgs.join(' ')}` : ''}\n`);
const rows: string[][] = [['log', 'case', 'MB/s', 'x plain', 'peak RSS MB', 'check']];

interface Case { name: string; args: (string | typeof NODE)[]; stdin?: string; keep: boolean; check: (m: Measured) => string; plain?: boolean; env?: Record<string, string>; /** The case this one's speed-up is given against (-j2 against -j1). */ versus?: string }

async function bench(label: string, mb: number, cases: Case[]): Promise<void> {
  let baseline = 0;
  const times = new Map<string, number>();
  for (const c of cases) {
    const measured: Measured[] = [];
    for (let i = 0; i < runs; i++) measured.push(await measure(c.args, c.stdin, c.keep, c.env));
    const rate = mb / median(measured.map((m) => m.seconds));
    if (c.plain === true) baseline = rate;
    const exits = [...new Set(measured.map((m) => m.exit))].join(',');
    const seconds = median(measured.map((m) => m.seconds));
    rows.push([label, c.name, rate.toPrecision(3), (rate / baseline).toPrecision(3), median(measured.map((m) => m.rssMb)).toFixed(0), `${c.check(measured[0]!)} (exit ${exits}, ${seconds.toFixed(2)} s${c.versus !== undefined && times.has(c.versus) ? `, ${(times.get(c.versus)! / seconds).toFixed(2)}x ${c.versus}` : ''})`]);
    times.set(c.name, seconds);
  }
}

const logcheck = [main, ...extraArgs];
for (const kind of kinds.filter((k) => KINDS.includes(k))) {
  const file = await generate(kind, size);
  const bytes = statSync(file).size;
  const mb = bytes / 1e6;
  const found = kind === 'bench' ? planted : counted;
  const cases: Case[] = [
    { name: 'plain read (file)', args: [NODE, '-e', PLAIN_READ, file], keep: true, plain: true, check: (m) => (Number(m.stdout) === bytes ? 'ok' : 'SHORT') },
    { name: 'logcheck FILE', args: [...logcheck, '-f', 'json', file], keep: true, check: (m) => found(m.stdout!) },
    // The byte scan on the main thread only, and on a worker thread whatever the load (engine/parallel-scan.ts;
    // by default a large file gets the worker when a second core is idle).
    { name: 'logcheck FILE, one thread', args: [...logcheck, '-f', 'json', file], env: { LOGCHECK_SCAN_WORKERS: '0' }, keep: true, check: (m) => found(m.stdout!) },
    { name: 'logcheck FILE, scan worker', args: [...logcheck, '-f', 'json', file], env: { LOGCHECK_SCAN_WORKERS: '1' }, keep: true, check: (m) => found(m.stdout!) },
    { name: 'plain read (stdin)', args: [NODE, '-e', PLAIN_STDIN], stdin: file, keep: true, plain: true, check: (m) => (Number(m.stdout) === bytes ? 'ok' : 'SHORT') },
    { name: 'logcheck < FILE (live)', args: [...logcheck, '-f', 'json'], stdin: file, keep: true, check: (m) => found(m.stdout!) },
  ];
  if (kind === 'bench') {
    const expected = await sha256(file);
    cases.push({ name: 'logcheck --tee < FILE', args: [...logcheck, '--tee', '-q'], stdin: file, keep: false, check: (m) => (m.sha256 === expected ? 'same sha256' : 'BYTES DIFFER') });
  }
  await bench(`${kind} ${mb.toFixed(0)} MB`, mb, cases);
}

// Many small logs: a plain read of the same files, then logcheck on one thread (-j1) and with two
// workers (-j2), in the same run (compare -j2 to -j1: the ratio, on a shared machine, says more than seconds).
for (const count of [...new Set([many, manyRss])].filter((n) => n > 0)) {
  const files = generateMany(count);
  const mb = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
  const dir = path.dirname(files[0]!);
  await bench(`${count} logs, ${mb.toFixed(0)} MB`, mb, [
    { name: 'plain read (files)', args: [NODE, '-e', PLAIN_READ, ...files], keep: true, plain: true, check: (m) => (Math.abs(Number(m.stdout) / 1e6 - mb) < 0.01 ? 'ok' : 'SHORT') },
    ...['1', '2'].map((jobs): Case => ({ name: `logcheck -j${jobs} DIR/*.log`, args: [...logcheck, '-j', jobs, '-f', 'json', `${dir}/*.log`], keep: true, check: (m) => countedMany(m.stdout!, count), ...(jobs === '2' ? { versus: 'logcheck -j1 DIR/*.log' } : {}) })),
  ]);
}
console.log(`load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(' ')} (${availableParallelism()} cores)\n`);

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

/** How many findings (a change between two runs of the bench shows here). */
function counted(stdout: Buffer): string {
  try {
    const report = JSON.parse(stdout.toString('utf8')) as { results: { findings: unknown[]; omitted?: { count: number }[] }[] };
    const r = report.results[0]!;
    return `${r.findings.length} findings (+${(r.omitted ?? []).reduce((n, o) => n + o.count, 0)} omitted)`;
  } catch {
    return 'NO JSON';
  }
}

function countedMany(stdout: Buffer, count: number): string {
  try {
    const report = JSON.parse(stdout.toString('utf8')) as { results: { findings: unknown[] }[] };
    if (report.results.length !== count) return `SHORT: ${report.results.length} results`;
    return `${report.results.reduce((n, r) => n + r.findings.length, 0)} findings in ${report.results.length} results`;
  } catch {
    return 'NO JSON';
  }
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => (i === 5 ? cell : cell.padEnd(widths[i]!))).join('  '));
if (rows.some((r) => /MISSING|DIFFER|SHORT|NO JSON/.test(r[5]!))) process.exitCode = 1;
