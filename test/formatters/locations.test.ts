import assert from 'node:assert/strict';
import { applyPathMaps, locate, parsePathMap, repoRelative } from '../../src/formatters/locations.js';
import { finding } from '../helpers/reports.js';

describe('formatters: locations', () => {
  it('parses FROM=TO at the first =', () => {
    assert.deepEqual(parsePathMap('<<PKGBUILDDIR>>=.'), { from: '<<PKGBUILDDIR>>', to: '.' });
    assert.deepEqual(parsePathMap('/build/pkg-1.0/=src=x'), { from: '/build/pkg-1.0/', to: 'src=x' });
    assert.equal(parsePathMap('=x'), undefined);
    assert.equal(parsePathMap('nothing'), undefined);
  });

  it('maps whole path segments, longest FROM first', () => {
    const maps = [{ from: '/build/pkg-1.0', to: '.' }, { from: '/build/pkg-1.0/debian', to: 'packaging/debian' }, { from: '<<PKGBUILDDIR>>/', to: '' }];
    assert.equal(applyPathMaps('/build/pkg-1.0/src/a.c', maps), 'src/a.c');
    assert.equal(applyPathMaps('/build/pkg-1.0/debian/rules', maps), 'packaging/debian/rules');
    assert.equal(applyPathMaps('/build/pkg-1.00/src/a.c', maps), '/build/pkg-1.00/src/a.c');
    assert.equal(applyPathMaps('<<PKGBUILDDIR>>/Modules/x.c', maps), 'Modules/x.c');
    assert.equal(applyPathMaps('C:\\build\\x.c', []), 'C:/build/x.c');
  });

  it('is repository-relative only inside the working directory', () => {
    assert.equal(repoRelative('/repo/logs/build.log', '/repo'), 'logs/build.log');
    assert.equal(repoRelative('./logs/build.log', '/repo'), 'logs/build.log');
    assert.equal(repoRelative('/tmp/build.log', '/repo'), undefined);
    assert.equal(repoRelative('../x.log', '/repo'), undefined);
    assert.equal(repoRelative('<stdin>', '/repo'), undefined);
    assert.equal(repoRelative('<<PKGBUILDDIR>>/x.c', '/repo'), undefined);
  });

  it('points at the source file when mapped, else at the log line', () => {
    const f = finding({ line: 9, endLine: 12, source: '/repo/build.log', location: { path: '/build/pkg-1.0/a.c', line: 3, column: 7 } });
    assert.deepEqual(locate(f, { cwd: '/repo', pathMaps: [{ from: '/build/pkg-1.0', to: 'src' }] }), { path: 'src/a.c', inRepo: true, line: 3, column: 7, kind: 'source' });
    assert.deepEqual(locate(f, { cwd: '/repo', pathMaps: [] }), { path: 'build.log', inRepo: true, line: 9, endLine: 12, kind: 'log' });
    assert.deepEqual(locate({ ...f, source: '<stdin>' }, { cwd: '/repo', pathMaps: [] }), { path: '<stdin>', inRepo: false, line: 9, endLine: 12, kind: 'log' });
  });
});
