import type { CatalogEntry } from '../../catalog/schema.js';

/**
 * Go: import paths the go command cannot find, module-mode errors, and the caches under $HOME.
 * Wordings from Go 1.19.8 (cmd/go: go/build `cannot find package %q in any of:`, modload/import.go
 * `no required module provides package %s; to add it:`, `cannot find module providing package %s: %v`,
 * `package %s is not in GOROOT (%s)`, modfetch `module lookup disabled by GOPROXY=off`, cache/default.go
 * `failed to initialize build cache at %s: %s`, `GOCACHE is not defined and %v`, work/exec.go `note:
 * module requires Go %s`), dh-golang 1.59 (sets GOPATH=_build, GOCACHE=_build/go-build,
 * GO111MODULE=off, GOPROXY=off) and buildlog-consultant's tests. sbuild sets HOME=/sbuild-nonexistent.
 * Debian ships Go sources as golang-<import path with . and / as ->-dev under /usr/share/gocode/src.
 */
const aptGo = 'apt-file search /usr/share/gocode/src/{{importPath}}/';

export const go: readonly CatalogEntry[] = [
  {
    id: 'go-package-not-found',
    family: 'go',
    title: 'The go command cannot find an imported package (GOPATH mode)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['go', 'build-failure'],
    // src/github.com/vuls/config/config.go:30:2: cannot find package "golang.org/x/xerrors" in any of:
    match: /cannot find package "(?<importPath>[^"\s]+)" in any of:/,
    message: 'go cannot find the package {{importPath}} in GOROOT or GOPATH: its Debian -dev package is not installed.',
    headline: 'Go package {{importPath}} not found',
    lookup: { kind: 'go', name: '{{importPath}}' },
    fix: { summary: 'Add {{packages}} (it ships {{importPath}} under /usr/share/gocode/src in {{suite}}) to Build-Depends in debian/control.', steps: ['Build-Depends: ..., {{package}}'] },
    fixUnresolved: { summary: 'Add the golang-*-dev package that ships {{importPath}} under /usr/share/gocode/src to Build-Depends (Debian names it after the import path: golang.org/x/xerrors → golang-golang-x-xerrors-dev); a path inside the package itself needs DH_GOPKG or the source layout fixed.', steps: [aptGo, 'Build-Depends: ..., <the package apt-file names>'] },
    docs: {
      description: 'go build (GOPATH mode, as dh-golang runs it) said `cannot find package "x/y" in any of:` followed by the GOROOT and GOPATH directories it searched.',
      why: 'dh-golang builds in _build with the installed /usr/share/gocode sources; an import that no installed golang-*-dev package provides is missing from Build-Depends.',
      fix: 'Build-Depend on the golang-*-dev package of the import path (the longest prefix that Debian packages).',
    },
    examples: [
      { lines: ['src/github.com/vuls/config/config.go:30:2: cannot find package "golang.org/x/xerrors" in any of:', '\t/usr/lib/go-1.19/src/golang.org/x/xerrors (from $GOROOT)', '\t/<<PKGBUILDDIR>>/_build/src/golang.org/x/xerrors (from $GOPATH)'], captures: { importPath: 'golang.org/x/xerrors' }, package: 'golang-golang-x-xerrors-dev', source: 'buildlog-consultant src/common.rs test_go_missing; Go 1.19 go/build' },
    ],
    nearMisses: ['\t/usr/lib/go-1.19/src/golang.org/x/xerrors (from $GOROOT)', 'FAIL\tgithub.com/edsrzf/mmap-go\t0.083s'],
    equivalents: { 'buildlog-consultant': ['missing-go-package'] },
  },
  {
    id: 'go-no-module-provides-package',
    family: 'go',
    title: 'Module mode: no module in go.mod provides an imported package',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['go', 'go-modules', 'build-failure'],
    // main.go:5:2: no required module provides package golang.org/x/xerrors; to add it:
    // cmd/x/main.go:9:2: cannot find module providing package golang.org/x/xerrors: import lookup disabled by -mod=vendor
    match: [
      /no required module provides package (?<importPath>[^\s;:]+)(?:; to add it:|: (?<reason>.+))/s,
      /cannot find module providing package (?<importPath>[^\s:]+)(?:: (?<reason>.+))?$/s,
    ],
    message: 'go (module mode) finds no module providing {{importPath}}.',
    headline: 'Go package {{importPath}} not provided by any module',
    lookup: { kind: 'go', name: '{{importPath}}' },
    fix: { summary: 'Build in GOPATH mode against the Debian packages: use dh-golang (dh $@ --builddirectory=_build --buildsystem=golang, it sets GO111MODULE=off) and add {{packages}} (it ships {{importPath}} in {{suite}}) to Build-Depends; with a vendor directory, its modules.txt must list the module.', steps: ['Build-Depends: ..., dh-sequence-golang, {{package}}'] },
    fixUnresolved: { summary: 'Build in GOPATH mode with dh-golang (it sets GO111MODULE=off and GOPROXY=off) and Build-Depend on the golang-*-dev package that ships {{importPath}}; a Makefile that runs `go build` itself runs in module mode and needs go.mod, go.sum and the modules (or -mod=vendor with a complete vendor/).', steps: [aptGo, 'Build-Depends: ..., dh-sequence-golang, <the package apt-file names>'] },
    docs: {
      description: 'go said `no required module provides package x; to add it: go get x` or `cannot find module providing package x: <reason>` (reasons: `import lookup disabled by -mod=vendor`, `module lookup disabled by GOPROXY=off`, `working directory is not part of a module`).',
      why: 'In module mode the go command resolves imports through go.mod and the module cache or network; a Debian build has neither, and only dh-golang\'s GOPATH mode uses the installed /usr/share/gocode sources.',
      fix: 'Build with dh-golang and Build-Depend on the golang-*-dev packages, or vendor the modules completely.',
    },
    examples: [
      { lines: ['main.go:5:2: no required module provides package golang.org/x/xerrors; to add it:', '\tgo get golang.org/x/xerrors'], captures: { importPath: 'golang.org/x/xerrors' }, package: 'golang-golang-x-xerrors-dev', source: 'Go 1.19.8 cmd/go/internal/modload/import.go ImportMissingError' },
      { lines: ['cmd/x/main.go:9:2: cannot find module providing package golang.org/x/xerrors: import lookup disabled by -mod=vendor'], captures: { importPath: 'golang.org/x/xerrors', reason: 'import lookup disabled by -mod=vendor' }, source: 'Go 1.19.8 cmd/go/internal/modload/import.go' },
    ],
    nearMisses: ['go: downloading golang.org/x/xerrors v0.0.0-20220907171357-04be3eba64a2'],
    equivalents: { 'buildlog-consultant': ['missing-go-package'] },
  },
  {
    id: 'go-module-lookup-disabled',
    family: 'go',
    title: 'Module mode needs a module that cannot be downloaded (GOPROXY=off)',
    cause: 'missing-build-dep',
    side: 'package',
    tags: ['go', 'go-modules', 'build-failure'],
    // go: github.com/pkg/errors@v0.9.1: module lookup disabled by GOPROXY=off
    match: /^go: (?<module>[^\s@]+)@(?<version>\S+): module lookup disabled by GOPROXY=off/,
    message: 'go needs the module {{module}}@{{version}} and may not download it (GOPROXY=off, as dh-golang sets).',
    headline: 'Go module {{module}} not available (GOPROXY=off)',
    lookup: { kind: 'go', name: '{{module}}' },
    fix: { summary: 'Build in GOPATH mode with dh-golang (GO111MODULE=off) against {{packages}} (in {{suite}}) in Build-Depends, instead of module mode; or ship the modules in vendor/ and build with -mod=vendor.', steps: ['Build-Depends: ..., dh-sequence-golang, {{package}}', 'export GO111MODULE = off'] },
    fixUnresolved: { summary: 'Build in GOPATH mode with dh-golang (GO111MODULE=off) and Build-Depend on the golang-*-dev package of {{module}}; something in debian/rules (GO111MODULE=on, GOFLAGS) forces module mode.', steps: ['apt-file search /usr/share/gocode/src/{{module}}/', "grep -n 'GO111MODULE\\|GOFLAGS\\|GOPROXY' debian/rules"] },
    docs: {
      description: 'go said `go: m@v: module lookup disabled by GOPROXY=off`.',
      why: 'The build runs in module mode, which needs every module in go.mod from the module cache or the network; dh-golang sets GOPROXY=off because a Debian build may not download.',
      fix: 'Let dh-golang build in GOPATH mode with the packaged dependencies.',
    },
    examples: [{ lines: ['go: github.com/pkg/errors@v0.9.1: module lookup disabled by GOPROXY=off'], captures: { module: 'github.com/pkg/errors', version: 'v0.9.1' }, package: 'golang-github-pkg-errors-dev', source: 'Go 1.19.8 cmd/go/internal/modfetch/repo.go errProxyOff' }],
    nearMisses: ['go: downloading github.com/pkg/errors v0.9.1'],
    equivalents: { 'buildlog-consultant': ['missing-go-package'] },
  },
  {
    id: 'go-mod-file-not-found',
    family: 'go',
    title: 'The go command runs in module mode but finds no go.mod',
    cause: 'configure-failed',
    side: 'package',
    tags: ['go', 'go-modules', 'build-failure'],
    // go: go.mod file not found in current directory or any parent directory; see 'go help modules'
    // go: cannot find main module, but found Gopkg.lock in /<<PKGBUILDDIR>>
    match: [
      /^go: go\.mod file not found in current directory or any parent directory/,
      /^go: cannot find main module, but found (?<found>\S+) in (?<dir>\S+)/,
    ],
    message: 'go (module mode, the default since Go 1.16) found no go.mod.',
    headline: 'go.mod file not found',
    fix: { summary: 'Build with dh-golang, which runs go in GOPATH mode (GO111MODULE=off) from _build; a Makefile calling go directly needs `export GO111MODULE=off` and GOPATH set in debian/rules, or the go.mod upstream has.', steps: ['Build-Depends: ..., dh-sequence-golang', 'export GO111MODULE = off'] },
    docs: {
      description: 'go said `go: go.mod file not found in current directory or any parent directory; see \'go help modules\'` (or `cannot find main module, but found Gopkg.lock in ...`).',
      why: 'Since Go 1.16 module mode is the default; a source without go.mod (or run from the wrong directory) only builds in GOPATH mode.',
      fix: 'Use dh-golang (GOPATH mode) or set GO111MODULE=off.',
    },
    examples: [
      { lines: ["go: go.mod file not found in current directory or any parent directory; see 'go help modules'"], source: 'buildlog-consultant src/common.rs test_missing_go_mod_file; Go 1.19.8' },
      { lines: ['go: cannot find main module, but found Gopkg.lock in /<<PKGBUILDDIR>>'], captures: { found: 'Gopkg.lock', dir: '/<<PKGBUILDDIR>>' }, source: 'Go 1.19.8 cmd/go (cannot find main module, but found %s in %s)' },
    ],
    nearMisses: ['go: finding module for package golang.org/x/xerrors'],
    equivalents: { 'buildlog-consultant': ['missing-go.mod-file'] },
  },
  {
    id: 'go-sum-entry-missing',
    family: 'go',
    title: 'go.sum lacks an entry the module build needs',
    cause: 'configure-failed',
    side: 'package',
    tags: ['go', 'go-modules', 'build-failure'],
    // go: github.com/foo/bar@v1.2.3: missing go.sum entry; to add it:
    // main.go:4:2: missing go.sum entry for module providing package github.com/foo/bar (imported by example.com/x); to add:
    match: [
      /^go: (?<module>[^\s@]+)@(?<version>\S+): missing go\.sum entry/,
      /missing go\.sum entry for module providing package (?<module>[^\s;]+)/,
    ],
    message: 'go.sum has no checksum for {{module}}; module mode refuses to use it.',
    headline: 'missing go.sum entry for {{module}}',
    fix: { summary: 'Build in GOPATH mode with dh-golang (GO111MODULE=off), which ignores go.mod and go.sum and uses the packaged sources; in module mode go.sum must be complete (upstream bug, patch it).', steps: ['Build-Depends: ..., dh-sequence-golang', 'export GO111MODULE = off'] },
    docs: {
      description: 'go said `go: m@v: missing go.sum entry; to add it:` or `missing go.sum entry for module providing package x`.',
      why: 'Module mode verifies every module against go.sum; an incomplete go.sum (or one patched for Debian\'s versions) fails.',
      fix: 'Build in GOPATH mode (dh-golang) or fix go.sum.',
    },
    examples: [
      { lines: ['go: github.com/foo/bar@v1.2.3: missing go.sum entry; to add it:', '\tgo mod download github.com/foo/bar'], captures: { module: 'github.com/foo/bar', version: 'v1.2.3' }, source: 'buildlog-consultant src/common.rs (missing-go.sum-entry matcher); Go 1.19.8' },
      { lines: ['main.go:4:2: missing go.sum entry for module providing package github.com/foo/bar (imported by example.com/x); to add:'], captures: { module: 'github.com/foo/bar' }, source: 'Go 1.19.8 cmd/go/internal/modload' },
    ],
    nearMisses: ['go: downloading github.com/foo/bar v1.2.3'],
    equivalents: { 'buildlog-consultant': ['missing-go.sum-entry'] },
  },
  {
    id: 'go-mod-updates-needed',
    family: 'go',
    title: 'go.mod needs updates the build may not make',
    cause: 'configure-failed',
    side: 'package',
    tags: ['go', 'go-modules', 'build-failure'],
    // go: updates to go.mod needed; to update it:
    // go: updates to go.mod needed, disabled by -mod=vendor
    match: /^go: updates to go\.mod needed(?:, disabled by (?<flag>-mod=\w+))?/,
    message: 'go.mod does not match what the build needs, and go may not rewrite it.',
    headline: 'updates to go.mod needed',
    fix: { summary: 'Build in GOPATH mode with dh-golang (GO111MODULE=off), or patch go.mod (and vendor/modules.txt) so that it matches the source: `go mod tidy` upstream, then ship the result as a patch.', steps: ['export GO111MODULE = off'] },
    docs: {
      description: 'go said `go: updates to go.mod needed; to update it: go mod tidy` (or `..., disabled by -mod=vendor`).',
      why: 'go.mod is out of date for the source (a missing require, a wrong go version); go 1.16+ no longer updates it during a build.',
      fix: 'Fix go.mod in a patch, or build in GOPATH mode.',
    },
    examples: [{ lines: ['go: updates to go.mod needed; to update it:', '\tgo mod tidy'], source: 'buildlog-consultant src/common.rs (outdated-go.mod-file matcher); Go 1.19.8' }],
    nearMisses: ['go: finding module for package x'],
    equivalents: { 'buildlog-consultant': ['outdated-go.mod-file'] },
  },
  {
    id: 'go-cache-home-not-writable',
    family: 'go',
    title: 'The go build cache is under $HOME, which the builder does not provide',
    cause: 'home-not-writable',
    side: 'package',
    tags: ['go', 'sbuild', 'build-failure'],
    // failed to initialize build cache at /sbuild-nonexistent/.cache/go-build: mkdir /sbuild-nonexistent: permission denied
    // build cache is required, but could not be located: GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are defined
    // go: could not create module cache: mkdir /sbuild-nonexistent: permission denied
    match: [
      /^failed to initialize build cache at (?<dir>\S+): mkdir (?<home>\S+): permission denied/,
      /^build cache is required, but could not be located: GOCACHE is not defined and neither \$XDG_CACHE_HOME nor \$HOME are defined/,
      /^go: could not create module cache: mkdir (?<home>\S+): permission denied/,
    ],
    literals: { prefixes: ['failed to initialize build cache at ', 'build cache is required, but', 'go: could not create module cache'] },
    message: 'go wants its cache under $HOME {{home}}, which cannot be created (sbuild sets HOME=/sbuild-nonexistent).',
    headline: 'Go cache: $HOME not writable',
    fix: { summary: 'Set the Go caches inside the build tree in debian/rules (dh-golang does this itself: GOCACHE=$(CURDIR)/_build/go-build); when debian/rules or upstream\'s Makefile runs go directly, export GOCACHE (and GOPATH/GOMODCACHE for the module cache).', steps: ['export GOCACHE = $(CURDIR)/_build/go-build', 'export GOPATH = $(CURDIR)/_build', 'debian/clean: _build/'] },
    docs: {
      description: 'go said `failed to initialize build cache at /sbuild-nonexistent/.cache/go-build: mkdir /sbuild-nonexistent: permission denied`, `build cache is required, but could not be located: GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are defined`, or `could not create module cache`.',
      why: 'The default caches are $HOME/.cache/go-build and $HOME/go; sbuild runs builds with HOME=/sbuild-nonexistent (and Debian Policy says a build must not write to HOME).',
      fix: 'Export GOCACHE (and GOPATH) below $(CURDIR) in debian/rules, or use dh-golang which does.',
    },
    examples: [
      { lines: ['failed to initialize build cache at /sbuild-nonexistent/.cache/go-build: mkdir /sbuild-nonexistent: permission denied'], captures: { dir: '/sbuild-nonexistent/.cache/go-build', home: '/sbuild-nonexistent' }, source: 'Go 1.19.8 cmd/go/internal/cache/default.go under sbuild (HOME=/sbuild-nonexistent)' },
      { lines: ['build cache is required, but could not be located: GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are defined'], source: 'Go 1.19.8 cmd/go/internal/cache/default.go + os.UserCacheDir' },
      { lines: ['go: could not create module cache: mkdir /sbuild-nonexistent: permission denied'], captures: { home: '/sbuild-nonexistent' }, source: 'Go 1.19.8 cmd/go/internal/modfetch/cache.go' },
    ],
    nearMisses: ['mkdir -p /<<PKGBUILDDIR>>/_build/go-build'],
    equivalents: {},
  },
  {
    id: 'go-package-not-in-goroot',
    family: 'go',
    title: 'A standard-library package the code imports is not in this Go (Go too old)',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['go', 'build-failure'],
    // main.go:4:2: package slices is not in GOROOT (/usr/lib/go-1.19/src/slices)
    match: /package (?<importPath>[\w./]+) is not in GOROOT \((?<path>[^)]+)\)/,
    message: 'The code imports the standard package {{importPath}}, which this Go does not have ({{path}}).',
    headline: 'Go std package {{importPath}} missing (Go too old)',
    fix: { summary: 'Build with a Go that has {{importPath}} (slices, maps, cmp: Go 1.21; log/slog: 1.21; iter: 1.23): Build-Depend on golang-any (>= 2:1.21~) or golang-1.21-go (backports), or use the golang.org/x/exp equivalent in a patch.', steps: ['Build-Depends: ..., golang-any (>= 2:1.21~)'] },
    docs: {
      description: 'go said `package slices is not in GOROOT (/usr/lib/go-1.19/src/slices)`.',
      why: 'A standard-library package newer than the Go toolchain in the chroot.',
      fix: 'Build-Depend on a new enough Go, or patch the import to golang.org/x/exp.',
    },
    examples: [{ lines: ['main.go:4:2: package slices is not in GOROOT (/usr/lib/go-1.19/src/slices)'], captures: { importPath: 'slices', path: '/usr/lib/go-1.19/src/slices' }, source: 'Go 1.19.8 cmd/go/internal/modload/import.go' }],
    nearMisses: ['package github.com/foo/bar: cannot find package'],
    equivalents: { 'buildlog-consultant': ['missing-go-package'] },
  },
  {
    id: 'go-module-requires-newer-go',
    family: 'go',
    title: 'The module needs a newer Go than the build environment has',
    cause: 'dependency-too-old',
    side: 'package',
    tags: ['go', 'build-failure'],
    // note: module requires Go 1.21
    // go: go.mod requires go >= 1.22.0 (running go 1.21.5; GOTOOLCHAIN=local)
    match: [
      /^note: module requires Go (?<required>[\d.]+)/,
      /^go: go\.mod requires go >= (?<required>[\d.]+) \(running go (?<have>[\d.]+)/,
    ],
    message: 'The module needs Go {{required}}; compile errors above it come from the older Go in the chroot.',
    headline: 'module requires Go {{required}}',
    fix: { summary: 'Build-Depend on a Go of at least {{required}}: golang-any (>= 2:{{required}}~) or golang-{{required}}-go, in a suite (or backports) that has it; with GOTOOLCHAIN=local, go will not download a newer toolchain.', steps: ['Build-Depends: ..., golang-any (>= 2:{{required}}~)'] },
    docs: {
      description: 'go added `note: module requires Go 1.21` after compile errors (Go ≤ 1.20), or stopped with `go: go.mod requires go >= 1.22.0 (running go 1.21.5; GOTOOLCHAIN=local)` (Go 1.21+).',
      why: 'The go directive in go.mod is newer than the toolchain in the chroot, so newer language features fail to compile.',
      fix: 'Build with a new enough Go.',
    },
    examples: [
      { lines: ['# example.com/x', './x.go:10:6: undefined: min', 'note: module requires Go 1.21'], line: 3, captures: { required: '1.21' }, source: 'Go 1.19.8 cmd/go/internal/work/exec.go' },
      { lines: ['go: go.mod requires go >= 1.22.0 (running go 1.21.5; GOTOOLCHAIN=local)'], captures: { required: '1.22.0', have: '1.21.5' }, source: 'Go 1.21 cmd/go (gover/toolchain)' },
    ],
    nearMisses: ['go version go1.19.8 linux/amd64'],
    equivalents: {},
  },
  {
    id: 'go-module-download-certificate',
    family: 'go',
    title: 'go tried to download a module during the build (certificate error)',
    cause: 'network-disabled',
    side: 'package',
    tags: ['go', 'network', 'build-failure'],
    // go: github.com/golangci/golangci-lint@v1.24.0: Get "https://proxy.golang.org/github.com/golangci/golangci-lint/@v/v1.24.0.mod": x509: certificate signed by unknown authority
    match: /Get "(?<url>https?:\/\/[^"]+)": x509: certificate signed by unknown authority/,
    message: 'go tried to download {{url}} during the build (and the TLS certificate could not be verified: no ca-certificates, or an intercepting proxy).',
    headline: 'go downloads modules during the build',
    fix: { summary: 'Do not download modules in the build (Debian Policy 4.9): build with dh-golang (GOPROXY=off, GOPATH mode) against golang-*-dev Build-Depends; installing ca-certificates would only hide the network use.', steps: ['Build-Depends: ..., dh-sequence-golang', 'export GOPROXY = off'] },
    docs: {
      description: 'go said `go: m@v: Get "https://proxy.golang.org/...": x509: certificate signed by unknown authority`.',
      why: 'The build fetches modules from the network; the certificate error is incidental (a chroot without ca-certificates, or a proxy).',
      fix: 'Build offline with dh-golang and packaged dependencies.',
    },
    examples: [{ lines: ['go: github.com/golangci/golangci-lint@v1.24.0: Get "https://proxy.golang.org/github.com/golangci/golangci-lint/@v/v1.24.0.mod": x509: certificate signed by unknown authority'], captures: { url: 'https://proxy.golang.org/github.com/golangci/golangci-lint/@v/v1.24.0.mod' }, source: 'buildlog-consultant src/common.rs (unknown certificate authority test)' }],
    nearMisses: ['go: downloading github.com/golangci/golangci-lint v1.24.0'],
    equivalents: { 'buildlog-consultant': ['unknown-certificate-authority'] },
  },
  {
    id: 'go-inconsistent-vendoring',
    family: 'go',
    title: 'vendor/modules.txt does not match go.mod',
    cause: 'configure-failed',
    side: 'package',
    tags: ['go', 'go-modules', 'build-failure'],
    // go: inconsistent vendoring in /<<PKGBUILDDIR>>:
    match: /^go: inconsistent vendoring in (?<dir>\S+):/,
    message: 'go refuses the vendor directory in {{dir}}: vendor/modules.txt and go.mod disagree.',
    headline: 'go: inconsistent vendoring',
    fix: { summary: 'Either build in GOPATH mode with dh-golang against the packaged dependencies (drop vendor/ with Files-Excluded in debian/copyright), or make vendor/modules.txt match go.mod (`go mod vendor` upstream, shipped as a patch); -mod=mod would need the network.', steps: ['export GO111MODULE = off', 'Files-Excluded: vendor'] },
    docs: {
      description: 'go said `go: inconsistent vendoring in /dir:` followed by the mismatches and `To ignore the vendor directory, use -mod=readonly or -mod=mod.`',
      why: 'Since Go 1.14, module mode uses vendor/ only when modules.txt matches go.mod exactly; patched go.mod files (Debian versions) or partial vendoring break it.',
      fix: 'Use dh-golang with packaged dependencies, or regenerate the vendor directory.',
    },
    examples: [{ lines: ['go: inconsistent vendoring in /<<PKGBUILDDIR>>:', '	github.com/pkg/errors@v0.9.1: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt'], captures: { dir: '/<<PKGBUILDDIR>>' }, source: 'Go 1.19.8 cmd/go/internal/modload/vendor.go checkVendorConsistency' }],
    nearMisses: ['	To ignore the vendor directory, use -mod=readonly or -mod=mod.'],
    equivalents: {},
  },
];
