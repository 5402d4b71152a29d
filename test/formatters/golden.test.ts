import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getFormatter } from '../../src/formatters/index.js';
import { ROOT, context, logReport } from '../helpers/reports.js';

/**
 * Golden files: every CI format on real pbuilder logs (test/logs/README.md says how they were made).
 * `UPDATE_GOLDEN=1 npm test` rewrites them; review the diff before committing.
 */
const LOGS = ['pbuilder-0.231-execute-noshm-missing-devshm.log', 'pbuilder-0.231-build-USESHM-no.log'];
const EXTENSION: Record<string, string> = {
  github: 'github.txt',
  sarif: 'sarif.json',
  gitlab: 'gitlab.json',
  junit: 'junit.xml',
  compact: 'compact.txt',
  markdown: 'md',
};

describe('formatters: golden files on real logs', () => {
  for (const log of LOGS) {
    for (const [format, extension] of Object.entries(EXTENSION)) {
      it(`${format} on ${log}`, async () => {
        const text = getFormatter(format)!.final(await logReport(log), context(), false);
        const golden = path.join(ROOT, 'test', 'golden', `${log.replace(/\.log$/, '')}.${extension}`);
        if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
          mkdirSync(path.dirname(golden), { recursive: true });
          writeFileSync(golden, text);
          if (!process.env.UPDATE_GOLDEN) assert.fail(`wrote missing golden file ${golden}; check it and run again`);
        }
        assert.equal(text, readFileSync(golden, 'utf8'));
      });
    }
  }
});
