/**
 * Which index entry a file path from Debian's Contents index (or from `apt-file search`) makes.
 * Shared by the index builder (scripts/build-package-index.ts) and the apt-file fallback, so that both
 * read a path the same way. Paths come without the leading slash, as Contents writes them
 * (`usr/include/openssl/ssl.h    libdevel/libssl-dev`).
 */

/** The kinds of thing the index knows, and what their keys look like. */
export const PACKAGE_KINDS = [
  'header', // `openssl/ssl.h`, as included: path under /usr/include (triplet removed), see index.ts for roots
  'pkgconfig', // `openssl` (from openssl.pc)
  'cmake', // `openssl` (from OpenSSLConfig.cmake / openssl-config.cmake), lower case
  'cmake-find', // `foo` (from a FindFoo.cmake shipped outside cmake's own Modules), lower case
  'cmake-module', // `zlib`: cmake's own FindZLIB.cmake, resolved through what it looks for (zlib.h), lower case
  'command', // `git` (/usr/bin, /usr/sbin, /bin, /sbin, /usr/games)
  'python', // `twisted`: top-level module or package in dist-packages (or the python3.X stdlib dirs)
  'python-dist', // `twisted`: distribution name from *.dist-info / *.egg-info, lower case, `-` for `_`
  'perl', // `Test/Needs.pm`
  'node', // `tape`, `@babel/core`
  'maven', // `io.netty:netty-all`
  'r', // `ellipsis`
  'ruby', // `rexml` (gem name from a gem specification)
  'go', // `golang.org/x/xerrors`: directories with .go files; looked up by longest prefix
  'library', // `libssl.so`, `libfoo.a`
  'm4', // `pkg.m4` (file under /usr/share/aclocal)
  'm4-macro', // `PKG_CHECK_MODULES`: the packages whose aclocal files define it
  'jar', // `netty-all.jar` (under /usr/share/java)
  'vapi', // `glib-2.0` (from glib-2.0.vapi under /usr/share/vala/vapi or /usr/share/vala-X.Y/vapi)
  'php-autoload', // `Pimple/autoload.php`: a PHP library's autoloader under /usr/share/php
] as const;

export type PackageKind = (typeof PACKAGE_KINDS)[number];

export interface Entry {
  kind: PackageKind;
  key: string;
}

// A multiarch triplet directory: `x86_64-linux-gnu`, `i386-linux-gnu`, `arm-linux-gnueabihf`,
// `x86_64-linux-gnux32`, `x86_64-kfreebsd-gnu`.
const TRIPLET = /^[a-z0-9_]+-(?:linux|kfreebsd|hurd)-gnu[a-z0-9_]*$/;

export function isTriplet(dir: string): boolean {
  return TRIPLET.test(dir);
}

// A Perl library directory: `usr/share/perl5/`, `usr/lib/x86_64-linux-gnu/perl5/5.40/`,
// `usr/lib/x86_64-linux-gnu/perl/5.40/`, `usr/share/perl/5.40/`, `usr/lib/x86_64-linux-gnu/perl-base/`.
const PERL_DIR = /^usr\/(?:share\/perl5\/|share\/perl\/[0-9.]+\/|lib\/[^/]+\/perl5\/[0-9.]+\/|lib\/[^/]+\/perl\/[0-9.]+\/|lib\/[^/]+\/perl-base\/)/;

// A Python extension module file name: `_cffi_backend.cpython-313-x86_64-linux-gnu.so`, `foo.abi3.so`.
const PY_EXT = /^([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z0-9_-]+)?\.so$/;

// A Python source module file name: `six.py`.
const PY_SRC = /^([A-Za-z_][A-Za-z0-9_]*)\.py$/;

// Distribution metadata directories: `Twisted-24.11.0.dist-info`, `pyOpenSSL-25.0.0.egg-info`
// (names use `_` for `-`; the version follows the first `-`).
const PY_DIST = /^([A-Za-z0-9_.]+?)(?:-[^/]*)?\.(?:dist|egg)-info$/;

// A gem specification: `rexml-3.3.9.gemspec`, `net-http-0.4.1.gemspec`, `nokogiri-1.18.2-x86_64-linux.gemspec`.
// The name is everything before the first `-<digit>`: one way to split, so no backtracking.
const GEMSPEC = /^((?:[A-Za-z0-9_.]|-(?!\d))+)-\d[A-Za-z0-9_.-]*\.gemspec$/;

// A CMake package configuration file: `OpenSSLConfig.cmake`, `boost_program_options-config.cmake`.
const CMAKE_CONFIG = /^(.+?)(?:Config|-config)\.cmake$/;

// A CMake find module: `FindGLEW.cmake`.
const CMAKE_FIND = /^Find(.+)\.cmake$/;

// A versioned jar next to its unversioned link: `netty-all-4.1.48.Final.jar`.
const JAR_VERSION = /^((?:[^/-]|-(?!\d))+)-\d[^/]*\.jar$/;

/** Normalise a Python distribution name as pip compares them (PEP 503: runs of `-_.` are one `-`). */
export function normalizeDistName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * The index entries one file path makes (most paths make none). `path` has no leading slash.
 */
export function extractEntries(path: string): Entry[] {
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  const parts = path.split('/');

  if (path.startsWith('usr/include/')) {
    let rest = parts.slice(2);
    if (rest.length > 1 && isTriplet(rest[0]!)) rest = rest.slice(1);
    return rest.length ? [{ kind: 'header', key: rest.join('/') }] : [];
  }
  // glibconfig.h and its kind: `usr/lib/x86_64-linux-gnu/glib-2.0/include/glibconfig.h`, included with
  // -I/usr/lib/x86_64-linux-gnu/glib-2.0/include (pkg-config --cflags glib-2.0).
  if (parts[0] === 'usr' && parts[1] === 'lib' && parts.length > 5 && isTriplet(parts[2]!) && parts[4] === 'include') {
    return [{ kind: 'header', key: parts.slice(3).join('/') }];
  }
  // PETSc and SLEPc keep their headers per build configuration, on the include path through the
  // cflags of their .pc files (PETSc.pc: -I/usr/lib/petscdir/petsc3.22/x86_64-linux-gnu-real/include):
  // `usr/lib/petscdir/petsc3.22/x86_64-linux-gnu-real/include/petscvec.h   libdevel/libpetsc-real3.22-dev`
  // (trixie 13.8 Contents-amd64) is `petscvec.h` as included.
  if (parts[0] === 'usr' && parts[1] === 'lib' && (parts[2] === 'petscdir' || parts[2] === 'slepcdir') && parts.length > 6 && parts[5] === 'include') {
    return [{ kind: 'header', key: parts.slice(6).join('/') }];
  }

  if (base.endsWith('.pc') && (/^usr\/(?:lib\/[^/]+|lib|share)\/pkgconfig\/[^/]+$/.test(path))) {
    return [{ kind: 'pkgconfig', key: base.slice(0, -3) }];
  }

  if (base.endsWith('.cmake') && path.startsWith('usr/') && !path.startsWith('usr/share/doc/')) {
    // cmake-data's own modules (`usr/share/cmake-3.31/Modules/FindOpenSSL.cmake`) are what prints
    // "Could NOT find"; they are no answer to it.
    if (/^usr\/share\/cmake-[0-9.]+\//.test(path)) return [];
    const config = CMAKE_CONFIG.exec(base);
    if (config) return [{ kind: 'cmake', key: config[1]!.toLowerCase() }];
    const find = CMAKE_FIND.exec(base);
    if (find) return [{ kind: 'cmake-find', key: find[1]!.toLowerCase() }];
    return [];
  }

  if (
    parts.length === 3 && parts[0] === 'usr' && (parts[1] === 'bin' || parts[1] === 'sbin' || parts[1] === 'games') ||
    parts.length === 2 && (parts[0] === 'bin' || parts[0] === 'sbin')
  ) {
    return base ? [{ kind: 'command', key: base }] : [];
  }
  // `/usr/bin/java` is an alternatives link, in no Contents: its targets are
  // `usr/lib/jvm/java-21-openjdk-amd64/bin/java   java/openjdk-21-jre-headless`.
  if (parts.length === 6 && parts[1] === 'lib' && parts[2] === 'jvm' && parts[4] === 'bin') {
    return [{ kind: 'command', key: base }];
  }

  if (path.startsWith('usr/lib/python3/dist-packages/') || /^usr\/lib\/python3\.\d+\/[^/]/.test(path)) {
    const at = parts[2] === 'python3' ? 4 : 3;
    const top = parts[at];
    if (!top) return [];
    const inDir = parts.length > at + 1;
    const dist = PY_DIST.exec(top);
    if (dist) return parts.length === at + 1 || parts.length === at + 2 && (parts[at + 1] === 'METADATA' || parts[at + 1] === 'PKG-INFO')
      ? [{ kind: 'python-dist', key: normalizeDistName(dist[1]!) }]
      : [];
    // `usr/lib/python3.13/lib-dynload/_tkinter.cpython-313-x86_64-linux-gnu.so` is module `_tkinter`.
    if (top === 'lib-dynload' && parts.length === at + 2) {
      const ext = PY_EXT.exec(parts[at + 1]!);
      return ext ? [{ kind: 'python', key: ext[1]! }] : [];
    }
    if (top === '__pycache__' || top === 'lib-dynload' || top === 'dist-packages' || top === 'site-packages' || top.startsWith('config-')) return [];
    if (inDir) {
      // A package directory counts once it has an __init__.py or any .py/.so file (namespace packages too).
      return /^[A-Za-z_][A-Za-z0-9_]*$/.test(top) && /\.(?:py|so)$/.test(base) ? [{ kind: 'python', key: top }] : [];
    }
    const m = PY_SRC.exec(top) ?? PY_EXT.exec(top);
    return m ? [{ kind: 'python', key: m[1]! }] : [];
  }

  if (base.endsWith('.pm')) {
    const perl = PERL_DIR.exec(path);
    if (perl) return [{ kind: 'perl', key: path.slice(perl[0].length) }];
    return [];
  }

  // `usr/share/nodejs/tape/package.json`, `usr/share/nodejs/@babel/core/package.json`,
  // `usr/lib/nodejs/foo/package.json`, `usr/lib/x86_64-linux-gnu/nodejs/bar/package.json`.
  if (path.startsWith('usr/share/nodejs/') || path.startsWith('usr/lib/nodejs/') || (parts[1] === 'lib' && parts[3] === 'nodejs' && isTriplet(parts[2] ?? ''))) {
    const at = path.startsWith('usr/share/') || path.startsWith('usr/lib/nodejs/') ? 3 : 4;
    const first = parts[at];
    if (!first) return [];
    if (first.startsWith('@')) {
      return parts.length > at + 2 && base === 'package.json' && parts.length === at + 3 ? [{ kind: 'node', key: `${first}/${parts[at + 1]}` }] : [];
    }
    if (parts.length === at + 1) return first.endsWith('.js') ? [{ kind: 'node', key: first.slice(0, -3) }] : [];
    return base === 'package.json' && parts.length === at + 2 ? [{ kind: 'node', key: first }] : [];
  }

  // `usr/share/maven-repo/io/netty/netty-all/4.1.48.Final/netty-all-4.1.48.Final.pom`
  if (path.startsWith('usr/share/maven-repo/') && base.endsWith('.pom') && parts.length >= 7) {
    const artifact = parts[parts.length - 3]!;
    const version = parts[parts.length - 2]!;
    if (base !== `${artifact}-${version}.pom`) return [];
    return [{ kind: 'maven', key: `${parts.slice(3, -3).join('.')}:${artifact}` }];
  }

  // `usr/lib/R/site-library/ellipsis/DESCRIPTION`, `usr/lib/R/library/MASS/DESCRIPTION`
  if (path.startsWith('usr/lib/R/') && base === 'DESCRIPTION' && parts.length === 6 && (parts[3] === 'site-library' || parts[3] === 'library')) {
    return [{ kind: 'r', key: parts[4]! }];
  }

  // `usr/share/rubygems-integration/all/specifications/rake-13.2.1.gemspec`,
  // `usr/lib/ruby/gems/3.3.0/specifications/rexml-3.3.9.gemspec` (also `.../specifications/default/`).
  if (base.endsWith('.gemspec') && (parts[parts.length - 2] === 'specifications' || (parts[parts.length - 2] === 'default' && parts[parts.length - 3] === 'specifications'))
    && (path.startsWith('usr/share/rubygems-integration/') || path.startsWith('usr/lib/ruby/') || /^usr\/lib\/[^/]+\/rubygems-integration\//.test(path))) {
    const gem = GEMSPEC.exec(base);
    return gem ? [{ kind: 'ruby', key: gem[1]! }] : [];
  }

  if (path.startsWith('usr/share/gocode/src/') && base.endsWith('.go')) {
    return parts.length > 5 ? [{ kind: 'go', key: parts.slice(4, -1).join('/') }] : [];
  }

  // `usr/lib/gcc/x86_64-linux-gnu/14/libstdc++.so` (g++'s own libraries) too.
  if (base.startsWith('lib') && (base.endsWith('.so') || base.endsWith('.a'))
    && (parts.length === 6 && parts[1] === 'lib' && parts[2] === 'gcc' && isTriplet(parts[3]!) && /^\d+$/.test(parts[4]!) || parts.length === 3 && parts[0] === 'usr' && parts[1] === 'lib' || parts.length === 4 && parts[1] === 'lib' && isTriplet(parts[2]!) || parts.length === 3 && parts[0] === 'lib' && isTriplet(parts[1]!))) {
    return [{ kind: 'library', key: base }];
  }

  if (base.endsWith('.m4') && /^usr\/share\/aclocal(?:-[0-9.]+)?\/[^/]+$/.test(path)) {
    return [{ kind: 'm4', key: base }];
  }

  // `usr/share/vala-0.56/vapi/glib-2.0.vapi   devel/valac-0.56-vapi` (Vala's own bindings),
  // `usr/share/vala/vapi/gee-0.8.vapi   libdevel/libgee-0.8-dev` (a library's): valac --pkg glib-2.0.
  if (base.endsWith('.vapi') && parts.length === 5 && parts[0] === 'usr' && parts[1] === 'share' && /^vala(?:-[0-9.]+)?$/.test(parts[2]!) && parts[3] === 'vapi') {
    return [{ kind: 'vapi', key: base.slice(0, -'.vapi'.length) }];
  }

  // `usr/share/php/Pimple/autoload.php   php/php-pimple`: Debian's PHP libraries ship an autoloader
  // (pkg-php-tools' phpab) that tests and dependants load; other files under /usr/share/php are left out.
  if (base === 'autoload.php' && parts.length > 4 && path.startsWith('usr/share/php/')) {
    return [{ kind: 'php-autoload', key: parts.slice(3).join('/') }];
  }

  if (base.endsWith('.jar') && parts.length === 4 && path.startsWith('usr/share/java/')) {
    const out: Entry[] = [{ kind: 'jar', key: base }];
    const v = JAR_VERSION.exec(base);
    if (v) out.push({ kind: 'jar', key: `${v[1]}.jar` });
    return out;
  }
  return [];
}
