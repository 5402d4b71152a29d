import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import { checkStream } from '../../src/check.js';
import type { Finding } from '../../src/types.js';

/**
 * Live use on a pipe (`pbuilder build ... 2>&1 | logcheck`): a finding must come within 10 ms of the
 * line that decides it, with the byte scanner skipping the lines before it. The deciding lines are
 * pkg-config 0.29's (src/rules/catalog/pkg-config.ts), the filler apt/dpkg's set-up
 * (test/logs/pbuilder-0.231-build-hello-success.log).
 */
describe('live findings on a pipe', () => {
  it('come within 10 ms of their deciding line (median of 7), past 20,000 skipped lines each', async () => {
    const input = new PassThrough();
    const waiting = new Map<string, (at: bigint) => void>();
    const done = checkStream(input, {
      source: '<stdin>',
      onFinding: (f: Finding) => {
        const name = (f.data as { captures?: { name?: string } } | undefined)?.captures?.name ?? String(f.data?.['name'] ?? '');
        for (const [key, resolve] of waiting) if (f.message.includes(key) || name === key) resolve(process.hrtime.bigint());
      },
    });
    const filler = Buffer.from(Array.from({ length: 20000 }, (_, i) => `Unpacking libpkg${i}:amd64 (1.${i}-1) ...`).join('\n') + '\n');
    // A failure cause is held until the log says the build failed (engine/outcome-policy.ts): say it
    // first (dpkg 1.21 wording), so that each finding is shown the moment its line is read.
    input.write('dpkg-buildpackage: error: debian/rules build subprocess returned exit status 2\n');
    const delays: number[] = [];
    for (let k = 0; k < 7; k++) {
      input.write(filler);
      await new Promise((resolve) => setTimeout(resolve, 30));
      const name = `libfoo${k}-2.0`;
      const found = new Promise<bigint>((resolve) => waiting.set(name, resolve));
      const sent = process.hrtime.bigint();
      input.write(`No package '${name}' found\n`);
      const at = await Promise.race([found, new Promise<bigint>((resolve) => setTimeout(() => resolve(-1n), 2000))]);
      expect(at, `no finding for ${name}`).to.not.equal(-1n);
      waiting.delete(name);
      delays.push(Number(at - sent) / 1e6);
    }
    input.end();
    const result = await done;
    expect(result.findings.filter((f) => f.ruleId === 'pkg-config-package-not-found').map((f) => f.line)).to.deep.equal([20002, 40003, 60004, 80005, 100006, 120007, 140008]);
    delays.sort((a, b) => a - b);
    expect(delays[3], `delays ${delays.map((d) => d.toFixed(2)).join(' ')} ms`).to.be.below(10);
  });
});
