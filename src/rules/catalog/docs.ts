import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Documentation builds: DocBook through libxml2/xsltproc (libxml2 2.9.14: `I/O error : Attempt to load
 * network entity %s`, `warning: failed to load external entity "%s"`), Sphinx 5.3 (bookworm) and 8.1
 * (trixie) (errors.py categories `Extension error`, `Theme error`, `Sphinx version error`, `Warning,
 * treated as error`; registry.py `Could not import extension %s (exception: %s)`; theming.py `no theme
 * named %r found (missing theme.conf?)`, 8.x `theme.toml`), LaTeX (`! LaTeX Error: File `x.sty' not
 * found.`), Doxygen's dot, help2man. Lines from buildlog-consultant's tests and real logs.
 */

export const docs: readonly CatalogEntry[] = [
  {
    id: 'docbook-dtd-network-entity',
    family: 'docs',
    title: 'xsltproc/xmllint wanted to fetch the DocBook DTD from the network',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['docs', 'docbook', 'network', 'build-failure'],
    // I/O error : Attempt to load network entity http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd
    match: /^I\/O error : Attempt to load network entity (?<url>https?:\/\/www\.oasis-open\.org\/docbook\/xml\/(?<version>[\d.]+)\/\S*)/,
    literals: { prefixes: ['I/O error : Attempt to load network entity '] },
    message: 'The document refers to the DocBook XML {{version}} DTD by URL and no local copy is installed, so libxml2 tried the network ({{url}}).',
    headline: 'DocBook DTD {{version}} not installed (network entity)',
    fix: {
      summary: 'Add docbook-xml (the DocBook 4.x DTDs, registered in the XML catalog) to Build-Depends; libxml2 then resolves {{url}} locally. With xsltproc --nonet (as builds should run it) nothing is fetched.',
      steps: ['Build-Depends: ..., docbook-xml', 'xmlcatalog /etc/xml/catalog {{url}}   (must print a file:// path)'],
    },
    docs: {
      description: 'libxml2 (xsltproc, xmllint, xmlto) refused or failed to fetch the DocBook DTD: `I/O error : Attempt to load network entity http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd`.',
      why: 'The DTD is resolved through the XML catalog only when docbook-xml is installed; otherwise libxml2 goes to the network, which --nonet (and Debian Policy 4.9) forbid during a build.',
      fix: 'Build-Depend on docbook-xml.',
    },
    examples: [{ lines: ['I/O error : Attempt to load network entity http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd'], captures: { url: 'http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd', version: '4.5' }, package: 'docbook-xml', source: 'buildlog-consultant src/common.rs test_missing_xml_entity' }],
    nearMisses: ['I/O error : Attempt to load network entity http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl'],
    equivalents: { 'buildlog-consultant': ['missing-xml-entity'] },
  },
  {
    id: 'docbook-xsl-network-entity',
    family: 'docs',
    title: 'xsltproc wanted to fetch the DocBook XSL stylesheets from the network',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['docs', 'docbook', 'network', 'build-failure'],
    // I/O error : Attempt to load network entity http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl
    // warning: failed to load external entity "http://docbook.sourceforge.net/release/xsl-ns/current/html/docbook.xsl"
    // (libxml2 2.9.14: "Attempt to load network entity %s", "failed to load external entity \"%s\"")
    match: [
      /^I\/O error : Attempt to load network entity (?<url>https?:\/\/(?:docbook\.sourceforge\.net|cdn\.docbook\.org)\/release\/(?<flavour>xsl(?:-ns)?)\/\S+)/,
      /^warning: failed to load external entity "(?<url>https?:\/\/(?:docbook\.sourceforge\.net|cdn\.docbook\.org)\/release\/(?<flavour>xsl(?:-ns)?)\/[^"]+)"/,
    ],
    literals: { prefixes: ['I/O error : Attempt to load network entity ', 'warning: failed to load external entity "'] },
    message: 'The stylesheet {{url}} is not installed locally, so libxml2 tried the network.',
    headline: 'DocBook XSL ({{flavour}}) not installed (network entity)',
    fix: {
      summary: 'Add docbook-xsl (for release/xsl/) or docbook-xsl-ns (for release/xsl-ns/) to Build-Depends; the stylesheet URL then resolves through /etc/xml/catalog. This one is {{flavour}}.',
      steps: ['Build-Depends: ..., docbook-xsl   (or docbook-xsl-ns for xsl-ns URLs)', 'xmlcatalog /etc/xml/catalog {{url}}'],
    },
    docs: {
      description: 'xsltproc could not load a DocBook stylesheet by URL: `I/O error : Attempt to load network entity http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl` or `warning: failed to load external entity "..."`.',
      why: 'The stylesheets resolve to local files through the XML catalog only when docbook-xsl (or docbook-xsl-ns) is installed; the build has no network (and must not use it).',
      fix: 'Build-Depend on docbook-xsl (release/xsl/) or docbook-xsl-ns (release/xsl-ns/).',
    },
    examples: [
      { lines: ['I/O error : Attempt to load network entity http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl', 'warning: failed to load external entity "http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl"', 'cannot parse http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl'], captures: { url: 'http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl', flavour: 'xsl' }, package: 'docbook-xsl', source: 'libxml2 2.9.14 and xsltproc 1.1.35 (strings of libxml2.so.2; "cannot parse %s" from xsltproc), the usual man-page rule `xsltproc --nonet ...manpages/docbook.xsl`' },
      { lines: ['warning: failed to load external entity "http://docbook.sourceforge.net/release/xsl-ns/current/html/docbook.xsl"'], captures: { url: 'http://docbook.sourceforge.net/release/xsl-ns/current/html/docbook.xsl', flavour: 'xsl-ns' }, package: 'docbook-xsl-ns', source: 'libxml2 2.9.14 ("failed to load external entity \\"%s\\"")' },
    ],
    nearMisses: ['I/O error : Attempt to load network entity http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd', 'xsltproc --nonet -o foo.1 http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl foo.xml'],
    equivalents: { 'buildlog-consultant': ['missing-xml-entity'] },
  },
  {
    id: 'xml-network-entity',
    family: 'docs',
    title: 'libxml2 tried to load an entity (DTD, stylesheet, schema) from the network',
    cause: 'network-disabled',
    side: 'package',
    tags: ['docs', 'network', 'build-failure', 'generic'],
    // I/O error : Attempt to load network entity http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd
    match: /^I\/O error : Attempt to load network entity (?<url>\S+)/,
    literals: { prefixes: ['I/O error : Attempt to load network entity '] },
    message: 'libxml2 tried to fetch {{url}}: no local copy is registered in the XML catalog.',
    headline: 'network entity {{url}}',
    fix: {
      summary: 'Build-Depend on the package that registers {{url}} in /etc/xml/catalog (w3.org XHTML DTDs: w3c-sgml-lib; DocBook 5: docbook5-xml; TEI: tei-xsl), or change the document to a local path; Debian builds must not use the network.',
      steps: ['xmlcatalog /etc/xml/catalog {{url}}', "apt-file search --regexp '<the file name of the URL>$'"],
    },
    docs: {
      description: 'libxml2 was asked for a URL that no catalog entry maps to a local file: `I/O error : Attempt to load network entity URL`.',
      why: 'With --nonet (or without network) the load fails; a package that registers the resource in the XML catalog is missing from Build-Depends.',
      fix: 'Build-Depend on the package that ships and registers the resource, or point the document at a local file.',
    },
    examples: [{ lines: ['I/O error : Attempt to load network entity http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'], captures: { url: 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd' }, package: 'w3c-sgml-lib', source: 'libxml2 2.9.14 ("Attempt to load network entity %s") with an XHTML document' }],
    nearMisses: ['warning: failed to load external entity "foo.xml"'],
    equivalents: { 'buildlog-consultant': ['missing-xml-entity'] },
  },
  {
    id: 'sphinx-extension-missing',
    family: 'docs',
    title: 'Sphinx cannot import an extension conf.py names',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['docs', 'sphinx', 'python', 'build-failure'],
    // Extension error:
    // Could not import extension sphinx_rtd_theme (exception: No module named 'sphinx_rtd_theme')
    // (sphinx 5.3 registry.py "Could not import extension %s" + errors.py ExtensionError.__str__ " (exception: %s)"; the same in 8.1)
    match: /^Could not import extension (?<extension>\S+) \(exception: No module named '(?<module>[^']+)'\)/,
    message: 'conf.py loads the Sphinx extension {{extension}}, and the Python module {{module}} is not installed.',
    headline: 'Sphinx extension {{extension}} not installed',
    lookup: { kind: 'python', name: '{{module}}' },
    fix: { summary: 'Add {{packages}} (it ships the module {{module}} in {{suite}}) to Build-Depends (Build-Depends-Indep if only the -doc package needs it).', steps: ['Build-Depends-Indep: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package of the module {{module}} to Build-Depends-Indep (or Build-Depends): usually python3-<name> with `_` as `-` (sphinx_rtd_theme → python3-sphinx-rtd-theme, sphinxcontrib.* → python3-sphinxcontrib.*, myst_parser → python3-myst-parser).',
      steps: ["apt-file search --regexp '/usr/lib/python3/dist-packages/{{module}}(/__init__)?\\.py$'", 'Build-Depends-Indep: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'sphinx-build stopped: `Extension error:` then `Could not import extension x (exception: No module named \'x\')`.',
      why: 'Sphinx extensions and themes are separate Debian packages (python3-sphinx-rtd-theme, python3-sphinxcontrib-*, python3-myst-parser); they must be in Build-Depends(-Indep).',
      fix: 'Build-Depend on the package of the module (the finding names it from the package index).',
    },
    examples: [
      { lines: ['Extension error:', "Could not import extension sphinx_rtd_theme (exception: No module named 'sphinx_rtd_theme')"], line: 2, captures: { extension: 'sphinx_rtd_theme', module: 'sphinx_rtd_theme' }, package: 'python3-sphinx-rtd-theme', source: 'sphinx 5.3 cmd/build.py handle_exception (category line, then str(exception)), registry.py line 462 and errors.py ExtensionError.__str__' },
      { lines: ["Could not import extension sphinxcontrib.bibtex (exception: No module named 'sphinxcontrib.bibtex')"], captures: { extension: 'sphinxcontrib.bibtex', module: 'sphinxcontrib.bibtex' }, source: 'sphinx 8.1 registry.py line 456 / errors.py (f"{parent_str} (exception: {self.orig_exc})")' },
    ],
    nearMisses: ["Could not import extension myext (exception: cannot import name 'foo' from 'bar')", 'loading intersphinx inventory from https://docs.python.org/3/objects.inv...'],
    equivalents: { 'buildlog-consultant': ['missing-python-module'] },
  },
  {
    id: 'sphinx-theme-missing',
    family: 'docs',
    title: 'Sphinx has no theme of the name conf.py sets',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['docs', 'sphinx', 'build-failure'],
    // Theme error:
    // no theme named 'sphinx_rtd_theme' found (missing theme.conf?)      (sphinx 5.3 theming.py line 241)
    // no theme named 'furo' found (missing theme.toml?)                  (sphinx 8.1 theming.py line 236)
    match: /^no theme named '(?<theme>[^']+)' found(?: \(missing theme\.(?:conf|toml)\?\)|, inherited by '[^']*')/,
    literals: { prefixes: ["no theme named '"] },
    message: 'conf.py sets html_theme = \'{{theme}}\', and that theme is not installed.',
    headline: "Sphinx theme '{{theme}}' not installed",
    lookup: { kind: 'python', name: '{{theme}}' },
    fix: { summary: 'Add {{packages}} (it ships the {{theme}} theme in {{suite}}) to Build-Depends-Indep (or Build-Depends).', steps: ['Build-Depends-Indep: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the theme\'s package to Build-Depends-Indep: sphinx_rtd_theme → python3-sphinx-rtd-theme, furo → furo, pydata_sphinx_theme → python3-pydata-sphinx-theme, sphinx_book_theme → python3-sphinx-book-theme, alabaster → python3-alabaster; or set html_theme to one that is installed.',
      steps: ["apt-file search --regexp '/usr/lib/python3/dist-packages/{{theme}}/'", 'Build-Depends-Indep: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'sphinx-build stopped: `Theme error:` then `no theme named \'x\' found (missing theme.conf?)` (Sphinx 8: `theme.toml`).',
      why: 'Third-party HTML themes are separate Debian packages that must be in Build-Depends(-Indep).',
      fix: 'Build-Depend on the theme\'s package, or patch conf.py to a theme that is installed.',
    },
    examples: [
      { lines: ['Theme error:', "no theme named 'sphinx_rtd_theme' found (missing theme.conf?)"], line: 2, captures: { theme: 'sphinx_rtd_theme' }, package: 'python3-sphinx-rtd-theme', source: 'sphinx 5.3 theming.py line 241 and cmd/build.py handle_exception' },
      { lines: ["no theme named 'furo' found (missing theme.toml?)"], captures: { theme: 'furo' }, package: 'furo', source: 'sphinx 8.1 theming.py line 236' },
    ],
    nearMisses: ["WARNING: html_theme 'foo' is deprecated"],
    equivalents: { 'buildlog-consultant': ['missing-python-module'] },
  },
  {
    id: 'sphinx-version-too-old',
    family: 'docs',
    title: 'The documentation needs a newer Sphinx than the chroot has',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['docs', 'sphinx', 'build-failure'],
    // Sphinx version error:
    // This project needs at least Sphinx v7.0 and therefore cannot be built with this version.
    // (sphinx 5.3 application.py line 208, 8.1 line 245)
    match: /^This project needs at least Sphinx v(?<required>\S+) and therefore cannot be built with this version\./,
    message: 'conf.py sets needs_sphinx = \'{{required}}\'; the installed Sphinx is older.',
    headline: 'Sphinx {{required}} or newer is required',
    fix: {
      summary: 'Build for a suite with Sphinx ≥ {{required}} (bookworm 5.3, trixie 8.1) and say so: `python3-sphinx (>= {{required}})` in Build-Depends(-Indep); or lower needs_sphinx in conf.py with a patch if the docs build with the older one.',
      steps: ['Build-Depends-Indep: ..., python3-sphinx (>= {{required}})'],
    },
    docs: {
      description: 'sphinx-build stopped: `Sphinx version error:` then `This project needs at least Sphinx v7.0 and therefore cannot be built with this version.`',
      why: 'conf.py\'s needs_sphinx is newer than the suite\'s python3-sphinx.',
      fix: 'Build for a suite with that Sphinx, or patch needs_sphinx down.',
    },
    examples: [{ lines: ['Sphinx version error:', 'This project needs at least Sphinx v7.0 and therefore cannot be built with this version.'], line: 2, captures: { required: '7.0' }, source: 'sphinx 5.3 application.py line 208 and cmd/build.py handle_exception' }],
    nearMisses: ['Running Sphinx v5.3.0'],
    equivalents: { 'buildlog-consultant': ['missing-vague-dependency'] },
  },
  {
    id: 'sphinx-warning-as-error',
    family: 'docs',
    title: 'sphinx-build -W turned a warning into the failure',
    cause: 'docs-build-failed',
    side: 'package',
    tags: ['docs', 'sphinx', 'build-failure'],
    // Warning, treated as error:
    // /<<PKGBUILDDIR>>/docs/index.rst:12:toctree contains reference to nonexisting document 'changes'
    // (sphinx 5.3 / 8.1 errors.py SphinxWarning.category, printed by handle_exception before the warning)
    match: /^Warning, treated as error:\s*$/,
    literals: { prefixes: ['Warning, treated as error:'] },
    then: { match: /^(?<warning>\S.*)$/s, within: 1, reportHere: true, note: 'the warning' },
    message: 'sphinx-build runs with -W and stopped at a warning: {{warning}}',
    headline: 'Sphinx warning treated as error: {{warning}}',
    fix: {
      summary: 'Fix the cause of the warning (often intersphinx needing the network, a missing module for autodoc, a nonexisting document), or drop -W for the Debian build: `PYBUILD_SPHINX_ARGS` / the SPHINXOPTS of the docs Makefile (e.g. `$(MAKE) -C docs html SPHINXOPTS=`).',
      steps: ['override_dh_auto_build-indep:\n\t$(MAKE) -C docs html SPHINXOPTS="-D intersphinx_mapping={}"'],
    },
    docs: {
      description: 'sphinx-build -W stopped: `Warning, treated as error:` and the warning on the next line.',
      why: 'Upstream treats documentation warnings as errors; in a Debian build warnings appear that upstream does not see (no network for intersphinx, modules not importable for autodoc, newer Sphinx deprecations).',
      fix: 'Fix the warning\'s cause or build the docs without -W.',
    },
    examples: [{ lines: ['Warning, treated as error:', "/<<PKGBUILDDIR>>/docs/index.rst:12:toctree contains reference to nonexisting document 'changes'"], line: 2, captures: { warning: "/<<PKGBUILDDIR>>/docs/index.rst:12:toctree contains reference to nonexisting document 'changes'" }, source: 'sphinx 5.3 errors.py (category "Warning, treated as error") and its toctree warning text' }],
    nearMisses: ['build succeeded, 3 warnings.'],
  },
  {
    id: 'latex-file-not-found',
    family: 'docs',
    title: 'LaTeX cannot find a package, class or file (.sty, .cls, .def)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['docs', 'latex', 'build-failure'],
    // ! LaTeX Error: File `fancyvrb.sty' not found.
    match: /^! LaTeX Error: File [`'‘](?<file>[^'’]+)['’] not found\./,
    literals: { prefixes: ['! LaTeX Error: File '] },
    message: 'LaTeX needs {{file}}, which no installed TeX Live package provides.',
    headline: "LaTeX: file '{{file}}' not found",
    lookup: { kind: 'file', name: '{{file}}' },
    fix: { summary: 'Add {{packages}} (it ships {{file}} in {{suite}}) to Build-Depends(-Indep).', steps: ['Build-Depends-Indep: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the TeX Live package that ships {{file}} to Build-Depends(-Indep) (fancyvrb.sty: texlive-latex-recommended; most .sty files are in texlive-latex-extra; fonts in texlive-fonts-recommended; Sphinx\'s LaTeX builder needs latexmk, texlive-latex-extra, tex-gyre).',
      steps: ["apt-file search --regexp '/{{file}}$'", 'Build-Depends-Indep: ..., <the texlive package apt-file names>'],
    },
    docs: {
      description: 'LaTeX stopped: `! LaTeX Error: File \'fancyvrb.sty\' not found.`',
      why: 'TeX Live is split into many Debian packages; the one that ships the file is not in Build-Depends.',
      fix: 'Build-Depend on the texlive-* package that ships the file (the finding names it from the package index).',
    },
    examples: [{ lines: ["! LaTeX Error: File `fancyvrb.sty' not found."], captures: { file: 'fancyvrb.sty' }, package: 'texlive-latex-recommended', source: 'buildlog-consultant src/common.rs test_missing_latex_files' }],
    nearMisses: ['(/usr/share/texlive/texmf-dist/tex/latex/fancyvrb/fancyvrb.sty'],
    equivalents: { 'buildlog-consultant': ['missing-latex-file'] },
  },
  {
    id: 'latex-font-not-loadable',
    family: 'docs',
    title: 'TeX cannot load a font (its TFM file is missing)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['docs', 'latex', 'build-failure'],
    // ! Font T1/cmr/m/n/10=ecrm1000 at 10.0pt not loadable: Metric (TFM) file not found.
    match: /^! Font (?<font>[^\s=]+)=(?<tfm>\S+) (?:at \S+ )?not loadable: Metric \(TFM\) file not found\./,
    literals: { prefixes: ['! Font '] },
    message: 'TeX cannot load the font {{tfm}} ({{font}}): its metric file is not installed.',
    headline: 'font {{tfm}} not loadable',
    fix: {
      summary: 'Build-Depend on the package with the font: EC fonts (ecrm*, T1 Computer Modern) have their TFM files in texlive-base (from texlive-latex-base) and Type 1 outlines in cm-super, Latin Modern → lmodern, others: apt-file names the package of {{tfm}}.tfm.',
      steps: ["apt-file search --regexp '/{{tfm}}\\.(tfm|pfb)$'", 'Build-Depends-Indep: ..., texlive-latex-base, cm-super   (for ec* fonts)'],
    },
    docs: {
      description: 'TeX stopped: `! Font T1/cmr/m/n/10=ecrm1000 at 10.0pt not loadable: Metric (TFM) file not found.`',
      why: 'The font\'s package is not installed, so neither its TFM file nor the METAFONT sources mktextfm would need are there.',
      fix: 'Build-Depend on the font\'s package (texlive-base through texlive-latex-base, cm-super, lmodern).',
    },
    examples: [{ lines: ['! Font T1/cmr/m/n/10=ecrm1000 at 10.0pt not loadable: Metric (TFM) file not found.'], captures: { font: 'T1/cmr/m/n/10', tfm: 'ecrm1000' }, source: 'TeX (tex.web "not loadable: Metric (TFM) file not found"), the EC font of LaTeX\'s T1 encoding' }],
    nearMisses: ['mktextfm: Running mf-nowin -progname=mf \\mode:=ljfour; mag:=1; nonstopmode; input ecrm1000'],
  },
  {
    id: 'latex-fontspec-font-missing',
    family: 'docs',
    title: 'fontspec (XeLaTeX/LuaLaTeX) cannot find a font',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['docs', 'latex', 'build-failure'],
    // ! Package fontspec Error: The font "FreeSerif" cannot be found.
    match: /^(?:!|\S+:\d+:) Package fontspec Error: The font "(?<font>[^"]+)" cannot be found\./,
    literals: { anywhere: ['Package fontspec Error: The font "'] },
    message: 'The document asks fontspec for the font {{font}}, which is not installed.',
    headline: 'font "{{font}}" not found (fontspec)',
    fix: {
      summary: 'Build-Depend on the fonts-* package that ships {{font}} (FreeSerif → fonts-freefont-otf, DejaVu → fonts-dejavu-core, Linux Libertine → fonts-linuxlibertine, TeX Gyre → tex-gyre, Noto → fonts-noto-core).',
      steps: ["apt-file search --regexp '/{{font}}[^/]*\\.(otf|ttf)$'", 'Build-Depends-Indep: ..., <the fonts-* package>'],
    },
    docs: {
      description: 'XeLaTeX or LuaLaTeX stopped: `! Package fontspec Error: The font "X" cannot be found.`',
      why: 'System fonts for fontspec come from fonts-* packages, which must be in Build-Depends(-Indep).',
      fix: 'Build-Depend on the package that ships the font.',
    },
    examples: [{ lines: ['! Package fontspec Error: The font "FreeSerif" cannot be found.'], captures: { font: 'FreeSerif' }, package: 'fonts-freefont-otf', source: 'fontspec (fontspec.dtx "The font \\"#1\\" cannot be found."), the form buildlog-consultant src/common.rs matches' }],
    nearMisses: ['Package fontspec Warning: Font "FreeSerif" does not contain requested Script'],
    equivalents: { 'buildlog-consultant': ['missing-fontspec'] },
  },
  {
    id: 'doxygen-dot-missing',
    family: 'docs',
    title: 'Doxygen cannot run dot (graphviz)',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['docs', 'doxygen', 'build-failure'],
    // error: Problems running dot: exit code=127, command='dot', arguments='"/home/evan/3560/quiz2/3560Quiz2/html/college_8cc__incl.dot" -Tpng -o "..."'
    match: /^(?:error: )?Problems running dot: exit code=(?<status>-?\d+), command='(?<command>[^']+)'/,
    literals: { anywhere: ['Problems running dot: exit code='] },
    message: 'Doxygen has HAVE_DOT = YES and cannot run {{command}} (exit code {{status}}).',
    headline: 'Doxygen: problems running dot',
    fix: { summary: 'Add graphviz (it ships /usr/bin/dot) to Build-Depends(-Indep), or set HAVE_DOT = NO in the Doxyfile.', steps: ['Build-Depends-Indep: ..., graphviz'] },
    docs: {
      description: 'Doxygen could not run dot: `error: Problems running dot: exit code=127, command=\'dot\', ...` (exit code 127: not installed).',
      why: 'HAVE_DOT = YES makes doxygen draw graphs with graphviz\'s dot, which is not in Build-Depends.',
      fix: 'Build-Depend on graphviz, or turn HAVE_DOT off.',
    },
    examples: [{ lines: ['sh: 1: dot: not found', "error: Problems running dot: exit code=127, command='dot', arguments='\"/home/evan/3560/quiz2/3560Quiz2/html/college_8cc__incl.dot\" -Tpng -o \"/home/evan/3560/quiz2/3560Quiz2/html/college_8cc__incl.png\"'"], line: 2, captures: { status: '127', command: 'dot' }, source: 'real doxygen log stored in a public repository' }],
    nearMisses: ['Running dot for graph 1/21'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
  {
    id: 'help2man-no-help-output',
    family: 'docs',
    title: 'help2man could not run the program it documents',
    cause: 'docs-build-failed',
    side: 'package',
    tags: ['docs', 'build-failure'],
    // help2man: can't get `--help' info from man/chroot.td/chroot
    // Try `--no-discard-stderr' if option outputs to stderr
    match: /^\s*help2man: can't get [`']--(?<option>help|version)' info from (?<program>\S+)/,
    literals: { prefixes: ['help2man: can\'t get '] },
    message: 'help2man ran {{program}} --{{option}} to write its man page, and it printed nothing on stdout (or failed).',
    headline: "help2man: can't get --{{option}} from {{program}}",
    fix: {
      summary: 'Make {{program}} runnable at build time (it must be built first, and run without a display, network or installed data; when cross-building it cannot run: ship the man page or skip help2man with DEB_BUILD_PROFILES nodoc); if it prints --{{option}} to stderr, pass --no-discard-stderr to help2man.',
      steps: ['./{{program}} --{{option}}; echo "exit $?"'],
    },
    docs: {
      description: 'help2man stopped: `help2man: can\'t get \'--help\' info from PROG` and `Try \'--no-discard-stderr\' if option outputs to stderr`.',
      why: 'help2man runs the freshly built program; it fails when the program crashes in the chroot (missing X display, data file, a library), is not built yet, cannot run (cross build), or writes its help to stderr.',
      fix: 'Run the program by hand in the build tree to see why; add --no-discard-stderr if it writes to stderr.',
    },
    examples: [{ lines: ["  help2man: can't get `--help' info from man/chroot.td/chroot", "  Try `--no-discard-stderr' if option outputs to stderr"], captures: { option: 'help', program: 'man/chroot.td/chroot' }, source: 'real coreutils 8.28 build log stored in a public repository' }],
    nearMisses: ['  GEN      man/chroot.1'],
  },
  {
    id: 'pandoc-pdf-engine-missing',
    family: 'docs',
    title: 'pandoc cannot find the PDF engine (pdflatex, xelatex, ...)',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['docs', 'pandoc', 'latex', 'build-failure'],
    // pdflatex not found. Please select a different --pdf-engine or install pdflatex
    // pdflatex not found. Please select a different --pdf-engine or install pdflatex -- see also /usr/share/doc/pandoc/README.Debian
    // (pandoc's PandocPDFProgramNotFoundError: pdfprog <> " not found. Please select a different --pdf-engine or install " <> pdfprog)
    match: /^(?<engine>[\w.-]+) not found\. Please select a different --pdf-engine or install \k<engine>/,
    literals: { anywhere: [' not found. Please select a different --pdf-engine'] },
    message: 'pandoc renders PDF with {{engine}}, which is not installed.',
    headline: 'pandoc: {{engine}} not found',
    lookup: { kind: 'command', name: '{{engine}}' },
    fix: { summary: 'Add {{packages}} (it ships {{engine}} in {{suite}}) to Build-Depends(-Indep); pandoc\'s LaTeX template also needs texlive-latex-recommended (and lmodern).', steps: ['Build-Depends-Indep: ..., {{package}}, texlive-latex-recommended, lmodern'] },
    fixUnresolved: {
      summary: 'Add the PDF engine to Build-Depends(-Indep): pdflatex → texlive-latex-base, xelatex → texlive-xetex, lualatex → texlive-latex-base (its engine: texlive-luatex), wkhtmltopdf → wkhtmltopdf, weasyprint → weasyprint; pandoc\'s LaTeX template also needs texlive-latex-recommended and lmodern (see /usr/share/doc/pandoc/README.Debian).',
      steps: ["apt-file search --regexp '/usr/bin/{{engine}}$'", 'Build-Depends-Indep: ..., <the engine package>, texlive-latex-recommended, lmodern'],
    },
    docs: {
      description: 'pandoc stopped: `pdflatex not found. Please select a different --pdf-engine or install pdflatex` (Debian adds `-- see also /usr/share/doc/pandoc/README.Debian`).',
      why: 'Debian\'s pandoc only suggests TeX; the PDF engine and the LaTeX packages of its template must be in Build-Depends(-Indep).',
      fix: 'Build-Depend on the engine\'s package (texlive-latex-base for pdflatex, texlive-xetex for xelatex) and texlive-latex-recommended.',
    },
    examples: [
      { lines: ['pdflatex not found. Please select a different --pdf-engine or install pdflatex'], captures: { engine: 'pdflatex' }, package: 'texlive-latex-base', source: 'real pandoc output quoted in public repositories (pandoc 2.x/3.x PandocPDFProgramNotFoundError)' },
      { lines: ['pdflatex not found. Please select a different --pdf-engine or install pdflatex -- see also /usr/share/doc/pandoc/README.Debian'], captures: { engine: 'pdflatex' }, package: 'texlive-latex-base', source: 'real output of Debian\'s pandoc quoted in a public repository' },
      { lines: ['xelatex not found. Please select a different --pdf-engine or install xelatex'], captures: { engine: 'xelatex' }, package: 'texlive-xetex', source: 'real pandoc output quoted in a public README' },
    ],
    nearMisses: ['pandoc -f markdown -t pdf mymarkdown.md -o mymarkdown.pdf', 'Error producing PDF.'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
];
