import type { Parser } from '../parser.js';
import { setStage } from '../stage.js';
import { recordOutcome } from '../outcome.js';

/**
 * sbuild's structure. Sections are boxed (sbuild 0.85 Sbuild::Base::log_subsection):
 *   +------------------------------------------------------------------------------+
 *   | Install package build dependencies                                           |
 *   +------------------------------------------------------------------------------+
 * the header box uses `=`; sbuild before 0.64 drew the same boxes with Unicode characters
 * (`┌─┐ │ Build │ └─┘`, header `╔═╗ ║ … ║ ╚═╝`). The Summary holds `Fail-Stage:` and `Status:`
 * (successful, attempted, failed, given-back, skipped), in alphabetical order of the keys.
 */

export type SbuildStatus = 'successful' | 'attempted' | 'failed' | 'given-back' | 'skipped';

declare module '../facts.js' {
  interface FactMap {
    /** A boxed section title: `Install package build dependencies`, and the stage it stands for. */
    'sbuild.section': { readonly title: string; readonly stage?: string };
    /** The Summary's `Status:` line, with the `Fail-Stage:` seen before it. */
    'sbuild.status': { readonly status: SbuildStatus; readonly failStage?: string; readonly failStageLine?: number };
    /** `E: Build killed with signal TERM after 150 minutes of inactivity` (sbuild 0.85 Build.pm). */
    'sbuild.timeout': { readonly signal: string; readonly minutes: number };
    /** sbuild's own `E:` lines: `E: Build failure (dpkg-buildpackage died)`, `E: Error creating chroot session: skipping hello`. */
    'sbuild.error': { readonly message: string };
  }
  interface BuildEnvironment {
    /** Set once an sbuild banner or box is seen. */
    sbuild?: { readonly version?: string };
    /**
     * The chroot backend, from sbuild's log filter notice (sbuild 0.85 Build.pm; ChrootUnshare.pm sets the
     * location `/sbuild-unshare-dummy-location`, ChrootSchroot.pm the schroot session's mount point) or the
     * unshare backend's `Unpacking TARBALL to /tmp/tmp.sbuild.XXXX...`.
     */
    sbuildBackend?: { readonly name: 'unshare' | 'schroot'; readonly line: number; readonly text: string };
  }
}

/** Section titles (sbuild 0.85 Build.pm) → the Fail-Stage name sbuild uses for the same step. */
const SECTION_STAGES: Readonly<Record<string, string>> = {
  'Update chroot': 'update',
  'Fetch source files': 'fetch-src',
  'Install package build dependencies': 'install-deps',
  'Install core build dependencies (apt-based resolver)': 'install-deps',
  'Install build-essential': 'install-deps',
  'Check architectures': 'arch-check',
  'Build environment': 'build',
  Build: 'build',
  'Post Build': 'post-build',
  'Post Build Commands': 'post-build',
  'Chroot Setup Commands': 'chroot-setup',
  'Pre Build Commands': 'chroot-setup',
  Cleanup: 'cleanup',
  Summary: 'summary',
};

// sbuild (Debian sbuild) 0.85.0 (04 January 2023) on vm
const BANNER = /^sbuild \(Debian sbuild\) (\S+)/;
// E: Build killed with signal TERM after 150 minutes of inactivity
const KILLED = /^E: Build killed with signal (\S+) after (\d+) minutes of inactivity/;

function isBorder(text: string): boolean {
  const c = text.charCodeAt(0);
  // +-----+ / +=====+ (ASCII), ┌───┐ └───┘ ╔═══╗ ╚═══╝ (Unicode)
  if (c === 43 /* + */) return text.length > 20 && (text.charCodeAt(1) === 45 || text.charCodeAt(1) === 61) && text.trimEnd().endsWith('+');
  return (c === 0x250c || c === 0x2514 || c === 0x2554 || c === 0x255a) && text.length > 20;
}

export const sbuildParser: Parser = {
  name: 'sbuild',
  emits: ['sbuild.section', 'sbuild.status', 'sbuild.timeout', 'sbuild.error'],
  // Borders, the banner, `E:` lines and the Summary's two keys; the title after a border while busy; the
  // two lines that name the backend (the log filter's notice, the unshare backend's unpacking to /tmp).
  prefixes: ['+-', '+=', '\u250c', '\u2514', '\u2554', '\u255a', 'sbuild (Debian sbuild) ', 'E: ', 'Fail-Stage: ', 'Status: ', 'I: NOTICE: Log filtering will replace '],
  triggers: [' to /tmp/tmp.sbuild.'],
  create({ emit, env }) {
    let afterBorder = false;
    let inSummary = false;
    let failStage: { stage: string; line: number } | undefined;
    return {
      busy: () => afterBorder,
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 43 || c >= 0x2500) {
          if (isBorder(text)) {
            afterBorder = true;
            return;
          }
        }
        if (afterBorder) {
          afterBorder = false;
          // | Build                                   |   or   │ Build                   │   ║ hello 1.0 (amd64) … ║
          if (c === 124 /* | */ || c === 0x2502 || c === 0x2551) {
            env.sbuild ??= {};
            const title = text.slice(1, text.trimEnd().length - 1).trim();
            const stage = SECTION_STAGES[title];
            inSummary = title === 'Summary';
            if (stage !== undefined && stage !== 'summary') setStage(env, stage, 'sbuild', line);
            emit('sbuild.section', line, { title, ...(stage !== undefined ? { stage } : {}) });
            return;
          }
        }
        if (c === 115 /* s */ && text.startsWith('sbuild (Debian sbuild) ')) {
          const m = BANNER.exec(text);
          if (m !== null) env.sbuild = { version: m[1]! };
          // sbuild's log filter writes the unpacked source tree as <<PKGBUILDDIR>>.
          env.sourceDir ??= '/<<PKGBUILDDIR>>';
          return;
        }
        // I: NOTICE: Log filtering will replace 'sbuild-unshare-dummy-location' with '<<CHROOT>>'
        // I: NOTICE: Log filtering will replace 'var/run/schroot/mount/bookworm-amd64-sbuild-0c3d...' with '<<CHROOT>>'
        if (c === 73 /* I */ && env.sbuildBackend === undefined && text.startsWith('I: NOTICE: Log filtering will replace ') && text.endsWith("with '<<CHROOT>>'")) {
          env.sbuildBackend = { name: text.includes('sbuild-unshare-dummy-location') ? 'unshare' : 'schroot', line: line.number, text };
          return;
        }
        // Unpacking /root/.cache/sbuild/bookworm-amd64.tar.gz to /tmp/tmp.sbuild.9LEklwnRzS...
        if (c === 85 /* U */ && env.sbuildBackend === undefined && text.startsWith('Unpacking ') && text.includes(' to /tmp/tmp.sbuild.')) {
          env.sbuildBackend = { name: 'unshare', line: line.number, text };
          return;
        }
        if (inSummary) {
          if (text.startsWith('Fail-Stage: ')) failStage = { stage: text.slice(12).trim(), line: line.number };
          else if (text.startsWith('Status: ')) {
            const status = text.slice(8).trim();
            if (status !== 'skipped') recordOutcome(env, status === 'successful' ? 'succeeded' : 'failed', line, true);
            emit('sbuild.status', line, {
              status: text.slice(8).trim() as SbuildStatus,
              ...(failStage !== undefined ? { failStage: failStage.stage, failStageLine: failStage.line } : {}),
            });
          }
          return;
        }
        if (c === 69 /* E */ && env.sbuild !== undefined && text.startsWith('E: ')) {
          if (text.startsWith('E: Build killed with signal ')) {
            const m = KILLED.exec(text);
            if (m !== null) emit('sbuild.timeout', line, { signal: m[1]!, minutes: Number(m[2]) });
          }
          emit('sbuild.error', line, { message: text.slice(3).trim() });
        }
      },
    };
  },
};
