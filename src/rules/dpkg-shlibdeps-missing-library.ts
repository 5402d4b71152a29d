import type { Rule } from '../rule.js';
import { lineOf, placeOf } from '../failure.js';

// cannot find library libfoo.so.1 needed by debian/bar/usr/bin/bar (ELF format: 'elf64-x86-64' abi: '0201003e00000000'; RPATH: '')
const NEEDED = /cannot find library (\S+) needed by (\S+)/;

const rule: Rule = {
  meta: {
    id: 'dpkg-shlibdeps-missing-library',
    title: 'dpkg-shlibdeps cannot find a library a binary needs',
    severity: 'error',
    cause: 'shlibdeps-failed',
    tags: ['dpkg', 'debhelper', 'build-failure'],
    docs: {
      description: '`dpkg-shlibdeps: error: cannot find library libfoo.so.1 needed by debian/bar/usr/bin/bar (...)` during dh_shlibdeps.',
      why: 'A built binary links a shared library that is neither installed system-wide nor in the package being built at a path dpkg-shlibdeps searches: usually a private library shipped in the same source package (needs `dh_shlibdeps -l` or an RPATH), or a library the build found outside the chroot\'s normal paths.',
      fix: 'For a private library built in this source, tell dh_shlibdeps where it is (`override_dh_shlibdeps: dh_shlibdeps -l debian/PKG/usr/lib/PKG`); otherwise add the library\'s package to Build-Depends.',
      example: ["dpkg-shlibdeps: error: cannot find library libfoo.so.1 needed by debian/bar/usr/bin/bar (ELF format: 'elf64-x86-64' abi: '0201003e00000000'; RPATH: '')"],
    },
  },
  create(context) {
    let done = false;
    return {
      'dpkg.message'(fact) {
        if (done || fact.tool !== 'dpkg-shlibdeps' || fact.level !== 'error' || !fact.message.startsWith('cannot find library ')) return;
        const m = NEEDED.exec(fact.message);
        if (m === null) return;
        done = true;
        const [, library, binary] = m as unknown as [string, string, string];
        const pkgDir = binary.split('/').slice(0, 2).join('/');
        context.report({
          message: `dpkg-shlibdeps cannot find ${library}, needed by ${binary}.`,
          evidence: [lineOf(fact, 'library not found')],
          remediation: {
            summary: `If ${library} is built by this source package, point dh_shlibdeps at it; otherwise add its -dev package to Build-Depends.`,
            steps: [`find debian -name '${library}*'`, `override_dh_shlibdeps:\n\tdh_shlibdeps -l${pkgDir}/usr/lib/<dir of ${library}>`],
          },
          ...placeOf(context.env, 'shlibdeps-failed'),
          data: { library, binary, headline: `dpkg-shlibdeps cannot find ${library}` },
        });
      },
    };
  },
};

export default rule;
