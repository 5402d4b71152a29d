/**
 * Reads output the way GitHub's runner reads a step's stdout/stderr. Written from actions/runner at
 * 258d6c85 (2026-08): src/Runner.Common/ActionCommand.cs (TryParseV2, TryParse, the unescape
 * tables), src/Runner.Worker/ActionCommandManager.cs (registered commands, stop-commands, the issue
 * commands' ValidateLinesAndColumns) and src/Runner.Worker/ExecutionContext.cs (AddIssue cuts the
 * message to `_maxIssueMessageLength = 4096` characters).
 *
 * - Lines end at `\n`, `\r\n` or a bare `\r` (.NET StreamReader.ReadLine).
 * - `::name k=v,k=v::data` after leading whitespace (TryParseV2); else `##[name k=v;k=v]data`
 *   anywhere in the line (TryParse). Only registered command names count (case-insensitive).
 * - Properties: the text after the first space, trimmed, split on `,` (empty parts dropped), each
 *   split at the first `=`; a pair without a value is dropped; values are unescaped, not trimmed.
 * - `::stop-commands::TOKEN` stops processing until a command named TOKEN (`::TOKEN::`).
 * - Azure Pipelines' `##vso[` is no GitHub command but is reported too (legacy), so that tests
 *   catch log text that would become one on Azure.
 */
export interface ParsedCommand {
  readonly name: string;
  readonly properties: Record<string, string>;
  /** The data as the runner unescapes it. */
  readonly data: string;
  /** For error/warning/notice: the annotation text GitHub stores (data cut at 4,096 characters). */
  readonly message?: string;
  /** For error/warning/notice: true when the runner cut the message. */
  readonly cut?: boolean;
  readonly line: number;
  readonly legacy?: boolean;
}

export const RUNNER_MESSAGE_MAX = 4096;

const REGISTERED = new Set([
  'stop-commands', 'internal-set-repo-path', 'set-env', 'set-output', 'save-state', 'add-mask', 'add-path',
  'add-matcher', 'remove-matcher', 'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo',
]);
const ISSUES = new Set(['error', 'warning', 'notice']);

function replaceAll(s: string, table: readonly (readonly [string, string])[]): string {
  let out = s;
  for (const [escaped, token] of table) out = out.split(escaped).join(token);
  return out;
}
// In the runner's order (each mapping is applied to the whole string in turn).
const DATA = [['%0D', '\r'], ['%0A', '\n'], ['%25', '%']] as const;
const PROPERTY = [['%0D', '\r'], ['%0A', '\n'], ['%3A', ':'], ['%2C', ','], ['%25', '%']] as const;
const LEGACY = [['%3B', ';'], ['%0D', '\r'], ['%0A', '\n'], ['%5D', ']'], ['%25', '%']] as const;

interface Raw { name: string; properties: Record<string, string>; data: string; legacy?: boolean }

function parseV2(line: string, registered: Set<string>): Raw | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const part of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      const key = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? '' : part.slice(eq + 1);
      if (key !== '' && value !== '') properties[key.toLowerCase()] = replaceAll(value, PROPERTY);
    }
  }
  return { name: name.toLowerCase(), properties, data: replaceAll(message.slice(end + 2), DATA) };
}

function parseLegacy(line: string, registered: Set<string>): Raw | undefined {
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const rb = line.indexOf(']', at);
  if (rb < 0) return undefined;
  const info = line.slice(at + 3, rb);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const part of info.slice(space + 1).split(';').filter(Boolean)) {
      const eq = part.indexOf('=');
      if (eq > 0 && eq < part.length - 1) properties[part.slice(0, eq).toLowerCase()] = replaceAll(part.slice(eq + 1), LEGACY);
    }
  }
  return { name: name.toLowerCase(), properties, data: replaceAll(line.slice(rb + 1), LEGACY), legacy: true };
}

export function parseRunnerOutput(text: string): ParsedCommand[] {
  const commands: ParsedCommand[] = [];
  const registered = new Set(REGISTERED);
  let stopToken: string | undefined;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (/##vso\[/i.test(line)) commands.push({ name: 'vso', properties: {}, data: line, line: index + 1, legacy: true });
    const raw = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (raw === undefined) return;
    if (stopToken !== undefined) {
      if (raw.name === stopToken.toLowerCase()) { registered.delete(stopToken.toLowerCase()); stopToken = undefined; }
      return;
    }
    if (raw.name === 'stop-commands') {
      stopToken = raw.data;
      registered.add(raw.data.toLowerCase());
      return;
    }
    if (ISSUES.has(raw.name)) {
      // ValidateLinesAndColumns: an endLine before its line drops both.
      const { line: l, endline } = raw.properties;
      if (l !== undefined && endline !== undefined && Number(endline) < Number(l)) { delete raw.properties.line; delete raw.properties.endline; }
      const cut = raw.data.length > RUNNER_MESSAGE_MAX;
      commands.push({ ...raw, message: cut ? raw.data.slice(0, RUNNER_MESSAGE_MAX) : raw.data, cut, line: index + 1 });
      return;
    }
    commands.push({ ...raw, line: index + 1 });
  });
  return commands;
}

/** Only the annotations (error, warning, notice), as GitHub stores them. */
export function runnerAnnotations(text: string): ParsedCommand[] {
  return parseRunnerOutput(text).filter((c) => ISSUES.has(c.name));
}
