import { expect } from 'chai';
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkStream } from '../src/check.js';
import { LOGS } from './helpers/cli.js';

/**
 * Every whole real log in test/logs/ has its expected findings beside it in `<log>.expected.json`:
 * rule id, severity and line of each finding, in report order. `UPDATE_EXPECTED=1 npm test` rewrites
 * them; review the diff before committing.
 */
const LOG_FILE = /\.(log|md|txt|build)(\.gz)?$/;

interface Expected { ruleId: string; severity: string; line: number; cause: string }

describe('whole real logs give exactly their expected findings', () => {
  const logs = readdirSync(LOGS).filter((f) => LOG_FILE.test(f) && !f.startsWith('README')).sort();

  it('there are real logs', () => {
    expect(logs.length).to.be.greaterThan(5);
  });

  for (const name of logs) {
    it(name, async () => {
      const result = await checkStream(createReadStream(path.join(LOGS, name)), { source: name });
      expect(result.problems, 'input problems').to.deep.equal([]);
      const actual: Expected[] = result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, cause: f.cause }));
      const file = path.join(LOGS, `${name}.expected.json`);
      if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(file), `${name}.expected.json is missing (UPDATE_EXPECTED=1 npm test writes it)`).to.equal(true);
      expect(actual).to.deep.equal(JSON.parse(readFileSync(file, 'utf8')));
      const unfiltered = await checkStream(createReadStream(path.join(LOGS, name)), { source: name, prefilter: false });
      expect(unfiltered.findings, 'the prefilter changed the findings').to.deep.equal(result.findings);
    });
  }
});
