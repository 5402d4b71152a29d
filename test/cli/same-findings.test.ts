import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { logPath, runCli } from '../helpers/cli.js';

interface JsonFinding { ruleId: string; line: number; endLine?: number; evidence: { line: number; text: string }[]; fingerprint: string; message: string }

/** What must not change with how the log arrives: rule, lines, evidence, message. */
function essence(stdout: string): unknown[] {
  const report = JSON.parse(stdout) as { results: { findings: JsonFinding[] }[] };
  return report.results.flatMap((r) => r.findings.map((f) => ({ ruleId: f.ruleId, line: f.line, endLine: f.endLine, evidence: f.evidence, message: f.message })));
}

describe('the same log gives the same findings however it arrives', () => {
  const name = 'pbuilder-0.231-execute-noshm-missing-devshm.log';
  const original = readFileSync(logPath(name));
  const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-same-'));
  const write = (file: string, data: Buffer): string => {
    writeFileSync(path.join(dir, file), data);
    return path.join(dir, file);
  };
  let expected: unknown[];

  before(async () => {
    const r = await runCli(['-f', 'json', logPath(name)]);
    expected = essence(r.stdout);
    expect(expected.length).to.equal(3);
  });

  const variants: [string, () => Promise<string>][] = [
    ['from stdin', async () => (await runCli(['-f', 'json'], { stdin: original })).stdout],
    ['from stdin in 7-byte chunks', async () => {
      const chunks: Buffer[] = [];
      for (let i = 0; i < original.length; i += 7) chunks.push(original.subarray(i, i + 7));
      return (await runCli(['-f', 'json', '-'], { stdin: chunks })).stdout;
    }],
    ['gzipped file', async () => (await runCli(['-f', 'json', write('a.log.gz', gzipSync(original))])).stdout],
    ['gzipped stdin', async () => (await runCli(['-f', 'json'], { stdin: gzipSync(original) })).stdout],
    ['with CRLF', async () => (await runCli(['-f', 'json', write('crlf.log', Buffer.from(original.toString().replace(/\n/g, '\r\n')))])).stdout],
    ['with its colour removed', async () => (await runCli(['-f', 'json', write('plain.log', Buffer.from(original.toString().replace(/\x1b\[[0-9;]*m/g, '')))])).stdout],
  ];
  for (const [how, get] of variants) {
    it(how, async () => {
      expect(essence(await get())).to.deep.equal(expected);
    });
  }

  it('fingerprints are stable between runs of the same file', async () => {
    const a = JSON.parse((await runCli(['-f', 'json', logPath(name)])).stdout);
    const b = JSON.parse((await runCli(['-f', 'json', logPath(name)])).stdout);
    expect(a.results[0].findings.map((f: JsonFinding) => f.fingerprint)).to.deep.equal(b.results[0].findings.map((f: JsonFinding) => f.fingerprint));
  });
});
