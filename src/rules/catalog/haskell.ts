import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Haskell: GHC modules and Cabal packages that are not installed. GHC quotes with ‘’ in a UTF-8
 * locale and `' in C; Cabal (Setup, as haskell-devscripts' hlibrary.setup runs it) said `At least the
 * following dependencies are missing:` (Cabal 1.x), `Encountered missing dependencies:` (2.x) and
 * `Encountered missing or private dependencies:` (3.x), each followed by the dependencies on the next
 * line. Lines from buildlog-consultant's tests and Cabal's Distribution/Simple/Configure.hs. Debian
 * names Haskell libraries libghc-<package in lower case>-dev.
 */
export const haskell: readonly CatalogEntry[] = [
  {
    id: 'ghc-module-not-found',
    family: 'haskell',
    title: 'GHC cannot find a module the code imports',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['haskell', 'ghc', 'build-failure'],
    //     Could not find module ‘Data.Aeson’
    //     Could not find module `Data.Aeson'
    match: /^\s*Could not (?:find|load) module [‘`'](?<module>[A-Z][\w.']*)[’']/,
    literals: { prefixes: ['Could not find module ', 'Could not load module '] },
    message: 'GHC cannot find the module {{module}}: the library that provides it is not installed (or not exposed).',
    headline: 'Haskell module {{module}} not found',
    fix: { summary: 'Add the libghc-*-dev package that provides {{module}} to Build-Depends (and its -prof variant when profiling libraries are built); if it says "hidden package", add the package to build-depends in the .cabal file.', steps: ['apt-file search -x "/$(echo \'{{module}}\' | tr . /)\\.hi$" | grep libghc', 'Build-Depends: ..., libghc-<package>-dev, libghc-<package>-prof'] },
    docs: {
      description: 'GHC said `Could not find module ‘X.Y’` (or `Could not load module ‘X.Y’ ... It is a member of the hidden package`).',
      why: 'The Haskell library exposing the module is not installed: missing from Build-Depends, or not listed in the .cabal build-depends.',
      fix: 'Build-Depend on libghc-<package>-dev (and -prof).',
    },
    examples: [
      { lines: ['src/Foo.hs:5:1: error:', '    Could not find module ‘Data.Aeson’', '    Use -v (or `:set -v` in ghci) to see a list of the files searched for.'], line: 2, captures: { module: 'Data.Aeson' }, source: 'buildlog-consultant src/common.rs (missing-haskell-module matcher); GHC 9.0' },
      { lines: ["    Could not find module `Data.Aeson'"], captures: { module: 'Data.Aeson' }, source: 'GHC 8 in the C locale (ASCII quotes)' },
    ],
    nearMisses: ['    Use -v (or `:set -v` in ghci) to see a list of the files searched for.', '[1 of 3] Compiling Data.Foo ( src/Data/Foo.hs, dist/build/Data/Foo.o )'],
    equivalents: { 'buildlog-consultant': ['missing-haskell-module'] },
  },
  {
    id: 'cabal-missing-dependencies',
    family: 'haskell',
    title: 'Cabal: dependencies of the package are missing',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['haskell', 'cabal', 'build-failure'],
    // Setup: Encountered missing or private dependencies:
    // cabal: At least the following dependencies are missing:
    match: /^(?:Error: )?(?:[Ss]etup|cabal|runhaskell)?(?:\.hs)?:? ?(?:Encountered missing (?:or private )?dependencies|At least the following dependencies are missing):\s*$/,
    literals: { suffixes: ['dependencies:', 'dependencies are missing:'] },
    then: { match: /^\s*(?<dependency>(?<hspkg>[A-Za-z][\w-]*)[^,]*)/, within: 1, note: 'the first missing one' },
    message: 'Cabal cannot configure the package: {{dependency}} is missing.',
    headline: 'Haskell dependency {{hspkg}} missing',
    fix: { summary: 'Add libghc-{{hspkg}}-dev (in lower case) and its -prof package to Build-Depends, versioned as the .cabal file requires; if the suite has another version, relax the bound in the .cabal file with a patch (or use --allow-newer in DEB_SETUP_GHC_CONFIGURE_ARGS).', steps: ['Build-Depends: ..., libghc-<{{hspkg}} in lower case>-dev, libghc-<{{hspkg}} in lower case>-prof', "apt-cache search --names-only '^libghc-.*-dev$' | grep -i '{{hspkg}}'"] },
    docs: {
      description: 'Cabal said `Encountered missing or private dependencies:` (Cabal 3), `Encountered missing dependencies:` (2) or `At least the following dependencies are missing:` (1), then the dependencies, comma-separated.',
      why: 'A package the .cabal file build-depends on is not installed in a matching version.',
      fix: 'Build-Depend on the libghc-*-dev (and -prof) packages in matching versions, or relax the bounds.',
    },
    examples: [
      { lines: ['Setup: Encountered missing or private dependencies:', 'bytestring >=0.11 && <0.12'], captures: { dependency: 'bytestring >=0.11 && <0.12', hspkg: 'bytestring' }, source: 'Cabal 3 (Distribution/Simple/Configure.hs EncounteredMissingDependency) as in a real build log' },
      { lines: ['cabal: At least the following dependencies are missing:', 'hourglass -any'], captures: { dependency: 'hourglass -any', hspkg: 'hourglass' }, source: 'Cabal 1.x (real log)' },
      { lines: ['Error: setup: Encountered missing or private dependencies:', 'crypton, crypton-x509, crypton-x509-validation'], captures: { dependency: 'crypton', hspkg: 'crypton' }, source: 'Cabal 3.10 (real log)' },
    ],
    nearMisses: ['Configuring foo-1.0...', 'Resolving dependencies...'],
    equivalents: { 'buildlog-consultant': ['missing-haskell-dependencies'] },
  },
  {
    id: 'ghc-cannot-satisfy-package',
    family: 'haskell',
    title: 'GHC cannot use a package given with -package',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['haskell', 'ghc', 'build-failure'],
    // <command line>: cannot satisfy -package QuickCheck
    match: /^<command line>: cannot satisfy -package(?:-id)? (?<hspkg>[A-Za-z][\w.-]*)/,
    message: 'GHC cannot find the installed package {{hspkg}} (or it is broken).',
    headline: 'GHC: cannot satisfy -package {{hspkg}}',
    fix: { summary: 'Add libghc-<{{hspkg}} in lower case, without its version>-dev to Build-Depends; if it is installed, its registration is broken (ghc-pkg check) or it was built against another GHC: rebuild the dependency.', steps: ['ghc-pkg check', "apt-cache search --names-only '^libghc-.*-dev$' | grep -i '{{hspkg}}'"] },
    docs: {
      description: 'GHC said `<command line>: cannot satisfy -package x` (optionally `(use -v for more information)`).',
      why: 'The package is not registered in GHC\'s package database: not installed, or installed for another GHC ABI.',
      fix: 'Build-Depend on libghc-x-dev, or rebuild it for the current GHC.',
    },
    examples: [{ lines: ['<command line>: cannot satisfy -package QuickCheck', '    (use -v for more information)'], captures: { hspkg: 'QuickCheck' }, source: 'GHC 9.0 (DynFlags package flags)' }],
    nearMisses: ['    (use -v for more information)'],
    equivalents: { 'buildlog-consultant': ['missing-haskell-dependencies'] },
  },
  {
    id: 'cabal-program-not-found',
    family: 'haskell',
    title: 'Cabal needs a build tool that is not installed (happy, alex, c2hs, pkg-config)',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['haskell', 'cabal', 'build-failure'],
    // setup: The program 'happy' version >=1.19 is required but it could not be found.
    // setup: The program happy version >=1.17 is required but it could not be found.
    match: /^\s*(?:Error: )?(?:[\w.-]+: )?The program '?(?<program>[\w.+-]+)'?(?: version (?<version>[^']+?))? is required but it could not be found/,
    literals: { anywhere: [' is required but it could not be found'] },
    message: 'Cabal needs the program {{program}} {{version}}, which is not installed.',
    headline: 'Cabal: program {{program}} not found',
    lookup: { kind: 'command', name: '{{program}}' },
    fix: { summary: 'Add {{packages}} (it ships {{program}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the package that ships {{program}} to Build-Depends (happy: happy, alex: alex, c2hs: c2hs, hsc2hs: ghc, pkg-config: pkgconf, pg_config: libpq-dev).', steps: ["apt-file search -x '^/usr/bin/{{program}}$'"] },
    docs: {
      description: 'Cabal said `The program \'happy\' version >=1.19 is required but it could not be found.` (older Cabal without the quotes; Cabal 3.10 prefixes `Error: [Cabal-7620]`).',
      why: 'The .cabal file declares build-tools (happy, alex, c2hs) or pkgconfig-depends; their programs are not in Build-Depends.',
      fix: 'Build-Depend on the package shipping the program.',
    },
    examples: [
      { lines: ["setup: The program 'happy' version >=1.19 is required but it could not be found."], captures: { program: 'happy', version: '>=1.19' }, package: 'happy', source: 'Cabal 2/3 Distribution/Simple/Program/Db (real build log)' },
      { lines: ['    setup: The program happy version >=1.17 is required but it could not be found.'], captures: { program: 'happy', version: '>=1.17' }, source: 'Cabal 1.x (haskell-src-exts build log)' },
    ],
    nearMisses: ['Configuring haskell-src-exts-1.23.1...'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
];
