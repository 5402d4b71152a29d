import { RE2JS } from 're2js';

/** What a catalog pattern yields on a line: named captures, or positional ones when it has none. */
export interface MatchResult {
  readonly groups: Readonly<Record<string, string>>;
}

/** A compiled pattern. Built-in entries use V8's engine; users' patterns a linear-time one. */
export interface Matcher {
  exec(text: string): MatchResult | null;
  readonly source: string;
}

/** Named groups of a pattern's source: `(?<name>` or RE2's `(?P<name>`. */
export function groupNames(source: string): string[] {
  return [...source.matchAll(/\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((m) => m[1]!);
}

function groupsOf(named: readonly string[], get: (key: string | number) => string | undefined, count: number): Record<string, string> {
  const out: Record<string, string> = {};
  if (named.length > 0) {
    for (const name of named) {
      const value = get(name);
      if (value !== undefined) out[name] = value;
    }
  } else {
    // No named group (a GitHub problem matcher's pattern): groups by number, as `{{1}}`.
    for (let i = 1; i <= count; i++) {
      const value = get(i);
      if (value !== undefined) out[String(i)] = value;
    }
  }
  return out;
}

export function v8Matcher(source: string, flags: string): Matcher {
  // Never global or sticky: exec must not keep state between lines.
  const re = new RegExp(source, flags.replace(/[gy]/g, ''));
  const named = groupNames(source);
  return {
    source,
    exec(text) {
      const m = re.exec(text);
      if (m === null) return null;
      return { groups: groupsOf(named, (k) => (typeof k === 'number' ? m[k] : m.groups?.[k]), m.length - 1) };
    },
  };
}

/**
 * The longest line a user's pattern is run on: RE2 is linear, so this bounds its time per line (about
 * 4 ms at worst here). Longer lines are not matched at all: cutting them would let `$` match at the cut.
 */
export const USER_LINE_CAP = 8192;

/**
 * A user's pattern, run by RE2JS (a port of RE2: linear in the line's length whatever the pattern, so
 * `(a+)+$` on a 1 MiB line cannot hang a CI job), on lines of at most USER_LINE_CAP characters.
 * Throws on syntax RE2 does not have (lookaround, backreferences) with its own message.
 */
export function re2Matcher(source: string, flags: string): Matcher {
  let bits = 0;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  const re = RE2JS.compile(source, bits);
  const named = groupNames(source);
  const count = re.groupCount();
  return {
    source,
    exec(text) {
      if (text.length > USER_LINE_CAP) return null;
      const m = re.matcher(text);
      if (!m.find()) return null;
      return { groups: groupsOf(named, (k) => m.group(k as never) ?? undefined, count) };
    },
  };
}
