import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asciiOnly, bundle, LAUNCHER } from '../../scripts/bundle.js';
import { ROOT } from '../helpers/reports.js';

const BUNDLE = path.join(ROOT, 'bundle', 'logcheck.mjs');
const LOG = path.join(ROOT, 'test', 'logs', 'pbuilder-0.231-execute-noshm-missing-devshm.log');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('packaging', () => {
  it('the committed bundle is the current source (npm run bundle rewrites it)', async () => {
    const fresh = path.join(mkdtempSync(path.join(tmpdir(), 'logcheck-bundle-')), 'logcheck.mjs');
    await bundle(fresh);
    assert.ok(readFileSync(fresh).equals(readFileSync(BUNDLE)), 'bundle/logcheck.mjs is stale: run `npm run bundle` and commit it');
    assert.equal(readFileSync(`${fresh}.LICENSES.txt`, 'utf8'), readFileSync(`${BUNDLE}.LICENSES.txt`, 'utf8'));
  });

  it('the bundle is ASCII (V8 would keep a two-byte copy of its source), and the escapes mean the same code', () => {
    const text = readFileSync(BUNDLE, 'latin1');
    assert.equal(/[^\x00-\x7f]/.exec(text), null);
    // A string, a template, regular expressions with and without the u flag, a surrogate pair, a comment.
    const source = "// a → b\nreturn [\"→😀\", `‘${1}`, /[`'‘](x)/.exec(\"‘x\")[1], /😀+/u.test(\"😀😀\"), /^.$/u.test(\"😀\"), /^..$/.test(\"😀\")];";
    const escaped = asciiOnly(source);
    assert.equal(/[^\x00-\x7f]/.exec(escaped), null);
    assert.deepEqual(new Function(escaped)(), new Function(source)());
    assert.deepEqual(new Function(escaped)(), ['→😀', '‘1', 'x', true, true, true]);
  });

  it('the bundle runs with Node alone, in an empty directory, and finds what the library finds', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-alone-'));
    copyFileSync(BUNDLE, path.join(dir, 'logcheck.mjs'));
    copyFileSync(LOG, path.join(dir, 'build.log'));
    const env = { PATH: path.dirname(process.execPath) };
    const alone = spawnSync(process.execPath, ['logcheck.mjs', '-f', 'json', 'build.log'], { cwd: dir, encoding: 'utf8', env });
    assert.equal(alone.status, 1, alone.stderr);
    const viaDist = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'src', 'cli', 'main.js'), '-f', 'json', 'build.log'], { cwd: dir, encoding: 'utf8', env });
    assert.equal(alone.stdout, viaDist.stdout);
    assert.equal(JSON.parse(alone.stdout).tool.version, pkg.version);
  });

  it('the bin starts as a shell script that execs Node on itself (no env -S: BusyBox has none); no install scripts', () => {
    const [first, second] = readFileSync(BUNDLE, 'utf8').split('\n');
    assert.equal(first, '#!/bin/sh');
    assert.equal(`${first}\n${second}\n`, LAUNCHER);
    // To Node, the launcher line is a string statement and a comment.
    assert.doesNotThrow(() => new Function(second!));
    assert.equal(readFileSync(path.join(ROOT, 'src', 'cli', 'main.ts'), 'utf8').split('\n')[0], '#!/usr/bin/env node');
    assert.deepEqual(pkg.bin, { logcheck: 'bundle/logcheck.mjs' });
    for (const script of ['prepare', 'preinstall', 'install', 'postinstall']) assert.equal(pkg.scripts[script], undefined, script);
    // The package is built when it is packed, not where it is installed.
    assert.match(pkg.scripts.prepack, /npm run build/);
  });

  it("run as a command, the bin is Node in the shell's process, with malloc's fixed threshold unless the user set one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-launcher-'));
    const probe = path.join(dir, 'probe.mjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(`probe ${process.pid} ${process.env.MALLOC_MMAP_THRESHOLD_ ?? '-'} ${process.argv.slice(2).join(' ')}\\n`));\n");
    const env = { PATH: `${path.dirname(process.execPath)}${path.delimiter}/usr/bin${path.delimiter}/bin`, NODE_OPTIONS: `--import ${probe}` };
    // Each sh this machine has (BusyBox's when there is one), through a symlink as npm installs the bin.
    const link = path.join(dir, 'logcheck');
    symlinkSync(BUNDLE, link);
    const shells = ['/bin/sh', '/bin/dash', '/bin/bash', '/bin/busybox'].filter((s) => existsSync(s));
    assert.ok(shells.includes('/bin/sh'));
    for (const shell of shells) {
      const command = shell === '/bin/busybox' ? [shell, 'sh', link] : [shell, link];
      const run = (extra: Record<string, string>): SpawnSyncReturns<string> => spawnSync(command[0]!, [...command.slice(1), '-f', 'json', LOG, 'two words'], { encoding: 'utf8', env: { ...env, ...extra } });
      const plain = run({});
      // Exit 2: `two words` is no file; the log's findings still make a report.
      assert.equal(plain.status, 2, `${shell}: ${plain.stderr}`);
      assert.equal(JSON.parse(plain.stdout).results[0].findings[0].ruleId, 'pbuilder-chroot-no-shm', shell);
      const [, pid, threshold, args] = /^probe (\d+) (\S+) (.*)$/m.exec(plain.stderr) ?? [];
      assert.equal(Number(pid), plain.pid, `${shell}: exec, not a child process`);
      assert.equal(threshold, '131072', shell);
      assert.equal(args, `-f json ${LOG} two words`, `${shell}: the arguments as given`);
      const own = run({ MALLOC_MMAP_THRESHOLD_: '65536' });
      assert.match(own.stderr, /^probe \d+ 65536 /m, `${shell}: the user's own value is kept`);
    }
  });

  it('exports ./package.json and the problem matcher; LICENSE says what package.json says', async () => {
    assert.equal(pkg.exports['./package.json'], './package.json');
    const matcher = import.meta.resolve('logcheck/problem-matchers/logcheck-compact.json');
    assert.equal(matcher, new URL(`file://${path.join(ROOT, 'problem-matchers', 'logcheck-compact.json')}`).href);
    assert.equal(import.meta.resolve('logcheck/package.json'), new URL(`file://${path.join(ROOT, 'package.json')}`).href);
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it('the packed files: every source map points at a shipped source', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    for (const f of ['LICENSE', 'bundle/logcheck.mjs', 'bundle/logcheck.mjs.LICENSES.txt', 'problem-matchers/logcheck-compact.json', 'dist/src/index.js', 'action.yml']) assert.ok(files.has(f), f);
    const maps = [...files].filter((f) => f.endsWith('.js.map'));
    assert.ok(maps.length > 20);
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(path.join(ROOT, map), 'utf8')) as { sources: string[] };
      for (const source of sources) {
        const shipped = path.posix.normalize(path.posix.join(path.posix.dirname(map), source));
        assert.ok(files.has(shipped), `${map} points at ${shipped}, which is not in the package`);
      }
    }
    assert.ok(![...files].some((f) => f.startsWith('test/') || f.startsWith('dist/test/')), 'no tests in the package');
  });
});
