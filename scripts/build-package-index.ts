/**
 * Regenerates data/packages/ (the offline package index, docs/package-index.md) from Debian's Contents
 * indices and Packages indices as apt keeps them under /var/lib/apt/lists.
 *
 *   npm run build && node dist/scripts/build-package-index.js [--suite trixie] [--out data/packages]
 *       [--contents FILE ...] [--packages FILE ...] [--release FILE]
 *
 * Without --contents/--packages it asks apt which files it holds for the suite
 * (`apt-get indextargets`, as apt-file does) and reads them with `/usr/lib/apt/apt-helper cat-file`,
 * which decompresses whatever apt stored (.gz, .lz4, .xz). Needs apt-file's Contents targets
 * (`apt-get install apt-file && apt-file update`) and a sources entry for the suite.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { extractEntries, PACKAGE_KINDS, type PackageKind } from '../src/packages/extract.js';
import { rankPackages, unversionedNames, type Candidate, type PackageFacts } from '../src/packages/rank.js';
import { cmakeModuleTargets, m4Macros } from './package-index-sources.js';
import { BLOCK_BYTES, DATA_FORMAT, encodeIndexFile } from '../src/packages/index-file.js';
import { indexFileName } from '../src/packages/data.js';
import { KindData } from '../src/packages/kind-data.js';

interface Options {
  suite: string;
  out: string;
  contents: string[];
  packages: string[];
  release?: string;
  /** Skip the few package downloads (cmake-data, aclocal files): no cmake-module / m4-macro kinds. */
  downloads: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { suite: 'trixie', out: 'data/packages', contents: [], packages: [], downloads: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${a} needs a value`);
      return next;
    };
    if (a === '--suite') o.suite = v();
    else if (a === '--out') o.out = v();
    else if (a === '--contents') o.contents.push(v());
    else if (a === '--packages') o.packages.push(v());
    else if (a === '--release') o.release = v();
    else if (a === '--no-downloads') o.downloads = false;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** Files apt holds for one target of the suite (apt-file does the same: apt-file 3.3, `apt-get indextargets`). */
function indexTargets(identifier: string, suite: string): string[] {
  const r = spawnSync('apt-get', ['indextargets', '--format', '$(FILENAME)', `Identifier: ${identifier}`, `Codename: ${suite}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`apt-get indextargets failed: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

async function eachLine(file: string, onLine: (line: string) => void): Promise<void> {
  const child = spawn('/usr/lib/apt/apt-helper', ['cat-file', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const rl = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of rl) onLine(line);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`apt-helper cat-file ${file} exited ${code}`);
}

async function readPackageFacts(files: string[]): Promise<{ facts: PackageFacts; known: Set<string>; sizes: Map<string, number> }> {
  const sizes = new Map<string, number>();
  const providers = new Map<string, string[]>();
  const provides = new Map<string, string[]>();
  const depends = new Map<string, string[]>();
  const known = new Set<string>();
  for (const file of files) {
    let pkg = '';
    let field = '';
    const fields = new Map<string, string>();
    const flush = (): void => {
      if (!pkg) return;
      known.add(pkg);
      // `Provides: ruby-rexml (= 3.3.9), ruby-net-http (= 0.4.1)`
      for (const p of (fields.get('Provides') ?? '').split(',')) {
        const name = p.trim().split(/[\s(]/)[0];
        if (!name) continue;
        (providers.get(name) ?? providers.set(name, []).get(name)!).push(pkg);
        (provides.get(pkg) ?? provides.set(pkg, []).get(pkg)!).push(name);
      }
      // `Depends: libboost-program-options1.83-dev` (first alternative of each clause)
      depends.set(pkg, (fields.get('Depends') ?? '').split(',').map((d) => d.trim().split(/[\s(|:]/)[0]!).filter(Boolean));
      pkg = '';
      fields.clear();
    };
    await eachLine(file, (line) => {
      if (line === '') return flush();
      if (line.startsWith(' ')) {
        if (field === 'Provides' || field === 'Depends') fields.set(field, `${fields.get(field) ?? ''} ${line}`);
        return;
      }
      const colon = line.indexOf(':');
      field = line.slice(0, colon);
      const value = line.slice(colon + 1).trim();
      if (field === 'Package') pkg = value;
      else if (field === 'Size') sizes.set(pkg, Number(value));
      else if (field === 'Provides' || field === 'Depends') fields.set(field, value);
    });
    flush();
  }
  // The metapackage of a versioned package: the name without its version that depends on it.
  // `libboost-program-options1.83-dev` → `libboost-program-options-dev`; `llvm-19-dev` → `llvm-dev`.
  const metapackage = new Map<string, string>();
  for (const pkg of known) {
    for (const candidate of unversionedNames(pkg)) {
      if (known.has(candidate) && (depends.get(candidate) ?? []).includes(pkg)) {
        metapackage.set(pkg, candidate);
        break;
      }
    }
  }
  return { facts: { providers, provides, metapackage }, known, sizes };
}

function releaseInfo(file: string | undefined): { version: string; date: string } {
  if (!file) return { version: '', date: '' };
  const r = spawnSync('/usr/lib/apt/apt-helper', ['cat-file', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const text = r.stdout ?? '';
  return {
    version: /^Version: (.+)$/m.exec(text)?.[1] ?? '',
    date: /^Date: (.+)$/m.exec(text)?.[1] ?? '',
  };
}

/** Keep, for each package, only the directories none of whose ancestors the same package also ships. */
function goRoots(byKey: Map<string, Set<string>>): Map<string, Set<string>> {
  const perPkg = new Map<string, string[]>();
  for (const [dir, pkgs] of byKey) for (const p of pkgs) (perPkg.get(p) ?? perPkg.set(p, []).get(p)!).push(dir);
  const out = new Map<string, Set<string>>();
  for (const [pkg, dirs] of perPkg) {
    dirs.sort();
    let last = '';
    for (const d of dirs) {
      if (last && d.startsWith(`${last}/`)) continue;
      last = d;
      (out.get(d) ?? out.set(d, new Set()).get(d)!).add(pkg);
    }
  }
  return out;
}

function encode(ranked: Candidate[]): string {
  return ranked.map((c) => (c.providedBy ? `${c.name}=${c.providedBy}` : c.name)).join(' ');
}

type Index = Map<PackageKind, Map<string, Set<string>>>;

/**
 * cmake's own find modules → the packages that ship what each looks for: the first of its
 * find_path names that a package ships, else of its find_library names, else of its find_program names.
 * Row value: `pkgs<TAB>kind name` (`zlib1g-dev<TAB>header zlib.h`).
 */
function cmakeModuleRows(suite: string, index: Index, facts: PackageFacts): Map<string, string> {
  const rows = new Map<string, string>();
  for (const [module, targets] of cmakeModuleTargets(suite)) {
    const asKey = (kind: 'header' | 'library' | 'program', n: string): [PackageKind, string] =>
      kind === 'library' ? ['library', `${n.startsWith('lib') ? n : `lib${n}`}.so`] : kind === 'program' ? ['command', n] : ['header', n];
    const tries: Array<[PackageKind, string]> = [
      ...targets.required.flatMap((r) => r.names.map((n) => asKey(r.kind, n))),
      ...targets.headers.map((h): [PackageKind, string] => ['header', h]),
      ...targets.libraries.map((l): [PackageKind, string] => ['library', `${l.startsWith('lib') ? l : `lib${l}`}.so`]),
      ...targets.programs.map((p): [PackageKind, string] => ['command', p]),
    ];
    for (const [kind, key] of tries) {
      const owners = index.get(kind)!.get(key);
      if (!owners) continue;
      rows.set(module, `${encode(rankPackages(kind, key, owners, facts))}\t${kind} ${key}`);
      break;
    }
  }
  return rows;
}

/** Autoconf macro → the packages whose aclocal files define it (packages under 3 MB that ship aclocal files). */
function m4MacroRows(suite: string, index: Index, facts: PackageFacts, sizes: Map<string, number>): Map<string, string> {
  const shipping = new Set<string>();
  for (const owners of index.get('m4')!.values()) for (const p of owners) shipping.add(p);
  const small = [...shipping].filter((p) => (sizes.get(p) ?? Infinity) < 3_000_000).sort();
  const rows = new Map<string, string>();
  for (const [macro, pkgs] of m4Macros(suite, small)) rows.set(macro, encode(rankPackages('m4-macro', macro, pkgs, facts)));
  return rows;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const contents = o.contents.length ? o.contents : indexTargets('Contents-deb', o.suite);
  const packages = o.packages.length ? o.packages : indexTargets('Packages', o.suite);
  if (!contents.length) throw new Error(`no Contents indices for ${o.suite}: add a sources entry, install apt-file, run apt-file update`);
  const release = o.release ?? (contents[0]!.replace(/_(?:main|contrib|non-free)_Contents-.*$/, '_InRelease'));
  const { version, date } = releaseInfo(release);

  const { facts, sizes } = await readPackageFacts(packages);
  const index = new Map<PackageKind, Map<string, Set<string>>>(PACKAGE_KINDS.map((k) => [k, new Map()]));
  let lines = 0;
  const cmakeOwnModules = new Set<string>();
  for (const file of contents) {
    await eachLine(file, (line) => {
      lines++;
      // `usr/include/openssl/ssl.h    libdevel/libssl-dev` (paths may hold spaces; the list never does)
      const cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
      if (cut <= 0) return;
      const file = line.slice(0, cut).trimEnd();
      // `usr/share/cmake-3.31/Modules/FindOpenSSL.cmake    devel/cmake-data`
      const own = /^usr\/share\/cmake-[0-9.]+\/Modules\/Find([^/]+)\.cmake$/.exec(file);
      if (own) cmakeOwnModules.add(own[1]!.toLowerCase());
      const entries = extractEntries(file);
      if (!entries.length) return;
      const owners = line.slice(cut + 1).split(',').map((l) => l.slice(l.lastIndexOf('/') + 1));
      for (const { kind, key } of entries) {
        const byKey = index.get(kind)!;
        const set = byKey.get(key) ?? byKey.set(key, new Set()).get(key)!;
        for (const p of owners) set.add(p);
      }
    });
  }
  index.set('go', goRoots(index.get('go')!));
  // A find module cmake ships itself (`usr/share/cmake-3.31/Modules/FindGit.cmake`) is what runs for
  // find_package(Git): other packages' private copies of it are no answer to "Could NOT find Git".
  for (const name of cmakeOwnModules) index.get('cmake-find')!.delete(name);

  const extra = new Map<string, Map<string, string>>(); // kind → key → stored row value
  if (o.downloads) {
    extra.set('cmake-module', cmakeModuleRows(o.suite, index, facts));
    extra.set('m4-macro', m4MacroRows(o.suite, index, facts, sizes));
  }

  mkdirSync(o.out, { recursive: true });
  // Format 1's .br files and format 2's .idx (src/packages/index-file.ts) alike.
  for (const f of readdirSync(o.out)) if (f.endsWith('.br') || f.endsWith('.idx')) rmSync(path.join(o.out, f));
  const summary: Record<string, { keys: number; bytes: number; blocks: number; textSha256: string }> = {};
  let total = 0;
  for (const [kind, byKey] of index) {
    const rows = new Map<string, string>();
    const computed = extra.get(kind);
    for (const [key, value] of computed ?? []) rows.set(key, value);
    for (const [key, owners] of byKey) if (!rows.has(key)) rows.set(key, encode(rankPackages(kind, key, owners, facts)));
    if (kind === 'header') {
      // The packages that ship .pc files: the lookup prefers their include directories.
      const pc = new Set<string>();
      for (const owners of index.get('pkgconfig')!.values()) for (const p of owners) pc.add(p);
      for (const owners of index.get('pkgconfig')!.values()) for (const p of owners) { const m = facts.metapackage.get(p); if (m) pc.add(m); }
      rows.set('#pc', [...pc].sort().join(' '));
    }
    // One sort of all keys (the reader binary-searches them); `#pc` sorts before every header path.
    const rowLines = [...rows.keys()].sort().map((key) => `${key}\t${rows.get(key)}`);
    const file = encodeIndexFile({ kind, suite: o.suite, release: version, date }, rowLines);
    writeFileSync(path.join(o.out, indexFileName(kind)), file);
    const text = rowLines.map((l) => `${l}\n`).join('');
    summary[kind] = { keys: rowLines.length, bytes: file.length, blocks: KindData.open(file)!.blockCount, textSha256: createHash('sha256').update(text).digest('hex') };
    total += file.length;
  }
  const meta = { format: DATA_FORMAT, blockBytes: BLOCK_BYTES, suite: o.suite, release: version, date, contents: contents.map((f) => path.basename(f)), contentsLines: lines, totalBytes: total, kinds: summary };
  writeFileSync(path.join(o.out, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(meta, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`build-package-index: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
