import micromatch from 'micromatch';
import type { Finding, LogLine } from './types.js';
import { re2Matcher, type Matcher } from './catalog/matcher.js';
import type { IgnoreEntry } from './config/types.js';

/** Why a finding was not reported: a suppression (with its reason) or the baseline. */
export interface Dropped {
  readonly kind: 'suppressed' | 'baseline';
  readonly reason: string;
}

/** Decides, per input, which findings are dropped; every drop is counted, never silent. */
export interface FindingFilter {
  /** Sees every line before the parsers (only when in-log directives are on). */
  line?(line: LogLine): void;
  drop(finding: Finding): Dropped | undefined;
}

export interface SuppressionOptions {
  /** `--ignore-line REGEX` (RE2 syntax): drop a finding whose line matches. */
  readonly ignoreLines?: readonly string[];
  /** The configuration's `ignore` entries. */
  readonly ignore?: readonly IgnoreEntry[];
  /** Honour `logcheck: ignore-line-regexp: REGEX` / `logcheck: disable-rule: ID` lines in the log. */
  readonly inlineDirectives?: boolean;
  /** Fingerprints of known findings (`--baseline FILE`). */
  readonly baseline?: ReadonlySet<string>;
}

interface Rule { readonly rule?: string; readonly line?: Matcher; readonly reason: string }

/** The text of the line a finding points at. */
function lineText(finding: Finding): string {
  return (finding.evidence.find((e) => e.line === finding.line) ?? finding.evidence[0])?.text ?? '';
}

function compile(pattern: string, what: string): Matcher {
  try {
    return re2Matcher(pattern, '');
  } catch (error) {
    throw new Error(`${what} "${pattern}" is not a regular expression RE2 accepts: ${(error as Error).message}`);
  }
}

// logcheck: ignore-line-regexp: ^W: cgroups are not available
// logcheck: disable-rule: build-network-access, apt-fetch-failed
const DIRECTIVE = /^logcheck: (ignore-line-regexp|disable-rule): (\S.*)$/;

/**
 * Builds the filter for one input. Patterns are checked once, here (throws with a clear message).
 * In-log directives act from their line on, and only when the configuration allows them.
 */
export function createFilterFactory(options: SuppressionOptions): (() => FindingFilter) | undefined {
  const fixed: Rule[] = [
    ...(options.ignoreLines ?? []).map((p) => ({ line: compile(p, '--ignore-line'), reason: `--ignore-line ${p}` })),
    ...(options.ignore ?? []).map((e) => ({
      ...(e.rule !== undefined ? { rule: e.rule } : {}),
      ...(e.line !== undefined ? { line: compile(e.line, 'ignore line') } : {}),
      reason: e.reason,
    })),
  ];
  if (fixed.length === 0 && options.inlineDirectives !== true && options.baseline === undefined) return undefined;
  return () => {
    const rules: Rule[] = [...fixed];
    const filter: FindingFilter = {
      drop(finding) {
        if (options.baseline?.has(finding.fingerprint) === true) return { kind: 'baseline', reason: 'in the baseline' };
        const text = lineText(finding);
        for (const r of rules) {
          if (r.rule !== undefined && !micromatch.isMatch(finding.ruleId, r.rule)) continue;
          if (r.line !== undefined && r.line.exec(text) === null) continue;
          return { kind: 'suppressed', reason: r.reason };
        }
        return undefined;
      },
    };
    if (options.inlineDirectives === true) {
      filter.line = (line) => {
        if (!line.text.startsWith('logcheck: ')) return;
        const m = DIRECTIVE.exec(line.text);
        if (m === null) return;
        const reason = `in-log directive at line ${line.number}`;
        if (m[1] === 'ignore-line-regexp') {
          try {
            rules.push({ line: re2Matcher(m[2]!.trim(), ''), reason });
          } catch {
            // A directive that is no valid pattern suppresses nothing.
          }
        } else {
          for (const id of m[2]!.split(',').map((s) => s.trim()).filter(Boolean)) rules.push({ rule: id, reason });
        }
      };
    }
    return filter;
  };
}
