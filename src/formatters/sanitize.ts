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
 * Neither strip-ansi nor util.stripVTControlCharacters handles the leftovers.
 */
export function inert(text: string): string {
  const stripped = stripEscapes(text);
  return stripped.replace(CONTROLS, visible).replace(BIDI, visible);
}
