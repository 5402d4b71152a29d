import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aptFileSearch, aptFileRegex } from '../../src/packages/apt-file.js';
import { lookupPackages } from '../../src/packages/index.js';

// A stand-in for apt-file: records its arguments, prints what apt-file 3.3 printed here for
// `apt-file --filter-suites trixie search openssl/ssl.h` (real output), or sleeps.
function fakeAptFile(output: string, sleep = 0): { command: string; argsFile: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-apt-file-'));
  const argsFile = path.join(dir, 'args');
  const command = path.join(dir, 'apt-file');
  writeFileSync(path.join(dir, 'out'), output);
  writeFileSync(command, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\n${sleep ? `sleep ${sleep}\n` : ''}cat '${path.join(dir, 'out')}'\n`);
  chmodSync(command, 0o755);
  return { command, argsFile };
}

const SSL_OUTPUT = [
  'android-libboringssl-dev: /usr/include/android/openssl/ssl.h',
  'libssl-dev: /usr/include/openssl/ssl.h',
  'libwolfssl-dev: /usr/include/wolfssl/openssl/ssl.h',
  'python3-pycparser: /usr/share/python3-pycparser/fake_libc_include/openssl/ssl.h',
  '',
].join('\n');

describe('aptFileSearch (the fallback for what the index lacks)', () => {
  it('runs apt-file search -x on trixie and ranks the exact path first', () => {
    const fake = fakeAptFile(SSL_OUTPUT);
    const hit = aptFileSearch('header', 'openssl/ssl.h', { command: fake.command });
    expect(hit).to.deep.include({ packages: ['libssl-dev'], suite: 'trixie', key: 'openssl/ssl.h', source: 'apt-file' });
    expect(readFileSync(fake.argsFile, 'utf8').split('\n').slice(0, 4)).to.deep.equal(['--filter-suites', 'trixie', 'search', '-x']);
  });

  it('gives up after its timeout', () => {
    const fake = fakeAptFile(SSL_OUTPUT, 5);
    const start = Date.now();
    expect(aptFileSearch('header', 'openssl/ssl.h', { command: fake.command, timeoutMs: 300 })).to.equal(undefined);
    expect(Date.now() - start).to.be.below(3000);
  });

  it('is off by default in lookupPackages, and used on an index miss when asked', () => {
    const fake = fakeAptFile('xyzzy-tools: /usr/bin/xyzzy-frob\n');
    expect(lookupPackages('command', 'xyzzy-frob')).to.equal(undefined);
    expect(lookupPackages('command', 'xyzzy-frob', { aptFile: { command: fake.command } })).to.deep.include({ packages: ['xyzzy-tools'], source: 'apt-file' });
  });

  it('builds regexes that keep names literal', () => {
    expect(aptFileRegex('library', ['libstdc++.so'])).to.equal('^/(?:usr/)?lib/(?:[^/]+/)?(?:libstdc\\+\\+\\.so)$');
    expect(aptFileRegex('command', ['git'])).to.equal('^/(?:usr/)?(?:s?bin|games)/git$');
  });

  const hasAptFile = spawnSync('apt-file', ['--help'], { stdio: 'ignore' }).status === 0;
  (hasAptFile ? it : it.skip)('with the real apt-file: finds /usr/bin/git in git (trixie Contents)', function () {
    this.timeout(120_000); // one search reads all of trixie's Contents (3.5 s on an idle machine)
    const hit = aptFileSearch('command', 'git', { timeoutMs: 60_000 });
    expect(hit?.packages[0]).to.equal('git');
  });
});
