import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { checkText } from '../../src/check.js';
import { getFormatter } from '../../src/formatters/index.js';
import type { RunReport } from '../../src/report.js';
import { ROOT, context, finding, report, resultOf } from '../helpers/reports.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'test', 'schemas', 'sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validateSarif = ajv.compile(schema);

/* eslint-disable @typescript-eslint/no-explicit-any */
type Sarif = any;

/**
 * The SARIF multitool's GitHub rules (`validate --rule-kind "Gh;Sarif"`; microsoft/sarif-sdk at
 * a4dbd243, src/Sarif.Multitool.Library/Rules/GH*.cs, since renamed kind "Ghas"), as checks:
 * GH1001 every result (and related location) has physicalLocation.artifactLocation.uri; GH1002 no
 * threadFlowLocation.index; GH1003 region.startLine; GH1004 at most 1000 rules and results per run,
 * 10 locations per result; GH1005 URIs are relative or `file:`; GH1006 no absolute `file:` URI
 * unless under invocations[].workingDirectory; GH1007 message.text; GH1011 the final 2.1.0 schema;
 * GH2012 rules have shortDescription, fullDescription and help.text.
 */
function githubRuleViolations(sarif: Sarif): string[] {
  const bad: string[] = [];
  if (!/2\.1\.0(\.json)?$/.test(sarif.$schema)) bad.push('GH1011 $schema');
  for (const [r, run] of sarif.runs.entries()) {
    const workDirs: string[] = (run.invocations ?? []).map((i: any) => i.workingDirectory?.uri).filter(Boolean);
    if (run.tool.driver.rules.length > 1000) bad.push(`GH1004 runs[${r}] rules`);
    if (run.results.length > 1000) bad.push(`GH1004 runs[${r}] results`);
    for (const [i, rule] of run.tool.driver.rules.entries()) {
      if (!rule.shortDescription?.text?.trim() || !rule.fullDescription?.text?.trim() || !rule.help?.text?.trim()) bad.push(`GH2012 rules[${i}]`);
    }
    for (const [i, result] of run.results.entries()) {
      const at = `runs[${r}].results[${i}]`;
      if (!result.message?.text) bad.push(`GH1007 ${at}`);
      if (!Array.isArray(result.locations) || result.locations.length === 0) bad.push(`GH1001 ${at} locations`);
      if (result.locations?.length > 10) bad.push(`GH1004 ${at} locations`);
      for (const codeFlow of result.codeFlows ?? []) for (const tf of codeFlow.threadFlows ?? []) for (const l of tf.locations ?? []) if (l.index !== undefined) bad.push(`GH1002 ${at}`);
      for (const [kind, list] of [['locations', result.locations ?? []], ['relatedLocations', result.relatedLocations ?? []]] as const) {
        for (const [j, loc] of (list as any[]).entries()) {
          const uri: string | undefined = loc.physicalLocation?.artifactLocation?.uri;
          if (uri === undefined) { bad.push(`GH1001 ${at}.${kind}[${j}]`); continue; }
          if (kind === 'locations' && !(loc.physicalLocation.region?.startLine >= 1)) bad.push(`GH1003 ${at}.${kind}[${j}]`);
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1];
          if (scheme !== undefined && scheme !== 'file') bad.push(`GH1005 ${at}.${kind}[${j}] ${uri}`);
          if (scheme === 'file' && !workDirs.some((w) => uri.startsWith(w.endsWith('/') ? w : `${w}/`))) bad.push(`GH1006 ${at}.${kind}[${j}] ${uri}`);
        }
      }
    }
  }
  return bad;
}

/**
 * codeql-action's resolveUriToFile (src/fingerprints.ts at f3f1edbe): the file it would hash for a
 * result's primary location, or undefined (then it computes no primaryLocationLineHash).
 */
function codeqlResolves(location: any, sourceRoot: string): string | undefined {
  let uri = decodeURIComponent(location.uri);
  if (uri.startsWith('file://')) uri = uri.slice('file://'.length);
  if (uri.includes('://')) return undefined;
  if (uri.startsWith('/') && !uri.startsWith(`${sourceRoot}/`)) return undefined;
  if (!path.isAbsolute(uri)) uri = `${sourceRoot}/${uri}`;
  if (!existsSync(uri) || statSync(uri).isDirectory()) return undefined;
  return uri;
}

const LOG = 'pbuilder-0.231-execute-noshm-missing-devshm.log';

async function reportFor(source: string, file = path.join(ROOT, 'test', 'logs', LOG)): Promise<RunReport> {
  return report([await checkText(readFileSync(file), { source })]);
}

function sarifOf(r: RunReport, overrides = {}): Sarif {
  const sarif = JSON.parse(getFormatter('sarif')!.final(r, context(overrides), false));
  assert.ok(validateSarif(sarif), JSON.stringify(validateSarif.errors, null, 2));
  assert.deepEqual(githubRuleViolations(sarif), []);
  return sarif;
}

describe('formatters: sarif, as GitHub code scanning and codeql-action read it', () => {
  it('the GitHub rules check catches what GitHub rejects (absolute file: URIs, no location, no message)', () => {
    const bad = { $schema: 'x', runs: [{ tool: { driver: { rules: [] } }, results: [{ message: {}, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///tmp/x.log' }, region: {} } }] }, { message: { text: 'x' }, locations: [] }] }] };
    assert.deepEqual(githubRuleViolations(bad), ['GH1011 $schema', 'GH1007 runs[0].results[0]', 'GH1003 runs[0].results[0].locations[0]', 'GH1006 runs[0].results[0].locations[0] file:///tmp/x.log', 'GH1001 runs[0].results[1] locations']);
  });

  it('a log in the checkout: %SRCROOT%-relative URI that codeql-action hashes itself; our key as logcheck/v1', async () => {
    const sarif = sarifOf(await reportFor(`test/logs/${LOG}`));
    const run = sarif.runs[0];
    // Declared, without a machine's absolute path (the same file on every runner).
    assert.deepEqual(Object.keys(run.originalUriBaseIds['%SRCROOT%']), ['description']);
    assert.ok(!JSON.stringify(sarif).includes(ROOT), 'no absolute path of this machine in the file');
    for (const result of run.results) {
      const loc = result.locations[0].physicalLocation.artifactLocation;
      assert.deepEqual(loc, { uri: `test/logs/${LOG}`, uriBaseId: '%SRCROOT%' });
      assert.equal(codeqlResolves(loc, ROOT), path.join(ROOT, 'test', 'logs', LOG), 'codeql-action finds the file');
      assert.equal(result.partialFingerprints.primaryLocationLineHash, undefined, 'no value of ours to be "inconsistent" with');
      assert.match(result.partialFingerprints['logcheck/v1'], /^[0-9a-f]{32}/);
    }
  });

  it('a log outside the checkout and stdin: relative under their own bases, kept by GitHub, fingerprinted by us', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-sarif-'));
    copyFileSync(path.join(ROOT, 'test', 'logs', LOG), path.join(dir, 'build.log'));
    for (const [source, expected] of [[path.join(dir, 'build.log'), { uri: `${dir.slice(1)}/build.log`, uriBaseId: 'FILESYSTEMROOT' }], ['<stdin>', { uri: 'stdin', uriBaseId: 'STDIN' }]] as const) {
      const sarif = sarifOf(await reportFor(source));
      const run = sarif.runs[0];
      assert.equal(run.originalUriBaseIds.FILESYSTEMROOT.uri, 'file:///');
      for (const result of run.results) {
        const loc = result.locations[0].physicalLocation.artifactLocation;
        assert.deepEqual(loc, expected);
        assert.equal(codeqlResolves(loc, ROOT), undefined, 'codeql-action computes none');
        assert.match(result.partialFingerprints.primaryLocationLineHash, /^[0-9a-f]{16}:\d+$/);
      }
    }
  });

  it('the message links every related location as [text](id); brackets from the log are literal', async () => {
    const sarif = sarifOf(await reportFor(`test/logs/${LOG}`));
    for (const result of sarif.runs[0].results) {
      const ids = [...(result.message.text as string).matchAll(/(?<!\\)\[[^\]]*\]\((\d+)\)/g)].map((m) => Number(m[1]));
      assert.deepEqual(ids, result.relatedLocations.map((l: { id: number }) => l.id));
    }
    // Python's `FileNotFoundError: [Errno 2] No such file or directory`, quoted in a message.
    const f = finding({ line: 3, message: 'FileNotFoundError: [Errno 2] No such file or directory (see [1](2))' });
    const text = sarifOf(report([resultOf('test/logs/x.log', [f])])).runs[0].results[0].message.text as string;
    assert.match(text, /^FileNotFoundError: \\\[Errno 2\\\] No such file or directory \(see \\\[1\\\]\(2\)\) \(evidence: \[line 3\]\(1\)\)$/);
  });

  it('--sarif-category sets run.automationDetails.id (ending in /), one per matrix job', async () => {
    const r = await reportFor(`test/logs/${LOG}`);
    assert.equal(sarifOf(r).runs[0].automationDetails, undefined, 'without it, upload-sarif`s category (or its matrix-aware default) applies');
    assert.deepEqual(sarifOf(r, { sarifCategory: 'logcheck/bookworm-amd64' }).runs[0].automationDetails, { id: 'logcheck/bookworm-amd64/' });
    assert.deepEqual(sarifOf(r, { sarifCategory: 'logcheck/sid/' }).runs[0].automationDetails, { id: 'logcheck/sid/' });
  });

  it('rules carry help.markdown and helpUri from their metadata', async () => {
    const r = await reportFor(`test/logs/${LOG}`);
    const meta = context().rules.map((m) => (m.id === 'python-semaphores-unavailable' ? { ...m, docs: { ...m.docs, url: 'https://example.org/rules#python-semaphores-unavailable' } } : m));
    const rules = sarifOf(r, { rules: meta }).runs[0].tool.driver.rules as { id: string; helpUri?: string; help: { markdown: string } }[];
    assert.equal(rules.find((x) => x.id === 'python-semaphores-unavailable')!.helpUri, 'https://example.org/rules#python-semaphores-unavailable');
    for (const rule of rules) assert.match(rule.help.markdown, /\*\*How to fix:\*\*/);
  });
});
