import type { Parser } from '../parser.js';

/**
 * Dependency resolvers as Debian builders run them: apt-get and aptitude (`The following packages have
 * unmet dependencies:` blocks, apt 2.6 / aptitude 0.8 wording), pbuilder's classic resolver
 * (pbuilder-satisfydepends-classic, 0.231), dose3's distcheck report that sbuild prints
 * (`unsat-dependency:`), and apt's fetch and lock errors.
 */

export type Resolver = 'apt' | 'aptitude' | 'classic' | 'dose3';

declare module '../facts.js' {
  interface FactMap {
    /** One dependency the resolver could not satisfy. */
    'apt.unmet': {
      readonly resolver: Resolver;
      /** The package that could not be installed: `libdoesnotexist-dev`. */
      readonly dependency: string;
      /** `>= 1.0`, when the dependency had a version. */
      readonly constraint?: string;
      /** The resolver's words: `but it is not installable`, `which is a virtual package ...`. */
      readonly reason?: string;
      /** Who needed it: `pbuilder-satisfydepends-dummy`, `sbuild-build-depends-main-dummy`. */
      readonly dependent?: string;
    };
    /** The resolver's final word: `Unable to resolve dependencies!  Giving up...`, `E: Unable to correct problems ...`. */
    'apt.gave-up': { readonly resolver: Resolver };
    /** `E: Failed to fetch http://deb.debian.org/debian/pool/main/f/foo/foo_1.0_amd64.deb  404  Not Found [IP: ...]` */
    'apt.fetch-failed': { readonly url: string; readonly reason: string; readonly fatal: boolean };
    /** `E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1234 (apt-get)` */
  }
}

//  pbuilder-satisfydepends-dummy : Depends: libdoesnotexist-dev (>= 1.0) which is a virtual package and is not provided by any available package
//  sbuild-build-depends-main-dummy : Depends: libdoesnotexist-dev (>= 1.0) but it is not installable
//                                    Depends: libbar-dev but it is not going to be installed
const UNMET = /^ (?:(\S+) : |\s+)(?:Pre)?Depends: ([^\s(]+)(?: \(([^)]*)\))?\s*(.*)$/s;
//       unsat-dependency: libdoesnotexist-dev:amd64 (>= 1.0)
const DOSE = /^\s*unsat-dependency: ([^\s:(]+)(?::\S+)?(?: \(([^)]*)\))?/;
//  -> Considering build-dep libfoo-dev (>= 1.0)
const CLASSIC_CONSIDER = /^ -> Considering build-dep (\S+)(?: \(([^)]*)\))?/;
// E: Failed to fetch http://mirror.local/debian/pool/main/f/foo/foo_1.0_amd64.deb  404  Not Found [IP: 10.0.0.1 80]
// `s`: a U+2028 in the reason must not make `(.*)$` fail and retry every split of the spaces before it.
const FETCH = /^([EW]): Failed to fetch (\S+)\s+(.*)$/s;
// E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1234 (apt-get)

export const aptParser: Parser = {
  name: 'apt',
  prefixes: ['-> Considering build-dep ', 'The following packages have unmet dependencies', 'Unable to resolve dependencies!', 'E: ', 'W: '],
  triggers: ['unsat-dependency: '],
  emits: ['apt.unmet', 'apt.gave-up', 'apt.fetch-failed'],
  create({ emit }) {
    let inUnmet = false;
    let dependent: string | undefined;
    let considering: { dependency: string; constraint?: string } | undefined;
    return {
      // Inside apt's unmet-dependencies block every line matters (a non-indented one ends it).
      busy: () => inUnmet,
      line(line) {
        const text = line.text;
        const c = text.charCodeAt(0);
        if (c === 32 /* space */) {
          if (inUnmet) {
            if (!text.includes('Depends: ')) {
              if (text.trim() !== '') inUnmet = false;
              return;
            }
            const m = UNMET.exec(text);
            if (m === null) return;
            if (m[1] !== undefined) dependent = m[1];
            emit('apt.unmet', line, {
              resolver: 'apt', dependency: m[2]!, ...(m[3] !== undefined ? { constraint: m[3] } : {}),
              ...(m[4] ? { reason: m[4].trim() } : {}), ...(dependent !== undefined ? { dependent } : {}),
            });
            return;
          }
          if (text.includes('unsat-dependency: ')) {
            const m = DOSE.exec(text);
            if (m !== null) emit('apt.unmet', line, { resolver: 'dose3', dependency: m[1]!, ...(m[2] !== undefined ? { constraint: m[2] } : {}) });
            return;
          }
          if (text.startsWith(' -> Considering build-dep ')) {
            const m = CLASSIC_CONSIDER.exec(text);
            if (m !== null) considering = { dependency: m[1]!, ...(m[2] !== undefined ? { constraint: m[2] } : {}) };
          }
          return;
        }
        inUnmet = false;
        if (c === 84 /* T */ && text.startsWith('The following packages have unmet dependencies')) {
          inUnmet = true;
          dependent = undefined;
          return;
        }
        if (c === 85 /* U */ && text.startsWith('Unable to resolve dependencies!')) {
          emit('apt.gave-up', line, { resolver: 'aptitude' });
          return;
        }
        if (c !== 69 /* E */ && c !== 87 /* W */) return;
        if (text.charCodeAt(1) !== 58 /* : */) return;
        // E: Unable to correct problems, you have held broken packages.
        if (text.startsWith('E: Unable to correct problems')) {
          emit('apt.gave-up', line, { resolver: 'apt' });
          return;
        }
        // E: Could not satisfy build-dependency.     (pbuilder-satisfydepends-classic, to stderr)
        if (text.startsWith('E: Could not satisfy build-dependency')) {
          if (considering !== undefined) emit('apt.unmet', line, { resolver: 'classic', ...considering });
          emit('apt.gave-up', line, { resolver: 'classic' });
          return;
        }
        // E: Unable to locate package libfoo-dev
        if (text.startsWith('E: Unable to locate package ')) {
          emit('apt.unmet', line, { resolver: 'apt', dependency: text.slice(28).trim(), reason: 'unable to locate package' });
          return;
        }
        if (text.includes('Failed to fetch ')) {
          const m = FETCH.exec(text);
          if (m !== null) emit('apt.fetch-failed', line, { url: m[2]!, reason: m[3]!.trim(), fatal: m[1] === 'E' });
        }
      },
    };
  },
};
