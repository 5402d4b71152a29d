/**
 * Writes test/buildlog-consultant/KINDS.md: every problem kind buildlog-consultant defines
 * (its src/problems/*.rs, as recorded in cases.json), grouped by family, with the number of test cases
 * and one example line each, for the catalog writers.
 *
 * Run:  npm run build && node dist/scripts/bc-kinds.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CASES_FILE, ROOT, type BcCase } from '../test/helpers/bc-cases.js';

interface KindInfo { kind: string; problem: string; file: string; fields: string[] }

/** Family of each bc kind, in the order of issue 8's list. */
const FAMILIES: readonly (readonly [string, readonly string[]])[] = [
  ['Missing commands', ['command-missing', 'missing-command-or-build-file', 'not-executable-file', 'missing-assembler', 'missing-c#-compiler']],
  ['C/C++ compile', ['missing-c-header', 'missing-qt', 'missing-qt-modules', 'missing-x11']],
  ['Python', ['missing-python-module', 'missing-python-distribution', 'missing-pytest-fixture', 'unsupported-pytest-config-option', 'unsupported-pytest-arguments', 'missing-setup.py-command', 'setuptools-scm-version-issue', 'no-vcversioner-version']],
  ['Perl', ['missing-perl-module', 'missing-perl-file', 'missing-perl-manifest', 'missing-perl-predeclared', 'missing-perl-distribution-file', 'missing-pause-credentials']],
  ['pkg-config', ['missing-pkg-config-package']],
  ['CMake', ['missing-cmake-files', 'missing-cmake-components', 'missing-cmake-config', 'cmake-exact-version-missing']],
  ['Meson', []],
  ['autoconf/automake', ['missing-autoconf-macro', 'missing-automake-input', 'missing-config.status-input', 'missing-configure', 'minimum-autoconf-too-old', 'missing-libtool', 'mismatch-gettext-versions', 'missing-gnulib-directory', 'missing-gnome-common', 'missing-gnome-common-dependency', 'missing-xfce-dependency']],
  ['Vague dependencies (CMake/configure/meson/other)', ['missing-vague-dependency']],
  ['debhelper', ['debhelper-argument-order', 'unsupported-debhelper-compat-level', 'duplicate-dh-compat-level', 'missing-dh-compat-level', 'dh-missing-uninstalled', 'dh-link-destination-is-directory', 'dh-addon-load-failure', 'dh-until-unsupported', 'debhelper-pattern-not-found', 'upstart-file-present', 'need-pg-buildext-updatecontrol', 'missing-debian-build-dep', 'missing-postgresql-extension']],
  ['dpkg-*', ['disappeared-symbols', 'dpkg-error', 'patch-application-failed', 'dpkg-source-pack-failed', 'unexpected-local-upstream-changes', 'unrepresentable-local-changes', 'unwanted-binary-files', 'binary-file-changed', 'source-format-unbuildable', 'source-format-unsupported', 'inconsistent-source-format', 'patch-file-missing', 'dpkg-bad-version', 'debian-version-rejected', 'changelog-parse-error', 'missing-control-file', 'arch-not-in-list']],
  ['Linker', ['missing-library', 'missing-static-library']],
  ['Missing paths', ['missing-file', 'missing-build-file', 'local-directory-not-existing', 'missing-make-target']],
  ['Java/Maven/Gradle', ['missing-jre', 'missing-jdk', 'missing-jdk-file', 'missing-jvm', 'missing-maven-artifacts', 'missing-java-class']],
  ['R', ['missing-r-package']],
  ['Ruby', ['missing-ruby-gem', 'missing-ruby-file', 'missing-sprockets-file']],
  ['Node', ['missing-node-module', 'missing-node-package', 'javascript-runtime-missing', 'esmodule-must-use-import']],
  ['Go', ['missing-go-package', 'missing-go-runtime', 'missing-go.mod-file', 'outdated-go.mod-file', 'missing-go.sum-entry']],
  ['Rust', ['missing-cargo-crate', 'missing-rust-compiler', 'debcargo-failure', 'debcargo-missing-crate', 'debcargo-unacceptable-predicate', 'debcargo-unacceptable-comparator']],
  ['Haskell', ['missing-haskell-module', 'missing-haskell-dependencies']],
  ['OCaml', ['missing-ocaml-package']],
  ['PHP', ['missing-php-class', 'missing-php-extension']],
  ['Lua', ['missing-lua-module']],
  ['Docs (DocBook, LaTeX, images)', ['missing-xml-entity', 'missing-latex-file', 'missing-fontspec', 'imagemagick-delegate-missing']],
  ['GI/Vala', ['missing-introspection-typelib', 'missing-vala-package', 'valac-cannot-compile']],
  ['Unprivileged builds', ['invalid-current-user']],
  ['Build environment (disk, files, display, identity, network)', ['no-space-on-device', 'insufficient-disk-space', 'too-many-open-files', 'missing-x-display', 'ccache-error', 'missing-git-identity', 'no-secret-gpg-key', 'unknown-certificate-authority', 'vcs-control-directory-needed', 'code-coverage-too-low']],
  ['autopkgtest', ['badpkg', 'timed-out', 'xdg-runtime-dir-not-set', 'testbed-failure', 'testbed-chroot-disappeared', 'erroneous-package', 'stderr-output', 'testbed-setup-failure']],
  ['apt', ['apt-update-error', 'apt-file-fetch-failure', 'missing-release-file', 'apt-package-unknown', 'apt-broken-packages', 'unsatisfied-apt-conflicts', 'unsatisfied-apt-dependencies']],
  ['sbuild', ['chroot-not-found', 'inactive-killed', 'cancelled']],
  ['Not Debian package builds: the Janitor\'s source preparation (Breezy, uscan, pristine-tar)', ['unable-to-find-upstream-tarball', 'upstream-pgp-signature-verification-failed', 'uscan-request-version-missing', 'uscan-error', 'uscan-failed', 'uscan-too-many-requests', 'uscan-remote-version-mismatch', 'uscan-watchfile-malformed', 'debian-upstream-metadata-invalid', 'unknown-mercurial-extra-fields', 'pristine-tar-missing-tree', 'missing-revision', 'nested-tree-unresolvable', 'submodule-encountered', 'brz-internal-error']],
];

/** Cases without a bc kind that still belong to a family (bc picks the line but names no problem). */
const LINE_ONLY_FAMILY: readonly (readonly [RegExp, string])[] = [
  // chown: changing ownership of 'debian/tcptraceroute/usr/bin/tcptraceroute.mt': Operation not permitted
  [/Operation not permitted/, 'Unprivileged builds'],
  // /usr/bin/ld: pcap-linux.o: relocation R_X86_64_PC32 against symbol `stderr@@GLIBC_2.2.5' can not be used when making a shared object; recompile with -fPIC
  [/(ld(\.bfd)?: |multiple definition|undefined reference)/, 'Linker'],
  // dh: unable to load addon systemd: dh: The systemd-sequence is no longer provided in compat >= 11, please rely on dh_installsystemd instead
  [/^(dh|dh_[a-z]+): /, 'debhelper'],
  // [ERROR] Failed to execute goal org.apache.maven.plugins:maven-jar-plugin:3.1.2:jar (default-jar) on project xslthl: ...
  [/^\[ERROR\]/, 'Java/Maven/Gradle'],
  // ✖ ERROR: Cannot find module '/<<PKGBUILDDIR>>/test'
  [/Cannot find module|ERROR in /, 'Node'],
  // ImportError: cannot import name SubfieldBase
  [/ImportError|There is a syntax error in your configuration file/, 'Python'],
  // FAIL	github.com/edsrzf/mmap-go	0.083s
  [/^FAIL\t/, 'Go'],
  // rspec ./spec/acceptance/cookbook_resource_spec.rb:20 # Client API operations ...
  [/^rspec /, 'Ruby'],
  // ../src/Backend/FeedServer.vala:60.98-60.148: error: The name `COLLECTION_CREATE_NONE' does not exist
  [/\.vala:/, 'GI/Vala'],
  // configure: error:
  [/configure: error/, 'autoconf/automake'],
  // autopkgtest [07:58:03]: @@@@@@@@@@@@@@@@@@@@ summary
  [/autopkgtest \[/, 'autopkgtest'],
  // E: Stuff is broken
  [/^E: /, 'apt'],
  // make[1]: ./docker: Command not found
  [/Command not found|No such file or directory|can't cd/, 'Missing commands'],
];

const show = (s: string): string => `\`${s.replace(/`/g, "'").replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).slice(0, 200)}\``;

function exampleLine(c: BcCase): string {
  const n = c.expectedLines[0] ?? 1;
  return c.lines[n - 1] ?? c.lines[0] ?? '';
}

function example(c: BcCase): string {
  const line = exampleLine(c);
  const first = c.lines[0] ?? '';
  return first !== line && first.trim() !== '' ? `${show(line)} (line ${c.expectedLines[0]}; the case starts ${show(first)})` : show(line);
}

function main(): void {
  const doc = JSON.parse(readFileSync(CASES_FILE, 'utf8')) as { source: { commit: string }; kinds: KindInfo[]; cases: BcCase[] };
  const familyOf = new Map<string, string>();
  for (const [fam, kinds] of FAMILIES) for (const k of kinds) familyOf.set(k, fam);
  const unassigned = doc.kinds.filter((k) => !familyOf.has(k.kind)).map((k) => k.kind);
  const out: string[] = [];
  out.push('# buildlog-consultant problem kinds, by family');
  out.push('');
  out.push(`Generated by \`scripts/bc-kinds.ts\` from \`cases.json\` (jelmer/buildlog-consultant @ ${doc.source.commit}).`);
  out.push('`kind` is bc\'s `kind()` string (src/problems/*.rs): use it in a catalog entry\'s');
  out.push('`equivalents: { \'buildlog-consultant\': [...] }`. `cases` counts bc test cases that expect the kind;');
  out.push('the example is the line bc must pick (with the case\'s first line when they differ). Kinds with 0 cases');
  out.push('have no test in bc: their wordings are only in bc\'s matchers (src/common.rs).');
  out.push('');
  out.push('The scorer: `npm run build && node dist/scripts/bc-harness.js` (per kind, every miss with its lines).');
  out.push('');
  const byKind = new Map<string, BcCase[]>();
  for (const c of doc.cases) if (c.kind) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const lineOnly = new Map<string, BcCase[]>();
  for (const c of doc.cases.filter((x) => x.expect === 'line-only')) {
    const fam = LINE_ONLY_FAMILY.find(([re]) => re.test(exampleLine(c)))?.[1];
    if (fam) lineOnly.set(fam, [...(lineOnly.get(fam) ?? []), c]);
  }
  const mesonCases = doc.cases.filter((c) => c.expect === 'problem' && /meson\.build:|^Program .* found: NO|Dependency .* found: NO/m.test(exampleLine(c)));
  for (const [fam, kinds] of FAMILIES) {
    const total = kinds.reduce((n, k) => n + (byKind.get(k)?.length ?? 0), 0);
    out.push(`## ${fam} (${total} cases)`);
    out.push('');
    if (fam === 'Meson') {
      out.push('bc has no Meson-specific kinds; these cases come from meson (their kinds are listed in their families):');
      out.push('');
      for (const c of mesonCases) out.push(`- \`${c.kind}\` (${c.id}): ${example(c)}`);
      out.push('');
      continue;
    }
    if (kinds.length > 0) {
      out.push('| kind | cases | bc type | example line |');
      out.push('|---|---|---|---|');
      for (const k of kinds) {
        const info = doc.kinds.find((x) => x.kind === k);
        const cs = byKind.get(k) ?? [];
        out.push(`| \`${k}\` | ${cs.length} | ${info?.problem ?? '?'} | ${cs[0] ? example(cs[0]).replace(/\|/g, '\\|') : ''} |`);
      }
      out.push('');
    }
    const lo = lineOnly.get(fam) ?? [];
    if (lo.length > 0) {
      out.push('Line-only cases (bc picks the line, names no kind):');
      out.push('');
      for (const c of lo) out.push(`- ${c.id}: ${show(exampleLine(c))}`);
      out.push('');
    }
  }
  if (unassigned.length > 0) {
    out.push('## Not yet assigned to a family');
    out.push('');
    for (const k of unassigned) out.push(`- \`${k}\` (${byKind.get(k)?.length ?? 0} cases)`);
    out.push('');
  }
  out.push('## Not extracted');
  out.push('');
  out.push('- `src/brz.rs` tests (11): Breezy `brz builddeb` and debcargo output of the Janitor\'s own tooling, not a Debian package build log.');
  out.push('- `src/sbuild.rs`, `src/lib.rs`, `src/lines.rs`, `src/match.rs`, `src/problem.rs`, `src/llm.rs`, `src/cudf.rs` tests: parser/data-structure tests');
  out.push('  (sections, summaries, offsets), except the whole logs in `src/testdata/` (three cases `testdata:*`).');
  out.push('- autopkgtest.rs `parse_autopkgtest_summary`/`parse_autopgktest_line` tests: line-parser tests without a failure.');
  out.push('- `*_trait`/`*_display` tests in common.rs: they construct problems, with no log line.');
  writeFileSync(path.join(ROOT, 'test/buildlog-consultant/KINDS.md'), `${out.join('\n')}\n`);
  console.log(`KINDS.md: ${doc.kinds.length} kinds${unassigned.length ? `, unassigned: ${unassigned.join(' ')}` : ''}`);
}

main();
