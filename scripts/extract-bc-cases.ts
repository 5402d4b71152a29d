/**
 * Turns buildlog-consultant's test cases into data: test/buildlog-consultant/cases.json.
 *
 * buildlog-consultant (https://github.com/jelmer/buildlog-consultant, the Debian Janitor's log analyser)
 * keeps its knowledge as Rust unit tests: a vector of real log lines, the 1-based line its matcher must
 * pick, and the problem it must report (`assert_match(lines, lineno, Some(MissingCHeader::new(..)))`).
 * This script reads those tests from a local checkout and writes only the data (lines, line, problem kind
 * and fields, where each case comes from). None of buildlog-consultant's code is copied.
 *
 * Run:  npm run build && node dist/scripts/extract-bc-cases.js /path/to/buildlog-consultant [out.json]
 * (a checkout: `git clone https://github.com/jelmer/buildlog-consultant`, or `git archive` of a mirror).
 * Expected packages (`packages`) and the Debian classification (`debian`) are kept from the existing
 * cases.json when a case with the same id is already there (they are filled by
 * scripts/bc-packages.ts and by hand, not derived from bc's code).
 *
 * How bc numbers lines (read from its test helpers):
 * - common.rs / apt.rs `assert_match(lines, lineno, expected)` and `assert_just_match(lines, lineno)`:
 *   `lineno` is 1-based (`lines[lineno - 1]` is the matched line). `assert_just_match` means: a line is
 *   picked but no problem kind is named ("line-only").
 * - autopkgtest.rs `assert_autopkgtest_match(lines, offsets, testname, error, description)`: `offsets` are
 *   0-based indexes into `lines`; we store them +1.
 * - direct tests `let (m, err) = find_build_failure_description(lines)` + `assert_eq!(m.line(), lines[N])`:
 *   N is 0-based; `downcast_ref::<Kind>()` / `is::<Kind>()` name the problem without a line.
 * - `find_secondary_build_failure(&[line], n).is_none()` is a negative case, `.is_some()` a line-only one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

// ---------------------------------------------------------------- a small Rust tokenizer

type Tok =
  | { t: 'str'; v: string; pos: number }
  | { t: 'id'; v: string; pos: number }
  | { t: 'num'; v: string; pos: number }
  | { t: 'p'; v: string; pos: number };

function unescape(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') { out += c; continue; }
    const n = body[++i]!;
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case '0': out += '\0'; break;
      case '\\': out += '\\'; break;
      case '"': out += '"'; break;
      case "'": out += "'"; break;
      case 'u': {
        const close = body.indexOf('}', i);
        out += String.fromCodePoint(parseInt(body.slice(i + 2, close), 16));
        i = close;
        break;
      }
      case 'x': out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16)); i += 2; break;
      case '\n': // line continuation: skip the newline and the next line's leading whitespace
        while (i + 1 < body.length && /\s/.test(body[i + 1]!)) i++;
        break;
      default: throw new Error(`unknown escape \\${n}`);
    }
  }
  return out;
}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (src.startsWith('//', i)) { i = src.indexOf('\n', i); if (i < 0) break; continue; }
    if (src.startsWith('/*', i)) { i = src.indexOf('*/', i) + 2; continue; }
    const raw = /^(?:r|br)(#*)"/.exec(src.slice(i, i + 40));
    if (raw) {
      const hashes = raw[1]!;
      const start = i + raw[0].length;
      const end = src.indexOf('"' + hashes, start);
      toks.push({ t: 'str', v: src.slice(start, end), pos: i });
      i = end + 1 + hashes.length;
      continue;
    }
    if (c === '"' || (c === 'b' && src[i + 1] === '"')) {
      let j = c === 'b' ? i + 2 : i + 1;
      while (src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      toks.push({ t: 'str', v: unescape(src.slice(c === 'b' ? i + 2 : i + 1, j)), pos: i });
      i = j + 1;
      continue;
    }
    if (c === "'") {
      // char literal ('a', '\n', '\u{..}') or lifetime ('a, 'static)
      const ch = /^'(?:\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'/u.exec(src.slice(i, i + 12));
      if (ch) { toks.push({ t: 'str', v: unescape(ch[0].slice(1, -1)), pos: i }); i += ch[0].length; continue; }
      const lt = /^'[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 40))!;
      i += lt[0].length;
      continue;
    }
    const rawId = /^r#([A-Za-z_][A-Za-z0-9_]*)/.exec(src.slice(i, i + 200));
    if (rawId) { toks.push({ t: 'id', v: rawId[1]!, pos: i }); i += rawId[0].length; continue; }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (id) { toks.push({ t: 'id', v: id[0], pos: i }); i += id[0].length; continue; }
    const num = /^[0-9][0-9_]*(?:\.[0-9][0-9_]*)?(?:[a-z][a-z0-9]*)?/.exec(src.slice(i, i + 60));
    if (num && !src.startsWith('..', i + num[0].length - 1)) {
      toks.push({ t: 'num', v: num[0], pos: i }); i += num[0].length; continue;
    }
    if (num) { toks.push({ t: 'num', v: num[0].replace(/\.$/, ''), pos: i }); i += num[0].replace(/\.$/, '').length; continue; }
    const p = ['..=', '::', '=>', '->', '..', '==', '!=', '&&', '||'].find((x) => src.startsWith(x, i)) ?? c;
    toks.push({ t: 'p', v: p, pos: i });
    i += p.length;
  }
  return toks;
}

// ---------------------------------------------------------------- expressions (the subset bc's tests use)

type Expr =
  | { e: 'str'; v: string }
  | { e: 'num'; v: number }
  | { e: 'arr'; items: Expr[] }
  | { e: 'tuple'; items: Expr[] }
  | { e: 'path'; path: string[] }
  | { e: 'call'; path: string[]; args: Expr[] }
  | { e: 'struct'; path: string[]; fields: Record<string, Expr> }
  | { e: 'method'; recv: Expr; name: string; args: Expr[] }
  | { e: 'index'; recv: Expr; index: Expr }
  | { e: 'binop'; op: string; left: Expr; right: Expr }
  | { e: 'unknown'; text: string };

class Parser {
  i = 0;
  constructor(readonly toks: Tok[], readonly src: string) {}
  peek(o = 0): Tok | undefined { return this.toks[this.i + o]; }
  is(v: string, o = 0): boolean { const t = this.peek(o); return t !== undefined && t.t !== 'str' && t.v === v; }
  expect(v: string): void {
    if (!this.is(v)) throw new Error(`expected ${v} at ${this.where()}`);
    this.i++;
  }
  where(): string {
    const t = this.peek();
    if (!t) return 'end';
    const line = this.src.slice(0, t.pos).split('\n').length;
    return `line ${line} (${JSON.stringify(t.v)})`;
  }
  skipGenerics(): void {
    // `::<Vec<&str>>` or `<X>`: skip a balanced <...>
    let depth = 0;
    do {
      const t = this.toks[this.i++]!;
      if (t.v === '<') depth++;
      else if (t.v === '>') depth--;
      else if (t.v === '>>') depth -= 2;
    } while (depth > 0);
  }
  list(close: string): Expr[] {
    const items: Expr[] = [];
    while (!this.is(close)) {
      items.push(this.expr());
      if (this.is(',')) this.i++;
      else if (this.is(';')) { this.i++; } // [x; n]
      else break;
    }
    this.expect(close);
    return items;
  }
  expr(): Expr {
    let left = this.unary();
    while (this.is('+')) {
      this.i++;
      left = { e: 'binop', op: '+', left, right: this.unary() };
    }
    return left;
  }
  unary(): Expr {
    if (this.is('&')) { this.i++; if (this.is('mut')) this.i++; return this.unary(); }
    if (this.is('*')) { this.i++; return this.unary(); }
    let x = this.primary();
    for (;;) {
      if (this.is('.')) {
        this.i++;
        const name = this.toks[this.i++]!;
        if (this.is('::')) { this.i++; this.skipGenerics(); }
        if (this.is('(')) { this.i++; x = { e: 'method', recv: x, name: name.v, args: this.list(')') }; }
        else x = { e: 'method', recv: x, name: name.v, args: [] }; // field access
      } else if (this.is('[')) {
        this.i++;
        const index = this.expr();
        this.expect(']');
        x = { e: 'index', recv: x, index };
      } else if (this.is('?')) this.i++;
      else if (this.is('as')) { this.i += 2; }
      else return x;
    }
  }
  primary(): Expr {
    const t = this.peek();
    if (!t) throw new Error('unexpected end');
    if (t.t === 'str') { this.i++; return { e: 'str', v: t.v }; }
    if (t.t === 'num') { this.i++; return { e: 'num', v: Number(t.v.replace(/_/g, '').replace(/[a-z].*$/, '')) }; }
    if (t.v === '(') { this.i++; const items = this.list(')'); return items.length === 1 ? items[0]! : { e: 'tuple', items }; }
    if (t.v === '[') { this.i++; return { e: 'arr', items: this.list(']') }; }
    if (t.v === '|') { // closure: not data
      return { e: 'unknown', text: 'closure' };
    }
    if (t.t === 'id') {
      const path: string[] = [];
      for (;;) {
        path.push(this.toks[this.i++]!.v);
        if (this.is('::') && this.is('<', 1)) { this.i++; this.skipGenerics(); }
        if (this.is('::') && this.peek(1)?.t === 'id') { this.i++; continue; }
        break;
      }
      if (this.is('!')) { // macro
        this.i++;
        const open = this.peek()!.v;
        const close = open === '[' ? ']' : open === '(' ? ')' : '}';
        this.i++;
        if (path[0] === 'vec') return { e: 'arr', items: this.list(close) };
        const start = this.i;
        let depth = 1;
        while (depth > 0) {
          const v = this.toks[this.i++]!;
          if (v.t === 'p' && v.v === open) depth++;
          else if (v.t === 'p' && v.v === close) depth--;
        }
        return { e: 'unknown', text: `${path.join('::')}!(${this.toks.slice(start, this.i - 1).map((x) => x.v).join(' ')})` };
      }
      if (this.is('(')) { this.i++; return { e: 'call', path, args: this.list(')') }; }
      if (this.is('{') && /^[A-Z]/.test(path[path.length - 1]!)) {
        this.i++;
        const fields: Record<string, Expr> = {};
        while (!this.is('}')) {
          if (this.is('..')) { this.i++; this.expr(); continue; }
          const name = this.toks[this.i++]!.v;
          if (this.is(':')) { this.i++; fields[name] = this.expr(); } else fields[name] = { e: 'path', path: [name] };
          if (this.is(',')) this.i++;
        }
        this.expect('}');
        return { e: 'struct', path, fields };
      }
      return { e: 'path', path };
    }
    throw new Error(`unexpected ${t.v} at ${this.where()}`);
  }
}

// ---------------------------------------------------------------- bc's problem types, read from src/problems/*.rs

interface ProblemType {
  kind: string;
  /** Named fields in declaration order, or tuple positions named from `detail_fields`. */
  fields: string[];
  tuple: boolean;
  /** Associated constructors: fn name → parameter names. */
  ctors: Record<string, string[]>;
  file: string;
}

function readProblemTypes(root: string): Map<string, ProblemType> {
  const types = new Map<string, ProblemType>();
  const dir = join(root, 'src/problems');
  const files = execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.rs'));
  for (const f of files) {
    const src = readFileSync(join(dir, f), 'utf8');
    const structs = new Map<string, { fields: string[]; tuple: boolean }>();
    for (const m of src.matchAll(/pub struct (\w+)(?:<[^>]*>)?\s*(\{[^}]*\}|\([^;]*\);|;)/g)) {
      const body = m[2]!;
      if (body.startsWith('{')) {
        const fields = [...body.matchAll(/(?:^|\n)\s*(?:pub(?:\([a-z]+\))?\s+)?(\w+)\s*:/g)].map((x) => x[1]!);
        structs.set(m[1]!, { fields, tuple: false });
      } else if (body.startsWith('(')) {
        const n = body.split(/pub\s/).length - 1 || 1;
        structs.set(m[1]!, { fields: Array.from({ length: n }, (_, k) => String(k)), tuple: true });
      } else structs.set(m[1]!, { fields: [], tuple: false });
    }
    for (const m of src.matchAll(/impl (?:crate::)?Problem for (\w+) \{[\s\S]*?fn kind\(&self\)[^{]*\{\s*"([^"]+)"/g)) {
      const s = structs.get(m[1]!) ?? { fields: [], tuple: false };
      types.set(m[1]!, { kind: m[2]!, fields: [...s.fields], tuple: s.tuple, ctors: {}, file: `src/problems/${f}` });
    }
    // detail_fields name tuple positions (they are what bc's json() emits)
    for (const m of src.matchAll(/ProblemKindInfo\s*\{\s*kind:\s*"([^"]+)",\s*detail_fields:\s*&\[([^\]]*)\]/g)) {
      const names = [...m[2]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!);
      for (const t of types.values()) {
        if (t.kind === m[1] && t.tuple && names.length === t.fields.length) t.fields = names;
      }
    }
    for (const m of src.matchAll(/impl (\w+) \{([\s\S]*?)\n\}/g)) {
      const t = types.get(m[1]!);
      if (!t) continue;
      for (const fn of m[2]!.matchAll(/pub fn (\w+)(?:<[^>]*>)?\(([^)]*)\)\s*->\s*(?:Self|[A-Z]\w*)\s*\{/g)) {
        t.ctors[fn[1]!] = [...fn[2]!.matchAll(/(\w+)\s*:/g)].map((x) => x[1]!);
      }
    }
  }
  return types;
}

// ---------------------------------------------------------------- evaluating expressions to JSON

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface ProblemValue { kind: string; problem: string; args: Record<string, Json> }

class Evaluator {
  constructor(readonly types: Map<string, ProblemType>, readonly env: Map<string, Expr>) {}

  problem(x: Expr): ProblemValue | null {
    const v = this.value(x);
    if (v === null) return null;
    if (typeof v === 'object' && !Array.isArray(v) && typeof v['__kind'] === 'string') {
      const { __kind, __problem, ...args } = v;
      return { kind: __kind as string, problem: __problem as string, args };
    }
    throw new Error(`not a problem: ${JSON.stringify(v)}`);
  }

  value(x: Expr): Json {
    switch (x.e) {
      case 'str': return x.v;
      case 'num': return x.v;
      case 'arr': return x.items.map((i) => this.value(i));
      case 'tuple': return x.items.map((i) => this.value(i));
      case 'binop': {
        const l = this.value(x.left); const r = this.value(x.right);
        return typeof l === 'string' && typeof r === 'string' ? l + r : `${String(l)}+${String(r)}`;
      }
      case 'index': {
        const r = this.value(x.recv); const i = this.value(x.index);
        return Array.isArray(r) && typeof i === 'number' ? (r[i] ?? null) : null;
      }
      case 'unknown': return `<${x.text}>`;
      case 'path': {
        const name = x.path[x.path.length - 1]!;
        if (name === 'None') return null;
        if (name === 'true' || name === 'false') return name === 'true';
        if (x.path.length === 1 && this.env.has(name)) return this.value(this.env.get(name)!);
        const t = this.types.get(name);
        if (t) return { __kind: t.kind, __problem: name };
        return `<${x.path.join('::')}>`;
      }
      case 'call': {
        const name = x.path[x.path.length - 1]!;
        const owner = x.path[x.path.length - 2];
        if (name === 'Some' || (owner === 'Box' && name === 'new')) return this.value(x.args[0]!);
        if (name === 'from' && owner && ['PathBuf', 'String', 'Path'].includes(owner)) return this.value(x.args[0]!);
        if (name === 'from_secs' && owner === 'Duration') return this.value(x.args[0]!);
        const tupleType = this.types.get(name);
        if (tupleType) return this.build(name, tupleType, tupleType.fields, x.args);
        if (owner) {
          const t = this.types.get(owner);
          if (t) {
            const params = t.ctors[name];
            if (!params) throw new Error(`unknown constructor ${owner}::${name}`);
            return this.build(owner, t, params, x.args);
          }
        }
        return `<${x.path.join('::')}(...)>`;
      }
      case 'struct': {
        const name = x.path[x.path.length - 1]!;
        const t = this.types.get(name);
        if (!t) throw new Error(`unknown struct ${name}`);
        const out: Record<string, Json> = { __kind: t.kind, __problem: name };
        for (const [k, v] of Object.entries(x.fields)) out[k] = this.value(v);
        return out;
      }
      case 'method': {
        const r = this.value(x.recv);
        switch (x.name) {
          case 'to_string': case 'to_owned': case 'into': case 'to_vec': case 'clone': case 'unwrap':
          case 'parse': case 'collect': case 'as_str': case 'iter': case 'as_slice': case 'trim_end': case 'into_iter':
            return r;
          case 'split': {
            const sep = this.value(x.args[0]!);
            return typeof r === 'string' && typeof sep === 'string' ? r.split(sep) : null;
          }
          case 'split_inclusive': {
            const sep = this.value(x.args[0]!);
            if (typeof r !== 'string' || typeof sep !== 'string') return null;
            const parts = r.split(sep).map((l, i, a) => (i < a.length - 1 ? l + sep : l));
            return parts[parts.length - 1] === '' ? parts.slice(0, -1) : parts;
          }
          case 'lines': return typeof r === 'string' ? r.split('\n').filter((l, i, a) => i < a.length - 1 || l !== '') : null;
          case 'repeat': {
            const n = this.value(x.args[0]!);
            return typeof r === 'string' && typeof n === 'number' ? r.repeat(n) : null;
          }
          case 'map': return r; // `.map(|s| s.to_string())` and similar conversions
          default: return `<.${x.name}()>`;
        }
      }
    }
  }

  build(name: string, t: ProblemType, params: string[], args: Expr[]): Json {
    const out: Record<string, Json> = { __kind: t.kind, __problem: name };
    args.forEach((a, k) => { out[params[k] ?? String(k)] = this.value(a); });
    return out;
  }
}

// ---------------------------------------------------------------- finding the test cases

export interface Case {
  id: string;
  source: { repo: string; commit: string; file: string; test: string; sourceLine: number };
  /** problem: bc names a problem kind; line-only: bc picks the line but names no kind; none: bc finds nothing. */
  expect: 'problem' | 'line-only' | 'none';
  /** The log lines, as the test gives them (trailing newlines removed). */
  lines: string[];
  /** 1-based lines bc accepts (one, or a range for multi-line matches); empty: any line (bc does not say). */
  expectedLines: number[];
  /**
   * Lines a logcheck finding may point at instead: bc's paragraph matchers report the LAST line of a
   * multi-line message (CMake's `CMake Error at ...:` block); any line of that message, from its first
   * unindented line, names the same thing. Absent: `expectedLines` only.
   */
  acceptLines?: number[];
  kind: string | null;
  problem: string | null;
  args: Record<string, Json>;
  note?: string;
  debian?: { relevant: boolean; reason?: string };
  packages?: { status: 'found' | 'none' | 'not-applicable' | 'pending'; query?: string; candidates?: string[]; note?: string };
}

const REPO = 'jelmer/buildlog-consultant';

/**
 * Does a case occur when building Debian packages? All of bc's tested kinds do (bc reads sbuild,
 * autopkgtest and apt logs of Debian packages); these are the ones that looked Janitor-specific at first
 * sight, and why they are kept. No kind is dropped: set `debian.relevant = false` by hand in cases.json
 * (it is kept across runs) with a reason if one turns out to be.
 */
const BORDERLINE: Readonly<Record<string, string>> = {
  'apt-file-fetch-failure': 'the sample URL is janitor.debian.net, but the line is apt updating any build chroot',
  'missing-release-file': 'the sample repository is the Janitor\'s; apt prints this for any sources.list entry (sbuild --extra-repository)',
  'unsupported-pytest-arguments': 'the sample is --cov=janitor; any package whose pytest addopts need a plugin that is not installed (python3-pytest-cov)',
  'no-vcversioner-version': 'vcversioner needs git metadata: a Debian build from a tarball lacks it',
  'vcs-control-directory-needed': 'upstream build scripts that need .git: a Debian build from a tarball lacks it',
  'unknown-certificate-authority': 'a build that reaches the network (forbidden by Policy) through an intercepting proxy',
  'missing-git-identity': 'test suites that commit with git in a build chroot without user.email',
  'ccache-error': 'sbuild sets HOME=/sbuild-nonexistent; ccache cannot create its directory there',
  'badpkg': 'autopkgtest run by sbuild --run-autopkgtest or debci',
  'testbed-failure': 'autopkgtest run by sbuild --run-autopkgtest or debci',
  'testbed-chroot-disappeared': 'autopkgtest with the schroot backend',
  'stderr-output': 'autopkgtest: a test without allow-stderr wrote to stderr',
  'timed-out': 'autopkgtest: a test hit its time limit',
};

function main(): void {
  const root = process.argv[2];
  const out = process.argv[3] ?? 'test/buildlog-consultant/cases.json';
  if (!root || !existsSync(join(root, 'src/common.rs'))) {
    console.error('usage: node dist/scripts/extract-bc-cases.js <buildlog-consultant checkout> [out.json]');
    process.exitCode = 2;
    return;
  }
  let commit = process.env.BC_COMMIT ?? '';
  if (!commit) {
    try { commit = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { commit = 'unknown'; }
  }
  const types = readProblemTypes(root);
  const cases: Case[] = [];
  const problems: string[] = [];
  for (const file of ['src/common.rs', 'src/apt.rs', 'src/autopkgtest.rs']) {
    const src = readFileSync(join(root, file), 'utf8');
    const testsAt = src.indexOf('mod tests {');
    const toks = tokenize(src).filter((t) => t.pos > testsAt);
    const lineOf = (pos: number): number => src.slice(0, pos).split('\n').length;
    // split into test functions: `fn name (...) { body }` after #[test]
    for (let k = 0; k < toks.length; k++) {
      if (!(toks[k]!.v === 'fn' && toks[k + 1]?.v.startsWith('test_'))) continue;
      const test = toks[k + 1]!.v;
      let j = k + 2;
      while (toks[j]!.v !== '{') j++;
      const bodyStart = j + 1;
      let depth = 1;
      j++;
      while (depth > 0) { if (toks[j]!.t === 'p' && toks[j]!.v === '{') depth++; else if (toks[j]!.t === 'p' && toks[j]!.v === '}') depth--; j++; }
      const body = toks.slice(bodyStart, j - 1);
      k = j - 1;
      try {
        extractFromTest(body, src, file, test, commit, types, lineOf, cases);
      } catch (err) {
        problems.push(`${file} ${test}: ${(err as Error).message}`);
      }
    }
  }
  addTestdata(root, commit, cases);

  // keep hand-made and computed annotations from the existing file
  const counts = new Map<string, number>();
  for (const c of cases) {
    const n = (counts.get(c.id) ?? 0) + 1;
    counts.set(c.id, n);
    if (n > 1) c.id = `${c.id}#${n}`;
  }
  if (existsSync(out)) {
    const old = JSON.parse(readFileSync(out, 'utf8')) as { cases: Case[] };
    const byId = new Map(old.cases.map((c) => [c.id, c]));
    for (const c of cases) {
      const o = byId.get(c.id);
      if (o?.packages) c.packages = o.packages;
      if (o?.debian) c.debian = o.debian;
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  for (const c of cases) {
    const l = c.expectedLines.length === 1 ? c.expectedLines[0]! : 0;
    if (l > 1 && /^\s/.test(c.lines[l - 1]!)) {
      let start = l;
      while (start > 1 && (/^\s/.test(c.lines[start - 2]!) || c.lines[start - 2] === '')) start--;
      if (start > 1) start--; // the unindented first line (`CMake Error at ...:`)
      c.acceptLines = Array.from({ length: l - start + 1 }, (_, k) => start + k);
    }
    const borderline = c.kind ? BORDERLINE[c.kind] : undefined;
    c.debian ??= { relevant: true, ...(borderline ? { reason: borderline } : {}) };
  }
  const kinds = [...types.entries()].map(([problem, t]) => ({ kind: t.kind, problem, file: t.file, fields: t.fields }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  const doc = {
    description: "buildlog-consultant's test cases as data (log lines, expected line, problem kind). Generated by scripts/extract-bc-cases.ts; packages by scripts/bc-packages.ts.",
    source: { repo: `https://github.com/${REPO}`, commit, license: 'GPL-2.0+ (only the log lines, which are real log text, and the expected facts are taken)' },
    lineNumbering: '1-based line numbers into `lines`',
    kinds,
    cases,
  };
  writeFileSync(out, JSON.stringify(doc, null, 1) + '\n');
  const by = (e: string): number => cases.filter((c) => c.expect === e).length;
  console.log(`${cases.length} cases (${by('problem')} problem, ${by('line-only')} line-only, ${by('none')} none) -> ${out}`);
  for (const p of problems) console.error(`skipped: ${p}`);
}

function extractFromTest(
  body: Tok[], src: string, file: string, test: string, commit: string,
  types: Map<string, ProblemType>, lineOf: (pos: number) => number, cases: Case[],
): void {
  const p = new Parser(body, src);
  const env = new Map<string, Expr>();
  const ev = new Evaluator(types, env);
  const mk = (pos: number, rest: Omit<Case, 'id' | 'source'>): Case => ({
    id: `${file.replace('src/', '')}:${test}`,
    source: { repo: REPO, commit, file, test, sourceLine: lineOf(pos) },
    ...rest,
  });
  const linesOf = (x: Expr): string[] => {
    const v = ev.value(x);
    if (!Array.isArray(v) || v.some((l) => typeof l !== 'string')) throw new Error(`lines not literal: ${JSON.stringify(v)}`);
    const lines = (v as string[]).map((l) => l.replace(/\n$/, ''));
    // a few tests write Python-style r#"""..."""#: the quotes are not log text
    if (lines.length > 1 && lines[0]!.startsWith('""') && lines[lines.length - 1]!.endsWith('""')) {
      lines[0] = lines[0]!.slice(2);
      const last = lines[lines.length - 1]!.slice(0, -2);
      if (last.trim() === '') lines.pop(); else lines[lines.length - 1] = last;
    }
    return lines;
  };
  let direct: { pos: number; lines: Expr } | null = null;
  let directKind: string | null = null;
  let directLine: number | null = null;
  let directNoErr = false;
  // what a direct test asserts: downcast_ref::<Kind>() / is::<Kind>(), assert_eq!(m.line(), lines[N]), err.is_none()
  body.forEach((t, k) => {
    const at = (o: number): string | undefined => body[k + o]?.v;
    if ((t.v === 'downcast_ref' || t.v === 'is') && at(1) === '::' && at(2) === '<' && types.has(at(3)!)) directKind = at(3)!;
    if (t.v === 'line' && at(1) === '(' && at(2) === ')' && at(3) === ',' && at(5) === '[' && body[k + 6]?.t === 'num') {
      directLine = Number(at(6)) + 1;
    }
    if (t.v === 'err' && at(1) === '.' && at(2) === 'is_none') directNoErr = true;
  });
  while (p.i < body.length) {
    const t = p.peek()!;
    if (t.v === 'let' && t.t === 'id') {
      p.i++;
      if (p.is('mut')) p.i++;
      if (p.is('(')) { // let (m, err) = find_...(lines)
        const pos = t.pos;
        while (!p.is('=')) p.i++;
        p.i++;
        const call = p.expr();
        if (call.e === 'call' && ['find_build_failure_description', 'find_apt_get_failure'].includes(call.path[call.path.length - 1]!)) {
          direct = { pos, lines: call.args[0]! };
        }
        continue;
      }
      if (!(p.is('=', 1) || p.is(':', 1))) continue; // `if let Some(x) = y`
      const name = p.toks[p.i++]!.v;
      if (p.is(':')) { while (!p.is('=')) p.i++; }
      p.expect('=');
      const start = p.i;
      try { env.set(name, p.expr()); } catch { p.i = start; }
      while (p.i < body.length && !p.is(';')) p.i++;
      continue;
    }
    if (t.t === 'id' && (t.v === 'assert_match' || t.v === 'assert_just_match') && p.is('(', 1)) {
      p.i += 2;
      const args = p.list(')');
      if (!args[0] || args[0].e === 'path' && args[0].path[0] === 'lines' && !env.has('lines')) continue; // the helper's own definition
      const lines = linesOf(args[0]!);
      const lineno = ev.value(args[1]!) as number;
      const problem = t.v === 'assert_match' ? ev.problem(args[2]!) : null;
      cases.push(mk(t.pos, {
        expect: problem ? 'problem' : 'line-only', lines, expectedLines: [lineno],
        kind: problem?.kind ?? null, problem: problem?.problem ?? null, args: problem?.args ?? {},
      }));
      continue;
    }
    if (t.t === 'id' && t.v === 'assert_autopkgtest_match' && p.is('(', 1)) {
      p.i += 2;
      const args = p.list(')');
      const lines = linesOf(args[0]!);
      const offsets = ev.value(args[1]!) as number[];
      const problem = ev.problem(args[3]!);
      const testname = ev.value(args[2]!);
      const description = ev.value(args[4]!);
      cases.push(mk(t.pos, {
        expect: problem ? 'problem' : offsets.length > 0 ? 'line-only' : 'none', lines,
        expectedLines: offsets.map((o) => o + 1),
        kind: problem?.kind ?? null, problem: problem?.problem ?? null, args: problem?.args ?? {},
        note: `autopkgtest: test name ${JSON.stringify(testname)}, description ${JSON.stringify(description)}`,
      }));
      continue;
    }
    if (t.t === 'id' && t.v === 'find_secondary_build_failure' && p.is('(', 1)) {
      p.i += 2;
      const args = p.list(')');
      const method = p.is('.') ? p.peek(1)!.v : '';
      let lines: string[];
      try { lines = linesOf(args[0]!); } catch { continue; } // built at run time (format!): not data
      cases.push(mk(t.pos, {
        expect: method === 'is_none' ? 'none' : 'line-only', lines, expectedLines: method === 'is_none' ? [] : [1],
        kind: null, problem: null, args: {}, note: "bc's secondary (generic) matcher",
      }));
      continue;
    }
    p.i++;
  }
  if (direct && (directKind || directLine !== null)) {
    const lines = linesOf(direct.lines);
    const ty = directKind ? types.get(directKind)! : null;
    cases.push(mk(direct.pos, {
      expect: ty && !directNoErr ? 'problem' : 'line-only', lines, expectedLines: directLine !== null ? [directLine] : [],
      kind: ty?.kind ?? null, problem: directKind, args: {},
      note: directLine === null ? 'bc asserts the problem kind but not the line; fields are not extracted' : undefined,
    }));
  }
}

/** src/testdata: whole logs. Their expectations are read from the tests that use them (sbuild.rs, apt.rs). */
function addTestdata(root: string, commit: string, cases: Case[]): void {
  const read = (f: string): string[] => readFileSync(join(root, 'src/testdata', f), 'utf8').replace(/\n$/, '').split('\n');
  const src = (f: string, test: string, sourceLine: number) => ({ repo: REPO, commit, file: `src/testdata/${f}`, test, sourceLine });
  // sbuild.rs test_parse_sbuild_log: the summary says `Status: successful`, fail_stage None.
  cases.push({
    id: 'testdata:sbuild.0.log', source: src('sbuild.0.log', 'sbuild.rs test_parse_sbuild_log', 1), expect: 'none',
    lines: read('sbuild.0.log'), expectedLines: [], kind: null, problem: null, args: {},
    note: 'a successful sbuild log (Status: successful): no failure',
  });
  // sbuild.rs test_strip_build_tail keeps the meson error; bc's matcher for that line reports
  // MissingVagueDependency { name: "meson", minimum_version, current_version } (common.rs regex for
  // "meson.build:N:N: ERROR: Meson version is X but project requires >= Y").
  const meson = read('sbuild.meson.log');
  cases.push({
    id: 'testdata:sbuild.meson.log', source: src('sbuild.meson.log', 'sbuild.rs test_strip_build_tail', 1), expect: 'problem',
    lines: meson, expectedLines: meson.flatMap((l, i) => (l.includes('ERROR: Meson version is') ? [i + 1] : [])),
    kind: 'missing-vague-dependency', problem: 'MissingVagueDependency',
    args: { name: 'meson', minimum_version: '0.57.0', current_version: '0.56.2' },
    note: 'expected line derived from the meson error line (the log holds it twice: configure output and meson-log.txt)',
  });
  // apt.rs test_find_cudf_output: dose3 output at offsets 104..=119 (0-based): a missing build dependency.
  const cudf = read('sbuild-cudf.log');
  cases.push({
    id: 'testdata:sbuild-cudf.log', source: src('sbuild-cudf.log', 'apt.rs test_find_cudf_output', 1), expect: 'problem',
    lines: cudf, expectedLines: Array.from({ length: 16 }, (_, k) => 105 + k),
    // apt's own report of the same unsatisfiable dependency, earlier in the log
    acceptLines: [...cudf.flatMap((l, i) => (/^The following packages have unmet dependencies:|^ sbuild-build-depends-main-dummy : Depends:/.test(l) ? [i + 1] : [])), ...Array.from({ length: 16 }, (_, k) => 105 + k)],
    kind: 'unsatisfied-apt-dependencies', problem: 'UnsatisfiedAptDependencies',
    args: { relations: 'librust-breezyshim+dirty-tracker-dev:amd64 (>= 0.1.138-~~)' },
    note: 'bc finds the dose3 report at lines 105-120 and turns it into UnsatisfiedAptDependencies (test_error_from_dose3_reports)',
  });
}

main();
