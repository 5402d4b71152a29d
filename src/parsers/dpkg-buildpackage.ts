import type { Parser } from '../parser.js';
import { setStage } from '../stage.js';
import { recordOutcome } from '../outcome.js';

/**
 * dpkg-dev's build tools: dpkg-buildpackage's steps (it echoes each command it runs with one leading
 * space), and the `error:`/`warning:` lines of dpkg-buildpackage, dpkg-source, dpkg-checkbuilddeps,
 * dpkg-shlibdeps, dpkg-gencontrol and dpkg-deb. Formats from dpkg 1.21 (Dpkg::ErrorHandling prints
 * `PROGNAME: error: MESSAGE`).
 */

export type DpkgPhase = 'clean' | 'source' | 'build' | 'binary';

declare module '../facts.js' {
  interface FactMap {
    /** `dpkg-source: error: aborting due to unexpected upstream changes, see /tmp/x.diff` */
    'dpkg.message': { readonly tool: string; readonly level: 'error' | 'warning'; readonly message: string };
    /** A step dpkg-buildpackage runs: ` debian/rules binary` → `binary`. */
    'dpkg.phase': { readonly phase: DpkgPhase; readonly target: string };
    /** `dpkg-source: info: applying fix-greeting.patch` */
    'dpkg.patch': { readonly patch: string };
  }
}

//  debian/rules build            fakeroot debian/rules clean           debian/rules binary-arch
const RULES_STEP = /^ (?:fakeroot )?debian\/rules (clean|build|binary)(?:-(?:arch|indep))?\s*$/;
// dpkg-source: error: LC_ALL=C patch -t -F 0 -N -p1 -u -V never -E -b -B .pc/fix-greeting.patch/ --reject-file=- < ...
// dpkg-buildpackage: error: debian/rules binary subprocess returned exit status 2
// dpkg-checkbuilddeps: error: Unmet build dependencies: libfoo-dev (>= 2)
const MESSAGE = /^(dpkg(?:-[a-z]+)?): (error|warning): (.*)$/s;

/** describe_build()'s texts in dpkg-dev 1.21 (`full upload; Debian-native package ...` too). */
const UPLOADS = ['binary-only upload', 'full upload', 'binary and diff upload', 'source-only upload', 'source-only, diff-only upload'];

export const dpkgBuildpackageParser: Parser = {
  name: 'dpkg-buildpackage',
  // `dpkg-buildpackage: error: ...`, ` dpkg-source -b .`, ` fakeroot debian/rules binary`.
  prefixes: ['dpkg'],
  triggers: ['debian/rules '],
  emits: ['dpkg.message', 'dpkg.phase', 'dpkg.patch'],
  create({ emit, env }) {
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 100 /* d */) {
          if (!text.startsWith('dpkg')) return;
          if (text.startsWith('dpkg-source: info: applying ')) {
            emit('dpkg.patch', line, { patch: text.slice(28).trim() });
            return;
          }
          if (text.startsWith('dpkg-buildpackage: info: ')) {
            // Its last words after a good build (dpkg-dev 1.21 dpkg-buildpackage describe_build):
            //   dpkg-buildpackage: info: binary-only upload (no source included)
            //   dpkg-buildpackage: info: binary and diff upload (original source NOT included)
            const what = text.slice(25);
            if (UPLOADS.some((u) => what.startsWith(u))) recordOutcome(env, 'succeeded', line, false);
            return;
          }
          if (!text.includes(': error: ') && !text.includes(': warning: ')) return;
          const m = MESSAGE.exec(text);
          if (m !== null && m[1] === 'dpkg-buildpackage' && m[2] === 'error') recordOutcome(env, 'failed', line, true);
          if (m !== null) emit('dpkg.message', line, { tool: m[1]!, level: m[2] as 'error' | 'warning', message: m[3]!.trim() });
          return;
        }
        // dpkg-buildpackage echoes its steps with one space: ` dpkg-source -b .`, ` debian/rules binary`.
        if (c !== 32 || text.charCodeAt(1) === 32) return;
        if (text.startsWith(' dpkg-source -b') || text.startsWith(' dpkg-source --before-build')) {
          setStage(env, 'source', 'dpkg-buildpackage', line);
          emit('dpkg.phase', line, { phase: 'source', target: text.trim() });
          return;
        }
        if (!text.includes('debian/rules ')) return;
        const m = RULES_STEP.exec(text);
        if (m === null) return;
        const phase = m[1] as DpkgPhase;
        setStage(env, phase, 'dpkg-buildpackage', line);
        emit('dpkg.phase', line, { phase, target: text.trim() });
      },
    };
  },
};
