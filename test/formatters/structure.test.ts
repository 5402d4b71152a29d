import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getFormatter } from '../../src/formatters/index.js';
import { ANNOTATIONS_PER_LEVEL, githubSideOutputs } from '../../src/formatters/github.js';
import { formatMarkdown } from '../../src/formatters/markdown.js';
import { jsonStream, ndjsonStream } from '../../src/formatters/json.js';
import { ciSafeJson } from '../../src/formatters/sanitize.js';
import { HOLE } from '../../src/formatters/json-pieces.js';
import { sarifStream } from '../../src/formatters/sarif.js';
import { junitStream } from '../../src/formatters/junit.js';
import { joinChunks } from '../../src/formatters/stream.js';
import { summarize } from '../../src/summary.js';
import { ROOT, context, finding, logReport, report, resultOf } from '../helpers/reports.js';
import { parseRunnerOutput } from '../helpers/github-runner.js';

// The SARIF 2.1.0 schema as shipped in the npm package @microsoft/sarif-multitool-linux@5.7.0
// (file package/sarif-2.1.0.json, Microsoft SARIF SDK, MIT): see test/schemas/README.md.
const schema = JSON.parse(readFileSync(path.join(ROOT, 'test', 'schemas', 'sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validateSarif = ajv.compile(schema);

const LOGS = ['pbuilder-0.231-execute-noshm-missing-devshm.log', 'pbuilder-0.231-build-USESHM-no.log', 'pbuilder-0.231-build-failure.log'];

function format(name: string, r = report([]), ctx = context()): string {
  return getFormatter(name)!.final(r, ctx, false);
}

/** 30 error, 12 warning and 12 note findings in one log, each its own cause. */
function manyFindings() {
  const findings = [];
  let line = 1;
  for (const [severity, n] of [['error', 30], ['warning', 12], ['note', 12]] as const) {
    for (let i = 0; i < n; i++, line++) findings.push(finding({ line, severity, cause: `cause-${line}`, message: `problem ${line}` }));
  }
  return report([resultOf('test/logs/many.log', findings, 200)]);
}

describe('formatters: structure', () => {
  it('json writes a log of many findings in pieces (a finding each), the same text as one stringify of the whole', async () => {
    // A hostile label and evidence that spell the stand-in and the key: only the real key is replaced.
    // (As the document spells it, escaped, and as raw characters.)
    const fake = `"findings": ${JSON.stringify(HOLE)} "findings":${JSON.stringify(HOLE)} "findings": "${HOLE}"`;
    const r = await logReport('pbuilder-0.231-shm-missing-devshm-build-fails.log');
    const result = { ...r.results[0]!, source: fake };
    result.findings = result.findings.map((f) => ({ ...f, message: fake, evidence: [...f.evidence, { line: 1, text: `${fake} ## \u009b \u202e` }] }));
    assert.ok(result.findings.length >= 2);
    const chunks = [...jsonStream().result(result)];
    assert.equal(chunks.length, result.findings.length + 3, 'the separator, the head, each finding, the tail');
    assert.equal(chunks.join(''), `\n${'    '}${ciSafeJson(result).replaceAll('\n', '\n    ')}`);
    const whole = format('json', report([result]));
    assert.deepEqual(JSON.parse(whole).results[0], JSON.parse(JSON.stringify(result)));
    // ndjson's result line the same way.
    const pieces = [...ndjsonStream().result(result)];
    assert.equal(pieces.length, result.findings.length + 2);
    assert.equal(pieces.join(''), `${ciSafeJson({ type: 'result', ...result, diagnoses: JSON.parse(whole).diagnoses }, 0)}\n`);
    assert.equal([...ndjsonStream().result({ ...result, findings: [] })].join(''), `${ciSafeJson({ type: 'result', ...result, findings: [], diagnoses: [] }, 0)}\n`);
  });

  it('sarif streams: each log\'s results go to the spool when it is checked, the document comes at the end, rules in the order they first reported', async () => {
    // Hostile text that spells the stand-in for the results: only the real key is replaced.
    const fake = `"results": ${JSON.stringify(HOLE)} "results": "${HOLE}"`;
    const a = (await logReport('pbuilder-0.231-shm-missing-devshm-build-fails.log')).results[0]!;
    const b = (await logReport('pbuilder-0.231-build-USESHM-no.log')).results[0]!;
    const hostile = { ...a, source: fake, findings: a.findings.map((f) => ({ ...f, message: fake, evidence: [...f.evidence, { line: 1, text: `${fake} ## \u009b` }] })) };
    assert.ok(hostile.findings.length >= 2 && b.findings.length >= 1);
    const written: string[] = [];
    const spool = { write: (t: string) => { written.push(t); }, drain: () => written.splice(0) };
    const stream = sarifStream(context(), spool);
    assert.equal(stream.begin(), '');
    assert.equal(joinChunks(stream.result(hostile)), '');
    assert.equal(written.length, hostile.findings.length, 'a spooled text per result, as the log comes');
    assert.equal(joinChunks(stream.result(b)), '');
    assert.equal(written.length, hostile.findings.length + b.findings.length);
    const text = joinChunks(stream.end(summarize([hostile, b])));
    const sarif = JSON.parse(text) as { runs: { results: { ruleId: string; ruleIndex: number; message: { text: string } }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    assert.ok(validateSarif(sarif), JSON.stringify(validateSarif.errors, null, 2));
    const run = sarif.runs[0]!;
    assert.deepEqual(run.results.map((r) => r.ruleId), [...hostile.findings, ...b.findings].map((f) => f.ruleId));
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), [...new Set(run.results.map((r) => r.ruleId))]);
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex]!.id, r.ruleId);
    assert.ok(run.results[0]!.message.text.startsWith(fake.replace(/[[\]]/g, '\\$&').replaceAll('\u0000', '\\x00')));
    // The same text as the formatter's final over the finished report (the library's path), two spaces a level.
    assert.equal(text, format('sarif', report([hostile, b])));
    assert.ok(!text.includes('##'), 'no runner command in it');
    assert.ok(/\n {8}\{\n {10}"ruleId"/.test(text), 'each result nested at its depth');
  });

  it('junit streams: each log\'s suite goes to the spool when it is checked, the totals and the suites at the end', async () => {
    const a = (await logReport('pbuilder-0.231-shm-missing-devshm-build-fails.log')).results[0]!;
    const b = (await logReport('pbuilder-0.231-build-USESHM-no.log')).results[0]!;
    const written: string[] = [];
    const spool = { write: (t: string) => { written.push(t); }, drain: () => written.splice(0) };
    const stream = junitStream(context(), spool);
    assert.equal(stream.begin(), '');
    assert.equal(joinChunks(stream.result(a)), '');
    assert.equal(joinChunks(stream.result(b)), '');
    assert.equal(written.length, 2, 'a suite a log, spooled as it comes');
    const text = joinChunks(stream.end(summarize([a, b])));
    assert.equal(text, format('junit', report([a, b])));
    const cases = a.findings.length + b.findings.length;
    assert.match(text, new RegExp(`^<\\?xml [^\\n]*\\n<testsuites name="logcheck" tests="${cases}" failures="\\d+" errors="0">\\n  <testsuite `));
    assert.equal(XMLValidator.validate(text), true);
  });

  it('sarif and junit say what --max-findings-per-rule left out (a tool notification; the suite\'s output)', () => {
    const f = finding({ line: 3, severity: 'error', cause: 'c1', message: 'kept' });
    const r = { ...resultOf('logs/[capped].log', [f]), omitted: [{ ruleId: f.ruleId, count: 641 }] };
    const sarif = JSON.parse(format('sarif', report([r]))) as { runs: { invocations?: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; associatedRule: { id: string; index: number } }[] }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    assert.ok(validateSarif(sarif), JSON.stringify(validateSarif.errors, null, 2));
    const run = sarif.runs[0]!;
    assert.equal(run.invocations?.length, 1);
    const [note] = run.invocations![0]!.toolExecutionNotifications;
    assert.equal(run.invocations![0]!.executionSuccessful, true);
    assert.equal(note!.level, 'note');
    assert.equal(note!.message.text, `641 more ${f.ruleId} findings in logs/\\[capped\\].log not listed (--max-findings-per-rule raises the limit).`);
    assert.deepEqual(note!.associatedRule, { id: f.ruleId, index: 0 });
    assert.equal(run.tool.driver.rules[note!.associatedRule.index]!.id, f.ruleId);
    // None without a cap.
    assert.equal((JSON.parse(format('sarif', report([resultOf('a.log', [f])]))) as { runs: { invocations?: unknown }[] }).runs[0]!.invocations, undefined);
    const xml = format('junit', report([r]));
    assert.equal(XMLValidator.validate(xml), true);
    assert.match(xml, new RegExp(`</testcase>\\n    <system-out>641 more ${f.ruleId} findings not listed \\(--max-findings-per-rule raises the limit\\)\\.</system-out>\\n  </testsuite>`));
    assert.ok(!format('junit', report([resultOf('a.log', [f])])).includes('system-out>641'));
  });

  for (const log of LOGS) {
    it(`sarif validates against the SARIF 2.1.0 schema (${log})`, async () => {
      const sarif = JSON.parse(format('sarif', await logReport(log))) as { runs: { results: unknown[]; tool: { driver: { rules: { id: string }[] } } }[] };
      const valid = validateSarif(sarif);
      assert.ok(valid, JSON.stringify(validateSarif.errors, null, 2));
      const results = sarif.runs[0].results as { locations: unknown[]; partialFingerprints: Record<string, string>; ruleIndex: number; ruleId: string }[];
      for (const r of results) {
        assert.equal(r.locations.length, 1, 'every result has a location (GitHub rejects the upload otherwise)');
        // A log in the checkout: codeql-action computes primaryLocationLineHash itself; ours has its own key.
        assert.equal(r.partialFingerprints.primaryLocationLineHash, undefined);
        assert.match(r.partialFingerprints['logcheck/v1']!, /^[0-9a-f]{32}(:\d+)?$/);
        assert.equal(sarif.runs[0].tool.driver.rules[r.ruleIndex].id, r.ruleId);
      }
    });

    it(`junit is well-formed XML with one test case per finding (${log})`, async () => {
      const r = await logReport(log);
      const xml = format('junit', r);
      assert.equal(XMLValidator.validate(xml), true);
      const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' || name === 'testsuite' }).parse(xml);
      const cases = parsed.testsuites.testsuite[0].testcase as unknown[];
      assert.equal(cases.length, Math.max(1, r.results[0]!.findings.length));
    });

    it(`gitlab is a JSON array with unique fingerprints and GitLab severities (${log})`, async () => {
      const text = format('gitlab', await logReport(log));
      assert.notEqual(text.charCodeAt(0), 0xfeff);
      const issues = JSON.parse(text) as { fingerprint: string; severity: string; location: { path: string; lines: { begin: number } }; check_name: string; description: string }[];
      assert.ok(Array.isArray(issues));
      assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
      for (const i of issues) {
        assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity));
        assert.equal(typeof i.location.path, 'string');
        assert.ok(i.location.lines.begin >= 1);
        assert.ok(i.check_name && i.description);
      }
    });
  }

  it('sarif is the same for two runs over the same log', async () => {
    const log = LOGS[0]!;
    assert.equal(format('sarif', await logReport(log)), format('sarif', await logReport(log)));
  });

  it('github: annotations parse as the runner reads them, with file= relative to the checkout', async () => {
    const out = format('github', await logReport(LOGS[0]!));
    const commands = parseRunnerOutput(out);
    assert.deepEqual(commands.map((c) => c.name), ['group', 'endgroup', 'error']);
    const error = commands[2]!;
    assert.equal(error.properties.file, `test/logs/${LOGS[0]}`);
    assert.equal(error.properties.line, '17');
    assert.equal(error.properties.title, 'logcheck: No usable shared memory (/dev/shm) in the build environment');
    assert.match(error.data, /^• The chroot set-up mounted/);
    assert.match(error.data, /\n {2}17 │ sem_open: No such file or directory {3}← the C library call failed\n/);
  });

  it('github: at most 10 annotations per level, a closing notice counts the rest', () => {
    const commands = parseRunnerOutput(format('github', manyFindings()));
    const count = (name: string) => commands.filter((c) => c.name === name).length;
    assert.equal(count('error'), ANNOTATIONS_PER_LEVEL);
    assert.equal(count('warning'), ANNOTATIONS_PER_LEVEL);
    assert.equal(count('notice'), ANNOTATIONS_PER_LEVEL, '9 notes and the closing notice');
    const closing = commands[commands.length - 1]!;
    assert.equal(closing.name, 'notice');
    assert.match(closing.data, /^25 more annotations not shown .*: 20 error, 2 warning, 3 notice\./);
    // Most important first: the errors shown are the first ten.
    assert.deepEqual(commands.filter((c) => c.name === 'error').map((c) => c.properties.line), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('github: the full list goes to $GITHUB_STEP_SUMMARY, capped at 1 MiB', () => {
    const r = manyFindings();
    assert.deepEqual(githubSideOutputs(r, context()), []);
    const [side] = githubSideOutputs(r, context({ env: { GITHUB_STEP_SUMMARY: '/tmp/summary.md' } }));
    assert.equal(side!.path, '/tmp/summary.md');
    assert.equal(side!.append, true);
    assert.equal((side!.text.match(/^### /gm) ?? []).length, 54);
    const cut = formatMarkdown(r, context(), { maxBytes: 4096 });
    assert.ok(Buffer.byteLength(cut) <= 4096);
    assert.match(cut, /Cut to fit the 4 KiB limit: \d+ diagnoses not shown in detail/);
  });

  it('github: identical annotations are given once', () => {
    const same = finding({ line: 5 });
    const r = report([resultOf('a.log', [same]), resultOf('a.log', [same])]);
    assert.equal(parseRunnerOutput(format('github', r)).filter((c) => c.name === 'error').length, 1);
  });

  it('compact lines match the shipped problem matcher', async () => {
    const matcher = JSON.parse(readFileSync(path.join(ROOT, 'problem-matchers', 'logcheck-compact.json'), 'utf8'));
    const pattern = matcher.problemMatcher[0].pattern[0];
    const re = new RegExp(pattern.regexp);
    const lines = format('compact', await logReport(LOGS[0]!)).trimEnd().split('\n');
    assert.equal(lines.length, 3);
    for (const line of lines) {
      const m = re.exec(line);
      assert.ok(m, line);
      assert.equal(m[pattern.file], `test/logs/${LOGS[0]}`);
      assert.ok(['error', 'warning'].includes(m[pattern.severity]!));
      assert.match(m[pattern.code]!, /^[a-z-]+$/);
    }
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(pkg.files.includes('problem-matchers'));
  });

  it('source locations land on repository paths through --path-map', () => {
    const f = finding({ line: 40, source: '/tmp/build.log', location: { path: '<<PKGBUILDDIR>>/Modules/_multiprocessing/semaphore.c', line: 12, column: 5 } });
    const r = report([resultOf('/tmp/build.log', [f])]);
    const ctx = context({ pathMaps: [{ from: '<<PKGBUILDDIR>>', to: '.' }] });
    assert.equal(format('compact', r, ctx), 'Modules/_multiprocessing/semaphore.c:12:5: error: sem_open() failed [python-semaphores-unavailable]\n');
    const commands = parseRunnerOutput(format('github', r, ctx));
    const annotations = commands.filter((c) => c.name === 'error');
    // The log (outside the checkout) gets no file=; the source file does.
    assert.deepEqual(annotations.map((a) => [a.properties.file, a.properties.line, a.properties.col]), [[undefined, undefined, undefined], ['Modules/_multiprocessing/semaphore.c', '12', '5']]);
    // Without a map the path is not in the repository: the finding stays on the log.
    assert.equal(format('compact', r), '/tmp/build.log:40: error: sem_open() failed [python-semaphores-unavailable]\n');
    const sarif = JSON.parse(format('sarif', r, ctx));
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'Modules/_multiprocessing/semaphore.c');
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'Modules/_multiprocessing/semaphore.c', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(sarif.runs[0].results[0].relatedLocations[0].physicalLocation.artifactLocation, { uri: 'tmp/build.log', uriBaseId: 'FILESYSTEMROOT' });
    assert.ok(validateSarif(sarif), JSON.stringify(validateSarif.errors));
  });
});
