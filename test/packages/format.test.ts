import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lookupPackages, setPackageIndexDir } from '../../src/packages/index.js';
import { indexFileOfText, packageIndexDir, parseKind } from '../../src/packages/data.js';

describe('the index file format (data/packages/<kind>.idx)', () => {
  const shipped = packageIndexDir();
  after(() => setPackageIndexDir(shipped));

  it('reads the suite from the first line, the ranked packages and virtual=provider from the rows', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pkgindex-'));
    const text = 'logcheck-package-index/1\tkind=ruby\tsuite=sid\trelease=\tdate=x\nrexml\truby-rexml=libruby3.4 libruby3.4\nrake\trake\n';
    writeFileSync(path.join(dir, 'ruby.idx'), indexFileOfText(text)!);
    setPackageIndexDir(dir);
    expect(lookupPackages('ruby', 'rexml')).to.deep.include({ packages: ['ruby-rexml', 'libruby3.4'], suite: 'sid', providedBy: { 'ruby-rexml': 'libruby3.4' } });
    expect(lookupPackages('ruby', 'rake')!.packages).to.deep.equal(['rake']);
    // a kind without its file answers nothing; a key cannot span rows
    expect(lookupPackages('command', 'git')).to.equal(undefined);
    const data = parseKind(text)!;
    expect(data.get('rexml\nrake')).to.equal(undefined);
    expect(data.get('rexml\truby-rexml=libruby3.4')).to.equal(undefined);
    expect(data.get('rake')).to.equal('rake');
  });
});
