import assert from 'node:assert/strict';
import { applyPathMaps, locate, locateOptions, parsePathMap, repoRelative } from '../../src/formatters/locations.js';
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
    assert.deepEqual(locate(f, { cwd: '/repo', pathMaps: [{ from: '/build/pkg-1.0', to: 'src' }] }), { path: 'src/a.c', inRepo: true, inCheckout: true, line: 3, column: 7, kind: 'source' });
    assert.deepEqual(locate(f, { cwd: '/repo', pathMaps: [] }), { path: 'build.log', inRepo: true, inCheckout: true, line: 9, endLine: 12, kind: 'log' });
    assert.deepEqual(locate({ ...f, source: '<stdin>' }, { cwd: '/repo', pathMaps: [] }), { path: '<stdin>', inRepo: false, inCheckout: false, line: 9, endLine: 12, kind: 'log' });
  });

  it('is relative to the checkout root, and in the repository only when tracked', () => {
    const f = finding({ line: 9, source: '../logs/build.log' });
    // Run from /repo/sub with GITHUB_WORKSPACE=/repo: ../logs/build.log is logs/build.log.
    const o = locateOptions({ cwd: '/repo/sub', env: { GITHUB_WORKSPACE: '/repo' }, isTracked: (root, p) => root === '/repo' && p === 'logs/build.log' }, 'GITHUB_WORKSPACE');
    assert.deepEqual(locate(f, o), { path: 'logs/build.log', inRepo: true, inCheckout: true, line: 9, kind: 'log' });
    const untracked = locateOptions({ cwd: '/repo/sub', env: { GITHUB_WORKSPACE: '/repo' }, isTracked: () => false }, 'GITHUB_WORKSPACE');
    assert.deepEqual(locate(f, untracked), { path: 'logs/build.log', inRepo: false, inCheckout: true, line: 9, kind: 'log' });
    // Without the variable the root is cwd, and ../logs is outside it.
    assert.equal(locate(f, locateOptions({ cwd: '/repo/sub', env: {} }, 'GITHUB_WORKSPACE')).inCheckout, false);
  });
});
