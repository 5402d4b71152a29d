import { expect } from 'chai';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findConfig, loadConfig, ConfigError } from '../../src/config/load.js';
import { runCli, logPath, ROOT } from '../helpers/cli.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'logcheck-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

// test/logs/pbuilder-0.231-missing-header.log: compiler-missing-header at line 221 and the first failure.
const HEADER_LOG = 'pbuilder-0.231-missing-header.log';

describe('configuration: discovery', () => {
  it('walks up from the working directory; the first name found wins', async () => {
    const root = tree({ 'a/.logcheck.yaml': 'failOn: warning\n', 'a/b/c/keep': '' });
    expect(findConfig(path.join(root, 'a/b/c'))).to.equal(path.join(root, 'a/.logcheck.yaml'));
    expect((await loadConfig({ cwd: path.join(root, 'a/b/c') }))?.config.failOn).to.equal('warning');
  });
  it('finds debian/logcheck.yaml from a source package\'s top directory', () => {
    const root = tree({ 'pkg/debian/logcheck.yaml': 'rules:\n  build-network-access: off\n', 'pkg/debian/control': '' });
    expect(findConfig(path.join(root, 'pkg'))).to.equal(path.join(root, 'pkg/debian/logcheck.yaml'));
  });
  it('--config names the file; --no-config uses none', async () => {
    const root = tree({ 'x.json': '{"failOn": "note"}', '.logcheck.yaml': 'failOn: warning\n' });
    expect((await loadConfig({ cwd: root, file: 'x.json' }))?.config.failOn).to.equal('note');
    expect(await loadConfig({ cwd: root, none: true })).to.equal(undefined);
  });
});

describe('configuration: errors say file, line and column', () => {
  const cases: [string, string, string, RegExp][] = [
    ['YAML syntax', '.logcheck.yaml', 'rules:\n  foo: [off\n', /\.logcheck\.yaml:\d+:\d+: /],
    ['an unknown key', '.logcheck.yaml', 'failOn: error\nrulez:\n  x: off\n', /\.logcheck\.yaml:2:1: \(top level\) must NOT have additional properties "rulez"/],
    ['a bad severity', '.logcheck.yaml', 'rules:\n  build-timeout: fatal\n', /\.logcheck\.yaml:2:18: \/rules\/build-timeout must be equal to one of the allowed values/],
    ['JSON too', 'logcheck.config.json', '{\n  "failOn": "sometimes"\n}\n', /logcheck\.config\.json:2:13: \/failOn must be equal to one of the allowed values/],
  ];
  for (const [name, file, text, expected] of cases) {
    it(name, async () => {
      const root = tree({ [file]: text });
      const error = await loadConfig({ cwd: root }).then(() => undefined, (e: unknown) => e);
      expect(error).to.be.instanceOf(ConfigError);
      expect((error as Error).message).to.match(expected);
    });
  }
  it('a rules key that names nothing, and a cause whose pattern RE2 rejects, in the CLI: exit 2, one line each with a position', async () => {
    const root = tree({
      '.logcheck.yaml': [
        'rules:',
        '  no-such-rule-*: off',
        'causes:',
        '  - id: farm-lookbehind',
        '    family: farm',
        '    title: A pattern with a lookbehind',
        '    cause: farm-trouble',
        '    side: environment',
        "    match: '(?<=x)FARM: broken'",
        "    literals: { anywhere: ['FARM: broken'] }",
        '    message: the farm is broken',
        '    fix: { summary: fix the farm }',
        '    docs: { description: the farm is broken today, why: because the farm is broken, fix: mend the farm quickly }',
        "    examples: [{ lines: ['xFARM: broken'] }]",
        "    nearMisses: ['FARM: fine']",
      ].join('\n'),
    });
    const r = await runCli([logPath(HEADER_LOG)], { cwd: root });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/\.logcheck\.yaml:9:12: cause farm-lookbehind match: does not compile for RE2 \(no lookaround, no backreferences\)/);
  });
});

describe('configuration: rules, fail-on and path maps', () => {
  it('turns rules off by family and sets severities by tag; failOn applies unless --fail-on is given', async () => {
    const root = tree({ '.logcheck.yaml': 'failOn: error\nrules:\n  "tag:gcc": warning\n  build-first-failure: off\n' });
    const r = await runCli(['-f', 'json', logPath(HEADER_LOG)], { cwd: root });
    const findings = (JSON.parse(r.stdout) as { results: { findings: { ruleId: string; severity: string }[] }[] }).results[0]!.findings;
    expect(findings.map((f) => `${f.ruleId}:${f.severity}`)).to.deep.equal(['compiler-missing-header:warning']);
    expect(r.code).to.equal(0);
    expect((await runCli(['-f', 'json', '--fail-on', 'warning', logPath(HEADER_LOG)], { cwd: root })).code).to.equal(1);
  });
});

describe('own causes', () => {
  const causes = [
    'causes:',
    '  - id: farm-nfs-stale',
    '    family: farm',
    '    title: The build farm\'s NFS cache went stale',
    '    cause: farm-nfs',
    '    side: environment',
    "    match: '^cp: cannot stat ''(?P<path>/srv/cache/[^'']+)'': Stale file handle'",
    '    message: "{{path}} is on a stale NFS mount"',
    '    headline: stale NFS handle on {{path}}',
    '    fix: { summary: "Remount /srv/cache on the build host (umount -f /srv/cache && mount /srv/cache), then retry." }',
    '    docs: { description: "cp reports a stale NFS file handle under /srv/cache.", why: "The farm\'s shared cache was re-exported while the build ran.", fix: "Remount the cache on the build host and retry the build." }',
    "    examples: [{ lines: [\"cp: cannot stat '/srv/cache/foo.tar': Stale file handle\"], captures: { path: /srv/cache/foo.tar } }]",
    "    nearMisses: [\"cp: cannot stat '/srv/cache/foo.tar': No such file or directory\"]",
  ].join('\n');

  it('are found in a log, with their cause, side and fix, and are listed by `logcheck rules`', async () => {
    const root = tree({ '.logcheck.yaml': causes, 'build.log': "   dh_auto_build\ncp: cannot stat '/srv/cache/bar.tar': Stale file handle\n" });
    const r = await runCli(['-f', 'json', 'build.log'], { cwd: root });
    const f = (JSON.parse(r.stdout) as { results: { findings: Record<string, unknown>[] }[] }).results[0]!.findings[0]!;
    expect(f).to.include({ ruleId: 'farm-nfs-stale', line: 2, cause: 'farm-nfs', side: 'environment', message: '/srv/cache/bar.tar is on a stale NFS mount' });
    expect((await runCli(['rules'], { cwd: root })).stdout).to.include('farm-nfs-stale');
  });
  it('`logcheck test-rules` runs their examples and near misses, exit 0; a wrong capture fails, exit 1', async () => {
    const root = tree({ '.logcheck.yaml': causes });
    const ok = await runCli(['test-rules'], { cwd: root });
    expect(ok.stdout).to.include('ok   farm-nfs-stale example 1').and.include('2 passed, 0 failed (1 causes)');
    expect(ok.code).to.equal(0);
    const bad = tree({ '.logcheck.yaml': causes.replace('captures: { path: /srv/cache/foo.tar }', 'captures: { path: /srv/cache/other.tar }') });
    const failed = await runCli(['test-rules'], { cwd: bad });
    expect(failed.code).to.equal(1);
    expect(failed.stdout).to.match(/FAIL farm-nfs-stale example 1: captures \{"path":"\/srv\/cache\/foo.tar"\}/);
  });
  it('a catastrophic pattern cannot hang: (a+)+$ on a 1 MiB line finishes in linear time (RE2; lines over 8 KiB are not matched)', async function () {
    this.timeout(30000);
    const root = tree({
      'causes.yaml': [
        '- id: redos-probe', '  family: farm', '  title: a hostile pattern', '  cause: farm-redos', '  side: package',
        "  match: '^xxx(a+)+$'", '  message: matched', '  fix: { summary: nothing to do }',
        '  docs: { description: a pattern that backtracks in V8, why: it nests quantifiers badly, fix: nothing to fix at all }',
        "  examples: [{ lines: ['xxxaaa'] }]", "  nearMisses: ['xxxaab']",
      ].join('\n'),
      // One 1 MiB line, and 200 lines just under the 8 KiB cap that RE2 does run on.
      'hostile.log': `xxx${'a'.repeat((1 << 20) - 16)}\u2028\n${`xxx${'a'.repeat(8000)}\u2028\n`.repeat(200)}`,
    });
    writeFileSync(path.join(root, '.logcheck.yaml'), 'causeFiles: [causes.yaml]\n');
    const start = process.hrtime.bigint();
    const r = await runCli(['-f', 'json', 'hostile.log'], { cwd: root });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    expect(r.code, r.stderr).to.equal(0);
    // V8 takes minutes for 28 characters of this.
    expect(ms).to.be.below(5000);
    console.log(`      (a+)+$ on a 1 MiB line and 200 lines of 8 KB: ${ms.toFixed(0)} ms for the whole run`);
  });
  it('GitHub problem matchers are imported as causes (our own shipped matcher, on our compact output)', async () => {
    const root = tree({ '.logcheck.yaml': `problemMatchers: [${JSON.stringify(path.join(ROOT, 'problem-matchers/logcheck-compact.json'))}]\n`, 'other.log': 'build.log:221: error: doesnotexist.h not found (included from main.c:2) [compiler-missing-header]\n' });
    const r = await runCli(['-f', 'json', 'other.log'], { cwd: root });
    const f = (JSON.parse(r.stdout) as { results: { findings: Record<string, unknown>[] }[] }).results[0]!.findings.find((x) => String(x.ruleId).startsWith('matcher-'))!;
    expect(f.ruleId).to.equal('matcher-logcheck-compact');
    expect(f.line).to.equal(1);
    expect(f.location).to.deep.equal({ path: 'build.log', line: 221 });
  });
});

describe('suppression', () => {
  it('--ignore-line drops a finding whose line matches, and says so in text and JSON', async () => {
    const json = await runCli(['-f', 'json', '--ignore-line', 'doesnotexist\\.h', logPath(HEADER_LOG)]);
    const result = (JSON.parse(json.stdout) as { results: { findings: { ruleId: string }[]; suppressed?: unknown[] }[] }).results[0]!;
    expect(result.findings.map((f) => f.ruleId)).to.not.include('compiler-missing-header');
    expect(result.suppressed).to.deep.include({ ruleId: 'compiler-missing-header', reason: '--ignore-line doesnotexist\\.h', count: 1 });
    const text = await runCli(['--ignore-line', 'doesnotexist\\.h', logPath(HEADER_LOG)]);
    expect(text.stdout).to.include('1 compiler-missing-header finding suppressed (--ignore-line doesnotexist\\.h).');
  });
  it('config ignore entries by rule pattern and line, with their reason', async () => {
    const root = tree({ '.logcheck.yaml': 'ignore:\n  - rule: "compiler-*"\n    reason: "vendored code, tracked in #12"\n' });
    const r = await runCli(['-f', 'json', logPath(HEADER_LOG)], { cwd: root });
    expect((JSON.parse(r.stdout) as { results: { suppressed?: unknown[] }[] }).results[0]!.suppressed).to.deep.include({ ruleId: 'compiler-missing-header', reason: 'vendored code, tracked in #12', count: 1 });
  });
  it('in-log directives are ignored unless the configuration allows them', async () => {
    const log = 'logcheck: disable-rule: compiler-missing-header\nmain.c:2:10: fatal error: doesnotexist.h: No such file or directory\n';
    const off = tree({ 'b.log': log });
    const r1 = await runCli(['-f', 'json', 'b.log'], { cwd: off });
    expect(r1.stdout).to.include('"ruleId": "compiler-missing-header"');
    const on = tree({ 'b.log': log, '.logcheck.yaml': 'inlineDirectives: true\n' });
    const r2 = await runCli(['-f', 'json', 'b.log'], { cwd: on });
    expect((JSON.parse(r2.stdout) as { results: { findings: unknown[]; suppressed?: unknown[] }[] }).results[0]!.suppressed).to.deep.equal([{ ruleId: 'compiler-missing-header', reason: 'in-log directive at line 1', count: 1 }]);
  });
});


describe('the shipped JSON Schema', () => {
  it('schemas/logcheck-config.schema.json is the schema the code validates with', async () => {
    const { CONFIG_SCHEMA } = await import('../../src/config/schema.js');
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(path.join(ROOT, 'schemas/logcheck-config.schema.json'), 'utf8'))).to.deep.equal(CONFIG_SCHEMA);
  });
});

describe('format options from the configuration', () => {
  it('formats.sarif.category becomes run.automationDetails.id; --sarif-category wins', async () => {
    const root = tree({ '.logcheck.yaml': 'formats:\n  sarif:\n    category: farm-amd64\n' });
    const fromConfig = JSON.parse((await runCli(['-f', 'sarif', logPath(HEADER_LOG)], { cwd: root })).stdout) as { runs: { automationDetails?: { id: string } }[] };
    expect(fromConfig.runs[0]!.automationDetails?.id).to.match(/^farm-amd64\//);
    const fromCli = JSON.parse((await runCli(['-f', 'sarif', '--sarif-category', 'cli', logPath(HEADER_LOG)], { cwd: root })).stdout) as { runs: { automationDetails?: { id: string } }[] };
    expect(fromCli.runs[0]!.automationDetails?.id).to.match(/^cli\//);
  });
});
