import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parseCli } from '../../src/cli/args.js';
import { run } from '../../src/cli/run.js';
import { getFormatter } from '../../src/formatters/index.js';
import { ROOT } from '../helpers/reports.js';

/**
 * The README's CI and pbuilder snippets are the commands tested here: every `logcheck ...` in a
 * code block is parsed, and run on a real log (its file argument replaced by the log, its -o files
 * put in a temporary directory, --tee given the log on stdin).
 */
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const LOG = path.join(ROOT, 'test', 'logs', 'pbuilder-0.231-execute-noshm-missing-devshm.log');

/** Shell words, with '...' and "..." quoting; stops at |, ;, && and ||. */
function words(command: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\|\||&&|[|;])|([^\s'"|;&]+)/g;
  for (let m = re.exec(command); m; m = re.exec(command)) {
    if (m[3] !== undefined) break;
    out.push(m[1] ?? m[2] ?? m[4]!);
  }
  return out;
}

function snippets(): string[] {
  const commands: string[] = [];
  for (const block of README.matchAll(/```(?:sh|yaml|groovy)\n([^]*?)```/g)) {
    for (const line of block[1]!.split('\n')) {
      // `npx --yes logcheck ...`, `| logcheck --tee`, `sh 'npx --yes logcheck ... || true'`
      const m = /(?:^|[\s|;'])logcheck\s(.*)$/.exec(line);
      if (m === null) continue;
      let rest = m[1]!.replace(/\s#\s.*$/, '');
      if (/\bsh '/.test(line)) rest = rest.replace(/'\s*$/, '');
      commands.push(rest.trim());
    }
  }
  return commands;
}

describe('README snippets', () => {
  const commands = snippets();

  it('has the CI and pbuilder sections with logcheck commands', () => {
    for (const heading of ['## GitHub Actions', '## GitLab CI', '## Jenkins', '## pbuilder and sbuild at a terminal']) assert.ok(README.includes(heading), heading);
    assert.ok(commands.length >= 8, commands.join('\n'));
    assert.ok(README.includes('github/codeql-action/upload-sarif'));
    assert.ok(commands.some((c) => c.startsWith('--tee')));
  });

  for (const command of commands) {
    it(`runs: logcheck ${command}`, async () => {
      const argv = words(command);
      const options = parseCli(argv);
      for (const o of options.outputs) assert.ok(getFormatter(o.format), `format ${o.format} exists`);
      const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-readme-'));
      const real = argv.map((arg, i) => {
        if (argv[i - 1] === '-o') return path.join(dir, arg);
        if (options.files.includes(arg) && argv[i - 1] !== '--path-map' && argv[i - 1] !== '--label') return LOG;
        return arg;
      });
      const stdout = new PassThrough().resume();
      const stderr = new PassThrough();
      let said = '';
      stderr.on('data', (c: Buffer) => { said += c.toString(); });
      const stdin = Readable.from([readFileSync(LOG)]);
      const code = await run(real, { stdin, stdout, stderr, env: {}, cwd: ROOT });
      assert.equal(code, 1, `exit 1 (findings) expected, got ${code}: ${said}`);
      for (const o of options.outputs) {
        if (o.file) assert.ok(readFileSync(path.join(dir, o.file)).length > 0, `${o.file} written`);
      }
    });
  }
});
