import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = pathToFileURL(path.resolve(here, '../../src/index.js')).href;
const log = path.resolve(here, '../../../test/logs/pbuilder-0.231-build-USESHM-no.log');

// In a fresh process: record every readFileSync and readFile of the index files, import logcheck,
// check a real log whose findings name no missing thing, then do one lookup.
const script = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const reads = [];
for (const name of ['readFileSync', 'readFile']) {
  const orig = fs[name];
  fs[name] = function (p, ...rest) { if (String(p).includes('data/packages')) reads.push(name + ' ' + String(p).replace(/^.*data\\/packages\\//, '')); return orig.call(this, p, ...rest); };
}
syncBuiltinESMExports();
const lc = await import(${JSON.stringify(entry)});
const result = await lc.checkText(fs.readFileSync(${JSON.stringify(log)}));
const afterCheck = [...reads];
const hit = lc.lookupPackages('header', 'openssl/ssl.h');
lc.lookupPackages('header', 'zlib.h');
console.log(JSON.stringify({ findings: result.findings.map((f) => f.ruleId), afterCheck, afterLookup: reads, hit: hit && hit.packages[0], counter: lc.packageIndexReads() }));
`;

describe('the package index is loaded lazily', () => {
  it('importing logcheck and checking a log reads no index file; the first header lookup reads header.idx once', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout) as { findings: string[]; afterCheck: string[]; afterLookup: string[]; hit: string; counter: number };
    expect(out.findings.length, 'the log has findings, none about a missing thing').to.be.greaterThan(0);
    expect(out.afterCheck).to.deep.equal([]);
    // The index, then its basename filters (packages/basename-filter.ts), once each.
    expect(out.afterLookup).to.deep.equal(['readFileSync header.idx', 'readFileSync header.bloom']);
    expect(out.hit).to.equal('libssl-dev');
    expect(out.counter).to.equal(1);
  });
});
