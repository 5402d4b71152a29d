import type { Parser } from '../parser.js';

/**
 * GNU patch and quilt output, as dpkg-source (3.0 (quilt) extraction) and `quilt push` print it
 * (patch 2.7, quilt 0.67).
 */

declare module '../facts.js' {
  interface FactMap {
    /** `Hunk #1 FAILED at 3.` — `file` is the last `patching file X` before it. */
    'patch.hunk-failed': { readonly hunk: number; readonly at: number; readonly file?: string };
    /** quilt: `Patch debian/patches/fix.patch does not apply (enforce with -f)` */
    'patch.quilt-failed': { readonly patch: string };
    /** quilt: `Applying patch debian/patches/fix.patch` */
    'patch.applying': { readonly patch: string };
  }
}

// Hunk #1 FAILED at 3.         Hunk #2 FAILED at 120 (different line endings).
const HUNK = /^Hunk #(\d+) FAILED at (\d+)/;
// Patch debian/patches/fix-greeting.patch does not apply (enforce with -f)
const QUILT_FAILED = /^Patch (\S+) does not apply/;

export const patchParser: Parser = {
  name: 'patch',
  prefixes: ['patching file ', 'Hunk #', 'Patch ', 'Applying patch '],
  emits: ['patch.hunk-failed', 'patch.quilt-failed', 'patch.applying'],
  create({ emit }) {
    let file: string | undefined;
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        // patching file greet.c
        if (c === 112 /* p */ && text.startsWith('patching file ')) {
          file = text.slice(14).trim().replace(/^'(.*)'$/s, '$1');
          return;
        }
        if (c === 72 /* H */ && text.startsWith('Hunk #') && text.includes(' FAILED at ')) {
          const m = HUNK.exec(text);
          if (m !== null) emit('patch.hunk-failed', line, { hunk: Number(m[1]), at: Number(m[2]), ...(file !== undefined ? { file } : {}) });
          return;
        }
        if (c === 80 /* P */ && text.startsWith('Patch ') && text.includes(' does not apply')) {
          const m = QUILT_FAILED.exec(text);
          if (m !== null) emit('patch.quilt-failed', line, { patch: m[1]! });
          return;
        }
        // Applying patch debian/patches/fix-greeting.patch
        if (c === 65 /* A */ && text.startsWith('Applying patch ')) emit('patch.applying', line, { patch: text.slice(15).trim() });
      },
    };
  },
};
