import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * GObject introspection and Vala: the typelibs (gir1.2-* packages) a program or test loads at run time,
 * the .gir files g-ir-scanner includes and the .vapi files valac reads (-dev packages, or valac's own
 * valac-X-vapi). Wordings: libgirepository 1.74 (`Typelib file for namespace '%s', version '%s' not
 * found`, `(any version)`), PyGObject 3.42 gi/__init__.py (`Namespace %s not available` / `for version
 * %s`), giscanner/transformer.py 1.74 (`Couldn't find include '%s' (search path: '%s')`), libvala 0.56
 * (`Package `%s' not found in specified Vala API directories or GObject-Introspection GIR directories`),
 * meson 1.0.1 compilers/detect.py (`Could not execute Vala compiler: %s`). (`Package
 * gobject-introspection-1.0 was not found` is pkg-config's: see pkg-config.ts.)
 */

const typelibSearch = "apt-file search --regexp '/girepository-1.0/{{namespace}}-[^/]*\\.typelib$'";

export const gobject: readonly CatalogEntry[] = [
  {
    id: 'gi-typelib-not-found',
    family: 'gobject',
    title: 'A GObject-introspection typelib is not installed',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['gobject-introspection', 'build-failure'],
    // Typelib file for namespace 'Gtk', version '3.0' not found
    // JS ERROR: Error: Requiring Gtk, version 4.0: Typelib file for namespace 'Gtk', version '4.0' not found
    // gi.RepositoryError: Typelib file for namespace 'Gst', version '1.0' not found
    match: /Typelib file for namespace '(?<namespace>[^']+)', version '(?<version>[^']+)' not found/,
    message: 'The program loads the {{namespace}} {{version}} typelib, which is not installed.',
    headline: 'typelib {{namespace}}-{{version}} not found',
    lookup: { kind: 'file', name: '/usr/lib/x86_64-linux-gnu/girepository-1.0/{{namespace}}-{{version}}.typelib' },
    fix: { summary: 'Add {{packages}} (it ships {{namespace}}-{{version}}.typelib in {{suite}}) to Build-Depends (for tests) or to the test\'s Depends in debian/tests/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the gir1.2-* package that ships {{namespace}}-{{version}}.typelib to Build-Depends (for tests run at build time) or to the Depends of the autopkgtest (typelib packages are named gir1.2-<namespace in lower case>-<version>, e.g. gir1.2-gtk-3.0; GStreamer\'s Gst is gir1.2-gstreamer-1.0).',
      steps: ["apt-file search --regexp '/girepository-1.0/{{namespace}}-{{version}}\\.typelib$'", 'Build-Depends: ..., <the gir1.2-* package>'],
    },
    docs: {
      description: 'libgirepository found no typelib: `Typelib file for namespace \'Gtk\', version \'3.0\' not found` (from gjs, PyGObject, g-ir-* tools).',
      why: 'Typelibs are packaged separately as gir1.2-*; a -dev package does not bring them. Tests at build time need them in Build-Depends, autopkgtests in debian/tests/control.',
      fix: 'Build-Depend on the gir1.2-* package that ships the typelib.',
    },
    examples: [
      { lines: ["Typelib file for namespace 'Gtk', version '3.0' not found"], captures: { namespace: 'Gtk', version: '3.0' }, package: 'gir1.2-gtk-3.0', source: "libgirepository 1.74 (strings of libgirepository-1.0.so.1: \"Typelib file for namespace '%s', version '%s' not found\")" },
      { lines: ["JS ERROR: Error: Requiring Gst, version 1.0: Typelib file for namespace 'Gst', version '1.0' not found"], captures: { namespace: 'Gst', version: '1.0' }, package: 'gir1.2-gstreamer-1.0', source: 'gjs reporting the libgirepository 1.74 error' },
    ],
    nearMisses: ["Typelib file for namespace 'Gtk' (any version) not found", 'g-ir-compiler Gtk-3.0.gir -o Gtk-3.0.typelib'],
    equivalents: { 'buildlog-consultant': ['missing-introspection-typelib'] },
  },
  {
    id: 'gi-namespace-not-available',
    family: 'gobject',
    title: 'PyGObject cannot load a GObject-introspection namespace',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['gobject-introspection', 'python', 'build-failure'],
    // ValueError: Namespace GnomeDesktop not available
    // ValueError: Namespace Gtk not available for version 4.0
    // ImportError: cannot import name Handy, introspection typelib not found
    // (PyGObject 3.42 gi/__init__.py require_version; gi/importer.py)
    match: [
      /^(?:E\s+)?ValueError: Namespace (?<namespace>\S+) not available(?: for version (?<version>\S+))?$/,
      /^(?:E\s+)?ImportError: cannot import name '?(?<namespace>\w+)'?, introspection typelib not found/,
    ],
    literals: { anywhere: ['ValueError: Namespace ', ', introspection typelib not found'] },
    message: 'Python code loads the {{namespace}} typelib (gi.require_version / from gi.repository import {{namespace}}), which is not installed.',
    headline: 'GI namespace {{namespace}} not available',
    fix: {
      summary: 'Add the gir1.2-* package of the {{namespace}} typelib to Build-Depends (tests at build time) or the autopkgtest\'s Depends: gir1.2-<namespace in lower case>-<version> (GnomeDesktop 3.0 → gir1.2-gnomedesktop-3.0, Gtk 3.0 → gir1.2-gtk-3.0, Gtk 4.0 → gir1.2-gtk-4.0).',
      steps: [typelibSearch, 'Build-Depends: ..., <the gir1.2-* package>'],
    },
    docs: {
      description: 'PyGObject raised `ValueError: Namespace X not available` (with `for version V` when a version was required) or `ImportError: cannot import name X, introspection typelib not found`.',
      why: 'The typelib comes with a gir1.2-* package, separate from the library and its -dev package; tests and tools that import it need it in Build-Depends (or in debian/tests/control).',
      fix: 'Build-Depend on the gir1.2-* package that ships the namespace\'s typelib.',
    },
    examples: [
      { lines: ['ValueError: Namespace GnomeDesktop not available'], captures: { namespace: 'GnomeDesktop' }, package: 'gir1.2-gnomedesktop-3.0', source: 'buildlog-consultant src/common.rs test_gir' },
      { lines: ['ValueError: Namespace Gtk not available for version 4.0'], captures: { namespace: 'Gtk', version: '4.0' }, package: 'gir1.2-gtk-4.0', source: "PyGObject 3.42 gi/__init__.py line 129 ('Namespace %s not available for version %s')" },
      { lines: ['ImportError: cannot import name Handy, introspection typelib not found'], captures: { namespace: 'Handy' }, source: 'PyGObject gi/importer.py (the form buildlog-consultant src/common.rs matches)' },
    ],
    nearMisses: ["ValueError: Namespace Gtk is already loaded with version 3.0", 'PyGIWarning: Gtk was imported without specifying a version first.'],
    equivalents: { 'buildlog-consultant': ['missing-introspection-typelib'] },
  },
  {
    id: 'gir-include-not-found',
    family: 'gobject',
    title: 'g-ir-scanner cannot find a .gir file the library\'s introspection data includes',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['gobject-introspection', 'build-failure'],
    // Couldn't find include 'Gtk-3.0.gir' (search path: '['gir-1.0', '/usr/share/gir-1.0', '/usr/share/gir-1.0']')
    // (gobject-introspection 1.74 giscanner/transformer.py line 202)
    match: /^Couldn't find include '(?<gir>[^'/]+\.gir)' \(search path: /,
    message: 'g-ir-scanner needs {{gir}} (an --include of the introspection build), which is not installed.',
    headline: "Couldn't find include '{{gir}}'",
    lookup: { kind: 'file', name: '/usr/share/gir-1.0/{{gir}}' },
    fix: { summary: 'Add {{packages}} (it ships /usr/share/gir-1.0/{{gir}} in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the -dev package that ships /usr/share/gir-1.0/{{gir}} to Build-Depends (the .gir files come with the library\'s -dev package, e.g. Gtk-3.0.gir with libgtk-3-dev; GLib-2.0.gir and GObject-2.0.gir with gir1.2-glib-2.0-dev in trixie, libgirepository1.0-dev before).',
      steps: ["apt-file search --regexp '/gir-1.0/{{gir}}$'", 'Build-Depends: ..., <the -dev package>'],
    },
    docs: {
      description: 'g-ir-scanner stopped: `Couldn\'t find include \'Gtk-3.0.gir\' (search path: ...)`.',
      why: 'The library\'s introspection data includes other namespaces; their .gir files come with their -dev packages, which are not in Build-Depends.',
      fix: 'Build-Depend on the -dev package that ships the .gir.',
    },
    examples: [{ lines: ["Couldn't find include 'Gtk-3.0.gir' (search path: '['gir-1.0', '/usr/share/gir-1.0', '/usr/share/gir-1.0']')"], captures: { gir: 'Gtk-3.0.gir' }, package: 'libgtk-3-dev', source: 'gobject-introspection 1.74 giscanner/transformer.py line 202 ("Couldn\'t find include \'%s\' (search path: \'%s\')")' }],
    nearMisses: ["g-ir-scanner: warning: Couldn't find associated structure for 'FooBar'"],
    equivalents: { 'buildlog-consultant': ['missing-introspection-typelib'] },
  },
  {
    id: 'vala-package-not-found',
    family: 'gobject',
    title: 'valac cannot find a .vapi (or .gir) for a --pkg the build uses',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['vala', 'build-failure'],
    // error: Package `glib-2.0' not found in specified Vala API directories or GObject-Introspection GIR directories
    // (libvala 0.56: "Package `%s' not found in specified Vala API directories or GObject-Introspection GIR directories")
    match: /^(?:\S+: )?error: Package [`'](?<vapi>[^'`]+)' not found in specified Vala API directories or GObject-Introspection GIR directories/,
    literals: { anywhere: ["' not found in specified Vala API directories"] },
    message: 'valac was asked for --pkg {{vapi}}, and no {{vapi}}.vapi (or .gir) is installed.',
    headline: 'Vala package {{vapi}} not found',
    lookup: { kind: 'file', name: '{{vapi}}.vapi' },
    // valac 0.56.3 Depends on valac-0.56-vapi (Vala's own bindings); valac(1) of valac-bin 0.56.3:
    // `--nostdpkg  Do not include standard packages`.
    fix: { summary: 'Add {{packages}} (it ships {{vapi}}.vapi in {{suite}}) to Build-Depends in debian/control; a valac-<version>-vapi package comes with valac of that version, so if valac is installed, check that the build runs that valac and passes no --nostdpkg.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: {
      summary: 'Add the package that ships {{vapi}}.vapi to Build-Depends: most come with the library\'s -dev package (/usr/share/vala/vapi/, e.g. gee-0.8.vapi in libgee-0.8-dev); the bindings shipped with Vala itself (glib-2.0, gtk+-3.0, ...) are in valac-<version>-vapi, installed with valac — then check that the build uses the installed valac.',
      steps: ["apt-file search --regexp '/vapi/{{vapi}}\\.vapi$'", 'Build-Depends: ..., <the package apt-file names>'],
    },
    docs: {
      description: 'valac stopped: `error: Package \'gtk+-3.0\' not found in specified Vala API directories or GObject-Introspection GIR directories`.',
      why: 'Vala bindings (.vapi) come with the library\'s -dev package or with valac\'s own valac-X-vapi package; the one named by --pkg is not installed.',
      fix: 'Build-Depend on the package that ships the .vapi (the finding names it from the package index).',
    },
    examples: [
      { lines: ["error: Package `glib-2.0' not found in specified Vala API directories or GObject-Introspection GIR directories"], captures: { vapi: 'glib-2.0' }, package: 'valac-0.56-vapi', source: 'buildlog-consultant src/common.rs test_vala_error' },
      { lines: ["error: Package `gee-0.8' not found in specified Vala API directories or GObject-Introspection GIR directories"], captures: { vapi: 'gee-0.8' }, package: 'libgee-0.8-dev', source: 'libvala 0.56 (strings of libvala-0.56.so.0)' },
    ],
    nearMisses: ["../src/Backend/FeedServer.vala:60.98-60.148: error: The name `COLLECTION_CREATE_NONE' does not exist in the context of `Secret.CollectionCreateFlags'"],
    equivalents: { 'buildlog-consultant': ['missing-vala-package'] },
  },
  {
    id: 'meson-vala-compiler-missing',
    family: 'gobject',
    title: 'Meson cannot run the Vala compiler',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['vala', 'meson', 'build-failure'],
    // meson.build:1:0: ERROR: Could not execute Vala compiler: valac        (meson 1.0.1 compilers/detect.py line 918; 1.7.0 line 1018)
    // meson.build:1:0: ERROR: Could not execute Vala compiler "valac"       (older meson, as buildlog-consultant src/common.rs matches)
    match: /^(?:\S*meson\.build:\d+:\d+: )?ERROR:\s+Could not execute Vala compiler(?:: | ")(?<command>[^"\s]+)/,
    literals: { anywhere: ['Could not execute Vala compiler'] },
    message: 'The project uses Vala and {{command}} is not installed.',
    headline: 'Could not execute Vala compiler {{command}}',
    fix: { summary: 'Add valac to Build-Depends in debian/control.', steps: ['Build-Depends: ..., valac'] },
    docs: {
      description: 'Meson could not run the Vala compiler for project(..., \'vala\'): `ERROR: Could not execute Vala compiler: valac`.',
      why: 'valac is not part of build-essential and is missing from Build-Depends.',
      fix: 'Build-Depend on valac.',
    },
    examples: [
      { lines: ['meson.build:1:0: ERROR: Could not execute Vala compiler: valac'], captures: { command: 'valac' }, source: "meson 1.0.1 compilers/detect.py line 918 ('Could not execute Vala compiler: {}')" },
      { lines: ['meson.build:1:0: ERROR: Could not execute Vala compiler "valac"'], captures: { command: 'valac' }, source: 'older meson wording (buildlog-consultant src/common.rs: ERROR: Could not execute Vala compiler "(.*)")' },
    ],
    nearMisses: ['Vala compiler for the host machine: valac (valac 0.56.3)'],
    equivalents: { 'buildlog-consultant': ['command-missing'] },
  },
];
