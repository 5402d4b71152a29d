/**
 * The bench's logs, generated (never committed): four kinds of large build log and a directory of many
 * small ones. Each generator writes whole lines until the size is reached, so the bench can ask for any size.
 *
 *   mixed     real pbuilder/sbuild/dpkg/CPython-configure logs from test/logs/ one after the other:
 *             trigger-dense (every kind of line the parsers and the catalog know), colour, CR redraws
 *   compile   gcc command lines, make's directories, warnings with their source line and caret
 *   dpkg      an apt/dpkg set-up: Selecting, Preparing, Unpacking, Setting up, systemd symlinks (with `→`)
 *   bench     the historical bench log: a chroot without shm at the top, a configure contradiction half-way,
 *             the Python failure at the end, evidence hundreds of MB apart
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = path.join(root, 'bench-data');
export type Kind = 'mixed' | 'compile' | 'dpkg' | 'bench';
export const KINDS: readonly Kind[] = ['mixed', 'compile', 'dpkg', 'bench'];

const log = (name: string): Buffer => readFileSync(path.join(root, 'test', 'logs', name));

/** Writes lines from `next(round)` until `bytes`; `head` and `tail` around them. */
async function writeLog(file: string, bytes: number, next: (round: number, written: number) => Buffer, head: Buffer = Buffer.alloc(0), tail: Buffer = Buffer.alloc(0)): Promise<void> {
  const out = createWriteStream(file);
  let written = 0;
  const put = async (chunk: Buffer): Promise<void> => {
    written += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => { out.once('drain', () => resolve()); });
  };
  await put(head);
  for (let round = 0; written < bytes - tail.length; round++) await put(next(round, written));
  await put(tail);
  await new Promise<void>((resolve) => { out.end(() => resolve()); });
}

// Lines from gcc 12 / GNU make 4.3 as Debian builds print them (test/logs/pbuilder-0.231-compile-error.log,
// sbuild-0.85.0-compileerr.log), with names varied per round.
function compileRound(round: number): Buffer {
  const dir = `/build/pkg-1.${round % 97}/src/mod${round % 13}`;
  const lines: string[] = [`make[2]: Entering directory '${dir}'`];
  for (let k = 0; k < 24; k++) {
    const name = `file${(round * 31 + k) % 1009}`;
    lines.push(`gcc -DHAVE_CONFIG_H -I. -I../.. -I../../include  -Wdate-time -D_FORTIFY_SOURCE=2  -g -O2 -ffile-prefix-map=/build/pkg-1.0=. -fstack-protector-strong -Wformat -Werror=format-security -Wall -c -o ${name}.o ${name}.c`);
    if (k % 6 === 0) {
      lines.push(
        `${name}.c: In function \u2018${name}_init\u2019:`,
        `${name}.c:${40 + k}:9: warning: unused variable \u2018len\u2019 [-Wunused-variable]`,
        `   ${40 + k} |     int len;`,
        '      |         ^~~',
      );
    }
    if (k % 8 === 0) lines.push(`libtool: compile:  gcc -DHAVE_CONFIG_H -I. -g -O2 -c ${name}.c  -fPIC -DPIC -o .libs/${name}.o`);
  }
  lines.push(`/bin/bash ../../libtool  --tag=CC   --mode=link gcc  -g -O2 -Wl,-z,relro -Wl,-z,now -o libmod${round % 13}.la -rpath /usr/lib/x86_64-linux-gnu file1.lo file2.lo -lm`);
  lines.push(`make[2]: Leaving directory '${dir}'`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

// apt 2.6 / dpkg 1.21 output while pbuilder installs build dependencies (test/logs/pbuilder-0.231-build-hello-success.log),
// and systemd 252's `Created symlink ... → ...` (the arrow makes a chunk's text two-byte in V8).
function dpkgRound(round: number): Buffer {
  const lines: string[] = [];
  for (let k = 0; k < 8; k++) {
    const pkg = `libpkg${(round * 7 + k) % 4001}-${k}`;
    const version = `${1 + (k % 5)}.${round % 31}-${1 + (k % 3)}`;
    lines.push(
      `Selecting previously unselected package ${pkg}:amd64.`,
      `Preparing to unpack .../${k}-${pkg}_${version}_amd64.deb ...`,
      `Unpacking ${pkg}:amd64 (${version}) ...`,
    );
  }
  for (let k = 0; k < 8; k++) {
    const pkg = `libpkg${(round * 7 + k) % 4001}-${k}`;
    lines.push(`Setting up ${pkg}:amd64 (${1 + (k % 5)}.${round % 31}-${1 + (k % 3)}) ...`);
    if (k === 3) lines.push(`Created symlink /etc/systemd/system/multi-user.target.wants/svc${round % 50}.service \u2192 /lib/systemd/system/svc${round % 50}.service.`);
  }
  lines.push('Processing triggers for libc-bin (2.36-9+deb12u4) ...', 'Processing triggers for man-db (2.11.2-2) ...');
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Writes the log of a kind once per size (MB); returns its path. */
export async function generate(kind: Kind, megabytes: number): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `${kind}-${megabytes}mb.log`);
  const bytes = megabytes * 1e6;
  if (existsSync(file) && statSync(file).size >= bytes) return file;
  switch (kind) {
    case 'mixed': {
      const logs = readdirSync(path.join(root, 'test', 'logs')).filter((n) => n.endsWith('.log')).sort().map(log);
      await writeLog(file, bytes, (round) => logs[round % logs.length]!);
      break;
    }
    case 'compile': await writeLog(file, bytes, compileRound); break;
    case 'dpkg': await writeLog(file, bytes, dpkgRound); break;
    case 'bench': {
      const head = log('pbuilder-0.231-build-USESHM-no.log').subarray(0, 2000); // its mount lines, no shm
      const filler = log('pbuilder-0.231-build-USESHM-yes.log'); // a healthy build: colour, CR redraws, dpkg
      const middle = Buffer.from('checking for sem_open... yes\nchecking for sem_timedwait... yes\nchecking whether POSIX semaphores are enabled... no\nchecking for broken sem_getvalue... yes\n');
      const tail = log('pbuilder-0.231-execute-noshm-missing-devshm.log');
      let middleDone = false;
      // The healthy build has its own sessions and mounts: strip its pbuilder lines so that the planted
      // set-up stays the only one, and vary the text so the stream is not one block.
      const body = filler.subarray(filler.indexOf('I: Installing the build-deps'));
      await writeLog(file, bytes, (round, written) => {
        const parts = [Buffer.from(`make[1]: Entering directory '/build/pkg-${round}'\n`), body];
        if (!middleDone && written > bytes / 2) { parts.unshift(middle); middleDone = true; }
        return Buffer.concat(parts);
      }, Buffer.concat([head.subarray(0, head.lastIndexOf(10) + 1), Buffer.from('I: policy-rc.d already exists\n')]), tail);
      break;
    }
  }
  return file;
}

/** `count` small logs (the real test logs in turn) in one directory; returns their paths. */
export function generateMany(count: number): string[] {
  const dir = path.join(dataDir, `many-${count}`);
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(path.join(root, 'test', 'logs')).filter((n) => n.endsWith('.log')).sort();
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `${String(i).padStart(5, '0')}.log`);
    if (!existsSync(file)) writeFileSync(file, log(names[i % names.length]!));
    files.push(file);
  }
  return files;
}
