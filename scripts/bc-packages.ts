/**
 * Fills `packages` in test/buildlog-consultant/cases.json: for each case about a missing thing (a header,
 * a .pc file, a CMake config, a command, a Python/Perl/Node/R/Ruby/Go/OCaml/Vala module, a Maven
 * artifact, a library, a JDK, a LaTeX file, a typelib, an absolute path), the Debian packages that ship
 * it, from `apt-file search` over Debian trixie's Contents indices.
 *
 * Run (needs apt-file with trixie Contents; see the lead's notes):
 *   npm run build && node dist/scripts/bc-packages.js [cases.json]
 * Env: APT_FILE="apt-file -a amd64 --filter-suites trixie" (the default) chooses the command line.
 * One apt-file run per case-sensitivity reads every pattern at once (`-x -f patterns`); results are
 * matched back to cases here. The regexes are the Perl/JS common subset.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BcCase } from '../test/helpers/bc-cases.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Query {
  /** Regexes over the full path (apt-file -x). */
  patterns: string[];
  /** Looser regexes, used only when `patterns` find nothing. */
  fallback?: string[];
  /** Case-insensitive (Python distribution names). */
  insensitive?: boolean;
  /** Keep only -dev packages when there are some (headers, .pc, CMake files, libraries). */
  preferDev?: boolean;
  note?: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, (c) => (c === '/' ? '/' : `\\${c}`));
const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const ARCH = 'x86_64-linux-gnu';
const PERL_DIRS = `(share/perl5|lib/${ARCH}/perl5/[0-9.]+|share/perl/[0-9.]+|lib/${ARCH}/perl/[0-9.]+|lib/${ARCH}/perl-base)`;

const commandPatterns = (cmd: string): string[] => [
  `^/(usr/)?s?bin/${esc(cmd)}$`,
  // commands behind alternatives (java, yacc) are not in Contents under /usr/bin
  `^/usr/lib/jvm/[^/]+/bin/${esc(cmd)}$`,
  ...(cmd === 'java' ? ['^/usr/lib/jvm/default-java$'] : []),
];
// the alternative's provider under its own name (bison's /usr/bin/bison.yacc)
const commandFallback = (cmd: string): string[] => [`^/usr/bin/[^/]+[.-]${esc(cmd)}$`];
const pcPatterns = (m: string): string[] => [`^/usr/(lib/${ARCH}/|lib/|share/)pkgconfig/${esc(m)}\\.pc$`];
const pythonModule = (m: string): string[] => {
  const top = m.split('.')[0]!;
  return [`^/usr/lib/python3/dist-packages/${esc(top)}(/__init__\\.py|\\.py|\\.[^/]*\\.so)$`];
};
const perlModule = (module: string): string[] => [`^/usr/${PERL_DIRS}/${esc(module.replace(/::/g, '/'))}\\.pm$`];

/** What to search for, per bc problem kind; undefined: not about a missing thing a package ships. */
function queryFor(c: BcCase): Query | undefined {
  const a = c.args;
  switch (c.kind) {
    case 'missing-c-header': {
      const h = str(a['header'])!;
      // /usr/include/zlib.h first: many -dev packages carry a private zlib.h in their own subdirectory
      return { patterns: [`^/usr/include/(${ARCH}/)?${esc(h)}$`], fallback: [`^/usr/(.*/)?include/(.*/)?${esc(h)}$`], preferDev: true };
    }
    case 'missing-pkg-config-package': return { patterns: pcPatterns(str(a['module'])!), preferDev: true };
    case 'command-missing': return { patterns: commandPatterns(str(a['command'])!), fallback: commandFallback(str(a['command'])!) };
    case 'missing-python-module': {
      const m = str(a['module'])!;
      return { patterns: pythonModule(m), ...(a['python_version'] === 2 ? { note: 'Python 2 module: trixie has only Python 3' } : {}) };
    }
    case 'missing-python-distribution': {
      const d = str(a['distribution'])!;
      const name = d.toLowerCase().split(/[-_.]+/).map(esc).join('[-_.]');
      return {
        patterns: [
          `^/usr/lib/python3/dist-packages/${name}-[^/]*\\.(dist|egg)-info(/METADATA|/PKG-INFO)?$`,
          `^/usr/lib/python3/dist-packages/${name}/__init__\\.py$`,
        ],
        insensitive: true,
      };
    }
    case 'missing-perl-module': return { patterns: perlModule(str(a['module'])!) };
    case 'missing-perl-predeclared': {
      // Module::Install plugins that provide these keywords (their POD names them); the path is checked here
      const plugin: Record<string, string> = { author_tests: 'AuthorTests', readme_from: 'ReadmeFromPod', use_test_base: 'TestBase' };
      const p = plugin[str(a['name'])!];
      return p ? { patterns: perlModule(`Module::Install::${p}`), note: `Module::Install::${p} provides ${str(a['name'])}` } : undefined;
    }
    case 'missing-r-package': return { patterns: [`^/usr/lib/R/(site-)?library/${esc(str(a['package'])!)}/DESCRIPTION$`] };
    case 'missing-ruby-gem': case 'missing-sprockets-file': {
      const g = str(a['gem']) ?? str(a['name'])!;
      return { patterns: [`^/usr/(share/rubygems-integration/[^/]+|lib/ruby/gems/[^/]+|lib/${ARCH}/rubygems-integration/[^/]+)/specifications/(default/)?${esc(g)}-[0-9][^/]*\\.gemspec$`] };
    }
    case 'missing-node-module': {
      const m = str(a['module'])!;
      if (m.startsWith('/')) return undefined; // a path in the package itself
      return { patterns: [`^/usr/(share/nodejs|lib/nodejs|lib/${ARCH}/nodejs)/${esc(m)}/package\\.json$`] };
    }
    case 'missing-go-package': return { patterns: [`^/usr/share/gocode/src/${esc(str(a['package'])!)}/[^/]+\\.go$`] };
    case 'missing-maven-artifacts': {
      const arts = (a['artifacts'] as string[]).map((x) => x.split(':'));
      return {
        patterns: arts.map(([g, art]) => `^/usr/share/maven-repo/${esc(g!.replace(/\./g, '/'))}/${esc(art!)}/[^/]+/${esc(art!)}-[^/]+\\.(pom|jar)$`),
        // an artifact id Debian does not ship (io.netty:netty): the packages of its group
        fallback: arts.map(([g]) => `^/usr/share/maven-repo/${esc(g!.replace(/\./g, '/'))}/[^/]+/debian/[^/]+\\.pom$`),
      };
    }
    case 'missing-library': {
      const l = str(a['library'])!;
      return { patterns: [`^/usr/lib/(${ARCH}/)?lib${esc(l)}\\.(so|a)$`], preferDev: true };
    }
    case 'missing-cmake-files':
      return { patterns: (a['filenames'] as string[]).map((f) => `^/usr/(lib/${ARCH}|lib|share)/(.*/)?${esc(f)}$`), preferDev: true };
    case 'missing-cmake-components': {
      const name = str(a['name'])!;
      const comps = a['components'] as string[];
      if (name === 'Boost') {
        return { patterns: comps.map((k) => `^/usr/lib/${ARCH}/cmake/boost_${esc(k)}-[^/]+/boost_${esc(k)}-config\\.cmake$`), preferDev: true };
      }
      return { patterns: comps.map((k) => `^/usr/(lib/${ARCH}|lib|share)/cmake/${esc(name + k)}/${esc(name + k)}Config\\.cmake$`), preferDev: true };
    }
    case 'missing-vague-dependency': {
      const n = str(a['name'])!;
      if (/\s/.test(n) && !/^gnu /i.test(n)) return undefined; // a description, not a name
      const base = n.replace(/^gnu /i, '');
      const noVer = base.replace(/[0-9.]+$/, '');
      const names = [...new Set([base, base.toLowerCase(), noVer, `lib${base.toLowerCase()}`, base.toLowerCase().replace(/^lib/, '')])].filter((x) => x !== '' && x !== 'lib');
      return {
        patterns: names.flatMap((x) => [
          ...pcPatterns(x), `^/usr/bin/${esc(x)}(-config)?$`, `^/usr/include/${esc(x)}\\.h$`,
          `^/usr/(lib/${ARCH}|share)/cmake/${esc(x)}[^/]*/${esc(x)}(Config|-config)\\.cmake$`,
        ]),
        note: 'a vague name: searched as a command, pkg-config module, header and CMake package',
      };
    }
    case 'missing-latex-file': return { patterns: [`^/usr/share/(texlive/texmf-dist|texmf)/.*/${esc(str(a['filename'])!)}$`] };
    case 'missing-introspection-typelib': return { patterns: [`^/usr/lib/(${ARCH}/)?girepository-1\\.0/${esc(str(a['library'])!)}-[0-9.]+\\.typelib$`] };
    case 'missing-vala-package': return { patterns: [`^/usr/share/vala(-[0-9.]+)?/vapi/${esc(str(a['package'])!)}\\.vapi$`], preferDev: true };
    case 'missing-ocaml-package': {
      const p = str(a['package'])!;
      return { patterns: [`^/usr/lib/(${ARCH}/)?ocaml/([0-9.]+/)?${esc(p)}/META$`, `^/usr/lib/(${ARCH}/)?ocaml/([0-9.]+/)?METAS/META\\.${esc(p)}$`] };
    }
    case 'missing-php-class': {
      const cls = str(a['php_class'])!.replace(/\\/g, '_');
      return { patterns: [`^/usr/share/php/${esc(cls.replace(/_/g, '/'))}\\.php$`] };
    }
    case 'missing-file': {
      const p = str(a['path'])!;
      return p.startsWith('/usr/') || p.startsWith('/etc/') ? { patterns: [`^${esc(p)}$`] } : undefined;
    }
    case 'missing-automake-input': return { patterns: [`^/usr/share/(.*/)?${esc(str(a['path'])!)}$`] };
    case 'missing-autoconf-macro': {
      // pkg-config's pkg.m4 defines the PKG_* macros (its own documentation, pkg-config(1) "AUTOCONF MACROS")
      const m = str(a['macro'])!;
      return m.startsWith('PKG_') ? { patterns: ['^/usr/share/aclocal/pkg\\.m4$'], note: 'PKG_* macros come from pkg.m4' } : undefined;
    }
    case 'missing-xml-entity': {
      const u = str(a['url'])!;
      const m = /\/([0-9.]+)\/([^/]+)$/.exec(u);
      return m ? { patterns: [`^/usr/share/xml/.*/${esc(m[1]!)}/${esc(m[2]!)}$`] } : undefined;
    }
    case 'missing-x11': return { patterns: ['^/usr/include/X11/Xlib\\.h$'], preferDev: true };
    case 'javascript-runtime-missing': return { patterns: ['^/usr/bin/node(js)?$'] };
    case 'dh-addon-load-failure': return { patterns: [`^/usr/share/perl5/${esc(str(a['path'])!)}$`] };
    case 'missing-jdk': return { patterns: ['^/usr/lib/jvm/[^/]+/bin/javac$'] };
    case 'missing-jre': case 'missing-jvm': return { patterns: ['^/usr/lib/jvm/[^/]+/bin/java$', '^/usr/lib/jvm/default-java$'] };
    case 'missing-jdk-file': return { patterns: [`^/usr/lib/jvm/[^/]+/(lib/)?${esc(str(a['filename'])!)}$`] };
    default: return undefined;
  }
}

/** Also acceptable: the package people write in Build-Depends when Contents names its -minimal/-bin part. */
function withAliases(pkgs: string[]): string[] {
  const out = new Set(pkgs);
  for (const p of pkgs) {
    const m = /^(.+)-(minimal|bin)$/.exec(p);
    if (m) out.add(m[1]!);
    // Boost's versioned -dev packages ship the files; Build-Depends name the unversioned ones that depend on them
    const b = /^libboost-(.+?)[0-9.]+-dev$/.exec(p);
    if (b) out.add(`libboost-${b[1]!}-dev`);
    // default-jre-headless ships /usr/lib/jvm/default-java; default-jre, default-jdk(-headless) depend on it
    if (p === 'default-jre-headless') for (const x of ['default-jre', 'default-jdk', 'default-jdk-headless']) out.add(x);
  }
  return [...out].sort();
}

function aptFile(patterns: string[], insensitive: boolean): { pkg: string; path: string }[] {
  if (patterns.length === 0) return [];
  const file = path.join(tmpdir(), `bc-packages-${insensitive ? 'i' : 's'}.txt`);
  writeFileSync(file, `${patterns.join('\n')}\n`);
  const cmd = (process.env['APT_FILE'] ?? 'apt-file -a amd64 --filter-suites trixie').split(' ');
  const args = [...cmd.slice(1), '-x', ...(insensitive ? ['-i'] : []), '-f', 'search', file];
  let out = '';
  try {
    out = execFileSync(cmd[0]!, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  } catch (err) {
    const e = err as { status?: number; stdout?: string };
    if (e.status === 1) out = e.stdout ?? ''; // apt-file exits 1 when nothing matched
    else throw err;
  }
  return out.split('\n').filter(Boolean).map((l) => {
    const i = l.indexOf(': ');
    return { pkg: l.slice(0, i), path: l.slice(i + 2) };
  });
}

function main(): void {
  const file = process.argv[2] ?? 'test/buildlog-consultant/cases.json';
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { cases: (BcCase & { packages?: BcCase['packages'] })[] };
  const queries = new Map<string, Query>();
  for (const c of doc.cases) {
    if (c.expect !== 'problem') continue;
    const q = queryFor(c);
    if (q) queries.set(c.id, q);
  }
  const all = [...queries.values()];
  const pats = (q: Query): string[] => [...q.patterns, ...(q.fallback ?? [])];
  const hits = [
    ...aptFile([...new Set(all.filter((q) => !q.insensitive).flatMap(pats))], false).map((h) => ({ ...h, i: false })),
    ...aptFile([...new Set(all.filter((q) => q.insensitive).flatMap(pats))], true).map((h) => ({ ...h, i: true })),
  ];
  const packagesFor = (q: Query, patterns: string[]): string[] => {
    const res = patterns.map((p) => new RegExp(p, q.insensitive ? 'i' : ''));
    return [...new Set(hits.filter((h) => h.i === (q.insensitive ?? false) && res.some((r) => r.test(h.path))).flatMap((h) => h.pkg.split(', ')))];
  };
  let found = 0;
  for (const c of doc.cases) {
    if (c.expect !== 'problem') continue;
    const q = queries.get(c.id);
    if (!q) { c.packages = { status: 'not-applicable' }; continue; }
    let pkgs = packagesFor(q, q.patterns);
    let query = q.patterns.join(' | ');
    if (pkgs.length === 0 && q.fallback) {
      pkgs = packagesFor(q, q.fallback);
      query = `${query} || ${q.fallback.join(' | ')}`;
    }
    if (q.preferDev && pkgs.some((p) => p.endsWith('-dev'))) pkgs = pkgs.filter((p) => p.endsWith('-dev'));
    if (pkgs.length > 0) {
      found++;
      c.packages = { status: 'found', query, candidates: withAliases(pkgs), ...(q.note ? { note: q.note } : {}) };
    } else {
      c.packages = { status: 'none', query, note: q.note ? `${q.note}; no trixie package ships it` : 'no trixie package ships it' };
    }
  }
  writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
  console.log(`${queries.size} missing-thing cases, ${found} with trixie packages -> ${file}`);
}

main();
