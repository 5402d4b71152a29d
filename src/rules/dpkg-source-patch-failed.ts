import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { lineOf, placeOf } from '../failure.js';

const rule: Rule = {
  meta: {
    id: 'dpkg-source-patch-failed',
    title: 'A patch in debian/patches does not apply',
    severity: 'error',
    cause: 'patch-does-not-apply',
    tags: ['dpkg-source', 'quilt', 'patches', 'build-failure'],
    docs: {
      description: 'dpkg-source (3.0 (quilt) extraction: `dpkg-source: info: applying X.patch`, `Hunk #1 FAILED at 3.`, `dpkg-source: error: LC_ALL=C patch ... subprocess returned exit status 1`) or quilt (`Patch X does not apply (enforce with -f)`) could not apply a patch.',
      why: 'The patch was made against other upstream sources than the orig tarball now used (a new upstream version, a repacked tarball), or patches in debian/patches/series are out of order. dpkg-source applies patches with fuzz 0, so a patch that `patch` alone would apply with fuzz fails here.',
      fix: 'Refresh the patch against the current sources: `quilt push -f NAME`, fix the rejected hunks by hand, `quilt refresh`; drop it if upstream already contains the change.',
      example: ['dpkg-source: info: applying fix-greeting.patch', 'Hunk #1 FAILED at 3.', 'dpkg-source: error: LC_ALL=C patch -t -F 0 -N -p1 -u -V never -E -b -B .pc/fix-greeting.patch/ --reject-file=- < patchfail-1.0/debian/patches/fix-greeting.patch subprocess returned exit status 1'],
    },
  },
  create(context) {
    let applying: Evidence | undefined;
    let patch: string | undefined;
    const hunks: { evidence: Evidence; file?: string; at: number }[] = [];
    let done = false;
    const report = (closing: Evidence, name?: string): void => {
      if (done) return;
      done = true;
      const which = name ?? patch ?? 'a patch';
      const base = which.slice(which.lastIndexOf('/') + 1);
      const first = hunks[0];
      context.report({
        message: `The patch ${base} does not apply${first?.file !== undefined ? ` to ${first.file} (hunk at line ${first.at})` : ''}${hunks.length > 1 ? `; ${hunks.length} hunks failed` : ''}.`,
        evidence: [...(applying ? [applying] : []), ...hunks.map((h) => h.evidence), closing],
        // The first rejected hunk explains the failure; the `applying` line only says which patch.
        line: first?.evidence.line ?? closing.line,
        ...(first?.file !== undefined ? { location: { path: first.file, line: first.at } } : {}),
        remediation: {
          summary: `Refresh ${base} against the current upstream sources (or drop it if upstream already has the change).`,
          steps: ['quilt push -a   (applies the patches before it)', `quilt push -f ${base} && fix the .rej hunks${first?.file !== undefined ? ` in ${first.file}` : ''} && quilt refresh`],
        },
        ...placeOf(context.env, 'patch-does-not-apply'),
        data: { patch: base, ...(first?.file !== undefined ? { file: first.file, line: first.at } : {}), failedHunks: hunks.length, headline: `patch ${base} does not apply${first?.file !== undefined ? ` to ${first.file}` : ''}` },
      });
    };
    return {
      'dpkg.patch'(fact) {
        applying = lineOf(fact, 'applying');
        patch = fact.patch;
        hunks.length = 0;
      },
      'patch.applying'(fact) {
        applying = lineOf(fact, 'applying');
        patch = fact.patch;
        hunks.length = 0;
      },
      'patch.hunk-failed'(fact) {
        if (hunks.length < 10) hunks.push({ evidence: lineOf(fact, 'hunk rejected'), at: fact.at, ...(fact.file !== undefined ? { file: fact.file } : {}) });
      },
      'patch.quilt-failed'(fact) {
        report(lineOf(fact, 'quilt gives up'), fact.patch);
      },
      'dpkg.message'(fact) {
        if (fact.tool === 'dpkg-source' && fact.level === 'error' && (hunks.length > 0 || fact.message.includes(' patch ')) && fact.message.includes('subprocess returned exit status')) {
          report(lineOf(fact, 'dpkg-source gives up'));
        }
      },
    };
  },
};

export default rule;
