import { expect } from 'chai';
import { checkText } from '../../src/check.js';
import { resolvePackages } from '../../src/catalog/packages.js';
import type { Finding } from '../../src/types.js';

// How catalog fixes name packages beyond an exact lookup: a vague name matched to what a build looks
// for (and said so), one package per CMake component, a Maven group for an artifact with Debian's
// version that no package ships, Vala's .vapi files, PETSc's headers, the JDK. Every log line is from
// buildlog-consultant's tests (src/common.rs, the function named in each test); the packages are
// Debian trixie's (13.8) as the shipped index (data/packages) has them, checked with
// `apt-file -a amd64 --filter-suites trixie search`.

async function findingOf(lines: readonly string[], id: string): Promise<Finding> {
  const result = await checkText(`${lines.join('\n')}\n`, { source: 'test' });
  const found = result.findings.filter((f) => f.ruleId === id || (f.data as { catalogId?: string } | undefined)?.catalogId === id);
  expect(found, `${id} in ${result.findings.map((f) => f.ruleId).join(', ')}`).to.have.length(1);
  return found[0]!;
}

const fixText = (f: Finding): string => [f.remediation?.summary ?? '', ...(f.remediation?.steps ?? [])].join('\n');

describe('catalog lookups: vague names', () => {
  it('`could not find zlib` (test_cmake_missing_vague#2): zlib1g-dev, for its zlib.pc, from trixie', async () => {
    const f = await findingOf(['CMake Error at CMakeLists.txt:213 (message):', '  could not find zlib'], 'cmake-project-error');
    expect(f.data).to.include({ suite: 'trixie', near: 'zlib.pc' });
    expect((f.data as { packages: string[] }).packages[0]).to.equal('zlib1g-dev');
    expect(f.remediation!.summary).to.contain('in trixie, zlib1g-dev ships zlib.pc, the likeliest match');
  });

  it('`Did not find GPGME` (test_cmake_missing_vague#3): pkg-config names are tried in lower case, libgpgme-dev', async () => {
    const f = await findingOf(['-- No usable gpgme flavours found.', 'CMake Error at cmake/modules/FindGpgme.cmake:398 (message):', '  Did not find GPGME', 'Call Stack (most recent call first):', '  CMakeLists.txt:223 (FIND_PACKAGE)'], 'cmake-project-error');
    expect(f.line).to.equal(3);
    expect(f.data).to.include({ near: 'gpgme.pc' });
    expect(fixText(f)).to.contain('Build-Depends: ..., libgpgme-dev');
  });

  it('`alut not found` (test_cmake_missing_vague): the unversioned library libalut.so, libalut-dev', async () => {
    const f = await findingOf(['CMake Error at CMakeLists.txt:84 (MESSAGE):', '  alut not found'], 'cmake-project-error');
    expect(f.data).to.include({ near: 'libalut.so' });
    expect((f.data as { packages: string[] }).packages).to.deep.equal(['libalut-dev']);
  });

  it('`RuntimeError: cython is missing` (test_vague#2): the command cython, cython3', async () => {
    const f = await findingOf(['RuntimeError: cython is missing'], 'python-runtime-error-missing');
    expect(f.data).to.include({ near: '/usr/bin/cython' });
    expect(f.remediation!.summary).to.contain('in trixie, cython3 ships /usr/bin/cython');
  });

  it('a project message without one name gets no package: the general fix', async () => {
    const f = await findingOf(['CMake Error at CMakeLists.txt:40 (message):', '  Building in-source is not supported'], 'cmake-project-error');
    expect(f.data).to.not.have.property('packages');
    expect(f.remediation!.summary).to.match(/^Read what CMakeLists\.txt:40 checks/);
  });

  it('resolvePackages: a command of exactly the name before lib<name>.so (protoc)', () => {
    expect(resolvePackages('vague', 'protoc not found')).to.deep.include({ packages: ['protobuf-compiler'], near: '/usr/bin/protoc' });
    expect(resolvePackages('vague', 'could not find OpenSSL')).to.deep.include({ near: 'openssl.pc' });
  });

  it('resolvePackages: words that name nothing, and names the index does not know, stay unresolved', () => {
    expect(resolvePackages('vague', 'could not find it')).to.equal(undefined);
    expect(resolvePackages('vague', 'compiler not found')).to.equal(undefined);
    expect(resolvePackages('vague', 'could not find the Multi Emulator Super System (MESS)')).to.equal(undefined);
    expect(resolvePackages('vague', 'no-such-thing-anywhere is missing')).to.equal(undefined);
  });

  it('`Error: Please install xml2 package` (test_vague#6) is httr\'s need_package(): the R package, r-cran-xml2', async () => {
    const f = await findingOf(['Error: Please install xml2 package'], 'r-httr-need-package');
    expect((f.data as { packages: string[] }).packages[0]).to.equal('r-cran-xml2');
    expect(fixText(f)).to.not.contain('libxml2-dev');
  });
});

describe('catalog lookups: components, groups, vapi, JDK, PETSc', () => {
  it('`Could NOT find KF5 (missing: Plasma ...)` (test_cmake_missing_cmake_files#2): one -dev package per component, all of them', async () => {
    const f = await findingOf(['CMake Error at /usr/share/cmake-3.22/Modules/FindPackageHandleStandardArgs.cmake:230 (message):', '  Could NOT find KF5 (missing: Plasma PlasmaQuick Wayland ModemManagerQt', '  NetworkManagerQt) (found suitable version "5.92.0", minimum required is', '  "5.86")'], 'cmake-package-not-found-wrapped');
    expect((f.data as { packages: string[] }).packages).to.deep.equal(['libkf5plasma-dev', 'libkf5wayland-dev', 'modemmanager-qt-dev']);
    expect(f.remediation!.summary).to.match(/^Add libkf5plasma-dev, libkf5wayland-dev and modemmanager-qt-dev \(in trixie/);
    expect(f.remediation!.summary).to.not.contain('extra-cmake-modules');
  });

  it('`Could NOT find ZLIB (missing: ZLIB_LIBRARY ...)`: variables are no components, the package itself', async () => {
    const f = await findingOf(['CMake Error at /usr/share/cmake-3.25/Modules/FindPackageHandleStandardArgs.cmake:230 (message):', '  Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)', 'Call Stack (most recent call first):'], 'cmake-package-not-found');
    expect((f.data as { packages: string[] }).packages).to.deep.equal(['zlib1g-dev']);
    expect(f.remediation!.summary).to.contain('Add zlib1g-dev (it provides CMake\'s ZLIB in trixie)');
  });

  it('io.netty:netty:jar:debian (test_missing_maven_artifacts#3): no package ships it, the group\'s do, said so', async () => {
    const f = await findingOf(['[ERROR] Failed to execute goal on project bookkeeper-server: Could not resolve dependencies for project org.apache.bookkeeper:bookkeeper-server:jar:4.4.0: Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact io.netty:netty:jar:debian has not been downloaded from it before. -> [Help 1]'], 'maven-artifact-offline-missing');
    expect((f.data as { packages: string[] }).packages[0]).to.equal('libnetty-java');
    expect(f.data).to.include({ near: 'other artifacts of group io.netty' });
    expect(f.remediation!.summary).to.match(/^No package ships io\.netty:netty:jar:debian in trixie; libnetty-java/);
  });

  it('a parent POM with an upstream version (test_missing_maven_artifacts#6) gets no group guess', async () => {
    const f = await findingOf(["[FATAL] Non-resolvable parent POM for org.joda:joda-convert:2.2.1: Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact org.joda:joda-parent:pom:1.4.0 has not been downloaded from it before. and 'parent.relativePath' points at wrong local POM @ line 8, column 10"], 'maven-artifact-offline-missing');
    expect(f.data).to.not.have.property('packages');
    expect(fixText(f)).to.not.contain('libjoda-convert-java');
  });

  it('`Package `glib-2.0\' not found in specified Vala API directories` (test_vala_error#2): valac-0.56-vapi', async () => {
    const f = await findingOf(["error: Package `glib-2.0' not found in specified Vala API directories or GObject-Introspection GIR directories"], 'vala-package-not-found');
    expect((f.data as { packages: string[] }).packages).to.deep.equal(['valac-0.56-vapi']);
    expect(f.remediation!.summary).to.contain('Add valac-0.56-vapi (it ships glib-2.0.vapi in trixie)');
  });

  it('a JRE where Gradle needs a JDK (test_missing_jdk): the packages that provide javac', async () => {
    const f = await findingOf(["> Kotlin could not find the required JDK tools in the Java installation '/usr/lib/jvm/java-8-openjdk-amd64/jre' used by Gradle. Make sure Gradle is running on a JDK, not JRE."], 'java-jdk-required');
    expect((f.data as { packages: string[] }).packages).to.deep.equal(['default-jdk-headless', 'openjdk-21-jdk-headless', 'openjdk-25-jdk-headless']);
    expect(fixText(f)).to.contain('Build-Depends: ..., default-jdk-headless');
  });

  it('petscvec.h (test_c_header_missing#2): PETSc\'s -dev packages, whose headers are under /usr/lib/petscdir', async () => {
    const f = await findingOf(['/<<PKGBUILDDIR>>/Kernel/Operation_Vector.cpp:15:10: fatal error: petscvec.h: No such file or directory'], 'compiler-missing-header');
    expect(fixText(f)).to.contain('libpetsc-real-dev');
    expect(resolvePackages('header', 'petscvec.h')!.packages.slice(0, 2)).to.deep.equal(['libpetsc-real-dev', 'libpetsc-real3.22-dev']);
  });

  it('autopkgtest stderr `Can\'t exec "uptime"` (autopkgtest.rs test_stderr#3): procps, in the Depends, one finding', async () => {
    const lines = ['autopkgtest [07:58:03]: @@@@@@@@@@@@@@@@@@@@ summary', 'command10            FAIL stderr: Can\'t exec "uptime": No such file or directory at /usr/lib/nagios/plugins/check_uptime line 529.'];
    const f = await findingOf(lines, 'autopkgtest-stderr-command-missing');
    expect(f.line).to.equal(2);
    expect((f.data as { packages: string[] }).packages[0]).to.equal('procps');
    expect(fixText(f)).to.contain('Depends: ..., procps');
    const result = await checkText(`${lines.join('\n')}\n`, { source: 'test' });
    expect(result.findings.filter((x) => x.ruleId === 'autopkgtest-test-stderr')).to.have.length(0);
  });

  it('PHPUnit `Cannot open file "/usr/share/php/Pimple/autoload.php".` (autopkgtest.rs test_test_command_failure): php-pimple', async () => {
    const f = await findingOf(['PHPUnit 8.5.2 by Sebastian Bergmann and contributors.', '', 'Cannot open file "/usr/share/php/Pimple/autoload.php".', ''], 'phpunit-cannot-open-file');
    expect(f.line).to.equal(3);
    expect((f.data as { packages: string[] }).packages).to.deep.equal(['php-pimple']);
    expect(f.remediation!.summary).to.contain('Add php-pimple (it ships /usr/share/php/Pimple/autoload.php in trixie)');
  });
});
