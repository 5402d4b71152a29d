import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Gatherer } from '../../src/output/gather.js';
import { fileSpool } from '../../src/output/spool.js';
import { openReport } from '../../src/output/write-report.js';
import { ROOT } from '../helpers/cli.js';

// Texts as JSON diagnoses carry them: ASCII, a Latin-1 quote (2 bytes), CJK (3 bytes) and an emoji
// (a surrogate pair, 4 bytes), so that pieces end inside multi-byte characters.
const texts = Array.from({ length: 3000 }, (_, i) => `\n    "message": "‘x${i}’ 找不到 😀 fatal error: foo.h: No such file or directory"`);

describe('output gathered as bytes (output/gather.ts)', () => {
  it('a Gatherer copies texts in while they fit, and refuses one that may not', () => {
    const g = new Gatherer(16);
    assert.equal(g.add('abc'), true);
    assert.equal(g.add('é'), true);
    assert.equal(g.add('abcd'), false, '5 + 4 * 3 bytes may not fit in 16');
    assert.equal(g.take().toString('utf8'), 'abcé');
    assert.equal(g.empty, true);
    assert.equal(g.fits('x'.repeat(6)), false);
  });

  it('the file spool gives back every text in order, across its 64 KiB pieces and one larger than a piece', () => {
    const spool = fileSpool();
    const big = 'é'.repeat(100_000);
    const written = [...texts.slice(0, 1500), big, ...texts.slice(1500)];
    for (const t of written) spool.write(t);
    const back = [...spool.drain()];
    assert.ok(back.length > 3, `${back.length} pieces`);
    assert.equal(back.join(''), written.join(''));
  });

  it('the file spool loses nothing when its disk fills: what the file did not take is kept in memory', function () {
    this.timeout(60_000);
    // A file size limit of 64 KiB (ulimit -f; SIGXFSZ ignored, so a write past it fails with EFBIG, as
    // one on a full disk fails with ENOSPC) under 300 KB of texts with multi-byte characters.
    const module = pathToFileURL(path.join(ROOT, 'dist', 'src', 'output', 'spool.js')).href;
    const script = `
      import { fileSpool } from ${JSON.stringify(module)};
      const texts = Array.from({ length: 3000 }, (_, i) => '\\n    "message": "\u2018x' + i + '\u2019 \u627e\u4e0d\u5230 fatal error: foo.h"');
      const spool = fileSpool();
      for (const t of texts) spool.write(t);
      const back = [...spool.drain()].join('');
      console.log(back === texts.join('') ? 'same ' + back.length : 'differs ' + back.length + ' of ' + texts.join('').length);`;
    const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 64; exec "${process.execPath}" --input-type=module -e "$0"`, script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^same \d+\n$/);
  });

  it('-o FILE: the report is the pieces in order, written in 256 KiB writes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-gather-'));
    try {
      const file = path.join(dir, 'report.json');
      const report = await openReport(file);
      const big = '找'.repeat(200_000);
      const written = [...texts.slice(0, 2000), big, ...texts.slice(2000)];
      for (const t of written) await report.write(t);
      await report.commit();
      assert.equal(readFileSync(file, 'utf8'), written.join(''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
