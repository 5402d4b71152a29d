/**
 * From what a log names to the index keys to try, per kind. Each function returns the keys in the
 * order to try them (the first key that the index holds wins), or [] when the name cannot be one.
 */
import { isTriplet, normalizeDistName, type PackageKind } from './extract.js';

/** `<openssl/ssl.h>`, `"foo.h"`, `/usr/include/x86_64-linux-gnu/foo.h` → `openssl/ssl.h`, `foo.h`, `foo.h`. */
export function headerKey(name: string): string {
  let n = name.trim().replace(/^[<"]|[>"]$/g, '');
  if (n.startsWith('/usr/include/')) {
    n = n.slice('/usr/include/'.length);
    const first = n.split('/')[0]!;
    if (isTriplet(first)) n = n.slice(first.length + 1);
  }
  return n.replace(/\/{2,}/g, '/');
}

/** `glib-2.0 >= 2.50`, `glib-2.0.pc`, `'glib-2.0'` → `glib-2.0`. */
export function pkgconfigKey(name: string): string {
  const first = name.trim().replace(/^['"`]|['"`]$/g, '').split(/[\s<>=!]/)[0] ?? '';
  return first.replace(/\.pc$/, '');
}

/**
 * CMake package names, lower case, as find_package looks for them: `OpenSSL`, `OpenSSLConfig.cmake`,
 * `openssl-config.cmake`, `FindOpenSSL.cmake` → `openssl`. With components (`Boost` with `filesystem`,
 * `KF5` with `Plasma`), the per-component config packages: `boost_filesystem`, `kf5plasma`.
 */
export function cmakeKeys(name: string, components: readonly string[] = []): string[] {
  const base = name.trim().replace(/^.*\//, '')
    .replace(/^Find(.+)\.cmake$/, '$1')
    .replace(/(?:Config|-config)(?:Version|-version)?\.cmake$/, '')
    .toLowerCase();
  if (!base) return [];
  // Boost's per-component packages are `boost_filesystem-config.cmake`; KDE Frameworks' and Qt's are
  // their prefix and component run together (`KF5Plasma/KF5PlasmaConfig.cmake`, `Qt6Core/Qt6CoreConfig.cmake`).
  if (components.length) return components.flatMap((c) => [`${base}_${c.toLowerCase()}`, `${base}${c.toLowerCase()}`]);
  return [base];
}

/** `/usr/bin/git`, `git` → `git`. */
export function commandKey(name: string): string {
  return name.trim().replace(/^['"`]|['"`]$/g, '').replace(/^.*\//, '');
}

/** `twisted.internet.reactor` → `twisted`; `_tkinter` stays. */
export function pythonKey(name: string): string {
  return name.trim().replace(/^['"]|['"]$/g, '').split('.')[0] ?? '';
}

/** `Twisted>=24.0`, `pyOpenSSL` → `twisted`, `pyopenssl`. */
export function pythonDistKey(name: string): string {
  return normalizeDistName(name.trim().split(/[\s<>=!~;[(]/)[0] ?? '');
}

/** `Test::Needs`, `Test/Needs.pm` → `Test/Needs.pm`. */
export function perlKey(name: string): string {
  const n = name.trim();
  if (n.endsWith('.pm')) return n.replace(/^\/+/, '');
  return `${n.replace(/::/g, '/')}.pm`;
}

/** `tape`, `tape/lib/test.js`, `@babel/core/lib/x` → `tape`, `@babel/core`; Node's own `node:fs` → ''. */
export function nodeKey(name: string): string {
  const n = name.trim().replace(/^['"]|['"]$/g, '');
  if (n.startsWith('node:') || n.startsWith('.') || n.startsWith('/')) return '';
  const parts = n.split('/');
  return n.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** `io.netty:netty-all:jar:4.1.48` → `io.netty:netty-all`. */
export function mavenKey(name: string): string {
  const parts = name.trim().split(':');
  return parts.length >= 2 ? `${parts[0]}:${parts[1]}` : '';
}

/** `ruby-rexml`? no: the gem name, `rexml`, optionally with a version (`rexml (>= 3.2)`). */
export function rubyKey(name: string): string {
  return name.trim().replace(/^['"]|['"]$/g, '').split(/[\s(,]/)[0] ?? '';
}

/** Every prefix of a Go import path, longest first: `golang.org/x/xerrors/internal` → it, `golang.org/x/xerrors`, ... */
export function goKeys(name: string): string[] {
  const parts = name.trim().replace(/^['"]|['"]$/g, '').replace(/\/\.\.\.$/, '').split('/').filter(Boolean);
  const out: string[] = [];
  for (let i = parts.length; i >= 2; i--) out.push(parts.slice(0, i).join('/'));
  return out;
}

/** `-lfoo`, `libfoo.so.1`, `libfoo.a`, `foo` → `libfoo.so`, then `libfoo.a`. */
export function libraryKeys(name: string): string[] {
  let n = name.trim().replace(/^.*\//, '');
  if (n.startsWith('-l')) n = n.slice(2);
  if (n.endsWith('.a')) return [n];
  n = n.replace(/\.so(?:\.[0-9.]+)?$/, '');
  if (n.startsWith(':')) return [n.slice(1)]; // `-l:libfoo.so.1` names a file
  const stem = n.startsWith('lib') ? n : `lib${n}`;
  return [`${stem}.so`, `${stem}.a`];
}

/**
 * An m4 file name, or for a macro name the file autoconf-archive would give it: `AX_PTHREAD` →
 * `ax_pthread.m4` (its files are named after their macro). Macro names are better looked up as
 * kind `m4-macro` (lookupPackages('m4', name) does that first).
 */
export function m4Keys(name: string): string[] {
  const n = name.trim();
  if (n.endsWith('.m4')) return [n.replace(/^.*\//, '')];
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(n) ? [`${n.toLowerCase()}.m4`] : [];
}

/** `netty-all`, `netty-all.jar`, `/usr/share/java/netty-all-4.1.48.Final.jar` → `netty-all.jar`, ... */
export function jarKeys(name: string): string[] {
  const n = name.trim().replace(/^.*\//, '');
  const withExt = n.endsWith('.jar') ? n : `${n}.jar`;
  // `netty-all-4.1.48.Final.jar` → `netty-all.jar`: cut at the first `-<digit>` (a search, not a backtracking match).
  const cut = withExt.search(/-\d/);
  const unversioned = cut > 0 ? `${withExt.slice(0, cut)}.jar` : withExt;
  return [...new Set([withExt, unversioned])];
}

/** The keys to try for `name` of `kind`, in order. */
export function keysFor(kind: PackageKind, name: string): string[] {
  const one = (k: string): string[] => (k ? [k] : []);
  switch (kind) {
    case 'header': return one(headerKey(name));
    case 'pkgconfig': return one(pkgconfigKey(name));
    case 'cmake': case 'cmake-find': case 'cmake-module': return cmakeKeys(name);
    case 'command': return one(commandKey(name));
    case 'python': return one(pythonKey(name));
    case 'python-dist': return one(pythonDistKey(name));
    case 'perl': return one(perlKey(name));
    case 'node': return one(nodeKey(name));
    case 'maven': return one(mavenKey(name));
    case 'r': return one(name.trim());
    case 'ruby': return one(rubyKey(name));
    case 'go': return goKeys(name);
    case 'library': return libraryKeys(name);
    case 'm4': return m4Keys(name);
    case 'm4-macro': return one(name.trim().replace(/^\[|\]$/g, ''));
    case 'jar': return jarKeys(name);
    case 'vapi': return one(name.trim().replace(/^.*\//, '').replace(/\.vapi$/, ''));
    case 'php-autoload': return one(name.trim().replace(/^\/usr\/share\/php\//, ''));
  }
}
