import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, logPath } from '../helpers/cli.js';

const MAIN = path.join(ROOT, 'dist/src/cli/main.js');
const LOG = logPath('pbuilder-0.231-execute-noshm-missing-devshm.log');

/** Inputs that cannot seek: `logcheck <(pbuilder build x.dsc 2>&1)` and named pipes. */
describe('FIFOs and process substitution', () => {
  const rules = (stdout: string): string[] => JSON.parse(stdout).results[0].findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`);
  const expected = ['pbuilder-chroot-no-shm@7', 'python-semaphores-unavailable@17', 'python-semaphores-unavailable@28'];

  it('reads <(command), plain and gzipped', () => {
    for (const producer of [`cat '${LOG}'`, `gzip -c '${LOG}'`]) {
      const r = spawnSync('bash', ['-c', `node '${MAIN}' -f json <(${producer})`], { encoding: 'utf8' });
      expect(r.stderr).to.equal('');
      expect(rules(r.stdout)).to.deep.equal(expected);
    }
  });

  it('reads a named pipe while its writer is still writing', () => {
    const script = `d=$(mktemp -d); mkfifo "$d/p"; (head -20 '${LOG}'; sleep 0.3; tail -n +21 '${LOG}') > "$d/p" & node '${MAIN}' -f json "$d/p"; rm -r "$d"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stderr).to.equal('');
    expect(rules(r.stdout)).to.deep.equal(expected);
  });
});
