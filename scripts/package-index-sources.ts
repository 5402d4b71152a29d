/**
 * Facts the Contents indices do not hold, read from a few packages of the suite itself:
 * - what each of cmake's own find modules looks for (cmake-data: `FindZLIB.cmake` calls
 *   `find_path(ZLIB_INCLUDE_DIR NAMES zlib.h ...)`, `FindGit.cmake` `find_program(GIT_EXECUTABLE NAMES ${git_names})`),
 *   so that "Could NOT find ZLIB" resolves through zlib.h to zlib1g-dev;
 * - which Autoconf macros each common aclocal file defines (`AC_DEFUN([PKG_CHECK_MODULES], ...` in pkg.m4).
 * The packages are fetched with `apt-get download <pkg>/<suite>` and unpacked with `dpkg-deb -x`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Download and unpack packages of `suite`, each into `<dir>/<package>/`; returns `<dir>`.
 */
export function unpack(packages: string[], suite: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'logcheck-pkgindex-'));
  const dl = spawnSync('apt-get', ['download', ...packages.map((p) => `${p}/${suite}`)], { cwd: dir, encoding: 'utf8' });
  if (dl.status !== 0) throw new Error(`apt-get download failed: ${dl.stderr}`);
  for (const deb of readdirSync(dir).filter((f) => f.endsWith('.deb'))) {
    // `cmake-data_3.31.6-2_all.deb`
    const into = path.join(dir, 'root', deb.split('_')[0]!);
    mkdirSync(into, { recursive: true });
    const x = spawnSync('dpkg-deb', ['-x', deb, into], { cwd: dir, encoding: 'utf8' });
    if (x.status !== 0) throw new Error(`dpkg-deb -x ${deb} failed: ${x.stderr}`);
  }
  return path.join(dir, 'root');
}

function walk(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** A file's text, or '' for a dangling symlink (`/usr/share/libtool/build-aux/config.guess`). */
function read(file: string, encoding: BufferEncoding): string {
  try {
    return readFileSync(file, encoding);
  } catch {
    return '';
  }
}

/** The commands of a CMake file: `name(args)`, comments removed, arguments split (quotes removed). */
export function cmakeCommands(text: string): Array<{ name: string; args: string[] }> {
  // bracket comments: `#[=======[.rst: ... ]=======]`
  const src = text.replace(/#\[(=*)\[[\s\S]*?\]\1\]/g, ' ').replace(/#[^\n]*/g, ' ');
  const out: Array<{ name: string; args: string[] }> = [];
  // `find_path(ZLIB_INCLUDE_DIR NAMES zlib.h HINTS ...)`
  const head = /\b([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;
  let m: RegExpExecArray | null;
  while ((m = head.exec(src))) {
    let depth = 1;
    let i = head.lastIndex;
    for (; i < src.length && depth > 0; i++) {
      const c = src[i];
      if (c === '"') {
        // a quoted argument may hold unbalanced parentheses: `string(REGEX MATCH "(flex|lex)" ...)`
        for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
      } else if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    const body = src.slice(head.lastIndex, i - 1);
    out.push({ name: m[1]!.toLowerCase(), args: body.split(/\s+/).filter(Boolean).map((a) => a.replace(/^"|"$/g, '')) });
    head.lastIndex = i;
  }
  return out;
}

// Keywords of find_path/find_library/find_program (cmake 3.31 documentation) that end a NAMES list.
const FIND_KEYWORDS = new Set(['NAMES', 'HINTS', 'PATHS', 'PATH_SUFFIXES', 'DOC', 'REQUIRED', 'NO_CACHE', 'NAMES_PER_DIR', 'ENV',
  'NO_DEFAULT_PATH', 'NO_PACKAGE_ROOT_PATH', 'NO_CMAKE_PATH', 'NO_CMAKE_ENVIRONMENT_PATH', 'NO_SYSTEM_ENVIRONMENT_PATH',
  'NO_CMAKE_SYSTEM_PATH', 'NO_CMAKE_INSTALL_PREFIX', 'CMAKE_FIND_ROOT_PATH_BOTH', 'ONLY_CMAKE_FIND_ROOT_PATH',
  'NO_CMAKE_FIND_ROOT_PATH', 'VALIDATOR', 'REGISTRY_VIEW', 'OPTIONAL']);

export interface FindModuleTargets {
  headers: string[];
  libraries: string[];
  programs: string[];
  /**
   * The finds behind find_package_handle_standard_args' required variables, in its order:
   * `find_package_handle_standard_args(FLEX REQUIRED_VARS FLEX_EXECUTABLE ...)` → the flex program,
   * not the FlexLexer.h header the module also looks for.
   */
  required: Array<{ kind: 'header' | 'library' | 'program'; names: string[] }>;
}

/** What one find module looks for, with `set()`/`list(APPEND)` variables expanded where they are plain. */
export function findModuleTargets(text: string): FindModuleTargets {
  const vars = new Map<string, string[]>();
  const out: FindModuleTargets = { headers: [], libraries: [], programs: [], required: [] };
  const byVar = new Map<string, { kind: 'header' | 'library' | 'program'; names: string[] }>();
  let requiredVars: string[] = [];
  const expand = (tokens: string[]): string[] => tokens.flatMap((t) => {
    const v = /^\$\{([A-Za-z0-9_]+)\}$/.exec(t);
    if (v) return vars.get(v[1]!) ?? [];
    return t.includes('$') || t.includes('<') ? [] : [t];
  });
  for (const { name, args } of cmakeCommands(text)) {
    if (name === 'set' && args.length > 1) {
      const vals = expand(args.slice(1).filter((a) => !['CACHE', 'PARENT_SCOPE', 'INTERNAL', 'STRING', 'FORCE'].includes(a)));
      vars.set(args[0]!, [...(vars.get(args[0]!) ?? []), ...vals]);
    } else if (name === 'list' && args[0] === 'APPEND' && args.length > 2) {
      vars.set(args[1]!, [...(vars.get(args[1]!) ?? []), ...expand(args.slice(2))]);
    } else if (name === 'find_path' || name === 'find_file' || name === 'find_library' || name === 'find_program') {
      const at = args.indexOf('NAMES');
      let names: string[];
      if (at >= 0) {
        const end = args.findIndex((a, i) => i > at && FIND_KEYWORDS.has(a));
        names = args.slice(at + 1, end < 0 ? undefined : end);
      } else {
        names = args.slice(1, 2);
      }
      const list = expand(names).filter((n) => !FIND_KEYWORDS.has(n));
      const into = name === 'find_library' ? out.libraries : name === 'find_program' ? out.programs : out.headers;
      for (const n of list) if (!into.includes(n)) into.push(n);
      const kind = name === 'find_library' ? 'library' : name === 'find_program' ? 'program' : 'header';
      const known = byVar.get(args[0]!);
      if (known) known.names.push(...list.filter((n) => !known.names.includes(n)));
      else byVar.set(args[0]!, { kind, names: list });
    } else if (name === 'find_package_handle_standard_args' && !requiredVars.length) {
      // `(ZLIB REQUIRED_VARS ZLIB_LIBRARY ZLIB_INCLUDE_DIR VERSION_VAR ...)` or the old `(Perl DEFAULT_MSG PERL_EXECUTABLE)`
      const at = args.indexOf('REQUIRED_VARS');
      const from = at >= 0 ? at + 1 : 2;
      const end = args.findIndex((a, i) => i >= from && /^[A-Z_]+$/.test(a) && ['VERSION_VAR', 'HANDLE_COMPONENTS', 'HANDLE_VERSION_RANGE', 'FOUND_VAR', 'FAIL_MESSAGE', 'REASON_FAILURE_MESSAGE', 'CONFIG_MODE', 'NAME_MISMATCHED'].includes(a));
      requiredVars = args.slice(from, end < 0 ? undefined : end).map((v) => v.replace(/^\$\{(.+)\}$/, '$1'));
    }
  }
  for (const v of requiredVars) {
    // `ZLIB_LIBRARY` is often set from `find_library(ZLIB_LIBRARY_RELEASE ...)`
    const found = byVar.get(v) ?? byVar.get(`${v}_RELEASE`) ?? byVar.get(v.replace(/S$/, '')) ?? byVar.get(`${v.replace(/S$/, '')}_RELEASE`);
    if (found && found.names.length) out.required.push(found);
  }
  return out;
}

/** cmake's own find modules (lower-case module name → what it looks for), from the suite's cmake-data. */
export function cmakeModuleTargets(suite: string): Map<string, FindModuleTargets> {
  const root = unpack(['cmake-data'], suite);
  const out = new Map<string, FindModuleTargets>();
  for (const file of walk(path.join(root, 'cmake-data', 'usr/share'))) {
    // `usr/share/cmake-3.31/Modules/FindZLIB.cmake`
    const m = /\/cmake-[0-9.]+\/Modules\/Find([^/]+)\.cmake$/.exec(file);
    if (m) out.set(m[1]!.toLowerCase(), findModuleTargets(read(file, 'utf8')));
  }
  rmSync(path.dirname(root), { recursive: true, force: true });
  return out;
}

/** Macro name → the packages whose aclocal files define it, from the given packages of the suite. */
export function m4Macros(suite: string, packages: string[]): Map<string, Set<string>> {
  const root = unpack(packages, suite);
  const out = new Map<string, Set<string>>();
  for (const pkg of readdirSync(root)) {
    for (const file of walk(path.join(root, pkg, 'usr/share'))) {
      if (!/\/aclocal(?:-[0-9.]+)?\/[^/]+\.m4$/.test(file)) continue;
      const text = read(file, 'latin1');
      // `AC_DEFUN([PKG_CHECK_MODULES],`, `AU_DEFUN([AC_PROG_LIBTOOL], [LT_INIT])`, `AU_ALIAS([AM_PROG_LIBTOOL], [LT_INIT])`
      for (const m of text.matchAll(/^[ \t]*(?:AC_DEFUN|AU_DEFUN|AC_DEFUN_ONCE|AU_ALIAS)\(\[?([A-Za-z][A-Za-z0-9_]*)\]?/gm)) {
        if (m[1]!.startsWith('_')) continue;
        const set = out.get(m[1]!) ?? out.set(m[1]!, new Set()).get(m[1]!)!;
        set.add(pkg);
      }
    }
  }
  rmSync(path.dirname(root), { recursive: true, force: true });
  return out;
}
