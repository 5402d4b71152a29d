import type { FaultSide, Severity } from '../types.js';

/**
 * The catalog: causes as data. Most build failures are "this line (or these few lines) means that, and
 * here is the fix"; one entry says so, with its pattern, its message and fix templates, its docs, and
 * the real log lines it must (and must not) match. Built-in families live in src/rules/catalog/; users'
 * own causes use the same schema (JSON or YAML: every field is plain data; a pattern is a regular
 * expression's source, or `{ regex, flags }`; TypeScript entries may also write a RegExp literal).
 */

/** A regular expression: its source (no flags), `{ regex, flags }` (only `i` and `u`), or, in TypeScript, a RegExp. */
export type PatternSource = string | { readonly regex: string; readonly flags?: string } | RegExp;

/** Text with `{{capture}}` placeholders (named groups of the patterns), `{{package}}`, `{{packages}}`, `{{suite}}`. */
export type Template = string;

/** Literals the engine's prefilter needs: a line the entry can match holds one of them. */
export interface LiteralSpec {
  /** At the start of the line, after leading spaces and tabs. */
  readonly prefixes?: readonly string[];
  /** At the end of the line, before trailing white space. */
  readonly suffixes?: readonly string[];
  /** Anywhere in the line (costlier: prefer prefixes and suffixes). */
  readonly anywhere?: readonly string[];
}

/** A second line that completes the cause: it must come within `within` lines after the first. */
export interface FollowSpec {
  readonly match: PatternSource | readonly PatternSource[];
  /** How many lines after the first one may hold it (1 = the next line). */
  readonly within: number;
  /** Where the finding points: the first line (default) or this one. */
  readonly reportHere?: boolean;
  /** A few words for the evidence line (default: "the detail"). */
  readonly note?: string;
}

/** Which Debian package provides the missing thing, looked up in the offline package index (src/packages/). */
export interface LookupSpec {
  /** header, pkg-config, cmake, command, python, perl, node, maven, r, ruby, go, library, m4, jar, ... */
  readonly kind: string;
  /** Template for the name to look up, e.g. `{{header}}`. */
  readonly name: Template;
  /**
   * Template for the components of the name (`{{missing}}` of `Could NOT find KF5 (missing: Plasma
   * Wayland)`), split at spaces and commas; default the `components` capture. With components found,
   * the fix is `fixEach` (one package per component).
   */
  readonly components?: Template;
}

export interface RemediationTemplate {
  readonly summary: Template;
  readonly steps?: readonly Template[];
}

export interface CatalogExample {
  /** Real log lines (one or a few), in order. Say where they come from in `source`. */
  readonly lines: readonly string[];
  /** 1-based line (within `lines`) the finding must point at; default the first line. */
  readonly line?: number;
  /** Captures the finding must carry (every named group given here, compared exactly). */
  readonly captures?: Readonly<Record<string, string>>;
  /** A package the fix must name (when the entry looks one up). */
  readonly package?: string;
  /** Where the lines come from: a real log, a tool's source (file and version), a peer's test. */
  readonly source?: string;
}

export interface CatalogEntry {
  /** kebab-case, unique among all rules and entries: the rule id users enable, disable and see. */
  readonly id: string;
  /** The family page it belongs to (`pkg-config`, `cmake`, `debhelper`, ...). */
  readonly family: string;
  readonly title: string;
  /** Default `error`. */
  readonly severity?: Severity;
  /** Root-cause id (src/causes.ts): findings of one cause are shown as one diagnosis. */
  readonly cause: string;
  /** Whose fault: the package (its Build-Depends, its source) or the build environment. */
  readonly side: FaultSide;
  /** The build stage, when the line itself tells (`autopkgtest`); default: the stage the log is in. */
  readonly stage?: string;
  readonly tags?: readonly string[];
  /** The line that starts (or is) the cause; several patterns are alternatives. */
  readonly match: PatternSource | readonly PatternSource[];
  /** Literals for the prefilter; derived from the patterns when not given (see literals.ts). */
  readonly literals?: LiteralSpec;
  /** For two-line causes: the line that must follow. */
  readonly then?: FollowSpec;
  /** What happened, one sentence. */
  readonly message: Template;
  /** The one-line answer for the build's headline; default `message`. */
  readonly headline?: Template;
  /** A few words for the evidence line (default: "the error"). */
  readonly note?: string;
  readonly lookup?: LookupSpec;
  /** Where in a source file the finding points, from captures (`{{file}}`, `{{line}}`), as a problem matcher gives. */
  readonly location?: { readonly file: Template; readonly line: Template; readonly column?: Template };
  /** The fix; with a lookup, used when a package was found. */
  readonly fix: RemediationTemplate;
  /** With a lookup: the fix when no package was found (the thing may belong to the project itself). */
  readonly fixUnresolved?: RemediationTemplate;
  /**
   * With a lookup: the fix when the index has no answer for the name itself, only a near one (a vague
   * name matched to a .pc file or header of that name; other artifacts of a Maven group): `{{near}}`
   * says what the packages ship. Without it, a near answer counts as none (`fixUnresolved`).
   */
  readonly fixNear?: RemediationTemplate;
  /** With a lookup with components: the fix when one package per component was found (`{{packages}}`: all of them). */
  readonly fixEach?: RemediationTemplate;
  readonly docs: { readonly description: string; readonly why: string; readonly fix: string };
  /** Real lines that must match, with what they must yield. */
  readonly examples: readonly CatalogExample[];
  /** Lines that look alike but must not match (each entry: one line, or lines joined with `\n`). */
  readonly nearMisses: readonly string[];
  /** The same problem in other tools' vocabularies (buildlog-consultant's problem kinds), for users who map between them. */
  readonly equivalents?: { readonly 'buildlog-consultant'?: readonly string[] };
}

/** The data a catalog match carries from the catalog parser to the entry's rule. */
export interface CatalogMatch {
  readonly entry: string;
  readonly captures: Readonly<Record<string, string>>;
  /** The lines that make up the match, in order (the first line, then the follow line). */
  readonly lines: readonly { readonly line: number; readonly text: string; readonly note: string }[];
  /** The line the finding points at. */
  readonly at: number;
}
