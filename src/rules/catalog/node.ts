import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Node.js: modules `require` or `import` cannot find, and npm reaching for the registry. Wordings from
 * Node 18/20 (`Error: Cannot find module 'x'` followed by `Require stack:` since Node 12;
 * `Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'x' imported from /path`), webpack 5
 * (`Module not found: Error: Can't resolve 'x' in '/path'`), TypeScript (TS2307), npm 9, and
 * buildlog-consultant's tests (src/common.rs). A relative or absolute path is the project's own file,
 * not a package. Debian names Node modules' packages node-<name> (tape → node-tape; @babel/core →
 * node-babel7, scoped names vary: the package index knows).
 */
const aptNode = "apt-file search --regexp '/usr/(share|lib)/nodejs/{{module}}/package\\.json$'";

export const node: readonly CatalogEntry[] = [
  {
    id: 'node-module-not-found',
    family: 'node',
    title: 'Node cannot find a module the build or the tests require',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['node', 'javascript', 'build-failure'],
    // Error: Cannot find module 'tape'
    // npm ERR! [!] Error: Cannot find module '@rollup/plugin-buble'
    //     Module not found: Error: Can't resolve 'lodash' in '/<<PKGBUILDDIR>>/src'
    // >> Local Npm module "grunt-contrib-uglify" not found. Is it installed?
    //     Cannot find module 'sinon' from 'test/unit/a.test.js'
    // Error: Failed to load parser '@typescript-eslint/parser' declared in '.eslintrc.js': Cannot find module '@typescript-eslint/parser'
    match: [
      /Error: Cannot find module '(?<module>(?:@[\w.-]+\/)?[\w][\w.-]*)(?<subpath>\/[^']*)?'/,
      /Module not found: Error: Can't resolve '(?<module>(?:@[\w.-]+\/)?[\w][\w.-]*)(?<subpath>\/[^']*)?' in '/,
      /^>> Local Npm module "(?<module>(?:@[\w.-]+\/)?[\w][\w.-]*)" not found\. Is it installed\?/,
      /^\s*Cannot find module '(?<module>(?:@[\w.-]+\/)?[\w][\w.-]*)(?<subpath>\/[^']*)?' from '/,
      /^Error: Failed to load (?:parser|plugin|config) '[^']*' declared in '[^']*': Cannot find module '(?<module>(?:@[\w.-]+\/)?[\w][\w.-]*)(?<subpath>\/[^']*)?'/,
    ],
    literals: { prefixes: ['>> Local Npm module ', 'Cannot find module ', 'Error: Failed to load '], anywhere: ["Error: Cannot find module '", "Module not found: Error: Can't resolve '"] },
    message: 'Node cannot find the module {{module}}{{subpath}}: it is not installed in the build environment.',
    headline: 'Node module {{module}} not found',
    lookup: { kind: 'node', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships the Node module {{module}} in {{suite}}) to Build-Depends in debian/control (test-only: <!nocheck>).', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the package that ships the Node module {{module}} (usually node-{{module}}) to Build-Depends; if Debian lacks it, package it or embed it as an extra upstream component (pkg-js-tools: debian/nodejs/additional_components).', steps: [aptNode, 'Build-Depends: ..., <the package apt-file names>'] },
    docs: {
      description: 'Node said `Error: Cannot find module \'x\'` (then `Require stack:`), possibly inside npm\'s or rollup\'s output; webpack says `Module not found: Error: Can\'t resolve \'x\' in \'/dir\'`.',
      why: 'The module is not installed in a path Node searches (/usr/share/nodejs, /usr/lib/nodejs, node_modules): it is missing from Build-Depends.',
      fix: 'Build-Depend on its node-* package (pkg-js-tools links installed modules into node_modules for the build).',
    },
    examples: [
      { lines: ["Error: Cannot find module 'tape'", 'Require stack:', '- /<<PKGBUILDDIR>>/test/index.js'], captures: { module: 'tape' }, package: 'node-tape', source: 'buildlog-consultant src/common.rs test_node_module_missing; Node 18 (Require stack)' },
      { lines: ["npm ERR! [!] Error: Cannot find module '@rollup/plugin-buble'"], captures: { module: '@rollup/plugin-buble' }, source: 'buildlog-consultant src/common.rs test_node_module_missing' },
      { lines: ["npm ERR! Error: Cannot find module 'fs-extra'"], captures: { module: 'fs-extra' }, source: 'buildlog-consultant src/common.rs test_node_module_missing' },
      { lines: ["[1m[31m[!] [1mError: Cannot find module '@rollup/plugin-buble'"], captures: { module: '@rollup/plugin-buble' }, source: 'buildlog-consultant src/common.rs test_node_module_missing' },
      { lines: ["Module not found: Error: Can't resolve 'lodash/merge' in '/<<PKGBUILDDIR>>/src'"], captures: { module: 'lodash', subpath: '/merge' }, source: 'webpack 5 ModuleNotFoundError' },
      { lines: ['>> Local Npm module "grunt-contrib-uglify" not found. Is it installed?'], captures: { module: 'grunt-contrib-uglify' }, source: 'buildlog-consultant src/common.rs (grunt matcher); grunt 1.x' },
      { lines: ["    Cannot find module 'sinon' from 'test/unit/a.test.js'"], captures: { module: 'sinon' }, source: 'buildlog-consultant src/common.rs (jest resolver matcher); jest-resolve' },
      { lines: ["Error: Failed to load parser '@typescript-eslint/parser' declared in '.eslintrc.js': Cannot find module '@typescript-eslint/parser'"], captures: { module: '@typescript-eslint/parser' }, source: 'buildlog-consultant src/common.rs (eslint matcher); eslint 8' },
    ],
    nearMisses: ["✖ [31mERROR:[39m Cannot find module '/<<PKGBUILDDIR>>/test'", "Error: Cannot find module './lib/util'"],
    equivalents: { 'buildlog-consultant': ['missing-node-module'] },
  },
  {
    id: 'node-esm-package-not-found',
    family: 'node',
    title: 'An ES module imports a package that is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['node', 'javascript', 'build-failure'],
    // Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'chai' imported from /<<PKGBUILDDIR>>/test/test.js
    match: /Error \[ERR_MODULE_NOT_FOUND\]: Cannot find package '(?<module>(?:@[\w.-]+\/)?[\w][\w.-]*)(?<subpath>\/[^']*)?' imported from (?<from>\S+)/,
    message: 'Node cannot find the package {{module}}, imported from {{from}}.',
    headline: 'Node package {{module}} not found (ESM)',
    lookup: { kind: 'node', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships {{module}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the package that ships the Node module {{module}} (usually node-{{module}}) to Build-Depends; ES modules resolve only through node_modules (pkg-js-tools links the installed modules there).', steps: [aptNode] },
    docs: {
      description: 'Node said `Error [ERR_MODULE_NOT_FOUND]: Cannot find package \'x\' imported from /path` (ESM import; mocha shows it too).',
      why: 'The imported package is not installed; unlike require(), ESM imports never search /usr/share/nodejs directly.',
      fix: 'Build-Depend on the node-* package (dh --with nodejs links it into node_modules).',
    },
    examples: [
      { lines: ["Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'chai' imported from /<<PKGBUILDDIR>>/test/test.js"], captures: { module: 'chai', from: '/<<PKGBUILDDIR>>/test/test.js' }, package: 'chai', source: 'Node 18 ESM resolver (ERR_MODULE_NOT_FOUND)' },
      { lines: ["  Uncaught Error [ERR_MODULE_NOT_FOUND]: Cannot find package '@jest/globals' imported from /<<PKGBUILDDIR>>/test/a.mjs"], captures: { module: '@jest/globals', from: '/<<PKGBUILDDIR>>/test/a.mjs' }, source: 'mocha 10 on Node 18' },
    ],
    nearMisses: ["Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/<<PKGBUILDDIR>>/lib/x.js' imported from /<<PKGBUILDDIR>>/index.js"],
    equivalents: { 'buildlog-consultant': ['missing-node-package'] },
  },
  {
    id: 'node-typescript-module-not-found',
    family: 'node',
    title: 'TypeScript cannot find a module or its type declarations',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['node', 'typescript', 'build-failure'],
    // src/index.ts(3,22): error TS2307: Cannot find module 'commander' or its corresponding type declarations.
    match: /error TS2307: Cannot find module '(?<module>(?:@[\w.-]+\/)?[\w][\w.-]*)(?<subpath>\/[^']*)?'/,
    message: 'tsc cannot find the module {{module}} (or its type declarations).',
    headline: 'TypeScript module {{module}} not found',
    lookup: { kind: 'node', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships {{module}} in {{suite}}) to Build-Depends; if the module has no bundled types, Build-Depend on node-types-{{module}} (the @types package) too.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add node-{{module}} to Build-Depends, and node-types-{{module}} if its type declarations come from @types.', steps: [aptNode, "apt-file search --regexp '/nodejs/@types/{{module}}/'"] },
    docs: {
      description: 'tsc said `error TS2307: Cannot find module \'x\' or its corresponding type declarations.`',
      why: 'The module, or the @types package with its declarations, is not installed.',
      fix: 'Build-Depend on node-x and, where needed, node-types-x.',
    },
    examples: [{ lines: ["src/index.ts(3,22): error TS2307: Cannot find module 'commander' or its corresponding type declarations."], captures: { module: 'commander' }, source: 'TypeScript 4.9 diagnostic TS2307' }],
    nearMisses: ["src/index.ts(3,22): error TS2307: Cannot find module './util' or its corresponding type declarations.", "blah/tokenizer.ts(175,21): error TS2532: Object is possibly 'undefined'."],
    equivalents: { 'buildlog-consultant': ['missing-node-module'] },
  },
  {
    id: 'npm-registry-not-found',
    family: 'node',
    title: 'npm tried to download a package from the registry during the build',
    cause: 'network-disabled',
    side: 'package',
    tags: ['node', 'npm', 'network', 'build-failure'],
    // npm ERR! 404 Not Found - GET https://registry.npmjs.org/@foo%2fbar - Not found
    // npm ERR! 404  'left-pad@^9.0.0' is not in this registry.
    match: [
      /^npm ERR! 404 Not Found - GET (?<url>\S+)/,
      /^npm ERR! 404 +'(?<spec>[^']+)' is not in (?:this|the npm) registry/,
    ],
    message: 'npm asked the registry for a package: the build runs npm install (or npm ci), which downloads.',
    headline: 'npm downloads during the build',
    fix: { summary: 'Do not run `npm install`/`npm ci` in the build (Debian Policy 4.9: no network): Build-Depend on the node-* packages and build with dh --with nodejs (pkg-js-tools), which links them into node_modules.', steps: ["grep -n 'npm \\(install\\|ci\\)\\|yarn' debian/rules Makefile* 2>/dev/null", 'Build-Depends: ..., dh-sequence-nodejs'] },
    docs: {
      description: 'npm said `npm ERR! 404 Not Found - GET https://registry.npmjs.org/x` or `npm ERR! 404 \'x@1\' is not in this registry.`',
      why: 'npm install resolves packages on the registry; a Debian build must use the packaged modules instead (no network, Policy 4.9).',
      fix: 'Remove npm install from the build; use pkg-js-tools and node-* Build-Depends.',
    },
    examples: [
      { lines: ['npm ERR! code E404', 'npm ERR! 404 Not Found - GET https://registry.npmjs.org/@foo%2fbar - Not found'], line: 2, captures: { url: 'https://registry.npmjs.org/@foo%2fbar' }, source: 'npm 9 (lib/utils/error-message.js E404)' },
      { lines: ["npm ERR! 404  'left-pad@^9.0.0' is not in this registry."], captures: { spec: 'left-pad@^9.0.0' }, source: 'npm 9 error-message.js' },
    ],
    nearMisses: ['npm ERR! code ELIFECYCLE', 'npm WARN deprecated left-pad@1.3.0: use String.prototype.padStart()'],
    equivalents: {},
  },
];
