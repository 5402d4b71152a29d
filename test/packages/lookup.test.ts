import { expect } from 'chai';
import { lookupPackages, boostComponentPackages, mavenGroupPackages, packageKeys } from '../../src/packages/index.js';
import type { PackageKind } from '../../src/packages/extract.js';

// The examples of issue 8, part 3, as a log names them, against the shipped index (Debian trixie).
describe('lookupPackages: the issue\'s examples', () => {
  const table: Array<[PackageKind, string, string]> = [
    ['header', 'openssl/ssl.h', 'libssl-dev'],
    ['header', '<openssl/ssl.h>', 'libssl-dev'],
    ['header', '/usr/include/x86_64-linux-gnu/openssl/opensslconf.h', 'libssl-dev'],
    ['pkgconfig', 'openssl', 'libssl-dev'],
    ['pkgconfig', 'openssl.pc', 'libssl-dev'],
    ['pkgconfig', 'openssl >= 3.0', 'libssl-dev'],
    ['cmake', 'OpenSSLConfig.cmake', 'libssl-dev'],
    ['cmake', 'openssl-config.cmake', 'libssl-dev'],
    ['cmake', 'OpenSSL', 'libssl-dev'],
    ['python', 'twisted', 'python3-twisted'],
    ['python', 'twisted.internet.reactor', 'python3-twisted'],
    ['perl', 'Test::Needs', 'libtest-needs-perl'],
    ['perl', 'Test/Needs.pm', 'libtest-needs-perl'],
    ['node', 'tape', 'node-tape'],
    ['node', 'tape/lib/test.js', 'node-tape'],
    ['r', 'ellipsis', 'r-cran-ellipsis'],
    ['ruby', 'rexml', 'ruby-rexml'],
    ['go', 'golang.org/x/xerrors', 'golang-golang-x-xerrors-dev'],
    ['go', 'golang.org/x/xerrors/internal', 'golang-golang-x-xerrors-dev'],
    ['maven', 'io.netty:netty-all', 'libnetty-java'],
    ['maven', 'io.netty:netty-buffer:jar:4.1.48.Final', 'libnetty-java'],
    ['jar', 'netty-all.jar', 'libnetty-java'],
    ['command', 'git', 'git'],
    ['command', '/usr/bin/git', 'git'],
    ['cmake', 'boost_program_options', 'libboost-program-options-dev'],
    ['library', '-lssl', 'libssl-dev'],
    ['library', 'libssl.so', 'libssl-dev'],
    ['m4', 'pkg.m4', 'pkgconf'],
    ['m4', 'PKG_CHECK_MODULES', 'pkgconf'],
    ['m4', 'AX_CXX_COMPILE_STDCXX', 'autoconf-archive'],
    // valac --pkg names: Vala's own bindings (valac-0.56-vapi), a library's (its -dev package)
    ['vapi', 'glib-2.0', 'valac-0.56-vapi'],
    ['vapi', 'gee-0.8.vapi', 'libgee-0.8-dev'],
    ['php-autoload', '/usr/share/php/Pimple/autoload.php', 'php-pimple'],
    // PETSc's headers live in /usr/lib/petscdir/<version>/<configuration>/include: the metapackage first
    ['header', 'petscvec.h', 'libpetsc-real-dev'],
  ];
  for (const [kind, name, pkg] of table) {
    it(`${kind} ${name} → ${pkg}`, () => {
      const hit = lookupPackages(kind, name);
      expect(hit, `${kind} ${name}`).to.not.equal(undefined);
      expect(hit!.packages[0]).to.equal(pkg);
      expect(hit!.suite).to.equal('trixie');
      expect(hit!.source).to.equal('index');
    });
  }

  it('KDE Frameworks components: one package per component config (KF5Plasma/KF5PlasmaConfig.cmake)', () => {
    expect(lookupPackages('cmake', 'KF5', { components: ['Plasma', 'Wayland', 'NetworkManagerQt'] })!.packages)
      .to.deep.equal(['libkf5plasma-dev', 'libkf5wayland-dev', 'libkf5networkmanagerqt-dev']);
  });

  it('a Maven group\'s packages, those with most of its artifacts first (io.netty: libnetty-java)', () => {
    const hit = mavenGroupPackages('io.netty')!;
    expect(hit.packages[0]).to.equal('libnetty-java');
    expect(hit.packages).to.include('libnetty-tcnative-java');
    expect(hit.key).to.equal('io.netty:*');
    expect(mavenGroupPackages('org.nonexistent.group')).to.equal(undefined);
    expect(mavenGroupPackages('io')).to.equal(undefined);
    // `io.netty:` is the group, not a prefix of other groups (io.nettyx)
    expect(lookupPackages('maven', 'io.netty:netty')).to.equal(undefined);
  });

  it('ruby-rexml is virtual in trixie: the answer says libruby3.3 provides it', () => {
    expect(lookupPackages('ruby', 'rexml')!.providedBy).to.deep.equal({ 'ruby-rexml': 'libruby3.3' });
  });

  it('Boost components: one package per component of `Could NOT find Boost (missing: ...)`', () => {
    const hit = lookupPackages('cmake', 'Boost', { components: ['program_options', 'filesystem', 'system'] });
    expect(hit!.packages).to.deep.equal(['libboost-program-options-dev', 'libboost-filesystem-dev', 'libboost-system-dev']);
    expect(boostComponentPackages(['program_options', 'filesystem', 'system', 'no_such_component'])).to.deep.equal({
      program_options: 'libboost-program-options-dev',
      filesystem: 'libboost-filesystem-dev',
      system: 'libboost-system-dev',
    });
  });

  it('lists at most `limit` candidates, the metapackage before the versioned ones', () => {
    const hit = lookupPackages('cmake', 'boost_filesystem', { limit: 5 })!;
    expect(hit.packages[0]).to.equal('libboost-filesystem-dev');
    expect(hit.packages.slice(1).every((p) => /^libboost-filesystem1\.\d+-dev$/.test(p))).to.equal(true);
    expect(lookupPackages('cmake', 'boost_filesystem', { limit: 1 })!.packages).to.have.length(1);
  });
});

describe('lookupPackages: headers', () => {
  it('finds a header under a pkg-config include directory (<glib.h> is /usr/include/glib-2.0/glib.h)', () => {
    const hit = lookupPackages('header', 'glib.h')!;
    expect(hit.key).to.equal('glib-2.0/glib.h');
    expect(hit.packages[0]).to.match(/^lib(?:glib2\.0|gio-2\.0)-dev$/);
  });

  it('prefers -dev packages', () => {
    for (const name of ['zlib.h', 'curl/curl.h', 'libxml/parser.h', 'png.h']) {
      expect(lookupPackages('header', name)!.packages[0], name).to.match(/-dev$/);
    }
  });

  it('gives no package for the project\'s own headers', () => {
    expect(lookupPackages('header', 'src/event.h')).to.equal(undefined);
    expect(lookupPackages('header', './event.h')).to.equal(undefined);
    expect(lookupPackages('header', '../include/foo.h')).to.equal(undefined);
    expect(lookupPackages('header', 'config.h')).to.equal(undefined);
    // quoted: only the exact path counts; "ssl.h" is under many directories, at the top of none
    expect(lookupPackages('header', 'ssl.h', { quoted: true })).to.equal(undefined);
    expect(lookupPackages('header', 'openssl/ssl.h', { quoted: true })!.packages[0]).to.equal('libssl-dev');
  });

  it('event.h (top level, libevent) is found, src/event.h is not', () => {
    expect(lookupPackages('header', 'event.h')!.packages).to.include('libevent-dev');
  });
});

describe('lookupPackages: misses', () => {
  it('returns undefined for names Debian does not ship', () => {
    expect(lookupPackages('command', 'no-such-command-xyzzy')).to.equal(undefined);
    expect(lookupPackages('python', 'no_such_module_xyzzy')).to.equal(undefined);
    expect(lookupPackages('node', 'node:fs')).to.equal(undefined);
    expect(lookupPackages('go', 'example.invalid/nothing')).to.equal(undefined);
  });
});

describe('packageKeys: normalisation per kind', () => {
  it('turns log spellings into index keys', () => {
    expect(packageKeys.perlKey('Foo::Bar')).to.equal('Foo/Bar.pm');
    expect(packageKeys.pythonKey('a.b.c')).to.equal('a');
    expect(packageKeys.libraryKeys('-lfoo')).to.deep.equal(['libfoo.so', 'libfoo.a']);
    expect(packageKeys.libraryKeys('libfoo.so.1')).to.deep.equal(['libfoo.so', 'libfoo.a']);
    expect(packageKeys.cmakeKeys('FooConfig.cmake')).to.deep.equal(['foo']);
    expect(packageKeys.cmakeKeys('foo-config.cmake')).to.deep.equal(['foo']);
    expect(packageKeys.cmakeKeys('Boost', ['Filesystem'])).to.deep.equal(['boost_filesystem', 'boostfilesystem']);
    expect(packageKeys.cmakeKeys('KF5', ['Plasma'])).to.deep.equal(['kf5_plasma', 'kf5plasma']);
    expect(packageKeys.goKeys('golang.org/x/xerrors/internal')).to.deep.equal(['golang.org/x/xerrors/internal', 'golang.org/x/xerrors', 'golang.org/x']);
    expect(packageKeys.mavenKey('io.netty:netty-all:jar:4.1.48.Final')).to.equal('io.netty:netty-all');
    expect(packageKeys.pkgconfigKey('glib-2.0 >= 2.50')).to.equal('glib-2.0');
    expect(packageKeys.pythonDistKey('Twisted>=24')).to.equal('twisted');
    expect(packageKeys.nodeKey('@babel/core/lib/index.js')).to.equal('@babel/core');
    expect(packageKeys.headerKey('/usr/include/x86_64-linux-gnu/openssl/opensslconf.h')).to.equal('openssl/opensslconf.h');
  });
});

describe('lookupPackages: cmake\'s own find modules and Autoconf macros', () => {
  const table: Array<[PackageKind, string, string]> = [
    // "Could NOT find Git (missing: GIT_EXECUTABLE)": FindGit.cmake looks for the program git
    ['cmake', 'Git', 'git'],
    ['cmake', 'ZLIB', 'zlib1g-dev'],
    ['cmake', 'PkgConfig', 'pkgconf'],
    ['cmake', 'Doxygen', 'doxygen'],
    ['cmake', 'FLEX', 'flex'],
    ['cmake', 'GTest', 'libgtest-dev'],
    // /usr/bin/java is an alternatives link: its target's package, under trixie's default-* name
    ['command', 'java', 'default-jre-headless'],
    ['command', 'javac', 'default-jdk-headless'],
    ['m4', 'LT_INIT', 'libtool'],
    ['m4', 'AM_GNU_GETTEXT', 'gettext'],
    ['m4-macro', 'PKG_PROG_PKG_CONFIG', 'pkgconf'],
    ['m4-macro', 'GTK_DOC_CHECK', 'gtk-doc-tools'],
  ];
  for (const [kind, name, pkg] of table) {
    it(`${kind} ${name} → ${pkg}`, () => {
      expect(lookupPackages(kind, name)?.packages[0]).to.equal(pkg);
    });
  }

  it('says what cmake\'s module looks for', () => {
    expect(lookupPackages('cmake', 'Git')!.via).to.deep.equal({ kind: 'command', name: 'git' });
  });

  it('g++\'s own headers and libraries: the newest libstdc++', () => {
    expect(lookupPackages('header', 'vector')!.packages[0]).to.equal('libstdc++-14-dev');
    expect(lookupPackages('library', '-lstdc++')!.packages[0]).to.equal('libstdc++-14-dev');
  });

  it('Python.h: CPython\'s before PyPy\'s', () => {
    expect(lookupPackages('header', 'Python.h')!.packages[0]).to.match(/^libpython3(?:\.\d+)?-dev$/);
  });
});

describe('lookupPackages on hostile names', () => {
  it('answers every kind quickly for 4 kB names built from the pieces its normalisers look for', () => {
    const pieces = ['.so', '-1', '::', '/', 'Config', '-config.cmake', '.', '@a/', 'a:', '_', ' >= '];
    const started = Date.now();
    for (const kind of ['header', 'pkgconfig', 'cmake', 'command', 'python', 'python-dist', 'perl', 'node', 'maven', 'r', 'ruby', 'go', 'library', 'm4', 'jar', 'vapi', 'php-autoload'] as const) {
      for (const piece of pieces) lookupPackages(kind, piece.repeat(Math.floor(4000 / piece.length)));
    }
    expect(lookupPackages('header', 'a'.repeat(5000))).to.equal(undefined);
    for (const piece of pieces) mavenGroupPackages(piece.repeat(Math.floor(190 / piece.length)));
    expect(Date.now() - started).to.be.below(10_000);
  });
});
