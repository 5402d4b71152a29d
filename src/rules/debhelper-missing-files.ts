import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';
import { lineOf, placeOf } from '../failure.js';

// dh_install: warning: Cannot find (any matches for) "usr/bin/frob-helper" (tried in ., debian/tmp)
const CANNOT_FIND = /^Cannot find \(any matches for\) "([^"]+)"/;
// dh_missing: warning: etc/frob.conf exists in debian/tmp but is not installed to anywhere
const NOT_INSTALLED = /^(\S+) exists in (\S+) but is not installed to anywhere/;

const rule: Rule = {
  meta: {
    id: 'debhelper-missing-files',
    title: 'dh_install or dh_missing: installed files do not match the packaging',
    severity: 'error',
    cause: 'missing-installed-files',
    tags: ['debhelper', 'build-failure'],
    docs: {
      description: 'dh_install stopped with `missing files, aborting` after `Cannot find (any matches for) "PATH"` warnings (a path listed in debian/*.install that the build did not produce), or dh_missing stopped (`--fail-missing`, its default from compat 13 on; compat 12 only lists the files with `--list-missing`: debhelper 13.11 dh_missing) after `PATH exists in debian/tmp but is not installed to anywhere`.',
      why: 'debian/*.install and what `make install` put into debian/tmp disagree: upstream renamed or stopped building a file, the file is built only with an option, or a new file needs a home.',
      fix: 'For dh_install: fix the path in debian/PKG.install or make the build produce it. For dh_missing: install the file into a package (debian/PKG.install) or list it in debian/not-installed; a package that moved to compat 13 fails on files compat 12 only listed.',
      example: ['dh_install: warning: Cannot find (any matches for) "usr/bin/frob-helper" (tried in ., debian/tmp)', 'dh_install: error: missing files, aborting'],
    },
  },
  create(context) {
    const paths: string[] = [];
    const evidence: Evidence[] = [];
    let tool: 'dh_install' | 'dh_missing' | undefined;
    let done = false;
    return {
      'debhelper.message'(fact) {
        if (done) return;
        if (fact.level === 'warning') {
          const m = fact.tool === 'dh_missing' ? NOT_INSTALLED.exec(fact.message) : CANNOT_FIND.exec(fact.message);
          if (m === null || (fact.tool !== 'dh_install' && fact.tool !== 'dh_missing')) return;
          if (tool !== fact.tool) {
            paths.length = 0;
            evidence.length = 0;
          }
          tool = fact.tool;
          if (paths.length < 20) {
            paths.push(m[1]!);
            evidence.push(lineOf(fact, fact.tool === 'dh_missing' ? 'not installed anywhere' : 'not found'));
          }
          return;
        }
        if (!fact.message.startsWith('missing files')) return;
        done = true;
        const missingTool = fact.tool;
        const list = paths.join(', ');
        context.report({
          message: missingTool === 'dh_missing'
            ? `dh_missing: ${list || 'files'} ${paths.length === 1 ? 'is' : 'are'} installed into debian/tmp but not into any package.`
            : `dh_install cannot find ${list || 'files'} listed in debian/*.install.`,
          evidence: [...(tool === missingTool ? evidence : []), lineOf(fact, `${missingTool} aborts`)],
          line: (tool === missingTool ? evidence[0]?.line : undefined) ?? fact.line.number,
          remediation: missingTool === 'dh_missing'
            ? { summary: `Install ${list || 'the files'} into a package, or list ${paths.length === 1 ? 'it' : 'them'} in debian/not-installed.`, steps: paths.map((p) => `${p}   (add to debian/<package>.install, or to debian/not-installed)`) }
            : { summary: `Correct the path in debian/*.install or make the build produce ${list || 'the files'}.`, steps: [`grep -rn -e '${paths[0] ?? ''}' debian/*.install`, 'find debian/tmp -type f   (what the build installed)'] },
          ...placeOf(context.env, 'missing-installed-files'),
          data: { tool: missingTool, paths: [...paths], headline: missingTool === 'dh_missing' ? `${paths.length} file(s) not installed: ${list}` : `dh_install cannot find ${list}` },
        });
      },
    };
  },
};

export default rule;
