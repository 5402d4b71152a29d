import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { checkStream, checkText, type CheckOptions } from '../../src/check.js';
import { allRules } from '../../src/rules/index.js';
import buildFirstFailure from '../../src/rules/build-first-failure.js';
import type { Rule } from '../../src/rule.js';
import type { Finding } from '../../src/types.js';
import { LOGS } from '../helpers/cli.js';
import { run } from '../../src/cli/run.js';

/**
 * build-first-failure on a pipe (`pbuilder build x.dsc 2>&1 | logcheck`): the verdict comes the moment it
 * is certain (the builder gave up and no other rule or parser still holds a finding about an earlier
 * line), not after pbuilder's clean-up or at the end of the input, and it is the very finding the end of
 * the input gives.
 */

/** The rule as it was before it reported live: it decides only at the end of the input. */
const endOnly: Rule = { meta: buildFirstFailure.meta, create: (context) => buildFirstFailure.create({ ...context, othersPending: () => true }) };
const endOnlyRules = allRules.map((r) => (r === buildFirstFailure ? endOnly : r));

/** A log's lines as bytes (ANSI colour and all), each with its newline. */
function linesOf(name: string): Buffer[] {
  const bytes = readFileSync(path.join(LOGS, name));
  const out: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, start)) {
    out.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

const settle = async (): Promise<void> => {
  for (let k = 0; k < 3; k++) await new Promise((resolve) => setImmediate(resolve));
};

/**
 * Writes the log one line at a time, letting the checker read each before the next, and returns how many
 * lines had been written when the build-first-failure finding arrived, with the finding and the result.
 */
async function feed(name: string, options: CheckOptions = {}): Promise<{ at: number | undefined; delay: number; live: Finding | undefined; findings: readonly Finding[] }> {
  const input = new PassThrough();
  let written = 0;
  let sent = 0n;
  let delay = -1;
  let at: number | undefined;
  let live: Finding | undefined;
  const done = checkStream(input, {
    source: name,
    ...options,
    onFinding: (f) => {
      if (f.ruleId !== 'build-first-failure') return;
      if (at === undefined) {
        at = written;
        delay = Number(process.hrtime.bigint() - sent) / 1e6;
      }
      live = structuredClone(f);
    },
  });
  for (const line of linesOf(name)) {
    written++;
    sent = process.hrtime.bigint();
    input.write(line);
    await settle();
  }
  input.end();
  const result = await done;
  return { at, delay, live, findings: result.findings };
}

describe('build-first-failure on a pipe', () => {
  // Deciding lines (test/logs/): pbuilder 0.231's `E: Failed autobuilding of package` (compile-error:233,
  // before 6 lines of unmounting and removing the build place), `E: pbuilder-satisfydepends failed.` (depfail:72,
  // the line on which apt-unsatisfiable-build-deps reports too), a D hook that never finished (hook-failure:27,
  // the first unmount line, where pbuilder-hook-failed knows it), sbuild 0.85's `Status: attempted`
  // (compileerr:402, before Version, Finished at, Build needed).
  const cases = [
    { log: 'pbuilder-0.231-compile-error.log', line: 233, cleanup: 234, explainedBy: 'compiler-error' },
    { log: 'pbuilder-0.231-depfail.log', line: 72, cleanup: 73, explainedBy: 'apt-unsatisfiable-build-deps' },
    { log: 'pbuilder-0.231-test-failure.log', line: undefined, cleanup: undefined, explainedBy: 'test-suite-failure' },
    { log: 'pbuilder-0.231-hook-failure.log', line: 27, cleanup: 28, explainedBy: 'pbuilder-hook-failed' },
    { log: 'sbuild-0.85.0-compileerr.log', line: 402, cleanup: 403, explainedBy: 'compiler-error' },
    { log: 'sbuild-0.85.0-depfail.log', line: undefined, cleanup: undefined, explainedBy: 'apt-unsatisfiable-build-deps' },
  ];
  /** Milliseconds from writing the deciding line to the finding, one a case. */
  const delays: number[] = [];
  for (const c of cases) {
    it(`${c.log}: delivered right after its deciding line, identical to the end-of-input finding`, async function () {
      // The logs without a fixed line above: the deciding line is the builder's own (found here), and the
      // finding must come on it.
      const lines = linesOf(c.log).map((b) => b.toString('utf8'));
      const deciding = c.line ?? 1 + lines.findIndex((l) => l.includes('E: Failed autobuilding of package') || l.startsWith('Status: '));
      expect(deciding, 'a deciding line').to.be.greaterThan(0);
      if (c.line !== undefined) expect(lines[c.line - 1]).to.match(/E: Failed autobuilding of package|E: pbuilder-satisfydepends failed|^Status: attempted|I: unmounting dev\/ptmx/);
      const { at, delay, live, findings } = await feed(c.log);
      expect(at, 'lines written when the verdict arrived').to.equal(deciding);
      delays.push(delay);
      if (c.cleanup !== undefined) expect(at!).to.be.below(c.cleanup);
      expect(at!, 'before the end of the input').to.be.below(lines.length);
      const final = findings.filter((f) => f.ruleId === 'build-first-failure');
      expect(final).to.have.length(1);
      expect(live).to.deep.equal(final[0]);
      expect(final[0]!.data?.['explainedBy']).to.equal(c.explainedBy);
      // The rule as it was (deciding only at the end) gives the same findings, all of them.
      const before = await checkText(readFileSync(path.join(LOGS, c.log)), { source: c.log, rules: endOnlyRules });
      expect(findings).to.deep.equal(before.findings);
    });
  }

  it('each verdict came within 10 ms of writing its deciding line (median of the cases above)', () => {
    expect(delays).to.have.length(cases.length);
    const sorted = [...delays].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)], `delays ${delays.map((d) => d.toFixed(2)).join(' ')} ms`).to.be.below(10);
  });

  it('every real log gives the same findings as when the verdict waited for the end of the input', async function () {
    this.timeout(120_000);
    const logs = readdirSync(LOGS).filter((f) => /\.(log|md|txt|build)(\.gz)?$/.test(f) && !f.startsWith('README')).sort();
    let verdicts = 0;
    for (const name of logs) {
      const bytes = readFileSync(path.join(LOGS, name));
      const now = await checkText(bytes, { source: name });
      const before = await checkText(bytes, { source: name, rules: endOnlyRules });
      expect(now.findings, name).to.deep.equal(before.findings);
      verdicts += now.findings.filter((f) => f.ruleId === 'build-first-failure').length;
    }
    expect(verdicts, 'logs with a verdict').to.be.greaterThan(20);
  });

  it('waits while another rule holds a finding about an earlier line (dpkg-lock-held)', async () => {
    // apt 2.6's two lines for one held lock (test/logs/dpkg-apt-2.6-lock-frontend-held.log), then
    // dpkg-buildpackage 1.21 giving up with no wrapper: the lock rule reports its two lines only once a line
    // that is not the next one comes (the apt pair may go on), so the verdict waits for line 4.
    const lines = [
      'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 18103 (apt-get)',
      'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
      'dpkg-buildpackage: error: debian/rules build subprocess returned exit status 2',
      'Build step finished',
      'Uploading artifacts',
    ];
    const input = new PassThrough();
    let written = 0;
    const arrivals: { ruleId: string; at: number; line: number }[] = [];
    const done = checkStream(input, { source: '<stdin>', onFinding: (f) => arrivals.push({ ruleId: f.ruleId, at: written, line: f.line }) });
    for (const line of lines) {
      written++;
      input.write(`${line}\n`);
      await settle();
    }
    input.end();
    const result = await done;
    expect(arrivals).to.deep.equal([
      { ruleId: 'dpkg-lock-held', at: 4, line: 1 },
      { ruleId: 'build-first-failure', at: 4, line: 1 },
    ]);
    const verdict = result.findings.find((f) => f.ruleId === 'build-first-failure')!;
    expect(verdict.data?.['explainedBy']).to.equal('dpkg-lock-held');
  });

  it('waits for a rule that is pending until the end of the input, and then explains with it', async () => {
    // A rule that holds its line until the input ends (as fink-buildlock-dead and pbuilder-stderr-missing do).
    const heldLine = 'E: Sub-process /usr/bin/dpkg returned an error code (1)';
    const holding: Rule = {
      meta: { id: 'test-holds-to-end', title: 't', severity: 'error', cause: 'build-failed', tags: [], docs: { description: 'd', why: 'w', fix: 'f' } },
      create(context) {
        let held: { line: number; text: string } | undefined;
        return {
          line(fact) { if (fact.line.text === heldLine) held ??= { line: fact.line.number, text: fact.line.text }; },
          wantsLines: () => false,
          pending: () => held !== undefined,
          end() { if (held !== undefined) context.report({ message: 'held', evidence: [held] }); },
        };
      },
    };
    const text = [heldLine, 'dpkg-buildpackage: error: debian/rules build subprocess returned exit status 2', 'more output'].join('\n');
    const order: string[] = [];
    const result = await checkText(text, { source: 't', rules: [holding, buildFirstFailure], scan: false, onFinding: (f) => order.push(f.ruleId) });
    expect(order).to.deep.equal(['test-holds-to-end', 'build-first-failure']);
    const verdict = result.findings.find((f) => f.ruleId === 'build-first-failure')!;
    expect(verdict.line).to.equal(1);
    expect(verdict.data?.['explainedBy']).to.equal('test-holds-to-end');
    // Without the hold, the verdict names no cause: only the first failing line.
    const free = await checkText(text, { source: 't', rules: [buildFirstFailure], scan: false });
    expect(free.findings.map((f) => [f.ruleId, f.line, f.data?.['explainedBy']])).to.deep.equal([['build-first-failure', 1, undefined]]);
  });

  it('a failed build followed by a good one in the same log: the first verdict stays an error', async () => {
    // Two real pbuilder 0.231 runs one after the other (test/logs/): the compile error fails the first
    // (E: Failed autobuilding, line 233), the second ends with `I: Current time:` (line 1826). Before,
    // the verdict waited for the end, where the last outcome (succeeded) turned it into "Not a failure"
    // although compiler-error, released at the first verdict, stayed an error. Now it is given on line 233.
    const text = Buffer.concat([readFileSync(path.join(LOGS, 'pbuilder-0.231-compile-error.log')), readFileSync(path.join(LOGS, 'pbuilder-0.231-build-hello-success.log'))]);
    const result = await checkText(text, { source: 'two-runs.log' });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.line])).to.deep.equal([['compiler-error', 'error', 223], ['build-first-failure', 'error', 223]]);
    const before = await checkText(text, { source: 'two-runs.log', rules: endOnlyRules });
    expect(before.findings.map((f) => [f.ruleId, f.severity, f.line])).to.deep.equal([['compiler-error', 'error', 223], ['build-first-failure', 'note', 223]]);
  });

  it('the live text output shows the verdict before pbuilder\'s clean-up lines are written', async () => {
    const input = new PassThrough();
    const out = new PassThrough();
    let shown = '';
    out.on('data', (c: Buffer) => { shown += c.toString('utf8'); });
    const err = new PassThrough();
    err.resume();
    const code = run(['-'], { stdin: input, stdout: out, stderr: err, env: {}, cwd: LOGS });
    const lines = linesOf('pbuilder-0.231-compile-error.log');
    let at: number | undefined;
    for (let i = 0; i < lines.length; i++) {
      input.write(lines[i]!);
      await settle();
      if (at === undefined && shown.includes('Build failed in dh_auto_build')) at = i + 1;
    }
    input.end();
    expect(await code).to.equal(1);
    expect(at, 'lines written when the verdict was shown').to.equal(233);
  });
});
