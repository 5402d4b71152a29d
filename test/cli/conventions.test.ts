import assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCli, parseEncoding } from '../../src/cli/args.js';
import { useColor } from '../../src/cli/color.js';
import { expandGlob, resolveInputs } from '../../src/input/resolve.js';
import { allRules } from '../../src/rules/index.js';
import { logPath, runCli } from '../helpers/cli.js';

const noShm = logPath('pbuilder-0.231-execute-noshm-missing-devshm.log');
const SGR = /\x1b\[/;

describe('cli: conventions', () => {
  it('-o before -f (ESLint order) writes that format to the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-conv-'));
    const out = path.join(dir, 'out.json');
    const r = await runCli(['-o', out, '-f', 'json', noShm]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, 1);
    assert.deepEqual(parseCli(['-o', 'a.sarif', '-f', 'sarif', '-f', 'text']).outputs, [{ format: 'sarif', file: 'a.sarif' }, { format: 'text' }]);
    assert.deepEqual(parseCli(['-f', 'text', '-f', 'sarif', '-o', 'a.sarif']).outputs, [{ format: 'text' }, { format: 'sarif', file: 'a.sarif' }]);
    assert.deepEqual(parseCli(['-o', 'report.txt']).outputs, [{ format: 'text', file: 'report.txt' }]);
  });

  it('-- ends the options: logcheck -- rules reads a file named rules', async () => {
    assert.equal(parseCli(['rules']).command, 'rules');
    const o = parseCli(['--', 'rules']);
    assert.equal(o.command, 'check');
    assert.deepEqual(o.files, ['rules']);
    assert.deepEqual(parseCli(['--', '-f', 'x.log']).files, ['-f', 'x.log']);
    const r = await runCli(['--', 'rules']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /rules: /);
  });

  it('--color=always|never|auto, the last one winning', () => {
    assert.equal(parseCli(['--color=always']).color, true);
    assert.equal(parseCli(['--color=never']).color, false);
    assert.equal(parseCli(['--color=auto']).color, undefined);
    assert.equal(parseCli(['--color']).color, true);
    assert.equal(parseCli(['--no-color', '--color=auto']).color, undefined);
    assert.equal(parseCli(['--color=always', '--no-color']).color, false);
    assert.throws(() => parseCli(['--color=sometimes']), /--color takes always, never or auto/);
    // After --, `--color=always` is a file name.
    assert.deepEqual(parseCli(['--', '--color=always']).files, ['--color=always']);
  });

  it('NO_COLOR only when non-empty; FORCE_COLOR forces; flags beat both', async () => {
    const tty = { isTTY: true };
    assert.equal(useColor(undefined, tty, {}), true);
    assert.equal(useColor(undefined, tty, { NO_COLOR: '' }), true, 'an empty NO_COLOR is not set (no-color.org)');
    assert.equal(useColor(undefined, tty, { NO_COLOR: '1' }), false);
    assert.equal(useColor(undefined, {}, { FORCE_COLOR: '1' }), true);
    assert.equal(useColor(undefined, tty, { FORCE_COLOR: '0' }), false);
    assert.equal(useColor(undefined, {}, { FORCE_COLOR: '' }), false);
    assert.equal(useColor(undefined, tty, { TERM: 'dumb' }), false);
    assert.equal(useColor(true, {}, { NO_COLOR: '1' }), true);
    // Through the CLI, into a pipe:
    assert.ok(SGR.test((await runCli([noShm], { env: { FORCE_COLOR: '1' } })).stdout));
    assert.ok(!SGR.test((await runCli([noShm], { env: {} })).stdout));
    assert.ok(SGR.test((await runCli(['--color=always', noShm], { env: { NO_COLOR: '1' } })).stdout));
  });

  it('--encoding takes the names of Latin-1 (iso-8859-1, l1, cp819, ...) and of UTF-8', async () => {
    for (const name of ['latin1', 'ISO-8859-1', 'iso8859-1', 'iso_8859-1', 'l1', 'cp819', 'IBM819', 'csisolatin1', 'iso-ir-100']) assert.equal(parseEncoding(name), true, name);
    for (const name of ['utf8', 'UTF-8', 'unicode-1-1-utf-8']) assert.equal(parseEncoding(name), false, name);
    // windows-1252 and ASCII are other encodings, not names of Latin-1.
    for (const name of ['cp1252', 'ascii', 'utf-16']) assert.throws(() => parseEncoding(name), /--encoding takes/);
    const latin1 = Buffer.concat([Buffer.from('checking for sem_open... yes\nchecking whether POSIX semaphores are enabled... no\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const r = await runCli(['--encoding', 'iso-8859-1', '-'], { stdin: latin1 });
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stderr, /UTF-8/);
  });

  it('a URL argument is said to be a URL, not a pattern that matches nothing', async () => {
    const r = await runCli(['https://buildd.debian.org/status/fetch.php?pkg=hello&arch=amd64']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not URLs: download it first \(curl -fsSL URL \| logcheck\)/);
    assert.doesNotMatch(r.stderr, /no files match/);
  });

  it('logcheck rules: a table that fits 80 columns with ids whole, plain lines into a pipe, -f json', async () => {
    const tty = await runCli(['rules'], { columns: 80 });
    assert.equal(tty.code, 0);
    for (const line of tty.stdout.split('\n')) assert.ok([...line].length <= 80, `${[...line].length}: ${line}`);
    for (const { meta } of allRules) assert.ok(tty.stdout.includes(` ${meta.id} `), `${meta.id} whole`);
    const piped = await runCli(['rules']);
    assert.doesNotMatch(piped.stdout, /[┌─┐└┘├┤┬┴┼│]/u);
    assert.match(piped.stdout, /^compiler-error +error +compile-error +\S/m);
    const json = JSON.parse((await runCli(['rules', '-f', 'json'])).stdout) as { id: string; severity: string; cause: string; docs: { fix: string } }[];
    assert.deepEqual(json.map((r) => r.id), allRules.map((r) => r.meta.id));
    assert.ok(json.every((r) => r.docs.fix !== undefined && r.cause));
    assert.equal((await runCli(['rules', '-f', 'sarif'])).code, 2);
  });
});

describe('input: globs', () => {
  /** a.log, logs/b.log, logs/x/c.log, and a tree 40 levels deep with 400 directories beside them. */
  function tree(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-glob-'));
    writeFileSync(path.join(dir, 'a.log'), 'x\n');
    mkdirSync(path.join(dir, 'logs', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'logs', 'b.log'), 'x\n');
    writeFileSync(path.join(dir, 'logs', 'x', 'c.log'), 'x\n');
    let deep = path.join(dir, 'deep');
    for (let i = 0; i < 40; i++) {
      deep = path.join(deep, `d${i}`);
      for (let j = 0; j < 10; j++) mkdirSync(path.join(deep, `w${j}`), { recursive: true });
    }
    writeFileSync(path.join(deep, 'z.log'), 'x\n');
    return dir;
  }

  /** node:fs with every readdir counted. */
  function counting(): { fs: typeof nodeFs; dirs: string[] } {
    const dirs: string[] = [];
    const fs = { ...nodeFs, readdir: ((p: string, ...rest: unknown[]) => { dirs.push(p); return (nodeFs.readdir as (...a: unknown[]) => void)(p, ...rest); }) as typeof nodeFs.readdir };
    return { fs, dirs };
  }

  it('stops at the depth of the pattern, and micromatch decides the matches', async () => {
    const dir = tree();
    const top = counting();
    assert.deepEqual(await expandGlob('*.log', dir, top.fs), ['a.log']);
    assert.equal(top.dirs.length, 1, `read: ${top.dirs.join(' ')}`);
    const two = counting();
    assert.deepEqual(await expandGlob('logs/*/*.log', dir, two.fs), ['logs/x/c.log']);
    assert.ok(two.dirs.length <= 3, `read: ${two.dirs.join(' ')}`);
    const all = counting();
    const everything = await expandGlob('**/*.log', dir, all.fs);
    assert.equal(everything.length, 4);
    assert.ok(all.dirs.length > 400, 'a globstar walks the whole tree');
    // micromatch syntax: braces, extglobs; dotfiles stay out.
    writeFileSync(path.join(dir, '.hidden.log'), 'x\n');
    assert.deepEqual(await expandGlob('{a,logs/b}.log', dir), ['a.log', 'logs/b.log']);
    assert.deepEqual(await expandGlob('logs/+(b|c).log', dir), ['logs/b.log']);
    assert.deepEqual((await resolveInputs(['*.log'], dir)).inputs.map((i) => i.path), ['a.log']);
    assert.deepEqual((await resolveInputs([path.join(dir, 'logs', '*.log')], dir)).inputs.map((i) => i.path), [path.join(dir, 'logs', 'b.log')]);
  });
});
