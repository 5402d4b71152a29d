/**
 * Measures `--tee`: a large build log (default ~300 MB, made from real logs in test/logs/) is
 * piped through `node dist/src/cli/main.js --tee` and, as a baseline, through `cat`, in the same
 * run. Reports MB/s, the child's peak RSS (from an exit hook loaded with --import), and whether the
 * bytes that came out have the same sha256 as the bytes that went in.
 *
 *   npm run build && node dist/scripts/bench-tee.js [MB]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.join(root, 'bench-data');
const megabytes = Number(process.argv[2] ?? 300);
const input = path.join(dataDir, `tee-${megabytes}mb.log`);
const probe = path.join(dataDir, 'rss-probe.mjs');

/**
 * A realistic long build: a session without shm first (findings early, as on a pipe), then clean
 * build output from a real log repeated (no findings: a real build log does not repeat its
 * diagnosis thousands of times), then the session that fails for want of /dev/shm.
 */
async function generate(): Promise<void> {
  if (existsSync(input) && statSync(input).size >= megabytes * 1e6) return;
  mkdirSync(dataDir, { recursive: true });
  const read = (name: string): Buffer => readFileSync(path.join(root, 'test', 'logs', name));
  const head = read('pbuilder-0.231-build-USESHM-no.log');
  const filler = read('pbuilder-0.231-build-USESHM-yes.log');
  const tail = read('pbuilder-0.231-execute-noshm-missing-devshm.log');
  const out = createWriteStream(input);
  const write = async (chunk: Buffer): Promise<void> => {
    if (!out.write(chunk)) await new Promise<void>((resolve) => { out.once('drain', () => resolve()); });
  };
  await write(head);
  let written = head.length + tail.length;
  for (let round = 0; written < megabytes * 1e6; round++) {
    // Vary the text a little so that the stream is not one repeated block.
    const chunk = Buffer.concat([Buffer.from(`# round ${round}\n`), filler]);
    written += chunk.length;
    await write(chunk);
  }
  await write(tail);
  await new Promise<void>((resolve) => { out.end(() => resolve()); });
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

interface Measured { seconds: number; sha256: string; peakRssMb: number | undefined; exitCode: number | null; stderrTail: string }

/** Runs the command with the file on stdin, hashing what comes out of stdout. */
function measure(command: string, args: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    createReadStream(input).pipe(child.stdin);
    const hash = createHash('sha256');
    child.stdout.on('data', (chunk: Buffer) => hash.update(chunk));
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr = (stderr + text).slice(-4000); });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = /logcheck-bench maxRSS=(\d+)/.exec(stderr);
      resolve({ seconds, sha256: hash.digest('hex'), peakRssMb: rss ? Number(rss[1]) / 1024 : undefined, exitCode, stderrTail: stderr.trim().split('\n').slice(-2).join(' | ') });
    });
  });
}

await generate();
// process.resourceUsage().maxRSS is in KiB; printed last, on stderr.
writeFileSync(probe, "process.on('exit', () => process.stderr.write(`logcheck-bench maxRSS=${process.resourceUsage().maxRSS}\\n`));\n");
const size = statSync(input).size;
const expected = await sha256File(input);
const cat = await measure('cat', []);
const tee = await measure(process.execPath, ['--import', probe, path.join(root, 'dist', 'src', 'cli', 'main.js'), '--tee', '-q']);
const mb = size / 1e6;
const row = (name: string, m: Measured): string =>
  `${name.padEnd(16)} ${m.seconds.toFixed(2).padStart(7)} s ${(mb / m.seconds).toFixed(1).padStart(8)} MB/s   peak RSS ${m.peakRssMb === undefined ? '   n/a' : `${m.peakRssMb.toFixed(0).padStart(4)} MB`}   sha256 ${m.sha256 === expected ? 'same' : 'DIFFERENT'}   exit ${m.exitCode}`;
console.log(`input: ${input} (${mb.toFixed(0)} MB, sha256 ${expected.slice(0, 16)}…)`);
console.log(row('cat', cat));
console.log(row('logcheck --tee', tee));
console.log(`logcheck said: ${tee.stderrTail.replace(/logcheck-bench maxRSS=\d+/, '').trim()}`);
if (tee.sha256 !== expected || cat.sha256 !== expected) process.exitCode = 1;
