import type { Parser } from '../parser.js';
import { setStage } from '../stage.js';

/**
 * debhelper: the steps `dh` runs (it echoes each with three spaces of indent, overrides as
 * `debian/rules override_dh_X`), and the helpers' `error:`/`warning:` lines. Formats from debhelper 13
 * (Debian::Debhelper::Dh_Lib: `error()` prints `TOOL: error: MSG`, `warning()` prints `TOOL: warning: MSG`).
 */

declare module '../facts.js' {
  interface FactMap {
    /** `   dh_auto_test` → `dh_auto_test`; `   debian/rules override_dh_auto_build` → `dh_auto_build`, override. */
    'debhelper.step': { readonly step: string; readonly override: boolean };
    /** `dh_install: error: missing files, aborting` / `dh: error: ...` */
    'debhelper.message': { readonly tool: string; readonly level: 'error' | 'warning'; readonly message: string };
  }
}

//    debian/rules override_dh_auto_build       debian/rules execute_before_dh_install
const OVERRIDE = /^ {3}(?:\S*\/)?(?:make -f )?debian\/rules (override|execute_before|execute_after)_(dh_\w+)(?:-(?:arch|indep))?\s*$/;
// dh_install: warning: Cannot find (any matches for) "usr/bin/frob-helper" (tried in ., debian/tmp)
// dh_auto_test: error: make -j2 check returned exit code 2
// dh: error: Please specify the compatibility level in debian/compat or via Build-Depends: debhelper-compat (= X)
const MESSAGE = /^(dh(?:_\w+)?): (error|warning): (.*)$/s;

export const debhelperParser: Parser = {
  name: 'debhelper',
  // `dh_install: error: ...`, `   dh_auto_test`, and `   debian/rules override_dh_...` (maybe behind `make -f`).
  prefixes: ['dh'],
  triggers: ['debian/rules '],
  emits: ['debhelper.step', 'debhelper.message'],
  create({ emit, env }) {
    return {
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 100 /* d */) {
          if (text.charCodeAt(1) !== 104 /* h */ || (!text.includes(': error: ') && !text.includes(': warning: '))) return;
          const m = MESSAGE.exec(text);
          if (m !== null) emit('debhelper.message', line, { tool: m[1]!, level: m[2] as 'error' | 'warning', message: m[3]!.trim() });
          return;
        }
        // dh's step lines: exactly three spaces, then `dh_` or `debian/rules`.
        if (c !== 32 || !text.startsWith('   ') || text.charCodeAt(3) === 32) return;
        if (text.startsWith('   dh_')) {
          //    dh_auto_configure -O--buildsystem=cmake
          const rest = text.slice(3).trim();
          const space = rest.indexOf(' ');
          if (space > 0 && !rest.startsWith(' -', space)) return;
          const step = space > 0 ? rest.slice(0, space) : rest;
          setStage(env, step, 'debhelper', line);
          emit('debhelper.step', line, { step, override: false });
          return;
        }
        if (!text.includes('debian/rules ')) return;
        const m = OVERRIDE.exec(text);
        if (m === null) return;
        setStage(env, m[2]!, 'debhelper', line);
        emit('debhelper.step', line, { step: m[2]!, override: true });
      },
    };
  },
};
