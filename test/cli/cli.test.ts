import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, logPath, runCli } from '../helpers/cli.js';
import { allRules } from '../../src/rules/index.js';

const MAIN = path.join(ROOT, 'dist/src/cli/main.js');
const noShm = logPath('pbuilder-0.231-execute-noshm-missing-devshm.log');
const useShmNo = logPath('pbuilder-0.231-build-USESHM-no.log');
const healthy = logPath('pbuilder-0.231-build-USESHM-yes.log');

describe('cli', () => {
  describe('exit codes', () => {
    it('0 for a healthy build', async () => {
      const r = await runCli([healthy]);
      expect(r.code).to.equal(0);
      expect(r.stdout).to.match(/^No problems found in 1 log \(428 lines\)\.\n$/);
    });
    it('1 for an error finding', async () => {
      expect((await runCli([noShm])).code).to.equal(1);
    });
    it('a warning alone is exit 0 by default and 1 with --fail-on warning', async () => {
      expect((await runCli([useShmNo])).code).to.equal(0);
      expect((await runCli(['--fail-on', 'warning', useShmNo])).code).to.equal(1);
    });
    it('2 for a bad --fail-on', async () => {
      const r = await runCli(['--fail-on', 'fatal', healthy]);
      expect(r.code).to.equal(2);
      expect(r.stderr).to.include('--fail-on takes error, warning or note');
    });
  });

  describe('text output', () => {
    it('one diagnosis with all the evidence and the era-specific fix', async () => {
      const r = await runCli(['--no-color', noShm]);
      const blocks = r.stdout.split('\n').filter((l) => /^\S.*:\d+: (error|warning|note): /.test(l));
      expect(blocks).to.have.length(1);
      expect(blocks[0]).to.include(':17: error: No usable shared memory (/dev/shm) in the build environment');
      for (const line of ['     7 │ I: mounting /proc filesystem', '    17 │ sem_open: No such file or directory', '    28 │ FileNotFoundError: [Errno 2] No such file or directory']) {
        expect(r.stdout).to.include(line);
      }
      expect(r.stdout).to.include('USESHM=yes');
      expect(r.stdout).not.to.include('\x1b[');
    });
    it('colour only when asked or on a terminal, and never with NO_COLOR', async () => {
      expect((await runCli(['--color', noShm])).stdout).to.include('\x1b[31merror');
      expect((await runCli([noShm], { env: { NO_COLOR: '1' } })).stdout).not.to.include('\x1b[');
    });
    it('live: from stdin each finding is printed as it comes, later ones as more evidence', async () => {
      const r = await runCli(['--no-color'], { stdin: (await import('node:fs')).readFileSync(noShm) });
      const headings = r.stdout.split('\n').filter((l) => /^<stdin>:\d+: /.test(l));
      expect(headings.map((h) => h.replace(/ {2}\[.*$/, ''))).to.deep.equal([
        '<stdin>:7: warning: No usable shared memory (/dev/shm) in the build environment',
        '<stdin>:17: error: more evidence: No usable shared memory (/dev/shm) in the build environment',
        '<stdin>:28: error: more evidence: No usable shared memory (/dev/shm) in the build environment',
      ]);
      expect(r.stdout).to.match(/1 diagnosis from 3 findings \(2 error, 1 warning, 0 note\) in 1 log\.\n$/);
    });
    it('--label names stdin', async () => {
      const r = await runCli(['--no-color', '--label', 'build.log'], { stdin: 'checking for sem_open... yes\nchecking whether POSIX semaphores are enabled... no\n' });
      expect(r.stdout).to.include('build.log:2: error:');
    });
    it('a summary of several diagnoses: plain lines into a pipe, a table that fits a terminal', async () => {
      const piped = await runCli(['--no-color', noShm, useShmNo]);
      // No box drawing into a pipe (│ alone is the evidence lines' gutter).
      expect(piped.stdout).not.to.match(/[┌─┐└┘├┤┬┴┼]/u);
      expect(piped.stdout).to.include(`  error    ${noShm}:17  No usable shared memory (/dev/shm) in the build environment  [pbuilder-chroot-no-shm, python-semaphores-unavailable]`);
      expect(piped.stdout).to.match(/2 diagnoses from 4 findings \(2 error, 2 warning, 0 note\) in 2 logs\./);
      // On a terminal: a table when it fits (160 columns), else stacked lines (80); never wider, names whole.
      const names = ['test/logs/pbuilder-0.231-execute-noshm-missing-devshm.log', 'test/logs/pbuilder-0.231-build-USESHM-no.log'];
      const wide = await runCli(['--no-color', ...names], { columns: 160 });
      expect(wide.stdout).to.include('┌');
      const narrow = await runCli(['--no-color', ...names], { columns: 80 });
      expect(narrow.stdout).not.to.include('┌');
      expect(narrow.stdout).to.include(`error    ${names[0]}:17\n         No usable shared memory (/dev/shm) in the build environment\n         pbuilder-chroot-no-shm, python-semaphores-unavailable\n`);
      for (const [tty, width] of [[wide, 160], [narrow, 80]] as const) {
        const summary = tty.stdout.slice(tty.stdout.lastIndexOf('fix:'));
        for (const line of summary.split('\n').slice(3)) expect([...line].length, line).to.be.at.most(width);
        for (const n of names) expect(summary).to.include(n);
      }
    });
  });

  describe('json', () => {
    it('is versioned and keeps each finding with its cause id', async () => {
      const report = JSON.parse((await runCli(['-f', 'json', noShm])).stdout);
      expect(report.version).to.equal(1);
      expect(report.tool.name).to.equal('logcheck');
      const findings = report.results[0].findings;
      expect(findings.map((f: { ruleId: string; cause: string; line: number }) => [f.ruleId, f.cause, f.line])).to.deep.equal([
        ['pbuilder-chroot-no-shm', 'no-usable-shm', 7],
        ['python-semaphores-unavailable', 'no-usable-shm', 17],
        ['python-semaphores-unavailable', 'no-usable-shm', 28],
      ]);
      expect(report.diagnoses).to.have.length(1);
      expect(report.diagnoses[0].evidence.map((e: { line: number }) => e.line)).to.deep.equal([7, 8, 9, 10, 11, 17, 18, 25, 28]);
    });
    it('-o writes a format to a file while text goes to stdout', async () => {
      const { mkdtempSync, readFileSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'lc-')), 'r.json');
      const r = await runCli(['--no-color', '-f', 'text', '-f', 'json', '-o', out, noShm]);
      expect(r.stdout).to.include('error: No usable shared memory');
      expect(JSON.parse(readFileSync(out, 'utf8')).results[0].findings).to.have.length(3);
    });
    it('two formats to stdout is a usage error', async () => {
      const r = await runCli(['-f', 'text', '-f', 'json', noShm]);
      expect(r.code).to.equal(2);
    });
  });

  describe('a log that repeats one failure many times', () => {
    it('keeps --max-findings-per-rule findings per rule, counts the rest and says so', async () => {
      const { readFileSync } = await import('node:fs');
      const many = Buffer.concat(Array.from({ length: 150 }, () => readFileSync(noShm)));
      const json = JSON.parse((await runCli(['-f', 'json', '--max-findings-per-rule', '5'], { stdin: many })).stdout);
      const byRule = (id: string) => json.results[0].findings.filter((f: { ruleId: string }) => f.ruleId === id).length;
      expect([byRule('pbuilder-chroot-no-shm'), byRule('python-semaphores-unavailable')]).to.deep.equal([5, 5]);
      expect(json.results[0].omitted).to.deep.equal([
        { ruleId: 'python-semaphores-unavailable', count: 2 * 150 - 5 },
        { ruleId: 'pbuilder-chroot-no-shm', count: 150 - 5 },
      ]);
      const text = (await runCli(['--no-color', '--no-live', '--label', 'many.log'], { stdin: many })).stdout;
      expect(text).to.include('many.log: 200 more python-semaphores-unavailable findings not listed');
      expect(text).to.include('many.log: 50 more pbuilder-chroot-no-shm findings not listed');
      const markdown = (await runCli(['-f', 'markdown', '--label', 'many.log'], { stdin: many })).stdout;
      expect(markdown).to.include('Not listed (over --max-findings-per-rule): 200 more `python-semaphores-unavailable` in many.log; 50 more `pbuilder-chroot-no-shm` in many.log.');
    });
  });

  describe('rules and explain', () => {
    it('rules lists every rule', async () => {
      const r = await runCli(['rules']);
      expect(r.code).to.equal(0);
      for (const rule of allRules) expect(r.stdout).to.include(rule.meta.id);
    });
    it('explain prints the docs', async () => {
      const r = await runCli(['explain', 'pbuilder-chroot-no-shm']);
      expect(r.code).to.equal(0);
      expect(r.stdout).to.include('Why it matters:');
      expect(r.stdout).to.include('USESHM=yes');
    });
    it('explain of an unknown rule is exit 2', async () => {
      expect((await runCli(['explain', 'no-such-rule'])).code).to.equal(2);
    });
    it('--rule limits the run', async () => {
      const report = JSON.parse((await runCli(['-f', 'json', '--rule', 'pbuilder-chroot-no-shm', noShm])).stdout);
      expect(report.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).to.deep.equal(['pbuilder-chroot-no-shm']);
    });
    it('--help and --version', async () => {
      expect((await runCli(['--help'])).stdout).to.include('Usage: logcheck');
      expect((await runCli(['--version'])).stdout).to.match(/^logcheck \d+\.\d+\.\d+\n$/);
    });
  });

  describe('as a process', () => {
    it('a closed pipe (| head -1) ends quietly', () => {
      // Enough output (400 logs' worth) that the writes outlive the reader and meet EPIPE.
      const many = Array.from({ length: 400 }, () => noShm).join(' ');
      const r = spawnSync('bash', ['-c', `node ${MAIN} --no-color ${many} | head -1; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
      expect(r.stderr).to.equal('');
      expect(r.stdout).to.match(/error: No usable shared memory[\s\S]*status=[01]\n$/);
    });
    it('globs expand with micromatch', () => {
      const r = spawnSync('node', [MAIN, '-f', 'json', 'test/logs/pbuilder-0.231-build-USESHM-*.log'], { cwd: ROOT, encoding: 'utf8' });
      const sources = JSON.parse(r.stdout).results.map((x: { source: string }) => x.source);
      expect(sources).to.deep.equal(['test/logs/pbuilder-0.231-build-USESHM-no.log', 'test/logs/pbuilder-0.231-build-USESHM-yes.log']);
    });
  });
});
