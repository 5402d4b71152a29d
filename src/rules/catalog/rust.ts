import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Rust and cargo. Debian builds crates offline against the directory source /usr/share/cargo/registry
 * (debcargo, dh-cargo), where each librust-<crate>-dev package unpacks <crate>-<version>/ (crate names
 * with `_` become `-` in package names). Wordings from cargo 0.66 (Debian bookworm: `no matching
 * package named `%s` found`, `location searched:`, `failed to select a version for the requirement`,
 * `failed to get `%s` as a dependency of package`, `cannot be built because it requires rustc %s or
 * newer, while the currently active rustc version is %s`), rustc 1.63 (E0463) and
 * buildlog-consultant's tests.
 */
const aptCrate = "apt-file search --regexp '^/usr/share/cargo/registry/{{crate}}-[0-9][^/]*/Cargo\\.toml$'";
const crateName = 'Debian names it librust-<crate, _ as ->-dev';

export const rust: readonly CatalogEntry[] = [
  {
    id: 'cargo-no-matching-package',
    family: 'rust',
    title: 'cargo cannot find a crate in the Debian registry',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['rust', 'cargo', 'build-failure'],
    // error: no matching package named `serde_json` found
    match: /^error: no matching package named `(?<crate>[\w-]+)` found/,
    message: 'cargo cannot find the crate {{crate}} in the registry it uses (offline: /usr/share/cargo/registry).',
    headline: 'Rust crate {{crate}} not found',
    fix: { summary: `Add the package that ships the crate {{crate}} to Build-Depends (${crateName}, e.g. librust-serde-json-dev; with a feature: librust-<crate>+<feature>-dev).`, steps: [aptCrate, 'Build-Depends: ..., librust-<crate>-dev'] },
    docs: {
      description: 'cargo said `error: no matching package named `x` found`, then `location searched: directory source `/usr/share/cargo/registry`` (or `registry `crates-io``) and `required by package ...`.',
      why: 'dh-cargo and debcargo point cargo at /usr/share/cargo/registry offline; a crate that no installed librust-*-dev ships is missing from Build-Depends.',
      fix: 'Build-Depend on the crate\'s librust-*-dev package (debcargo generates the list from Cargo.toml).',
    },
    examples: [{ lines: ['error: no matching package named `serde_json` found', 'location searched: directory source `/usr/share/cargo/registry` (which is replacing registry `crates-io`)', 'required by package `foo v0.1.0 (/<<PKGBUILDDIR>>)`'], captures: { crate: 'serde_json' }, source: 'cargo 0.66 (Debian bookworm) resolver errors' }],
    nearMisses: ['location searched: directory source `/usr/share/cargo/registry` (which is replacing registry `crates-io`)', '   Compiling serde_json v1.0.108'],
    equivalents: { 'buildlog-consultant': ['missing-cargo-crate'] },
  },
  {
    id: 'cargo-version-not-available',
    family: 'rust',
    title: 'cargo finds the crate, but no version that matches the requirement',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['rust', 'cargo', 'build-failure'],
    // error: failed to select a version for the requirement `clap = "^4.1"`
    match: /^error: failed to select a version for the requirement `(?<crate>[\w-]+) = "(?<requirement>[^"]+)"`/,
    message: 'cargo has {{crate}}, but no version matching {{requirement}}.',
    headline: 'no {{crate}} version matching {{requirement}}',
    fix: { summary: `Build against a version of {{crate}} that matches {{requirement}} (versioned Build-Depends on its librust package: ${crateName}), or relax the requirement in Cargo.toml with a patch if the code builds with the version Debian has (check candidate versions: in the lines below the error).`, steps: [aptCrate, "grep -n '{{crate}}' Cargo.toml"] },
    docs: {
      description: 'cargo said `error: failed to select a version for the requirement `x = "^1.2"`` followed by `candidate versions found which didn\'t match: ...`.',
      why: 'The registry (Debian\'s) has the crate in another version than Cargo.toml asks for.',
      fix: 'Package the needed version, or patch Cargo.toml to accept the available one (a common Debian patch).',
    },
    examples: [{ lines: ['error: failed to select a version for the requirement `clap = "^4.1"`', 'candidate versions found which didn\'t match: 3.2.23', 'location searched: directory source `/usr/share/cargo/registry` (which is replacing registry `crates-io`)'], captures: { crate: 'clap', requirement: '^4.1' }, source: 'cargo 0.66 (Debian bookworm)' }],
    nearMisses: ['error: failed to select a version for `clap` which could resolve this conflict'],
    equivalents: { 'buildlog-consultant': ['missing-cargo-crate'] },
  },
  {
    id: 'cargo-dependency-not-available',
    family: 'rust',
    title: 'cargo cannot get a dependency (offline or unreachable registry)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['rust', 'cargo', 'build-failure'],
    // error: failed to get `serde` as a dependency of package `foo v0.1.0 (/<<PKGBUILDDIR>>)`
    match: /^error: failed to get `(?<crate>[\w-]+)` as a dependency of package `(?<dependent>[^`]+)`/,
    message: 'cargo cannot get the crate {{crate}} for {{dependent}}.',
    headline: 'cargo cannot get {{crate}}',
    fix: { summary: `Build offline against /usr/share/cargo/registry (dh-cargo / debcargo set it up) and Build-Depend on the package of {{crate}} (${crateName}); if the log shows crates.io being contacted, the build does not use the Debian registry: use dh-cargo or set CARGO_HOME with debian/cargo_home/config.`, steps: [aptCrate, 'Build-Depends: ..., dh-cargo'] },
    docs: {
      description: 'cargo said `error: failed to get `x` as a dependency of package `y`` (the causes below it: offline mode, network, an unpackaged crate).',
      why: 'cargo needs every dependency from the registry; in a Debian build only the installed librust-*-dev crates are available, offline.',
      fix: 'Build-Depend on the crate\'s package and build with dh-cargo.',
    },
    examples: [{ lines: ['error: failed to get `serde` as a dependency of package `foo v0.1.0 (/<<PKGBUILDDIR>>)`', '', 'Caused by:', '  attempting to make an HTTP request, but --offline was specified'], captures: { crate: 'serde', dependent: 'foo v0.1.0 (/<<PKGBUILDDIR>>)' }, source: 'buildlog-consultant src/common.rs (missing-cargo-crate matcher); cargo 0.66' }],
    nearMisses: ['    Updating crates.io index'],
    equivalents: { 'buildlog-consultant': ['missing-cargo-crate'] },
  },
  {
    id: 'rustc-crate-not-found',
    family: 'rust',
    title: 'rustc cannot find a crate (E0463)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['rust', 'build-failure'],
    // error[E0463]: can't find crate for `serde_derive`
    match: /^error\[E0463\]: can't find crate for `(?<crate>\w+)`/,
    message: 'rustc cannot find the crate {{crate}} (for std/core: the standard library for the target is not installed).',
    headline: 'rustc: can\'t find crate {{crate}}',
    fix: { summary: `For a dependency: declare it in Cargo.toml and Build-Depend on its package (${crateName}); for std or core: install the target's standard library (libstd-rust-dev for the host, or the cross target's libstd-rust-dev:<arch>).`, steps: [aptCrate] },
    docs: {
      description: 'rustc said `error[E0463]: can\'t find crate for `x``.',
      why: 'A crate the code uses is not among the --extern crates cargo passes (missing from Cargo.toml or not built), or the standard library for the target is missing.',
      fix: 'Add the dependency (and its package), or the target\'s libstd-rust-dev.',
    },
    examples: [{ lines: ["error[E0463]: can't find crate for `serde_derive`"], captures: { crate: 'serde_derive' }, source: "rustc 1.63 (librustc_driver: E0463 \"can't find crate for\")" }],
    nearMisses: ["error[E0432]: unresolved import `serde_derive`"],
    equivalents: { 'buildlog-consultant': ['missing-cargo-crate'] },
  },
  {
    id: 'cargo-rustc-too-old',
    family: 'rust',
    title: 'A crate requires a newer rustc than the build environment has',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['rust', 'cargo', 'build-failure'],
    // error: package `clap_lex v0.5.0` cannot be built because it requires rustc 1.64.0 or newer, while the currently active rustc version is 1.63.0
    match: /^error: package `(?<crateVersion>[^`]+)` cannot be built because it requires rustc (?<required>[\d.]+) or newer, while the currently active rustc version is (?<have>[\d.]+)/,
    message: '{{crateVersion}} requires rustc {{required}}; the build environment has {{have}}.',
    headline: '{{crateVersion}} needs rustc {{required}} (have {{have}})',
    fix: { summary: 'Build with rustc >= {{required}} (Build-Depends: rustc (>= {{required}}), in a suite or backports that has it), or use an older version of {{crateVersion}} that supports rustc {{have}} (a Cargo.toml patch).', steps: ['Build-Depends: ..., rustc (>= {{required}}), cargo'] },
    docs: {
      description: 'cargo said `error: package `x v1` cannot be built because it requires rustc 1.70 or newer, while the currently active rustc version is 1.63.0` (rust-version in the crate\'s Cargo.toml).',
      why: 'A crate\'s rust-version (MSRV) is newer than the compiler in the chroot.',
      fix: 'Build with a newer rustc or an older crate.',
    },
    examples: [{ lines: ['error: package `clap_lex v0.5.0` cannot be built because it requires rustc 1.64.0 or newer, while the currently active rustc version is 1.63.0'], captures: { crateVersion: 'clap_lex v0.5.0', required: '1.64.0', have: '1.63.0' }, source: 'cargo 0.66 (Debian bookworm) rust-version check' }],
    nearMisses: ['rustc 1.63.0'],
    equivalents: {},
  },
  {
    id: 'rust-compiler-missing',
    family: 'rust',
    title: 'setuptools-rust (or a build script) finds no Rust compiler',
    cause: 'missing-build-tool',
    side: 'package',
    tags: ['rust', 'python', 'build-failure'],
    // error: can't find Rust compiler
    match: /^error: can't find Rust compiler/,
    message: 'The build needs rustc and cargo (setuptools-rust, maturin), which are not installed.',
    headline: "can't find Rust compiler",
    fix: { summary: 'Add cargo and rustc to Build-Depends (and the crates as librust-*-dev, building offline with dh-cargo\'s registry; python3-setuptools-rust for setuptools-rust).', steps: ['Build-Depends: ..., cargo, rustc, python3-setuptools-rust'] },
    docs: {
      description: 'setuptools-rust said `error: can\'t find Rust compiler`.',
      why: 'A Python package with a Rust extension is built without rustc/cargo in Build-Depends.',
      fix: 'Build-Depend on cargo and rustc (and the crates).',
    },
    examples: [{ lines: ["error: can't find Rust compiler"], source: 'buildlog-consultant src/common.rs (missing-rust-compiler matcher); setuptools-rust' }],
    nearMisses: ['   Compiling pyo3 v0.18.3'],
    equivalents: { 'buildlog-consultant': ['missing-rust-compiler'] },
  },
];
