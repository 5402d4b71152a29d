import path from 'node:path';
import { lookupPackages, mavenGroupPackages, PACKAGE_KINDS, type PackageKind } from '../packages/index.js';

/** What a fix names: the packages, most likely first, and the suite the index comes from. */
export interface Resolved {
  readonly packages: readonly string[];
  readonly suite: string;
  /**
   * Set when the index has no answer for the name itself but a near one, which the fix must present
   * as such (the entry's `fixNear`): what the packages ship (`zlib.pc`, `other artifacts of group io.netty`).
   */
  readonly near?: string;
  /** One package per component (`Could NOT find KF5 (missing: Plasma Wayland)`): all are needed. */
  readonly each?: boolean;
}

/** Catalog spellings of the index's kinds. */
const ALIASES: Readonly<Record<string, PackageKind>> = { 'pkg-config': 'pkgconfig', pkgconf: 'pkgconfig', macro: 'm4-macro' };

/**
 * `file`: a path the log names (`/usr/lib/x86_64-linux-gnu/libGL.so`, `/usr/bin/xsltproc`,
 * `glib-2.0.pc`), looked up by what its shape says it is; other kinds go to the index as they are.
 */
function kindOfFile(name: string): { kind: PackageKind; name: string } | undefined {
  const base = path.posix.basename(name);
  if (/^\/usr\/include\//.test(name)) return { kind: 'header', name: name.replace(/^\/usr\/include\/(?:[a-z0-9_]+-linux-[a-z0-9_]+\/)?/, '') };
  if (/\.(?:h|hh|hpp|hxx)$/.test(base)) return { kind: 'header', name };
  if (/^lib.+\.(?:so(?:\.[\d.]+)?|a)$/.test(base)) return { kind: 'library', name: base };
  if (/^\/(?:usr\/)?s?bin\/[^/]+$/.test(name)) return { kind: 'command', name: base };
  if (base.endsWith('.pc')) return { kind: 'pkgconfig', name: base };
  if (base.endsWith('.m4')) return { kind: 'm4', name: base };
  if (base.endsWith('.jar')) return { kind: 'jar', name: base };
  if (/(?:Config|-config)\.cmake$/.test(base)) return { kind: 'cmake', name: base };
  if (base.endsWith('.vapi')) return { kind: 'vapi', name: base };
  if (base === 'autoload.php' && name.startsWith('/usr/share/php/')) return { kind: 'php-autoload', name };
  return undefined;
}

/**
 * Namespace packages: many Debian packages share the top-level directory (`sphinxcontrib/`,
 * `google/`), and the index knows top-level modules only, so it would name a sibling package.
 */
const PYTHON_NAMESPACES = new Set(['sphinxcontrib', 'google', 'zope', 'jaraco', 'backports', 'azure', 'ruamel', 'oslo', 'xstatic', 'flufl', 'repoze', 'plone', 'mpl_toolkits']);

// A vague requirement as projects word it, one name and nothing after it (CMake's message(FATAL_ERROR),
// setup.py's RuntimeError): `could not find zlib`, `Did not find GPGME`, `alut not found`, `cython is missing`.
const VAGUE_TEXT = [
  /^(?:could not|couldn't|did not|cannot|can't|unable to) find (?:the )?(?<name>[A-Za-z][\w.+-]*)(?: (?:library|package|headers?|development files))?[.!]?$/i,
  /^(?<name>[A-Za-z][\w.+-]*)(?: (?:library|package|headers?|development files))? (?:was not found|not found|is missing|is required)[.!]?$/i,
];
const VAGUE_NAME = /^[A-Za-z][\w.+-]*$/;
// Words the sentences above can hold that name nothing.
const NOT_NAMES = new Set(['it', 'this', 'that', 'something', 'anything', 'one', 'any', 'compiler', 'library', 'package', 'file', 'files', 'headers', 'version', 'program', 'executable', 'python', 'dependency', 'dependencies']);

/**
 * A name the log gives without saying what it is (`zlib`, `GPGME`, `cython`), or a sentence with one:
 * the packages that ship a thing of that name, tried as the kinds a build looks for, in this order:
 * a pkg-config module (`zlib.pc`), a command (`/usr/bin/cython`), a header at the top of /usr/include
 * (`gpgme.h`), a pkg-config module with `lib` in front (`libusb.pc`), an unversioned library
 * (`libalut.so`), a CMake config package or one of cmake's own find modules. Always `near`: the fix must say that the name was matched, and to what.
 */
function resolveVague(text: string): Resolved | undefined {
  const t = text.trim();
  let name: string | undefined;
  if (VAGUE_NAME.test(t)) name = t;
  else for (const re of VAGUE_TEXT) { name ??= re.exec(t)?.groups?.name; }
  if (name === undefined || name.length < 2 || name.length > 100 || NOT_NAMES.has(name.toLowerCase())) return undefined;
  const lower = name.toLowerCase();
  // A command of exactly that name before `lib<name>`: `protoc not found` is protobuf-compiler's
  // /usr/bin/protoc, not libprotoc.so; `perl is required` is perl, not libperl.so.
  const tries: Array<[PackageKind, string, (key: string) => string, { quoted?: boolean }?]> = [
    ['pkgconfig', name, (k) => `${k}.pc`],
    ['pkgconfig', lower, (k) => `${k}.pc`],
    ['command', name, (k) => `/usr/bin/${k}`],
    ['command', lower, (k) => `/usr/bin/${k}`],
    ['header', `${lower}.h`, (k) => `/usr/include/${k}`, { quoted: true }],
    ...(lower.startsWith('lib') ? [] : [['pkgconfig', `lib${lower}`, (k: string) => `${k}.pc`] as [PackageKind, string, (key: string) => string]]),
    ['library', lower, (k) => k],
    ['cmake', name, (k) => `the CMake package ${k}`],
  ];
  for (const [kind, n, what, opts] of tries) {
    const found = lookupPackages(kind, n, opts ?? {});
    if (found === undefined || found.packages.length === 0) continue;
    // Another package's private FindFoo.cmake says nothing about where Foo is.
    if (found.kind === 'cmake-find') continue;
    const shipped = found.kind === 'cmake-module' && found.via ? `what cmake's Find${name}.cmake looks for (${found.via.name})` : what(found.key);
    return { packages: found.packages, suite: found.suite, near: shipped };
  }
  return undefined;
}

export function resolvePackages(kind: string, name: string, components?: readonly string[]): Resolved | undefined {
  if (kind === 'vague') return resolveVague(name);
  if ((kind === 'python' || kind === 'python-dist') && name.includes('.') && PYTHON_NAMESPACES.has(name.split('.')[0]!)) return undefined;
  let k: string = ALIASES[kind] ?? kind;
  let n = name;
  if (k === 'file') {
    const shape = kindOfFile(name);
    if (shape === undefined) return undefined;
    ({ kind: k, name: n } = shape);
  }
  if (!(PACKAGE_KINDS as readonly string[]).includes(k)) return undefined;
  // Components (`KF5` with Plasma, Wayland): one package each; none known, the package itself.
  if (components !== undefined && components.length > 0) {
    const each = lookupPackages(k as PackageKind, n, { components });
    if (each !== undefined && each.packages.length > 0) return { packages: each.packages, suite: each.suite, each: true };
  }
  let found = lookupPackages(k as PackageKind, n);
  // An artifact with Debian's version (`io.netty:netty:jar:debian`: a maven.rules or a Debian pom asks
  // for a packaged one) that no package ships any more: the packages of its group, as a near answer.
  if ((found === undefined || found.packages.length === 0) && k === 'maven') {
    const parts = n.trim().split(':');
    const [group, artifact] = parts;
    if (group && artifact && parts.length >= 3 && parts[parts.length - 1] === 'debian') {
      const near = mavenGroupPackages(group);
      if (near !== undefined) return { packages: near.packages, suite: near.suite, near: `other artifacts of group ${group}` };
    }
  }
  // A distribution the index does not list by name (no .dist-info in Contents) is usually the module
  // of the same name: `Requirement.parse('gitlab')` → python3-gitlab.
  if ((found === undefined || found.packages.length === 0) && k === 'python-dist') found = lookupPackages('python', n.replace(/-/g, '_'));
  // A library named with its soname version (`libpcap0.8 or greater is required`): the library itself.
  if ((found === undefined || found.packages.length === 0) && k === 'library') {
    let end = n.length;
    while (end > 0 && /[\d.]/.test(n[end - 1]!)) end--;
    if (end > 0 && end < n.length) found = lookupPackages('library', n.slice(0, end));
  }
  return found === undefined || found.packages.length === 0 ? undefined : { packages: found.packages, suite: found.suite };
}
