import type { Severity } from '../types.js';

/** A rule's setting in the configuration. */
export type RuleSetting = 'off' | 'on' | Severity;

export interface IgnoreEntry {
  /** A rule id or micromatch pattern (`cmake-*`). */
  readonly rule?: string;
  /** An RE2 regular expression the finding's line must match. */
  readonly line?: string;
  readonly reason: string;
}

/** What a configuration file holds (schemas/logcheck-config.schema.json). */
export interface LogcheckConfig {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly failOn?: Severity;
  readonly pathMap?: Readonly<Record<string, string>>;
  readonly causes?: readonly unknown[];
  readonly causeFiles?: readonly string[];
  readonly problemMatchers?: readonly string[];
  readonly ignore?: readonly IgnoreEntry[];
  readonly inlineDirectives?: boolean;
  readonly baseline?: string;
  readonly formats?: { readonly sarif?: { readonly category?: string } };
}

/** A loaded configuration and where it came from (relative paths in it are relative to `dir`). */
export interface LoadedConfig {
  readonly config: LogcheckConfig;
  readonly path: string;
  readonly dir: string;
  /** `file:line:col` of a JSON pointer into the file (`/causes/0/match`). */
  readonly locate: (pointer: string) => string;
}
