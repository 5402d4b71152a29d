import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { KindData } from '../../src/packages/kind-data.js';

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/convert-package-index.js');
// Format 1 files as scripts/build-package-index.ts wrote them before format 2 (rows from trixie's ruby and vapi kinds).
const ruby = 'logcheck-package-index/1\tkind=ruby\tsuite=trixie\trelease=13.8\tdate=x\nrake\trake\nrexml\truby-rexml=libruby3.3 libruby3.3\n';
const vapi = 'logcheck-package-index/1\tkind=vapi\tsuite=trixie\trelease=13.8\tdate=x\nglib-2.0\tvalac-0.56-vapi\n';

function setUp(rubyText: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pkgconvert-'));
  writeFileSync(path.join(dir, 'ruby.br'), brotliCompressSync(Buffer.from(rubyText)));
  writeFileSync(path.join(dir, 'vapi.br'), brotliCompressSync(Buffer.from(vapi)));
  writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ suite: 'trixie', totalBytes: 1, kinds: { ruby: { keys: 2, bytes: 1 }, vapi: { keys: 1, bytes: 1 } } }));
  return dir;
}
const run = (dir: string) => spawnSync(process.execPath, [script, '--dir', dir, '--sample', path.join(dir, 'sample.json')], { encoding: 'utf8' });

describe('scripts/convert-package-index.ts (format 1 .br to format 2 .idx)', () => {
  it('writes the .idx files, states their size, blocks and rows digest in meta.json, removes the .br files', () => {
    const dir = setUp(ruby);
    const r = run(dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('ruby: 2 keys').and.contain('all keys identical');
    expect(existsSync(path.join(dir, 'ruby.br'))).to.equal(false);
    const data = KindData.open(readFileSync(path.join(dir, 'ruby.idx')))!;
    expect(data.get('rexml')).to.equal('ruby-rexml=libruby3.3 libruby3.3');
    expect(data.suite).to.equal('trixie');
    const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { format: string; totalBytes: number; kinds: Record<string, { bytes: number; blocks: number; textSha256: string }> };
    expect(meta.format).to.equal('logcheck-package-index/2');
    expect(meta.kinds.ruby).to.deep.include({ blocks: 1, textSha256: createHash('sha256').update(ruby.slice(ruby.indexOf('\n') + 1)).digest('hex') });
    expect(meta.totalBytes).to.equal(meta.kinds.ruby!.bytes + meta.kinds.vapi!.bytes);
    const sample = JSON.parse(readFileSync(path.join(dir, 'sample.json'), 'utf8')) as Record<string, { values: Record<string, string> }>;
    expect(sample.vapi!.values).to.deep.equal({ 'glib-2.0': 'valac-0.56-vapi' });
  });

  it('refuses rows out of order, and then writes and removes nothing', () => {
    const dir = setUp('logcheck-package-index/1\tkind=ruby\tsuite=trixie\trelease=13.8\tdate=x\nrexml\truby-rexml\nrake\trake\n');
    const r = run(dir);
    expect(r.status).to.not.equal(0);
    expect(r.stderr).to.contain('out of order');
    expect(existsSync(path.join(dir, 'ruby.br'))).to.equal(true);
    expect(existsSync(path.join(dir, 'vapi.idx'))).to.equal(false);
  });
});
