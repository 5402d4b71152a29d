import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * OCaml: findlib libraries dune or ocamlfind cannot find, and unbound modules. Wordings from
 * ocaml-findlib 1.9.6 (`ocamlfind: Package `%s' not found`), dune 3 (`Error: Library "x" not found.`),
 * the OCaml compiler (`Error: Unbound module X`) and buildlog-consultant's tests. Debian names OCaml
 * libraries lib<findlib name>-ocaml-dev (camlp-streams → libcamlp-streams-ocaml-dev).
 */
const aptFindlib = "apt-file search '/{{top}}/META'";

export const ocaml: readonly CatalogEntry[] = [
  {
    id: 'ocaml-library-not-found',
    family: 'ocaml',
    title: 'dune or ocamlfind cannot find an OCaml library',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['ocaml', 'dune', 'build-failure'],
    // Error: Library "camlp-streams" not found.
    // ocamlfind: Package `ppx_deriving.show' not found
    match: [
      /^Error: Library "(?<library>(?<top>[\w-]+)(?:\.[\w.-]+)?)" not found\./,
      /^ocamlfind: Package `(?<library>(?<top>[\w-]+)(?:\.[\w.-]+)?)' not found/,
    ],
    literals: { prefixes: ['Error: Library "', 'ocamlfind: Package `'] },
    message: 'The OCaml library {{library}} is not installed (no findlib META for {{top}}).',
    headline: 'OCaml library {{library}} not found',
    fix: { summary: 'Add lib{{top}}-ocaml-dev (the Debian package of the findlib package {{top}}; it depends on lib{{top}}-ocaml, which ships the META in trixie) to Build-Depends in debian/control.', steps: [aptFindlib, 'Build-Depends: ..., lib{{top}}-ocaml-dev'] },
    docs: {
      description: 'dune said `Error: Library "x" not found.` (with `-> required by ...` lines), ocamlfind `ocamlfind: Package `x\' not found`.',
      why: 'The findlib package (its META under /usr/lib/ocaml, or /usr/lib/<triplet>/ocaml/<version> in trixie) is not installed: missing from Build-Depends.',
      fix: 'Build-Depend on lib<name>-ocaml-dev.',
    },
    examples: [
      { lines: ['Error: Library "camlp-streams" not found.'], captures: { library: 'camlp-streams', top: 'camlp-streams' }, source: 'buildlog-consultant src/common.rs test_ocaml_library_missing' },
      { lines: ["ocamlfind: Package `ppx_deriving.show' not found"], captures: { library: 'ppx_deriving.show', top: 'ppx_deriving' }, source: 'ocaml-findlib 1.9.6 ocamlfind ("ocamlfind: Package `%s\' not found")' },
    ],
    nearMisses: ['Error: Library "foo" in _build/default/src is hidden (unsatisfied \'enabled_if\').', 'ocamlfind: [WARNING] No such directory: /usr/lib/ocaml/foo'],
    equivalents: { 'buildlog-consultant': ['missing-ocaml-package'] },
  },
  {
    id: 'ocaml-unbound-module',
    family: 'ocaml',
    title: 'The OCaml compiler does not know a module (a library is missing)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['ocaml', 'build-failure'],
    // Error: Unbound module Yojson
    match: /^Error: Unbound module (?<module>[A-Z][\w.]*)/,
    message: 'The OCaml compiler does not know the module {{module}}: the library providing it is not installed or not listed in the dune/ocamlfind libraries.',
    headline: 'OCaml: unbound module {{module}}',
    fix: { summary: 'Add the library that provides {{module}} to Build-Depends (Debian: lib<findlib name, usually the module in lower case>-ocaml-dev, e.g. Yojson → libyojson-ocaml-dev) and to the libraries field of the dune file; a module of the package itself means a missing file or a wrong build order.', steps: ["apt-file search --regexp '/usr/lib/ocaml/.*\\.cmi$' | grep -i '/{{module}}\\.cmi' | head"] },
    docs: {
      description: 'ocamlc/ocamlopt said `Error: Unbound module X` after a `File "x.ml", line N` line.',
      why: 'The module comes from a library that is not installed or not linked (dune libraries, ocamlfind -package).',
      fix: 'Build-Depend on the library\'s -ocaml-dev package.',
    },
    examples: [{ lines: ['File "src/main.ml", line 1, characters 5-11:', 'Error: Unbound module Yojson'], line: 2, captures: { module: 'Yojson' }, source: 'OCaml 4.13 typing/env.ml (Unbound module)' }],
    nearMisses: ['Error: Unbound value foo', 'Error: Unbound type constructor t'],
    equivalents: { 'buildlog-consultant': ['missing-ocaml-package'] },
  },
];
