/**
 * Fallback for what the shipped index lacks: ask `apt-file` (where installed and updated), with a
 * short timeout. Off by default: lookupPackages uses it only when asked (`aptFile` option, or
 * setAptFileFallback from the CLI).
 *
 * apt-file 3.3 (`search -x`) matches a Perl regex against the full path and prints `pkg: /path`
 * lines; `--filter-suites` keeps one suite's Contents (apt-file(1)). It exits 1 when nothing matched.
 */
import { spawnSync } from 'node:child_process';
import { extractEntries, type PackageKind } from './extract.js';
import { keysFor, headerKey } from './normalize.js';
import { rankPackages } from './rank.js';
import type { PackageLookup } from './index.js';

export interface AptFileOptions {
  /** Suite to search (`--filter-suites`); default the shipped index's suite, `trixie`. '' searches all. */
  suite?: string;
  /** Milliseconds before apt-file is killed (default 8000: one search reads ~50 MB of Contents). */
  timeoutMs?: number;
  /** The apt-file program (default `apt-file` on PATH). */
  command?: string;
  /** How many packages to return (default 3). */
  limit?: number;
}

export const DEFAULT_APT_FILE_SUITE = 'trixie';

/** Escape every non-word character, so a name is literal inside a Perl regex. */
function lit(s: string): string {
  return s.replace(/\W/g, '\\$&');
}

function alt(keys: string[]): string {
  return `(?:${keys.map(lit).join('|')})`;
}

/** The Perl regex over full paths that finds the files behind `keys` of `kind`. */
export function aptFileRegex(kind: PackageKind, keys: string[]): string | undefined {
  if (!keys.length) return undefined;
  const k = keys[0]!;
  switch (kind) {
    case 'header': return `^/usr/(?:include/(?:[^/]+/){0,3}|lib/[^/]+/[^/]+/include/|lib/(?:petsc|slepc)dir/[^/]+/[^/]+/include/)${lit(k)}$`;
    case 'pkgconfig': return `^/usr/(?:lib/[^/]+|lib|share)/pkgconfig/${lit(k)}\\.pc$`;
    case 'cmake': return `(?i)^/usr/.*/${alt(keys)}(?:Config|-config)\\.cmake$`;
    case 'cmake-find': return `(?i)^/usr/.*/Find${alt(keys)}\\.cmake$`;
    case 'command': return `^/(?:usr/)?(?:s?bin|games)/${lit(k)}$`;
    case 'python': return `^/usr/lib/python3[^/]*/(?:dist-packages/)?${lit(k)}(?:/.*\\.(?:py|so)|\\.py|\\.[^/]*so)$`;
    case 'python-dist': return `(?i)^/usr/lib/python3[^/]*/(?:dist-packages/)?${k.split('-').map(lit).join('[-_.]')}(?:-[^/]*)?\\.(?:dist|egg)-info(?:/METADATA|/PKG-INFO)?$`;
    case 'perl': return `/perl[^/]*/(?:[0-9.]+/)?${lit(k)}$`;
    case 'node': return `^/usr/(?:share|lib)/(?:[^/]+/)?nodejs/${lit(k)}/package\\.json$`;
    case 'maven': {
      const [g, a] = k.split(':') as [string, string];
      return `^/usr/share/maven-repo/${g.split('.').map(lit).join('/')}/${lit(a)}/[^/]+/${lit(a)}-[^/]+\\.pom$`;
    }
    case 'r': return `^/usr/lib/R/(?:site-)?library/${lit(k)}/DESCRIPTION$`;
    case 'ruby': return `/specifications/(?:default/)?${lit(k)}-\\d[^/]*\\.gemspec$`;
    case 'go': return `^/usr/share/gocode/src/${alt(keys)}/[^/]+\\.go$`;
    case 'library': return `^/(?:usr/)?lib/(?:[^/]+/)?${alt(keys)}$`;
    case 'm4': return `^/usr/share/aclocal[^/]*/${alt(keys)}$`;
    case 'jar': return `^/usr/share/java/${alt(keys)}$`;
    case 'php-autoload': return `^/usr/share/php/${lit(k)}$`;
    case 'vapi': return `^/usr/share/vala[^/]*/vapi/${lit(k)}\\.vapi$`;
    case 'cmake-module': case 'm4-macro': return undefined; // not file names: only the index knows them
  }
}

/** Ask apt-file which packages ship `name` of `kind`; undefined when it is absent, slow or finds nothing. */
export function aptFileSearch(kind: PackageKind, name: string, opts: AptFileOptions = {}): PackageLookup | undefined {
  const keys = keysFor(kind, name);
  const regex = aptFileRegex(kind, keys);
  if (!regex) return undefined;
  const suite = opts.suite ?? DEFAULT_APT_FILE_SUITE;
  const args = [...(suite ? ['--filter-suites', suite] : []), 'search', '-x', regex];
  const r = spawnSync(opts.command ?? 'apt-file', args, { encoding: 'utf8', timeout: opts.timeoutMs ?? 8000, maxBuffer: 16 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  if (r.error || typeof r.stdout !== 'string') return undefined;
  const owners = new Map<string, Set<string>>();
  for (const line of r.stdout.split('\n')) {
    // `libssl-dev: /usr/include/openssl/ssl.h`
    const sep = line.indexOf(': /');
    if (sep <= 0) continue;
    const pkg = line.slice(0, sep);
    for (const e of extractEntries(line.slice(sep + 3))) {
      if (e.kind !== kind) continue;
      const wanted = kind === 'header' ? e.key === headerKey(name) || e.key.endsWith(`/${headerKey(name)}`) : keys.includes(e.key);
      if (!wanted) continue;
      (owners.get(e.key) ?? owners.set(e.key, new Set()).get(e.key)!).add(pkg);
    }
  }
  // The key tried first (the longest Go prefix, the exact header path, libfoo.so before libfoo.a) wins.
  const order = kind === 'header' ? [...owners.keys()].sort((a, b) => a.length - b.length) : keys.filter((k) => owners.has(k));
  const key = order[0];
  if (key === undefined) return undefined;
  const ranked = rankPackages(kind, key, owners.get(key)!, undefined, opts.limit ?? 3);
  return { packages: ranked.map((c) => c.name), suite: suite || 'apt-file', release: '', kind, key, source: 'apt-file' };
}
