import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ROOT } from '../helpers/reports.js';
import { runnerAnnotations } from '../helpers/github-runner.js';

/**
 * Every shell command in the README's code blocks that runs logcheck is run here as written, with
 * bash, in an empty directory laid out as the snippet expects: `tools/logcheck.mjs` is the committed
 * bundle, `build.log` and `foo_1.0-1_amd64.build` are a real failed pbuilder log, and the build itself
 * (`sudo pbuilder build ...`, `sbuild ...`), which cannot run here, is replaced by `cat` of that log.
 * GitHub's `${{ matrix.dist }}` becomes `bookworm`; `/usr/local/bin` is made a directory of the sandbox.
 * Then the files each consumer reads are read as it reads them.
 */
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const LOG = path.join(ROOT, 'test', 'logs', 'pbuilder-0.231-execute-noshm-missing-devshm.log');
const BUNDLE = path.join(ROOT, 'bundle', 'logcheck.mjs');

interface Snippet { readonly block: number; readonly lang: string; readonly command: string }

/** The commands of each code block: sh lines, YAML `run:` (also `run: |` scripts) and list items, Groovy `sh '...'`. */
function snippets(): Snippet[] {
  const out: Snippet[] = [];
  let block = 0;
  for (const m of README.matchAll(/```(sh|yaml|groovy)\n([^]*?)```/g)) {
    block++;
    const lang = m[1]!;
    const lines = m[2]!.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (lang === 'sh') {
        const command = line.replace(/\s+#\s.*$/, '').trim();
        if (command !== '' && !command.startsWith('#')) out.push({ block, lang, command });
      } else if (lang === 'groovy') {
        const sh = /^\s*sh '(.*)'\s*$/.exec(line);
        if (sh) out.push({ block, lang, command: sh[1]! });
      } else {
        const run = /^(\s*)(?:- )?run: (.*)$/.exec(line);
        if (run && run[2] === '|') {
          const indent = run[1]!.length;
          const script: string[] = [];
          while (i + 1 < lines.length && (lines[i + 1]!.trim() === '' || lines[i + 1]!.search(/\S/) > indent)) script.push(lines[++i]!.trim());
          out.push({ block, lang, command: script.filter(Boolean).join('\n') });
        } else if (run) {
          out.push({ block, lang, command: run[2]! });
        } else {
          const item = /^\s+- (?!uses:|name:|run:)([^:]*\S.*)$/.exec(line);
          if (item && !/^[\w-]+:/.test(item[1]!) && /\s/.test(item[1]!)) out.push({ block, lang, command: item[1]! });
        }
      }
    }
  }
  return out;
}

function asRunHere(command: string): string {
  return command
    .replaceAll('${{ matrix.dist }}', 'bookworm')
    // The build: the log it would print (and, with --logfile, write: build.log is there already).
    .replace(/sudo pbuilder build (?:2>&1|[^|;&\n])*/g, 'cat "$LOGCHECK_TEST_LOG" ')
    .replace(/\bsbuild (?:2>&1|[^|;&\n])*/g, 'cat "$LOGCHECK_TEST_LOG" ')
    .replaceAll('/usr/local/bin/', '"$SANDBOX"/usr/local/bin/');
}

function sandbox(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-readme-'));
  mkdirSync(path.join(dir, 'tools'));
  mkdirSync(path.join(dir, 'bundle'));
  mkdirSync(path.join(dir, 'bin'));
  mkdirSync(path.join(dir, 'usr', 'local', 'bin'), { recursive: true });
  copyFileSync(BUNDLE, path.join(dir, 'tools', 'logcheck.mjs'));
  copyFileSync(BUNDLE, path.join(dir, 'bundle', 'logcheck.mjs'));
  copyFileSync(LOG, path.join(dir, 'build.log'));
  copyFileSync(LOG, path.join(dir, 'foo_1.0-1_amd64.build'));
  // `logcheck` as installed by the README's `install -m 755 bundle/logcheck.mjs ...`.
  copyFileSync(BUNDLE, path.join(dir, 'bin', 'logcheck'));
  spawnSync('chmod', ['755', path.join(dir, 'bin', 'logcheck'), path.join(dir, 'bundle', 'logcheck.mjs')]);
  return dir;
}

function bash(command: string, dir: string, env: Record<string, string> = {}) {
  return spawnSync('bash', ['-e', '-c', asRunHere(command)], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${path.join(dir, 'bin')}:${path.dirname(process.execPath)}:/usr/bin:/bin`, HOME: dir, SANDBOX: dir, LOGCHECK_TEST_LOG: LOG, ...env },
  });
}

describe('README snippets, run as written', () => {
  const all = snippets();
  const withLogcheck = all.filter((s) => /logcheck/.test(s.command) && !/^npm /.test(s.command));

  it('finds the CI and terminal snippets', () => {
    for (const heading of ['## GitHub Actions', '## GitLab CI', '## Jenkins', '## pbuilder and sbuild at a terminal', '## Installing']) assert.ok(README.includes(heading), heading);
    assert.ok(withLogcheck.length >= 8, withLogcheck.map((s) => s.command).join('\n'));
    assert.ok(withLogcheck.some((s) => s.command.includes('--tee')));
    assert.ok(all.every((s) => !s.command.includes('npx --yes')), 'no npx --yes: nothing of that name is ours on the registry');
    assert.ok(README.includes('github/codeql-action/upload-sarif'));
  });

  it('the GitHub Actions workflow: annotations the runner accepts, a step summary, SARIF with a category per matrix job', () => {
    const dir = sandbox();
    const block = withLogcheck.find((s) => s.command.includes('-f sarif'))!;
    const steps = all.filter((s) => s.block === block.block);
    const env = { GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') };
    for (const step of steps) {
      const r = bash(step.command, dir, env);
      assert.ok(r.status === 0 || r.status === 1, `${step.command}: exit ${r.status}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /logcheck: /, step.command);
      if (step === block) {
        assert.equal(r.status, 1, 'the log has errors');
        const annotations = runnerAnnotations(r.stdout);
        assert.ok(annotations.length >= 1 && annotations.every((a) => !a.cut));
        // build.log is not in a commit: no file=, its place in the message.
        assert.ok(annotations.every((a) => a.properties.file === undefined));
      }
    }
    const sarif = JSON.parse(readFileSync(path.join(dir, 'logcheck.sarif'), 'utf8'));
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'build.log', uriBaseId: '%SRCROOT%' });
    assert.match(readFileSync(path.join(dir, 'summary.md'), 'utf8'), /^## logcheck: /);
    // The upload step's category differs per matrix job.
    const upload = README.slice(README.indexOf('uses: github/codeql-action/upload-sarif'));
    assert.match(upload.slice(0, 300), /category: \S*\$\{\{ matrix\.dist \}\}/);
  });

  it('the live GitHub step: the build passes through, annotations on stderr', () => {
    const dir = sandbox();
    const step = withLogcheck.find((s) => s.command.includes('--tee -f github'))!;
    const r = bash(step.command, dir, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, readFileSync(LOG, 'utf8'));
    assert.ok(runnerAnnotations(r.stderr).some((a) => a.name === 'error'));
  });

  it('the GitLab job: a Code Quality report and JUnit, exit 0 (|| true)', () => {
    const dir = sandbox();
    const block = withLogcheck.find((s) => s.command.includes('-f gitlab'))!;
    for (const step of all.filter((s) => s.block === block.block)) {
      const r = bash(step.command, dir, { GITLAB_CI: 'true', CI_PROJECT_DIR: dir });
      assert.equal(r.status, 0, `${step.command}: ${r.stderr}`);
    }
    const issues = JSON.parse(readFileSync(path.join(dir, 'gl-code-quality.json'), 'utf8')) as { location: { path: string } }[];
    assert.ok(issues.length > 0 && issues.every((i) => i.location.path === 'build.log'));
    assert.equal(XMLValidator.validate(readFileSync(path.join(dir, 'logcheck-junit.xml'), 'utf8')), true);
  });

  it('the Jenkins post step: JUnit with a failure (the log has errors), exit 0', () => {
    const dir = sandbox();
    const step = all.find((s) => s.lang === 'groovy' && s.command.includes('logcheck'))!;
    const r = bash(step.command, dir);
    assert.equal(r.status, 0, r.stderr);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path.join(dir, 'logcheck-junit.xml'), 'utf8'));
    assert.ok(Number(xml.testsuites['@_failures']) >= 1);
  });

  it('every other snippet: the install line, the terminal pipes, --path-map', () => {
    const dir = sandbox();
    const rest = withLogcheck.filter((s) => s.lang === 'sh');
    assert.ok(rest.length >= 5, rest.map((s) => s.command).join('\n'));
    for (const s of rest) {
      const r = bash(s.command, dir);
      assert.ok(r.status === 0 || r.status === 1, `${s.command}: exit ${r.status}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /^logcheck: /m, s.command);
    }
    // The install line made a working command.
    assert.ok(existsSync(path.join(dir, 'usr', 'local', 'bin', 'logcheck')));
    assert.match(spawnSync(path.join(dir, 'usr', 'local', 'bin', 'logcheck'), ['--version'], { encoding: 'utf8', env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin` } }).stdout, /^logcheck \d/);
  });

  it('the quick start prints what the README shows', () => {
    const quick = all.find((s) => s.command.startsWith('npm ci && npx logcheck'))!;
    const args = quick.command.replace('npm ci && npx logcheck ', '').split(' ');
    // `npx logcheck` in the checkout runs the package's bin: the committed bundle.
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.bin.logcheck, 'bundle/logcheck.mjs');
    const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    assert.equal(r.status, 1);
    const shown = /The first command prints:\n\n```\n([^]*?)```/.exec(README)![1]!.split('\n').filter((l) => l !== '' && !l.includes('...'));
    for (const line of shown) assert.ok(r.stdout.includes(line.replace(/: \.\.\.$/, '')), `README shows a line logcheck does not print: ${line}`);
    writeFileSync(path.join(mkdtempSync(path.join(tmpdir(), 'logcheck-quick-')), 'out.txt'), r.stdout);
  });
});
