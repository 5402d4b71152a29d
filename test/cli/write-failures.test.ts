import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, logPath, runCli } from '../helpers/cli.js';

const MAIN = path.join(ROOT, 'dist/src/cli/main.js');
const LOG = logPath('pbuilder-0.231-execute-noshm-missing-devshm.log');
const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-write-'));

/**
 * Issue 10: `-o` write failures gave exit 1 and no message (writeFile resolved in end()'s callback
 * before the `error` event); a full disk left a partial file under the real name. Each case here is
 * a real failure: a missing directory, a directory, /dev/full, a real tmpfs that is full.
 */
describe('reports that cannot be written are said, exit 2, and never left half-written', () => {
  it('a missing directory, a directory, /dev/full: one line each, exit 2', async () => {
    for (const [target, words] of [[path.join(dir, 'no/such/dir/x.sarif'), 'no such directory'], [dir, 'is a directory'], ['/dev/full', 'no space left on device']] as const) {
      const r = await runCli(['-f', 'text', '-f', 'sarif', '-o', target, LOG]);
      expect(r.code, target).to.equal(2);
      expect(r.stderr).to.equal(`logcheck: ${target}: cannot write the sarif report: ${words}\n`);
      // The findings still reach stdout.
      expect(r.stdout).to.include('No usable shared memory');
    }
  });

  it('a read-only report file keeps its contents (as cp would refuse), exit 2', function () {
    const target = path.join(dir, 'readonly.sarif');
    writeFileSync(target, 'the previous report\n');
    chmodSync(target, 0o444);
    chmodSync(dir, 0o777);
    // root may write anything: run as nobody (setpriv, util-linux).
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const r = spawnSync(asNobody[0]!, [...asNobody.slice(1), MAIN, '-f', 'sarif', '-o', target, LOG], { encoding: 'utf8' });
    if (r.error !== undefined) this.skip();
    expect(r.status).to.equal(2);
    expect(r.stderr).to.equal(`logcheck: ${target}: cannot write the sarif report: permission denied\n`);
    expect(readFileSync(target, 'utf8')).to.equal('the previous report\n');
  });

  it('stdout on a full device: one line, exit 2, no stack trace', () => {
    const r = spawnSync('bash', ['-c', `node '${MAIN}' '${LOG}' > /dev/full`], { encoding: 'utf8' });
    expect(r.status).to.equal(2);
    expect(r.stderr).to.equal('logcheck: standard output: cannot write the report: no space left on device\n');
  });

  describe('on a real tmpfs that fills up', () => {
    const mnt = path.join(dir, 'small');
    let mounted = false;
    before(function () {
      mkdirSync(mnt, { recursive: true });
      mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt]).status === 0;
      if (!mounted) this.skip();
    });
    after(() => { if (mounted) spawnSync('umount', [mnt]); });

    it('-o: the earlier report stays whole, no temporary file is left, exit 2', async () => {
      const target = path.join(mnt, 'logcheck.sarif');
      writeFileSync(target, '{"earlier": "report"}\n');
      // Fill the rest of the file system.
      spawnSync('bash', ['-c', `cat /dev/zero > '${mnt}/filler' 2>/dev/null; true`]);
      const r = await runCli(['-f', 'sarif', '-o', target, LOG]);
      expect(r.code).to.equal(2);
      expect(r.stderr).to.equal(`logcheck: ${target}: cannot write the sarif report: no space left on device\n`);
      expect(readFileSync(target, 'utf8')).to.equal('{"earlier": "report"}\n');
      expect(readdirSync(mnt).sort()).to.deep.equal(['filler', 'logcheck.sarif']);
      rmSync(path.join(mnt, 'filler'));
    });

    it('$GITHUB_STEP_SUMMARY: appended whole or not at all, the error said', async () => {
      const summary = path.join(mnt, 'step_summary');
      // One whole page (tmpfs allocates 4 KiB pages), so that any append needs a page the disk no longer has.
      const earlier = `${'earlier step\n'.repeat(315)}${'x'.repeat(4096 - 13 * 315 - 1)}\n`;
      writeFileSync(summary, earlier);
      spawnSync('bash', ['-c', `cat /dev/zero > '${mnt}/filler' 2>/dev/null; true`]);
      const r = await runCli(['-f', 'github', LOG], { env: { GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true' } });
      expect(r.code).to.equal(2);
      expect(r.stderr).to.equal(`logcheck: ${summary}: cannot write: no space left on device\n`);
      expect(readFileSync(summary, 'utf8')).to.equal(earlier);
      rmSync(path.join(mnt, 'filler'));
    });

    it('the report fits: written, exit 1, and the directory holds only it', async () => {
      for (const f of readdirSync(mnt)) rmSync(path.join(mnt, f));
      const target = path.join(mnt, 'ok.sarif');
      const r = await runCli(['-f', 'sarif', '-o', target, LOG]);
      expect(r.code).to.equal(1);
      expect(JSON.parse(readFileSync(target, 'utf8')).runs[0].results).to.have.length(3);
      expect(readdirSync(mnt)).to.deep.equal(['ok.sarif']);
    });
  });

  it('two runs writing one -o file at once never interleave: the file is one whole report', async () => {
    const target = path.join(dir, 'shared.json');
    const runs = await Promise.all([1, 2, 3, 4].map(() => runCli(['-f', 'json', '-o', target, LOG])));
    expect(runs.map((r) => r.code)).to.deep.equal([1, 1, 1, 1]);
    expect(JSON.parse(readFileSync(target, 'utf8')).results[0].findings).to.have.length(3);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).to.deep.equal([]);
    expect(existsSync(target)).to.equal(true);
  });
});
