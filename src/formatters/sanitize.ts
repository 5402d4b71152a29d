import { stripEscapes } from '../lines/normalize.js';

// Bidirectional overrides and isolates reorder what a terminal shows (the "Trojan Source" trick).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
// C0 controls but tab, DEL, and C1 controls (0x9b is a one-byte CSI on some terminals).
 
const CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;

function visible(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code > 0xff ? `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>` : `\\x${code.toString(16).padStart(2, '0')}`;
}

/**
 * Log text made safe to print anywhere: escape sequences removed, then any control character left
 * (a bare ESC, BEL, CR, backspace) and bidi overrides shown as visible `\xNN` / `<U+202E>` text.
 * Neither strip-ansi nor util.stripVTControlCharacters handles the leftovers. CI runners' in-line
 * commands (`##[`, `##vso[`) are broken up too, as any format may be printed in a CI job.
 */
export function inert(text: string): string {
  const stripped = stripEscapes(text);
  return defuseCommands(stripped.replace(CONTROLS, visible).replace(BIDI, visible));
}

// GitHub's runner still parses the legacy `##[command]` form and Azure Pipelines `##vso[...]`
// anywhere in a line of stdout or stderr (the `::command::` form only at the start of a line).
// A space keeps the text readable and no runner matches it.
const LEGACY_COMMAND = /##(?=\[|vso\[)/gi;

/** Breaks `##[` and `##vso[` so that no CI runner reads the text as a command. */
export function defuseCommands(text: string): string {
  return text.includes('##') ? text.replace(LEGACY_COMMAND, '# #') : text;
}

/**
 * JSON text that no CI runner reads as a command when it is printed: `##` inside strings becomes
 * `#\u0023`, which decodes to the same string. (Pretty-printed JSON never starts a line with `::`.)
 */
export function ciSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent)
    .replaceAll('##', '#\\u0023')
    // JSON.stringify escapes C0 controls but leaves DEL, C1 (0x9b is a one-byte CSI) and bidi
    // controls raw: \uXXXX decodes to the same string and prints as plain text.
    .replace(/[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Text that will start a line of output: GitHub's runner reads a line whose first non-blank
 * characters are `::` as a command, so such text is shown behind `# ` (also a comment, should
 * someone paste it into a shell or a config file).
 */
export function lineStartSafe(text: string): string {
  return /^\s*::/.test(text) ? `# ${text}` : text;
}
