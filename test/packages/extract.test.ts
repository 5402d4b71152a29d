import { expect } from 'chai';
import { extractEntries } from '../../src/packages/extract.js';
import { unversionedNames, rankPackages, type PackageFacts } from '../../src/packages/rank.js';

// Each path is from a line of Debian trixie's (13.8) main Contents-amd64 / Contents-all, e.g.
// `usr/include/x86_64-linux-gnu/openssl/opensslconf.h      libdevel/libssl-dev`.
describe('extractEntries: the index entry a Contents path makes', () => {
  const table: Array<[string, Array<[string, string]>]> = [
    ['usr/include/x86_64-linux-gnu/openssl/opensslconf.h', [['header', 'openssl/opensslconf.h']]],
    ['usr/lib/x86_64-linux-gnu/glib-2.0/include/glibconfig.h', [['header', 'glib-2.0/include/glibconfig.h']]],
    ['usr/lib/x86_64-linux-gnu/pkgconfig/openssl.pc', [['pkgconfig', 'openssl']]],
    ['usr/lib/x86_64-linux-gnu/cmake/boost_program_options-1.83.0/boost_program_options-config.cmake', [['cmake', 'boost_program_options']]],
    ['usr/lib/x86_64-linux-gnu/cmake/OpenSSL/OpenSSLConfig.cmake', [['cmake', 'openssl']]],
    ['usr/share/cmake-3.31/Modules/FindOpenSSL.cmake', []],
    ['usr/bin/git', [['command', 'git']]],
    ['usr/lib/jvm/java-21-openjdk-amd64/bin/javac', [['command', 'javac']]],
    ['usr/lib/python3/dist-packages/twisted/__init__.py', [['python', 'twisted']]],
    ['usr/lib/python3/dist-packages/yaml/_yaml.cpython-313-x86_64-linux-gnu.so', [['python', 'yaml']]],
    ['usr/lib/python3.13/lib-dynload/_tkinter.cpython-313-x86_64-linux-gnu.so', [['python', '_tkinter']]],
    ['usr/share/perl5/Test/Needs.pm', [['perl', 'Test/Needs.pm']]],
    ['usr/share/nodejs/tape/package.json', [['node', 'tape']]],
    ['usr/share/nodejs/@babel/core/package.json', [['node', '@babel/core']]],
    ['usr/share/maven-repo/io/netty/netty-all/4.1.48.Final/netty-all-4.1.48.Final.pom', [['maven', 'io.netty:netty-all']]],
    ['usr/lib/R/site-library/ellipsis/DESCRIPTION', [['r', 'ellipsis']]],
    ['usr/lib/ruby/gems/3.3.0/specifications/rexml-3.3.9.gemspec', [['ruby', 'rexml']]],
    ['usr/share/rubygems-integration/all/specifications/rake-compiler-1.2.5.gemspec', [['ruby', 'rake-compiler']]],
    ['usr/share/gocode/src/golang.org/x/xerrors/errors.go', [['go', 'golang.org/x/xerrors']]],
    ['usr/lib/x86_64-linux-gnu/libssl.so', [['library', 'libssl.so']]],
    ['usr/share/aclocal/pkg.m4', [['m4', 'pkg.m4']]],
    ['usr/share/java/netty-all-4.1.48.Final.jar', [['jar', 'netty-all-4.1.48.Final.jar'], ['jar', 'netty-all.jar']]],
    ['usr/lib/petscdir/petsc3.22/x86_64-linux-gnu-real/include/petscvec.h', [['header', 'petscvec.h']]],
    ['usr/lib/slepcdir/slepc3.22/x86_64-linux-gnu-real/include/slepc.h', [['header', 'slepc.h']]],
    ['usr/lib/petscdir/petsc3.22/x86_64-linux-gnu-real/lib/pkgconfig/PETSc.pc', []],
    ['usr/share/vala-0.56/vapi/glib-2.0.vapi', [['vapi', 'glib-2.0']]],
    ['usr/share/vala/vapi/gee-0.8.vapi', [['vapi', 'gee-0.8']]],
    ['usr/share/vala/vapi/gee-0.8.deps', []],
    ['usr/share/php/Pimple/autoload.php', [['php-autoload', 'Pimple/autoload.php']]],
    ['usr/share/php/AsyncAws/Core/autoload.php', [['php-autoload', 'AsyncAws/Core/autoload.php']]],
    ['usr/share/php/Pimple/Container.php', []],
    ['usr/share/doc/git/README.md', []],
  ];
  for (const [p, want] of table) {
    it(p, () => {
      expect(extractEntries(p).map((e) => [e.kind, e.key])).to.deep.equal(want);
    });
  }
});

describe('unversionedNames: where a versioned package\'s metapackage may be', () => {
  it('drops one version chunk', () => {
    expect(unversionedNames('libboost-program-options1.83-dev')).to.include('libboost-program-options-dev');
    expect(unversionedNames('llvm-19-dev')).to.include('llvm-dev');
    expect(unversionedNames('python3.13-tk')).to.include('python3-tk');
    expect(unversionedNames('libssl-dev')).to.deep.equal([]);
    expect(unversionedNames('openjdk-21-jdk-headless')[0]).to.equal('default-jdk-headless');
  });
});

describe('rankPackages', () => {
  const facts: PackageFacts = {
    providers: new Map([['ruby-rexml', ['libruby3.3']]]),
    provides: new Map([['libruby3.3', ['ruby-rexml']]]),
    metapackage: new Map([['libboost-filesystem1.83-dev', 'libboost-filesystem-dev']]),
  };
  it('puts -dev first for headers, then the shortest name; cross and MinGW copies last', () => {
    expect(rankPackages('header', 'foo.h', ['mingw-w64-x86-64-dev', 'foo-utils', 'libfoo-dev'], facts).map((c) => c.name))
      .to.deep.equal(['libfoo-dev', 'foo-utils', 'mingw-w64-x86-64-dev']);
  });
  it('puts the unversioned metapackage before the versioned package', () => {
    expect(rankPackages('cmake', 'boost_filesystem', ['libboost-filesystem1.88-dev', 'libboost-filesystem1.83-dev'], facts).map((c) => c.name))
      .to.deep.equal(['libboost-filesystem-dev', 'libboost-filesystem1.83-dev', 'libboost-filesystem1.88-dev']);
  });
  it('names the virtual package with the policy name and its provider', () => {
    expect(rankPackages('ruby', 'rexml', ['libruby3.3'], facts)).to.deep.equal([{ name: 'ruby-rexml', providedBy: 'libruby3.3' }, { name: 'libruby3.3' }]);
  });
  it('answers only the policy-named package when one ships the thing', () => {
    expect(rankPackages('python', 'twisted', ['python3-txsni', 'python3-twisted', 'python3-daphne'], facts).map((c) => c.name)).to.deep.equal(['python3-twisted']);
  });
});
