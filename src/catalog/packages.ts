import path from 'node:path';
import { lookupPackages, PACKAGE_KINDS, type PackageKind } from '../packages/index.js';

/** What a fix names: the packages, most likely first, and the suite the index comes from. */
export interface Resolved { readonly packages: readonly string[]; readonly suite: string }

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
  return undefined;
}

/**
 * Namespace packages: many Debian packages share the top-level directory (`sphinxcontrib/`,
 * `google/`), and the index knows top-level modules only, so it would name a sibling package.
 */
const PYTHON_NAMESPACES = new Set(['sphinxcontrib', 'google', 'zope', 'jaraco', 'backports', 'azure', 'ruamel', 'oslo', 'xstatic', 'flufl', 'repoze', 'plone', 'mpl_toolkits']);

export function resolvePackages(kind: string, name: string, components?: readonly string[]): Resolved | undefined {
  if ((kind === 'python' || kind === 'python-dist') && name.includes('.') && PYTHON_NAMESPACES.has(name.split('.')[0]!)) return undefined;
  let k: string = ALIASES[kind] ?? kind;
  let n = name;
  if (k === 'file') {
    const shape = kindOfFile(name);
    if (shape === undefined) return undefined;
    ({ kind: k, name: n } = shape);
  }
  if (!(PACKAGE_KINDS as readonly string[]).includes(k)) return undefined;
  let found = lookupPackages(k as PackageKind, n, components !== undefined && components.length > 0 ? { components } : {});
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
