import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { checkText } from '../../src/check.js';
import { run } from '../../src/cli/run.js';
import { fitMessage, formatGithub, MESSAGE_MAX_CHARS } from '../../src/formatters/github.js';
import { context, finding, report, resultOf, ROOT } from '../helpers/reports.js';
import { parseRunnerOutput, runnerAnnotations, RUNNER_MESSAGE_MAX } from '../helpers/github-runner.js';

/** A git work tree with main.c committed and the compile-error log copied in (untracked). */
function checkout(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-gh-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  git('init', '-q');
  writeFileSync(path.join(dir, 'main.c'), 'int main(void) {\n'.repeat(25));
  copyFileSync(path.join(ROOT, 'test/logs/pbuilder-0.231-compile-error.log'), path.join(dir, 'committed.log'));
  git('add', 'main.c', 'committed.log');
  git('commit', '-qm', 'x');
  copyFileSync(path.join(ROOT, 'test/logs/pbuilder-0.231-compile-error.log'), path.join(dir, 'build.log'));
  return dir;
}

async function cli(args: string[], cwd: string, env: Record<string, string> = {}, stdin?: PassThrough): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => { stdout += c.toString(); });
  err.on('data', (c: Buffer) => { stderr += c.toString(); });
  const input = stdin ?? new PassThrough();
  if (stdin === undefined) input.end();
  // Inputs are opened relative to the process's directory, as from a shell in `cwd`.
  const was = process.cwd();
  process.chdir(cwd);
  try {
    const code = await run(args, { stdin: input, stdout: out, stderr: err, env, cwd });
    return { code, stdout, stderr };
  } finally {
    process.chdir(was);
  }
}

describe('formatters: github, as the runner reads it', () => {
  it('the runner helper parses as ActionCommand.cs does (unregistered names, empty values, stop tokens, bare CR)', () => {
    const cmds = parseRunnerOutput([
      '::Error file=a.c,line=3,title=,col= 4::one',       // names are case-insensitive; empty values dropped; values not trimmed
      '::frobnicate::not a command',
      '::stop-commands::tok1234',
      '::error::hidden while stopped',
      '::TOK1234::',
      'text ##[warning]legacy anywhere in a line',
      'progress\r::notice::after a bare CR',
    ].join('\n'));
    assert.deepEqual(cmds.map((c) => [c.name, c.data]), [['error', 'one'], ['warning', 'legacy anywhere in a line'], ['notice', 'after a bare CR']]);
    assert.deepEqual(cmds[0]!.properties, { file: 'a.c', line: '3', col: ' 4' });
    const long = parseRunnerOutput(`::error::${'x'.repeat(5000)}`)[0]!;
    assert.equal(long.message!.length, RUNNER_MESSAGE_MAX);
    assert.equal(long.cut, true);
  });

  it('keeps the fix inside the 4,096-character cap: a 6,000-character evidence line is cut, not the fix', () => {
    const huge = `checking whether POSIX semaphores are enabled... no ${'x'.repeat(6000)}`;
    const evidence = Array.from({ length: 20 }, (_, i) => ({ line: i + 1, text: i === 3 ? huge : `line ${i} ${'y'.repeat(400)}` }));
    const f = finding({ line: 4, evidence, message: `m ${'z'.repeat(2000)}`, remediation: { summary: 'Set USESHM=yes in the pbuilderrc.', steps: ['USESHM=yes'] } });
    const out = formatGithub(report([resultOf('/tmp/x/build.log', [f])]), context());
    const [a] = runnerAnnotations(out);
    assert.equal(a!.cut, false, `runner keeps it whole (${a!.data.length} chars)`);
    assert.ok(a!.message!.length <= RUNNER_MESSAGE_MAX);
    assert.match(a!.message!, /\nFix: Set USESHM=yes in the pbuilderrc\.\n {4}USESHM=yes$/);
    assert.match(a!.message!, /… \d+ more lines \(step summary\)/);
    // A fix longer than the cap alone is cut, still from its start.
    const cut = fitMessage({ findings: ['x'], evidence: [], evidenceSource: 'l', fix: [`Fix: ${'f'.repeat(5000)}`], trailer: [] });
    assert.ok(cut.length <= MESSAGE_MAX_CHARS && cut.startsWith('Fix: fff'));
  });

  it('one annotation per place: compiler-error and build-first-failure at main.c:20:12 are one', async () => {
    const dir = checkout();
    const { stdout } = await cli(['-f', 'github', '--path-map', '/build/compileerr-1.0=.', 'build.log'], dir);
    const annotations = runnerAnnotations(stdout);
    // The log line (build.log, untracked: no file=) and main.c:20:12 (tracked): two, not three.
    assert.deepEqual(annotations.map((a) => [a.name, a.properties.file, a.properties.line, a.properties.col]), [['error', undefined, undefined, undefined], ['error', 'main.c', '20', '12']]);
    assert.match(annotations[1]!.data, /\[compiler-error\]/);
    assert.match(annotations[1]!.data, /\[build-first-failure\]/);
  });

  it('file= only for a log in the commit (git ls-files), never for an untracked one in the workspace', async () => {
    const dir = checkout();
    const tracked = runnerAnnotations((await cli(['-f', 'github', 'committed.log'], dir)).stdout);
    // The compiler's main.c (relative, as gcc printed it) is the checkout's main.c, also tracked.
    assert.deepEqual(tracked.map((a) => [a.properties.file, a.properties.line]), [['committed.log', '223'], ['main.c', '20']]);
    const untracked = runnerAnnotations((await cli(['-f', 'github', 'build.log'], dir)).stdout);
    assert.deepEqual(untracked.map((a) => a.properties.file), [undefined, 'main.c']);
    assert.match(untracked[0]!.data, /\(build\.log:223; rules: compiler-error, build-first-failure\)$/);
    // GITHUB_WORKSPACE is the root: run from a subdirectory, the path is still root-relative.
    const sub = path.join(dir, 'sub');
    execFileSync('mkdir', [sub]);
    const fromSub = runnerAnnotations((await cli(['-f', 'github', '../committed.log'], sub, { GITHUB_WORKSPACE: dir })).stdout);
    assert.equal(fromSub[0]!.properties.file, 'committed.log');
    // Not a git work tree: nothing is known to be in the commit, so no file=.
    const plain = mkdtempSync(path.join(tmpdir(), 'logcheck-nogit-'));
    copyFileSync(path.join(dir, 'build.log'), path.join(plain, 'build.log'));
    assert.deepEqual(runnerAnnotations((await cli(['-f', 'github', 'build.log'], plain)).stdout).map((a) => a.properties.file), [undefined]);
  });

  it('--tee -f github: annotations come as the findings do, before the input ends', async () => {
    const log = readFileSync(path.join(ROOT, 'test/logs/pbuilder-0.231-execute-noshm-missing-devshm.log'));
    const stdin = new PassThrough();
    const out = new PassThrough().resume();
    const err = new PassThrough();
    let stderr = '';
    err.on('data', (c: Buffer) => { stderr += c.toString(); });
    const done = run(['--tee', '-f', 'github'], { stdin, stdout: out, stderr: err, env: {}, cwd: ROOT });
    // Everything but the last line: the errors at lines 17 and 28 are certain by then.
    const text = log.toString('utf8');
    const cutAt = text.lastIndexOf('\n', text.length - 2) + 1;
    stdin.write(text.slice(0, cutAt));
    for (let i = 0; i < 50 && !stderr.includes('::error'); i++) await new Promise((r) => setTimeout(r, 20));
    const before = runnerAnnotations(stderr);
    assert.ok(before.some((a) => a.name === 'error'), `an error annotation before the end: ${stderr}`);
    assert.ok(!stderr.includes('::group::'), 'the report comes at the end');
    stdin.end(text.slice(cutAt));
    assert.equal(await done, 1);
    const all = runnerAnnotations(stderr);
    assert.deepEqual(all.map((a) => a.properties.line === undefined), all.map(() => true), '<stdin> gets no file= or line=');
    assert.ok(all.length >= before.length);
    assert.match(stderr, /::group::logcheck: 1 diagnosis/);
  });

  it('the live annotations keep the per-level limit and count the rest at the end', async () => {
    const lines = Array.from({ length: 14 }, (_, i) => `checking for sem_open... yes\nchecking whether POSIX semaphores are enabled... no\necho ${i}`).join('\n');
    const stdin = new PassThrough();
    stdin.end(`${lines}\n`);
    const { stderr } = await cli(['--tee', '-f', 'github', '--max-findings-per-rule', '50'], ROOT, {}, stdin);
    const commands = parseRunnerOutput(stderr);
    const findings = (await checkText(`${lines}\n`, { source: '<stdin>', maxFindingsPerRule: 50 })).findings.length;
    assert.ok(findings > 10);
    assert.ok(commands.filter((c) => c.name === 'error').length <= 10);
    assert.match(commands[commands.length - 1]!.data, /more annotations? not shown/);
  });
});
