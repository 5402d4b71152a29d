/**
 * Which Debian package provides a missing thing: the offline index built from Debian's Contents
 * indices (data/packages/, docs/package-index.md), with an optional `apt-file` fallback.
 *
 *   lookupPackages('header', 'openssl/ssl.h')   → { packages: ['libssl-dev'], suite: 'trixie', ... }
 *   lookupPackages('perl', 'Test::Needs')       → { packages: ['libtest-needs-perl'], ... }
 *   lookupPackages('cmake', 'Boost', { components: ['program_options'] })
 *
 * Synchronous and lazy: a kind's file is read and decompressed on its first lookup, never on import.
 */
import { loadKind, setPackageIndexDir as setDataDir, type KindData } from './data.js';
import { PACKAGE_KINDS, type PackageKind } from './extract.js';
import { keysFor, cmakeKeys, headerKey } from './normalize.js';
import { aptFileSearch, type AptFileOptions } from './apt-file.js';

export { PACKAGE_KINDS, type PackageKind } from './extract.js';
export { aptFileSearch, type AptFileOptions } from './apt-file.js';
export { packageIndexReads } from './data.js';
export * as packageKeys from './normalize.js';

export interface PackageLookup {
  /** Ranked, most likely first: the first is the one to add to Build-Depends. At most `limit` (default 3). */
  packages: string[];
  /** The Debian suite the answer comes from (`trixie`). */
  suite: string;
  /** The point release of the index (`13.8`), '' from apt-file. */
  release: string;
  kind: PackageKind;
  /** The index key that matched (`openssl/ssl.h`, `boost_program_options`, `golang.org/x/xerrors`). */
  key: string;
  /** Virtual packages in `packages` and the real package that provides each (`ruby-rexml` → `libruby3.3`). */
  providedBy?: Record<string, string>;
  /** Where the answer comes from. */
  source: 'index' | 'apt-file';
  /**
   * For kind `cmake-module`: what cmake's own find module looks for, that the packages ship
   * (`FindZLIB.cmake` → `{ kind: 'header', name: 'zlib.h' }`, `FindGit.cmake` → `{ kind: 'command', name: 'git' }`).
   */
  via?: { kind: PackageKind; name: string };
}

export interface LookupOptions {
  /** How many packages to return (default 3, at most 5 are stored). */
  limit?: number;
  /** For headers: the include was quoted (`#include "foo.h"`): only an exact path counts. */
  quoted?: boolean;
  /** For cmake: the components of a `Could NOT find Boost (missing: filesystem)`. */
  components?: readonly string[];
  /** Ask apt-file when the index has no answer (default: the setting of setAptFileFallback). */
  aptFile?: boolean | AptFileOptions;
}

let aptFileDefault: boolean | AptFileOptions = false;
const memo = new Map<string, PackageLookup | undefined>();

/** Read the index from another directory (tests, a newer index); forgets what was loaded. */
export function setPackageIndexDir(dir: string): void {
  setDataDir(dir);
  memo.clear();
}

/** Turn the apt-file fallback on for every lookup (the CLI's `--apt-file`); off by default. */
export function setAptFileFallback(enabled: boolean | AptFileOptions): void {
  aptFileDefault = enabled;
}

function decode(kind: PackageKind, key: string, data: KindData, stored: string, limit: number): PackageLookup {
  const packages: string[] = [];
  let providedBy: Record<string, string> | undefined;
  const tab = stored.indexOf('\t');
  const via = tab < 0 ? undefined : stored.slice(tab + 1);
  for (const token of (tab < 0 ? stored : stored.slice(0, tab)).split(' ')) {
    const eq = token.indexOf('=');
    const name = eq < 0 ? token : token.slice(0, eq);
    if (eq >= 0) (providedBy ??= {})[name] = token.slice(eq + 1);
    if (!packages.includes(name)) packages.push(name);
  }
  const out: PackageLookup = { packages: packages.slice(0, limit), suite: data.suite, release: data.release, kind, key, source: 'index' };
  if (via) {
    const [viaKind, ...rest] = via.split(' ');
    out.via = { kind: viaKind as PackageKind, name: rest.join(' ') };
  }
  if (providedBy) {
    const kept = Object.entries(providedBy).filter(([v]) => out.packages.includes(v));
    if (kept.length) out.providedBy = Object.fromEntries(kept);
  }
  return out;
}

// Headers a project generates or keeps itself (autoconf's, CMake's), whatever Debian ships by that name.
const PROJECT_HEADERS = new Set(['config.h', 'autoconfig.h', 'conf.h', 'build.h', 'version.h', 'platform.h', 'common.h', 'defs.h', 'util.h', 'utils.h', 'debug.h', 'main.h', 'types.h']);

/**
 * A header as `#include` names it. Exact path under /usr/include first (the multiarch triplet
 * removed). Else a header under a subdirectory that pkg-config's cflags add (`-I/usr/include/glib-2.0`
 * makes `<glib.h>` work): the paths that end in `/<name>` with one or two directories before it, the
 * fewest first. The project's own headers get no answer: a name starting with `./` or `../`, a
 * quoted include not shipped at that exact path, a common project header name (`config.h`), and a
 * name matching under more than three unrelated subdirectories (`<src/event.h>` matches nothing;
 * `<config.h>` would match CGAL's, NTL's, ...). A miss then means "a missing or unshipped source
 * file", not a missing package.
 */
function lookupHeader(data: KindData, name: string, opts: LookupOptions, limit: number): PackageLookup | undefined {
  const key = headerKey(name);
  if (!key || key.startsWith('./') || key.startsWith('../') || key.startsWith('/') || key.startsWith('#')) return undefined;
  const exact = data.get(key);
  if (exact !== undefined) return decode('header', key, data, exact, limit);
  if (opts.quoted || PROJECT_HEADERS.has(key)) return undefined;
  const suffix = `/${key}`;
  const matches: Array<{ key: string; stored: string; depth: number; rank: number }> = [];
  // One pass over every block of header.idx (kind-data.ts), with the values: no block read again.
  for (const [k, stored] of data.entriesEndingWith(suffix)) {
    const prefix = k.slice(0, k.length - suffix.length);
    // g++'s own directory (`/usr/include/c++/14`) is searched first, like /usr/include itself; newest first.
    const cxx = /^c\+\+\/(\d+)$/.exec(prefix);
    const depth = cxx ? 0 : prefix.split('/').length;
    if (depth > 2) continue;
    // Among equally deep paths, a package that ships .pc files first: its cflags are how the
    // directory gets on the include path (`python3.13/Python.h` before `pypy3.11/Python.h`).
    const first = stored.split(' ')[0]!.split('=')[0]!;
    matches.push({ key: k, stored, depth, rank: cxx ? -Number(cxx[1]) : pcPackages(data).has(first) ? 0 : 1 });
  }
  if (!matches.length) return undefined;
  const best = Math.min(...matches.map((m) => m.depth));
  const top = matches.filter((m) => m.depth === best)
    .sort((a, b) => a.rank - b.rank || a.key.length - b.key.length || (a.key < b.key ? -1 : 1));
  if (best > 0 && new Set(top.map((m) => m.key.split('/')[0])).size > 3) return undefined;
  // Merge the candidates of each path, keeping each path's own order.
  const merged = decode('header', top[0]!.key, data, top.map((m) => m.stored).join(' '), limit);
  return merged;
}

const pcCache = new WeakMap<KindData, Set<string>>();

/** The packages that ship .pc files, stored in header.idx as its `#pc` row by the builder. */
function pcPackages(data: KindData): Set<string> {
  let set = pcCache.get(data);
  if (!set) pcCache.set(data, (set = new Set((data.get('#pc') ?? '').split(' ').filter(Boolean))));
  return set;
}

function lookupIndex(kind: PackageKind, name: string, opts: LookupOptions, limit: number): PackageLookup | undefined {
  const data = loadKind(kind);
  if (!data) return undefined;
  if (kind === 'header') return lookupHeader(data, name, opts, limit);
  if (kind === 'm4' && !name.trim().endsWith('.m4')) return lookupIndex('m4-macro', name, opts, limit);
  const keys = kind === 'cmake' && opts.components?.length ? cmakeKeys(name, opts.components) : keysFor(kind, name);
  if (kind === 'cmake' && opts.components?.length) {
    // One answer for all components: each component's first package, in the components' order.
    const packages: string[] = [];
    const found: string[] = [];
    for (const k of keys) {
      const stored = data.get(k);
      if (stored === undefined) continue;
      found.push(k);
      const first = decode(kind, k, data, stored, 1).packages[0];
      if (first && !packages.includes(first)) packages.push(first);
    }
    if (!packages.length) return undefined;
    return { packages, suite: data.suite, release: data.release, kind, key: found.join(' '), source: 'index' };
  }
  for (const k of keys) {
    const stored = data.get(k);
    if (stored !== undefined) return decode(kind, k, data, stored, limit);
  }
  // No config file: cmake's own find module (through what it looks for), else a find module
  // another package ships.
  if (kind === 'cmake') return lookupIndex('cmake-module', name, opts, limit) ?? lookupIndex('cmake-find', name, opts, limit);
  // A macro name: the packages that define it, else autoconf-archive's file naming.
  if (kind === 'm4-macro') {
    const files = loadKind('m4');
    for (const k of files ? keysFor('m4', name) : []) {
      const stored = files!.get(k);
      if (stored !== undefined) return decode('m4', k, files!, stored, limit);
    }
  }
  return undefined;
}

/**
 * The Debian packages that ship `name` of `kind` (the name as the log spells it: `openssl/ssl.h`,
 * `glib-2.0 >= 2.50`, `OpenSSLConfig.cmake`, `-lssl`, `twisted.internet`, `Test::Needs`,
 * `io.netty:netty-all:jar:4.1.48`, ...), or undefined when neither the index (nor apt-file, if on) knows it.
 */
export function lookupPackages(kind: PackageKind, name: string, opts: LookupOptions = {}): PackageLookup | undefined {
  // No file name, module or import path is this long; a line cut from a hostile log may be.
  if (!(PACKAGE_KINDS as readonly string[]).includes(kind) || name.length > 4096) return undefined;
  const limit = Math.max(1, Math.min(opts.limit ?? 3, 5));
  // Remembered: a log that misses one header a hundred times asks a hundred times.
  const memoKey = `${kind}\0${name}\0${limit}\0${opts.quoted ? 1 : 0}\0${(opts.components ?? []).join(',')}`;
  let found = memo.get(memoKey);
  if (found === undefined && !memo.has(memoKey)) {
    found = lookupIndex(kind, name, opts, limit);
    if (memo.size > 10_000) memo.clear();
    memo.set(memoKey, found);
  }
  if (found) return { ...found, packages: [...found.packages] };
  const apt = opts.aptFile ?? aptFileDefault;
  if (!apt) return undefined;
  if (kind === 'header' && (opts.quoted || !headerKey(name) || headerKey(name).startsWith('.'))) return undefined;
  return aptFileSearch(kind, name, { ...(typeof apt === 'object' ? apt : {}), limit });
}

/**
 * The packages that ship other artifacts of a Maven group (`io.netty` → libnetty-java,
 * libnetty-tcnative-java), the packages shipping most of the group's artifacts first: the candidates
 * when no package ships the artifact itself (a renamed or split artifact). Undefined when the index
 * knows no artifact of the group.
 */
export function mavenGroupPackages(group: string, limit = 3): PackageLookup | undefined {
  const g = group.trim();
  if (!/^[\w.-]+$/.test(g) || !g.includes('.') || g.length > 200) return undefined;
  const data = loadKind('maven');
  if (!data) return undefined;
  const count = new Map<string, number>();
  for (const key of data.keysStartingWith(`${g}:`)) {
    const first = decode('maven', key, data, data.get(key)!, 1).packages[0];
    if (first) count.set(first, (count.get(first) ?? 0) + 1);
  }
  if (!count.size) return undefined;
  const packages = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1)).map(([p]) => p).slice(0, Math.max(1, Math.min(limit, 5)));
  return { packages, suite: data.suite, release: data.release, kind: 'maven', key: `${g}:*`, source: 'index' };
}

/**
 * The packages for the components of `Could NOT find Boost (missing: program_options filesystem)`:
 * `{ program_options: 'libboost-program-options-dev', ... }` (components the index lacks are left out).
 */
export function boostComponentPackages(components: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of components) {
    const hit = lookupPackages('cmake', `boost_${c}`, { limit: 1 });
    if (hit) out[c] = hit.packages[0]!;
  }
  return out;
}
