import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, logPath, runCli } from '../helpers/cli.js';

const MAIN = path.join(ROOT, 'dist/src/cli/main.js');

/** xz, zstd and bzip2 go through the system tools; a test is skipped where the tool is missing. */
const LOG = readFileSync(logPath('pbuilder-0.231-execute-noshm-missing-devshm.log'));
const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-z-'));

function compress(tool: string, args: string[], input: Buffer = LOG): Buffer | undefined {
  const r = spawnSync(tool, args, { input, maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

describe('compressed logs through the system tools', () => {
  for (const [tool, args, ext] of [['xz', ['-c'], 'xz'], ['zstd', ['-q', '-c'], 'zst'], ['bzip2', ['-c'], 'bz2']] as const) {
    describe(tool, function () {
      const data = compress(tool, [...args]);
      before(function () { if (data === undefined) this.skip(); });

      it('gives the same findings as the plain log, from a file and from stdin', async () => {
        const file = path.join(dir, `a.log.${ext}`);
        writeFileSync(file, data!);
        const plain = JSON.parse((await runCli(['-f', 'json', logPath('pbuilder-0.231-execute-noshm-missing-devshm.log')])).stdout).results[0].findings;
        for (const r of [await runCli(['-f', 'json', file]), await runCli(['-f', 'json'], { stdin: data! })]) {
          expect(r.stderr).to.equal('');
          const got = JSON.parse(r.stdout).results[0].findings;
          expect(got.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).to.deep.equal(plain.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line]));
        }
      });

      // Issue 10: `(printf '\0'; head -c 5M /dev/urandom) | xz -0 > r.xz; timeout 20 logcheck r.xz` gave 124: the
      // checker stopped at the NUL, and the tool blocked for ever writing into a pipe nobody read.
      it('binary content: exit 2 within seconds from a file and from stdin', () => {
        const binary = compress(tool, [...args], Buffer.concat([Buffer.from([0]), randomBytes(1024 * 1024)]))!;
        const file = path.join(dir, `binary-${randomBytes(4).toString('hex')}.${ext}`);
        writeFileSync(file, binary);
        for (const command of [`exec node '${MAIN}' '${file}'`, `exec node '${MAIN}' < '${file}'`, `cat '${file}' | node '${MAIN}'`]) {
          const started = Date.now();
          const r = spawnSync('bash', ['-c', command], { encoding: 'utf8', timeout: 20_000 });
          expect(r.signal, `${command}: killed by the time bound`).to.equal(null);
          expect(r.status, command).to.equal(2);
          expect(r.stderr).to.match(/binary data/);
          expect(Date.now() - started).to.be.below(15_000);
        }
      });

      it('a truncated file is a one-line error, exit 2', async () => {
        const file = path.join(dir, `cut.log.${ext}`);
        writeFileSync(file, data!.subarray(0, Math.floor(data!.length / 2)));
        const r = await runCli([file]);
        expect(r.code).to.equal(2);
        expect(r.stderr.trimEnd().split('\n')).to.have.length(1);
        expect(r.stderr).to.match(new RegExp(`${tool === 'zstd' ? 'zstd' : tool === 'bzip2' ? 'bzip2' : 'xz'} data is damaged or truncated`));
      });
    });
  }
});
