import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * R: packages R CMD INSTALL, library() or a namespace load needs. Wordings from R 4.2.2's message
 * catalogs (R-base.mo, R-tools.mo: `there is no package called %s`, `namespace %s %s is being loaded,
 * but %s %s is required`, `package %s %s was found, but %s %s is required by %s`, `package %s was
 * installed before R 4.0.0: please re-install it`, `vignette builder '%s' not found`) and
 * buildlog-consultant's tests (src/common.rs). R quotes with ‘’ in a UTF-8 locale and '' in C.
 * Debian names CRAN packages r-cran-<name in lower case> (Bioconductor: r-bioc-<name>).
 */
const aptR = "apt-file search -x '/usr/lib/R/site-library/{{rpkg}}/DESCRIPTION$'";
const rName = 'r-cran-<name in lower case> for CRAN, r-bioc-<name> for Bioconductor';

export const r: readonly CatalogEntry[] = [
  {
    id: 'r-dependency-not-available',
    family: 'r',
    title: 'R CMD INSTALL: a dependency of the package is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['r', 'build-failure'],
    // ERROR: dependencies ‘ellipsis’, ‘pkgload’ are not available for package ‘testthat’
    // ERROR: dependency 'x' is not available for package 'z'
    match: [
      /^ERROR: dependencies [‘'](?<rpkg>[\w.]+)[’'](?<more>[\w.,‘’' ]*?) are not available for package [‘'](?<for>[\w.]+)[’']/,
      /^ERROR: dependency [‘'](?<rpkg>[\w.]+)[’'] is not available for package [‘'](?<for>[\w.]+)[’']/,
    ],
    literals: { prefixes: ['ERROR: dependencies ', 'ERROR: dependency '] },
    message: 'R cannot install {{for}}: its dependency {{rpkg}}{{more}} is not installed.',
    headline: 'R package {{rpkg}} not available (for {{for}})',
    lookup: { kind: 'r', name: '{{rpkg}}' },
    fix: { summary: 'Add {{packages}} (it ships the R package {{rpkg}} in {{suite}}) and the other missing ones to Build-Depends in debian/control (dh-r can fill them: dh-update-R).', steps: ['Build-Depends: ..., {{package}}', 'dh-update-R'] },
    fixUnresolved: { summary: `Add the Debian package of each missing R package to Build-Depends (${rName}); dh-update-R (dh-r) rewrites Build-Depends from DESCRIPTION.`, steps: [aptR, 'dh-update-R'] },
    docs: {
      description: 'R CMD INSTALL said `ERROR: dependencies ‘a’, ‘b’ are not available for package ‘p’` (or `dependency ‘a’ is not available`).',
      why: 'The package\'s DESCRIPTION Depends/Imports/LinkingTo name R packages that are not installed; in a clean chroot only Build-Depends are.',
      fix: 'Add the r-cran-*/r-bioc-* packages to Build-Depends (dh-update-R does it from DESCRIPTION).',
    },
    examples: [
      { lines: ['ERROR: dependencies ‘ellipsis’, ‘pkgload’ are not available for package ‘testthat’'], captures: { rpkg: 'ellipsis', more: ', ‘pkgload’', for: 'testthat' }, package: 'r-cran-ellipsis', source: 'buildlog-consultant src/common.rs test_r_missing' },
      { lines: ["ERROR: dependencies 'igraph', 'matlab', 'expm', 'RcppParallel' are not available for package 'markovchain'"], captures: { rpkg: 'igraph', more: ", 'matlab', 'expm', 'RcppParallel'", for: 'markovchain' }, source: 'buildlog-consultant src/common.rs test_r_missing' },
      { lines: ["ERROR: dependency 'Rcpp' is not available for package 'dplyr'"], captures: { rpkg: 'Rcpp', for: 'dplyr' }, source: 'R 4.2 tools:::.install_packages (singular ngettext form)' },
    ],
    nearMisses: ['* installing *source* package ‘testthat’ ...', "ERROR: this R is version 4.2.2, package 'x' requires R >= 4.3.0"],
    equivalents: { 'buildlog-consultant': ['missing-r-package'] },
  },
  {
    id: 'r-no-package-called',
    family: 'r',
    title: 'R: library() or loadNamespace() finds no such package',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['r', 'build-failure'],
    // Error in library(zeligverse) : there is no package called 'zeligverse'
    // there is no package called ‘mockr’
    match: /there is no package called [‘'](?<rpkg>[\w.]+)[’']/,
    message: 'R code loads the package {{rpkg}}, which is not installed.',
    headline: 'R package {{rpkg}} not installed',
    lookup: { kind: 'r', name: '{{rpkg}}' },
    fix: { summary: 'Add {{packages}} (it ships the R package {{rpkg}} in {{suite}}) to Build-Depends in debian/control (Suggests used by tests or vignettes too).', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: `Add the Debian package of the R package {{rpkg}} to Build-Depends (${rName}).`, steps: [aptR] },
    docs: {
      description: 'R said `there is no package called ‘x’` (from library(), require() or loadNamespace(), often inside `Error in library(x) :`).',
      why: 'Code, tests or vignettes load a package that is not installed: a Suggests the Debian build needs, or a missing Depends.',
      fix: 'Add its r-cran-* package to Build-Depends.',
    },
    examples: [
      { lines: ["Error in library(zeligverse) : there is no package called 'zeligverse'"], captures: { rpkg: 'zeligverse' }, source: 'buildlog-consultant src/common.rs test_r_missing' },
      { lines: ["there is no package called 'mockr'"], captures: { rpkg: 'mockr' }, source: 'buildlog-consultant src/common.rs test_r_missing' },
    ],
    nearMisses: ['Loading required package: mockr'],
    equivalents: { 'buildlog-consultant': ['missing-r-package'] },
  },
  {
    id: 'r-namespace-version-too-old',
    family: 'r',
    title: 'An installed R package is older than required',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['r', 'build-failure'],
    //   namespace ‘DBI’ 1.0.0 is being loaded, but >= 1.0.0.9003 is required
    //   namespace ‘spatstat.utils’ 1.13-0 is already loaded, but >= 1.15.0 is required
    // Error: package ‘AnnotationDbi’ 1.52.0 was found, but >= 1.53.1 is required by ‘GO.db’
    match: [
      /namespace [‘'](?<rpkg>[\w.]+)[’'] (?<have>[\w.-]+) is (?:being|already) loaded, but (?<required>[<>=]+ ?[\w.-]+) is required/,
      /package [‘'](?<rpkg>[\w.]+)[’'] (?<have>[\w.-]+) was found, but (?<required>[<>=]+ ?[\w.-]+) is required by [‘'](?<by>[\w.]+)[’']/,
    ],
    literals: { prefixes: ['namespace ', 'Error: package ', 'Error in ', 'package '] },
    message: 'R package {{rpkg}} {{have}} is installed, {{required}} is required.',
    headline: 'R package {{rpkg}} {{have}} too old ({{required}} required)',
    lookup: { kind: 'r', name: '{{rpkg}}' },
    fix: { summary: 'Version the Build-Depends: {{package}} ({{required}}) (r-cran versions are the upstream ones); if {{suite}} has no new enough version, the dependency must be updated first.', steps: ['Build-Depends: ..., {{package}} ({{required}})'] },
    fixUnresolved: { summary: `Version the Build-Depends on the Debian package of {{rpkg}} (${rName}) as ({{required}}); if the suite has no new enough version, update that package first.`, steps: [aptR] },
    docs: {
      description: 'R said `namespace ‘x’ 1.0 is being loaded, but >= 1.1 is required` (or `is already loaded`), or `package ‘x’ 1.0 was found, but >= 1.1 is required by ‘y’`.',
      why: 'The package is installed but older than DESCRIPTION asks for.',
      fix: 'Add a versioned Build-Depends (and update the dependency in the archive if needed).',
    },
    examples: [
      { lines: ['  namespace ‘DBI’ 1.0.0 is being loaded, but >= 1.0.0.9003 is required'], captures: { rpkg: 'DBI', have: '1.0.0', required: '>= 1.0.0.9003' }, source: 'buildlog-consultant src/common.rs test_r_missing' },
      { lines: ['  namespace ‘spatstat.utils’ 1.13-0 is already loaded, but >= 1.15.0 is required'], captures: { rpkg: 'spatstat.utils', have: '1.13-0', required: '>= 1.15.0' }, source: 'buildlog-consultant src/common.rs test_r_missing' },
      { lines: ["Error: package 'BH' 1.66.0-1 was found, but >= 1.75.0.0 is required by 'RSQLite'"], captures: { rpkg: 'BH', have: '1.66.0-1', required: '>= 1.75.0.0', by: 'RSQLite' }, source: 'buildlog-consultant src/common.rs test_r_missing' },
    ],
    nearMisses: ["Loading required namespace: DBI"],
    equivalents: { 'buildlog-consultant': ['missing-r-package'] },
  },
  {
    id: 'r-package-built-before-r4',
    family: 'r',
    title: 'An R package was installed by R 3 and must be rebuilt for R 4',
    cause: 'dependency-too-old',
    side: 'environment',
    tags: ['r', 'build-failure'],
    // Error: package ‘foo’ was installed before R 4.0.0: please re-install it
    match: /package [‘'](?<rpkg>[\w.]+)[’'] was installed before R 4\.0\.0: please re-install it/,
    literals: { prefixes: ['Error: package ', 'Error in ', 'package '] },
    message: 'The installed R package {{rpkg}} was built for R 3.x and cannot be loaded by R 4.',
    headline: 'R package {{rpkg}} built before R 4.0.0',
    lookup: { kind: 'r', name: '{{rpkg}}' },
    fix: { summary: 'Upgrade the chroot so that {{packages}} comes from {{suite}} (built against R 4: it depends on r-api-4.0); a local or outdated copy must be rebuilt (binNMU).', steps: ['apt-get update && apt-get dist-upgrade   (in the chroot)', 'apt-cache policy {{package}}'] },
    fixUnresolved: { summary: `Upgrade the chroot so that the R package {{rpkg}} (${rName}) is a version built against R 4 (it depends on r-api-4.0); an outdated or locally installed copy must be rebuilt.`, steps: ['apt-get update && apt-get dist-upgrade   (in the chroot)', 'ls /usr/local/lib/R/site-library/'] },
    docs: {
      description: 'R said `package ‘x’ was installed before R 4.0.0: please re-install it`.',
      why: 'R 4 changed the internal format; packages built with R 3.x do not load. The chroot mixes r-base 4 with an r-cran-x built before it (or a copy under /usr/local).',
      fix: 'Update the chroot (or have the package rebuilt in the archive).',
    },
    examples: [{ lines: ["Error: package 'foo' was installed before R 4.0.0: please re-install it"], captures: { rpkg: 'foo' }, source: 'R 4.2.2 R-base.mo "package %s was installed before R 4.0.0: please re-install it"' }],
    nearMisses: ["package 'foo' successfully unpacked and MD5 sums checked"],
    equivalents: { 'buildlog-consultant': ['missing-r-package'] },
  },
  {
    id: 'r-vignette-builder-not-found',
    family: 'r',
    title: 'The R vignette builder (knitr, R.rsp) is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['r', 'docs', 'build-failure'],
    //   vignette builder 'R.rsp' not found
    match: /^\s*vignette builder [‘'](?<rpkg>[\w.]+)[’'] not found/,
    literals: { prefixes: ['vignette builder '] },
    message: 'R needs the vignette builder {{rpkg}} (VignetteBuilder in DESCRIPTION), which is not installed.',
    headline: 'R vignette builder {{rpkg}} not found',
    lookup: { kind: 'r', name: '{{rpkg}}' },
    fix: { summary: 'Add {{packages}} (it ships the R package {{rpkg}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: `Add the Debian package of {{rpkg}} to Build-Depends (knitr: r-cran-knitr, R.rsp: r-cran-r.rsp; ${rName}).`, steps: [aptR] },
    docs: {
      description: 'R said `vignette builder \'knitr\' not found` while checking or building the package.',
      why: 'DESCRIPTION names a VignetteBuilder whose package is not installed.',
      fix: 'Build-Depend on r-cran-knitr, r-cran-r.rsp, ...',
    },
    examples: [{ lines: ["  vignette builder 'R.rsp' not found"], captures: { rpkg: 'R.rsp' }, source: 'buildlog-consultant src/common.rs test_vignette_builder' }],
    nearMisses: ['* creating vignettes ... OK'],
    equivalents: { 'buildlog-consultant': ['missing-r-package'] },
  },
  {
    id: 'r-version-too-old',
    family: 'r',
    title: 'The package needs a newer R than the build environment has',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['r', 'build-failure'],
    // ERROR: this R is version 4.2.2, package 'xyz' requires R >= 4.3.0
    match: /^ERROR: this R is version (?<have>[\d.]+), package [‘'](?<rpkg>[\w.]+)[’'] requires R (?<required>[<>=]+ ?[\d.]+)/,
    message: 'R {{have}} is installed; {{rpkg}} requires R {{required}}.',
    headline: '{{rpkg}} requires R {{required}}, R {{have}} installed',
    fix: { summary: 'Build-Depend on r-base-dev ({{required}}) and build in a suite that has it; if the requirement is only an upstream habit, lower Depends: R in DESCRIPTION with a patch.', steps: ['Build-Depends: ..., r-base-dev ({{required}})'] },
    docs: {
      description: 'R CMD INSTALL said `ERROR: this R is version 4.2.2, package \'x\' requires R >= 4.3.0`.',
      why: 'DESCRIPTION\'s `Depends: R (>= X)` is newer than the R in the chroot.',
      fix: 'Build for a suite with a new enough R (versioned r-base-dev), or relax the requirement.',
    },
    examples: [{ lines: ["ERROR: this R is version 4.2.2, package 'xyz' requires R >= 4.3.0"], captures: { have: '4.2.2', rpkg: 'xyz', required: '>= 4.3.0' }, source: 'R 4.2.2 R-tools.mo "ERROR: this R is version %s, package \'%s\' requires R %s %s"' }],
    nearMisses: ['R version 4.2.2 (2022-10-31) -- "Innocent and Trusting"'],
    equivalents: { 'buildlog-consultant': ['missing-r-package'] },
  },
  {
    id: 'r-vignette-tool-missing',
    family: 'r',
    title: 'An R vignette needs a tool that is not installed (pdflatex, pandoc, qpdf)',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['r', 'docs', 'build-failure'],
    // Error: processing vignette 'uroot-intro.Rnw' failed with diagnostics:
    // pdflatex is not available
    match: /^Error: processing vignette '(?<vignette>[^']+)' failed with diagnostics:/,
    then: { match: /^\s*(?<tool>[\w.+-]+) is not available\s*$/, within: 2, reportHere: true, note: 'the missing tool' },
    message: 'Building the vignette {{vignette}} needs {{tool}}, which is not installed.',
    headline: 'R vignette {{vignette}}: {{tool}} not available',
    lookup: { kind: 'command', name: '{{tool}}' },
    fix: { summary: 'Add {{packages}} (it ships {{tool}} in {{suite}}) to Build-Depends (Build-Depends-Indep for an arch: all package), with the LaTeX packages the vignette uses.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the package that ships {{tool}} to Build-Depends (pdflatex: texlive-latex-base, plus texlive-latex-recommended/-extra and texlive-fonts-recommended for the styles the vignette uses; pandoc: pandoc; qpdf: qpdf).', steps: ["apt-file search -x '^/usr/bin/{{tool}}$'"] },
    docs: {
      description: 'R said `Error: processing vignette \'x.Rnw\' failed with diagnostics:` and then `pdflatex is not available`.',
      why: 'Sweave/knitr vignettes are turned into PDF with pdflatex (or HTML with pandoc); the tools are not in Build-Depends.',
      fix: 'Build-Depend on texlive-latex-base (and the LaTeX packages needed), pandoc or qpdf.',
    },
    examples: [{ lines: ["Error: processing vignette 'uroot-intro.Rnw' failed with diagnostics:", 'pdflatex is not available'], line: 2, captures: { vignette: 'uroot-intro.Rnw', tool: 'pdflatex' }, package: 'texlive-latex-base', source: 'buildlog-consultant src/common.rs test_vignette; R 4.2 R-tools.mo' }],
    nearMisses: ["--- re-building 'uroot-intro.Rnw' using Sweave"],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency'] },
  },
  {
    id: 'r-httr-need-package',
    family: 'r',
    title: 'httr needs an R package it loads only on demand (xml2, jsonlite, ...)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['r', 'build-failure'],
    // Error: Please install xml2 package
    // (httr's need_package(): `stop("Please install ", pkg, " package", call. = FALSE)`, R/utils.r; its parsers
    // call it for the content type: xml2 for XML, jsonlite for JSON, readr for CSV, png/jpeg for images)
    match: /^Error: Please install (?<rpkg>[A-Za-z][\w.]*) package$/,
    message: 'R code (httr\'s content parsers) needs the R package {{rpkg}}, which is not installed.',
    headline: 'R package {{rpkg}} needed (Please install {{rpkg}} package)',
    lookup: { kind: 'r', name: '{{rpkg}}' },
    fix: { summary: 'Add {{packages}} (it ships the R package {{rpkg}} in {{suite}}) to Build-Depends (the tests or vignettes parse a response with it; httr only Suggests it).', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: `Add the Debian package of the R package {{rpkg}} to Build-Depends (${rName}).`, steps: [aptR] },
    docs: {
      description: 'R stopped with `Error: Please install xml2 package`: httr\'s need_package() found an R package it loads on demand not installed.',
      why: 'httr Suggests (does not Depend on) the packages its parsers use: xml2, jsonlite, readr, png, jpeg; a build that parses such content needs them in Build-Depends. The name is the R package\'s, not a system library\'s.',
      fix: 'Build-Depend on r-cran-<name in lower case> (the finding names it from the package index).',
    },
    examples: [{ lines: ['Error: Please install xml2 package'], captures: { rpkg: 'xml2' }, package: 'r-cran-xml2', source: 'buildlog-consultant src/common.rs test_vague; httr R/utils.r need_package()' }],
    nearMisses: ['Error: Please install xml2 package first', "Error in library(xml2) : there is no package called 'xml2'"],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency', 'missing-r-package'] },
  },
];
