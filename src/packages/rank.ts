/**
 * Orders the packages that ship a thing so that the first is the one to add to Build-Depends.
 * Used when the index is built (scripts/build-package-index.ts) and by the apt-file fallback.
 */
import type { PackageKind } from './extract.js';

export interface PackageFacts {
  /** virtual package name → the real packages that provide it (from the Packages index's Provides). */
  providers: Map<string, string[]>;
  /** real package → the packages it provides. */
  provides: Map<string, string[]>;
  /**
   * versioned package → its unversioned metapackage, when the metapackage depends on it:
   * `libboost-program-options1.83-dev` → `libboost-program-options-dev`, `llvm-19-dev` → `llvm-dev`.
   */
  metapackage: Map<string, string>;
}

/** One ranked candidate: a package name, and for a virtual package the real one that provides it. */
export interface Candidate {
  name: string;
  providedBy?: string;
}

/** The package names Debian's policies give the thing (`python3-twisted`, `libtest-needs-perl`). */
export function conventionalNames(kind: PackageKind, key: string): string[] {
  const lower = key.toLowerCase();
  switch (kind) {
    case 'python':
    case 'python-dist':
      return [`python3-${lower.replace(/_/g, '-')}`];
    case 'perl':
      // Debian Perl Policy 4.2: Foo::Bar is libfoo-bar-perl.
      return [`lib${lower.replace(/\.pm$/, '').replace(/\//g, '-').replace(/_/g, '')}-perl`, `lib${lower.replace(/\.pm$/, '').replace(/\//g, '-')}-perl`];
    case 'node':
      return [`node-${lower.replace(/^@/, '').replace(/\//g, '-')}`];
    case 'r':
      return [`r-cran-${lower}`, `r-bioc-${lower}`, `r-other-${lower}`];
    case 'ruby':
      return [`ruby-${lower.replace(/_/g, '-')}`];
    case 'command':
      return [key];
    case 'pkgconfig':
    case 'library':
      return [`lib${lower.replace(/^lib/, '').replace(/\.(?:so|a)$/, '')}-dev`];
    default:
      return [];
  }
}

// Packages that carry a copy of a thing for another target or purpose: cross toolchains, MinGW,
// Android's forks, documentation, debug symbols, sources.
const NOT_CANONICAL = /mingw|android-|-cross\b|arm-none-eabi|riscv64-unknown-elf|avr-|msp430|-doc$|-dbg$|-dbgsym$|-src$|-source$|-gles-dev$|^gcc-\d+-plugin-dev|-embedded/;

/** Kinds whose thing is only used when building, so that a -dev package is the answer. */
const DEV_KINDS = new Set<PackageKind>(['header', 'pkgconfig', 'cmake', 'cmake-find', 'cmake-module', 'library', 'vapi']);

// The packages configure.ac's macros usually come from (autoconf-archive gathers third-party macros;
// copies of them ship in many -dev packages).
const M4_HOMES = ['autoconf', 'automake', 'libtool', 'gettext', 'pkgconf', 'autoconf-archive'];

/** Kinds whose packages Debian's policies name after the thing, so that the named one is the answer. */
const POLICY_NAMED = new Set<PackageKind>(['python', 'python-dist', 'perl', 'node', 'r', 'ruby', 'command']);

function tier(kind: PackageKind, pkg: string): number {
  let t = 0;
  if ((kind === 'm4' || kind === 'm4-macro') && !M4_HOMES.includes(pkg)) t += 1;
  if (NOT_CANONICAL.test(pkg)) t += 4;
  if (DEV_KINDS.has(kind) && !pkg.endsWith('-dev')) t += 2;
  return t;
}

/**
 * Two versions of one package: the one with an unversioned metapackage (the suite's default,
 * `libboost-filesystem1.83-dev` before `1.88`), else the newer (`libstdc++-14-dev` before `-12-dev`);
 * 0 for names that differ otherwise.
 */
function siblings(a: string, b: string, facts: PackageFacts | undefined): number {
  if (a.replace(/\d+/g, '#') !== b.replace(/\d+/g, '#')) return 0;
  const meta = (facts?.metapackage.has(a) ? 0 : 1) - (facts?.metapackage.has(b) ? 0 : 1);
  if (meta) return meta;
  const na = a.match(/\d+/g) ?? [];
  const nb = b.match(/\d+/g) ?? [];
  for (let i = 0; i < na.length; i++) {
    const d = Number(nb[i]) - Number(na[i]);
    if (d) return d;
  }
  return 0;
}

function byLengthThenName(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Rank the real packages `owners` that ship the thing `key` of `kind`, at most `limit` candidates.
 * Order: a package with the conventional name (real, or virtual and provided by an owner), then by
 * tier (canonical before cross/doc copies; -dev first for build-time kinds), then the shortest name.
 * An owner's unversioned metapackage (`libboost-filesystem-dev` for `libboost-filesystem1.83-dev`)
 * comes right before it.
 */
export function rankPackages(kind: PackageKind, key: string, owners: Iterable<string>, facts: PackageFacts | undefined, limit = 5): Candidate[] {
  const set = new Set(owners);
  const conventional = conventionalNames(kind, key);
  const sorted = [...set].sort((a, b) => {
    const ca = conventional.includes(a) ? 0 : 1;
    const cb = conventional.includes(b) ? 0 : 1;
    return ca - cb || tier(kind, a) - tier(kind, b) || siblings(a, b, facts) || byLengthThenName(a, b);
  });
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const push = (c: Candidate): void => {
    if (seen.has(c.name)) return;
    seen.add(c.name);
    out.push(c);
  };
  // Policy-named kinds: the package with the policy name is the answer; others only add to it
  // (python3-txsni ships twisted/plugins/, perl ships dual-life modules).
  const named = POLICY_NAMED.has(kind) ? sorted.find((p) => conventional.includes(p)) : undefined;
  if (named) {
    const meta = facts?.metapackage.get(named);
    return [...(meta ? [{ name: meta }] : []), { name: named }].slice(0, limit);
  }
  // (Not for commands: `pkg-config` is a virtual package in trixie; pkgconf ships the command.)
  if (facts && POLICY_NAMED.has(kind) && kind !== 'command') {
    for (const name of conventional) {
      if (set.has(name)) continue;
      const provider = (facts.providers.get(name) ?? []).find((p) => set.has(p));
      if (provider) push({ name, providedBy: provider });
    }
  }
  for (const pkg of sorted) {
    const meta = facts?.metapackage.get(pkg);
    if (meta) push({ name: meta });
    push({ name: pkg });
  }
  return out.slice(0, limit);
}

/**
 * Names a versioned package's metapackage may have: `libboost-program-options1.83-dev` →
 * `libboost-program-options-dev`, `llvm-19-dev` → `llvm-dev`, `python3.13-tk` → `python3-tk`,
 * `libfoo1.2t64-dev` → `libfoo-dev`.
 */
export function unversionedNames(pkg: string): string[] {
  const out: string[] = [];
  // the default JDK: `openjdk-21-jdk-headless` → `default-jdk-headless` (trixie's default-jdk-headless depends on it)
  const jdk = /^openjdk-\d+-(.+)$/.exec(pkg);
  if (jdk) out.push(`default-${jdk[1]}`);
  // one version chunk in a name: `1.83`, `-19`, `.13` after `python3`
  const chunk = /-?\d[\d.]*(?:t64)?/g;
  for (const m of pkg.matchAll(chunk)) {
    const at = m.index;
    const whole = `${pkg.slice(0, at)}${pkg.slice(at + m[0].length)}`.replace(/--+/g, '-');
    const dot = m[0].indexOf('.');
    if (dot > 0) out.push(`${pkg.slice(0, at + dot)}${pkg.slice(at + m[0].length)}`);
    if (/^[a-z]/.test(whole) && !whole.startsWith('-')) out.push(whole);
  }
  return out.filter((n) => n !== pkg && !n.endsWith('-') && n.length > 1);
}
