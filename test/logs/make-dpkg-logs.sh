#!/bin/bash
# Makes the real dpkg/apt logs test/logs/dpkg-*.log (see README.md, "dpkg and apt logs").
# Every dpkg run uses --root/--admindir on a scratch copy under $W and every apt run points
# Dir::State::status (and so its lock files) at that copy: the host's dpkg database is never touched.
# Needs root only because dpkg refuses --root installs otherwise; run as: bash make-dpkg-logs.sh OUTDIR
set -u
OUT=${1:?usage: make-dpkg-logs.sh OUTDIR}
W=/tmp/logcheck-dpkg
rm -rf "$W"; mkdir -p "$W/debs" "$W/pkgs" "$OUT"
cd "$W" || exit 2

fresh_root() { # $1 = root; an empty dpkg admin directory
  rm -rf "$1"; mkdir -p "$1/var/lib/dpkg/"{info,updates,triggers,alternatives}
  touch "$1/var/lib/dpkg/status" "$1/var/lib/dpkg/available"
}
mk() { # name version depends conflicts prerm preinst
  local d="pkgs/$1_$2"; mkdir -p "$d/DEBIAN"
  { echo "Package: $1"; echo "Version: $2"; echo "Architecture: all"; echo "Maintainer: Test <t@example.org>"
    [ -n "$3" ] && echo "Depends: $3"; [ -n "$4" ] && echo "Conflicts: $4"
    echo "Description: logcheck test package"; echo " test"; } > "$d/DEBIAN/control"
  if [ -n "${5:-}" ]; then printf '%s\n' "$5" > "$d/DEBIAN/prerm"; chmod 755 "$d/DEBIAN/prerm"; fi
  if [ -n "${6:-}" ]; then printf '%s\n' "$6" > "$d/DEBIAN/preinst"; chmod 755 "$d/DEBIAN/preinst"; fi
  dpkg-deb --root-owner-group -b "$d" debs/ >/dev/null
}
# The prerm that Fink::Finally::Buildlock writes into every lock package (fink/fink
# perlmod/Fink/Finally/Buildlock.pm, commit da8ef8af), with its lock test replaced by "the lock is live".
LIVE_PRERM='#!/bin/bash -e

if [ failed-upgrade = "$1" ]; then
  exit 1
fi

cat <<EOMSG
There is currently an active buildlock for the package
     foo (1.0-1)
meaning some other fink process is currently building it.
EOMSG
exit 1'
NEW_PRERM='#!/bin/bash -e

if [ failed-upgrade = "$1" ]; then
  exit 1
fi
exit 0'
mk bar-dev 1.2-1 "" ""
mk baz 2.0-1 "" ""
mk fink-buildlock-foo-1.0-1 2007.03.08-14.54.00 bar-dev baz "$LIVE_PRERM"
mk fink-buildlock-foo-1.0-1 2007.03.08-15.10.22 bar-dev baz "$NEW_PRERM"
mk slowpkg 1.1-1 "" "" "" '#!/bin/sh
sleep 30'
mk slowpkg 1.0-1 "" "" "" '#!/bin/sh
sleep 5'

R=$W/root; A=$R/var/lib/dpkg
D=(dpkg "--root=$R" --force-script-chrootless)
APT=(apt-get -o "Dir::State::status=$A/status" -o "Dir::State::Lists=$W/apt/lists" -o "Dir::Cache=$W/apt/cache"
     -o "Dir::Etc::SourceList=$W/apt/sources.list" -o "Dir::Etc::SourceParts=$W/apt/sources.list.d"
     -o "Dir::State::extended_states=$W/apt/extended_states"
     -o "DPkg::Options::=--root=$R" -o "DPkg::Options::=--force-script-chrootless")
mkdir -p apt/lists/partial apt/cache/archives/partial apt/sources.list.d; : > apt/sources.list

# 1. A buildlock package depends on bar-dev and conflicts with baz: removal and install refused.
fresh_root "$R"
{ "${D[@]}" -i debs/bar-dev_1.2-1_all.deb; "${D[@]}" -i debs/fink-buildlock-foo-1.0-1_2007.03.08-14.54.00_all.deb
  "${D[@]}" -r bar-dev; } > "$OUT/dpkg-1.21-buildlock-blocks-remove.log" 2>&1
"${D[@]}" -i debs/baz_2.0-1_all.deb > "$OUT/dpkg-1.21-buildlock-blocks-install.log" 2>&1
# 2. A second lock for foo-1.0-1 while the first one's prerm says it is live (a concurrent build).
"${D[@]}" -i debs/fink-buildlock-foo-1.0-1_2007.03.08-15.10.22_all.deb > "$OUT/dpkg-1.21-buildlock-active-prerm.log" 2>&1

# 3. Package-manager locks: apt-get holds lock-frontend (its DPkg::Pre-Invoke sleeps, then fails,
#    so it never runs dpkg); meanwhile apt-get and dpkg try to get the lock.
( "${APT[@]}" -o 'DPkg::Pre-Invoke::=sleep 8; false' -y install ./debs/baz_2.0-1_all.deb > "$W/holder.out" 2>&1 ) &
sleep 3
"${APT[@]}" -y install ./debs/baz_2.0-1_all.deb > "$OUT/dpkg-apt-2.6-lock-frontend-held.log" 2>&1
"${D[@]}" -i debs/baz_2.0-1_all.deb > "$OUT/dpkg-1.21-lock-frontend-held.log" 2>&1
wait
#    Only the database lock held (both runs as if a frontend held lock-frontend).
DPKG_FRONTEND_LOCKED=1 "${D[@]}" -i debs/slowpkg_1.0-1_all.deb > "$W/holder2.out" 2>&1 &
sleep 2
DPKG_FRONTEND_LOCKED=1 "${D[@]}" -i debs/baz_2.0-1_all.deb > "$OUT/dpkg-1.21-lock-database-held.log" 2>&1
wait

# 4. dpkg killed (SIGKILL) in a preinst: the journal in updates/ is left, apt refuses to go on.
"${D[@]}" -i debs/slowpkg_1.1-1_all.deb > "$W/killed.out" 2>&1 &
P=$!; sleep 2
tree() { local c; for c in $(pgrep -P "$1"); do echo "$c"; tree "$c"; done; }
KIDS=$(tree "$P")            # the preinst shell and its sleep: ours, ended by id
kill -9 "$P"; for k in $KIDS; do kill "$k" 2>/dev/null; done; wait 2>/dev/null
"${APT[@]}" -y install ./debs/baz_2.0-1_all.deb > "$OUT/dpkg-apt-2.6-interrupted.log" 2>&1

# 5. Status file parse errors: a buildlock stanza left "install ok installed" without a version
#    (the Fink wiki's example), and an ordinary package's stanza without one.
S=$W/sw/var/lib/dpkg; mkdir -p "$S/"{info,updates,triggers}; touch "$S/available"
cat > "$S/status" <<'STATUS'
Package: antlr
Status: install ok installed
Priority: optional
Section: devel
Installed-Size: 2512
Maintainer: Fink Core Group <fink-core@lists.sourceforge.net>
Architecture: darwin-powerpc
Version: 2.7.4-2
Description: ANother Tool for Language Recognition
 antlr is a language tool that provides a framework.

Package: fink-buildlock-antlr-2.7.4-2
Status: install ok installed

Package: zlib
Status: install ok installed
Priority: optional
Section: libs
Maintainer: Fink Core Group <fink-core@lists.sourceforge.net>
Architecture: darwin-powerpc
Version: 1.2.3-1
Description: Compression library
 zlib is a lossless data-compression library.
STATUS
dpkg --admindir="$S" --configure -a > "$OUT/dpkg-1.21-parse-error-buildlock.log" 2>&1
S2=$W/var/lib/dpkg; mkdir -p "$S2/"{info,updates,triggers}; touch "$S2/available"
printf 'Package: libfoo1\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.0-1\nMaintainer: T <t@example.org>\nDescription: foo\n foo\n\nPackage: python3-bar\nStatus: install ok installed\nArchitecture: all\nMaintainer: T <t@example.org>\nDescription: bar\n bar\n' > "$S2/status"
dpkg-query --admindir="$S2" -W > "$OUT/dpkg-1.21-parse-error-other.log" 2>&1

# 6. Fink's old lock scheme (PkgVersion::set_buildlock): the lock package name carries the build's start
#    time, version 0-0, and it Provides and Conflicts with fink-buildlock-NAME-VERSION-REVISION, so a
#    second lock for the same package is refused while the first is installed.
R3=$W/root3; fresh_root "$R3"
for ts in 2005.03.01-12.00.00 2005.03.08-14.54.00; do
  n=fink-buildlock-foo-1.0-1-$ts; d=pkgs/$n; mkdir -p "$d/DEBIAN"
  printf 'Package: %s\nSource: fink\nVersion: 0-0\nSection: unknown\nInstalled-Size: 0\nArchitecture: all\nDescription: Package compile-time lockfile\nMaintainer: Fink Core Group <fink-core@lists.sourceforge.net>\nProvides: fink-buildlock, fink-buildlock-foo-1.0-1\nConflicts: fink-buildlock-foo-1.0-1\n' "$n" > "$d/DEBIAN/control"
  dpkg-deb --root-owner-group -b "$d" debs/ >/dev/null
done
{ dpkg "--root=$R3" --force-script-chrootless -i debs/fink-buildlock-foo-1.0-1-2005.03.01-12.00.00_0-0_all.deb
  dpkg "--root=$R3" --force-script-chrootless -i debs/fink-buildlock-foo-1.0-1-2005.03.08-14.54.00_0-0_all.deb
} > "$OUT/dpkg-1.21-buildlock-old-scheme-conflict.log" 2>&1
echo "made: $(ls "$OUT"/dpkg-*.log | wc -l) logs"
