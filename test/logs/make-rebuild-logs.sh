#!/bin/bash
# Two real rebuilds of the same failing package with pbuilder (for the baseline test): the logs differ
# only in what changes from run to run (pids, build places, times). Run as root, from any directory:
#   bash test/logs/make-rebuild-logs.sh OUTDIR      (pbuilder create takes about 2 minutes)
set -euo pipefail
out=$(realpath "${1:?usage: make-rebuild-logs.sh OUTDIR}")
work=$(mktemp -d)
until apt-get install -y pbuilder >/dev/null 2>&1; do sleep 10; done   # another apt may hold the lock
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
cat > "$work/pbuilderrc" <<RC
BASETGZ=/var/cache/pbuilder/base.tgz
BUILDPLACE=/var/cache/pbuilder/build
BUILDRESULT=/var/cache/pbuilder/result
DISTRIBUTION=bookworm
MIRRORSITE=$mirror
RC
mkdir -p /var/cache/pbuilder
[ -f /var/cache/pbuilder/base.tgz ] || pbuilder create --configfile "$work/pbuilderrc" > "$work/create.log" 2>&1
# A package whose test suite fails with a message no cause rule knows, after printing a pid and a
# temporary name, so that the two logs differ.
pkg=$work/rebuildfail-1.0
mkdir -p "$pkg/debian/source"
cat > "$pkg/Makefile" <<'MK'
all:
	@echo "building in $$(mktemp -d) as pid $$$$"
check:
	@echo "test run $$$$ at $$(date +%s%N)"
	@echo "FAIL: test_roundtrip (tmp $$(mktemp -u /tmp/rt.XXXXXX))"
	@exit 1
MK
cat > "$pkg/debian/control" <<'CTL'
Source: rebuildfail
Section: misc
Priority: optional
Maintainer: Test <test@example.org>
Build-Depends: debhelper-compat (= 13)
Standards-Version: 4.6.2

Package: rebuildfail
Architecture: all
Description: fails its tests
 For logcheck's baseline test.
CTL
printf '#!/usr/bin/make -f\n%%:\n\tdh $@\n' > "$pkg/debian/rules"; chmod +x "$pkg/debian/rules"
echo '3.0 (native)' > "$pkg/debian/source/format"
cat > "$pkg/debian/changelog" <<'CL'
rebuildfail (1.0) unstable; urgency=medium

  * Test package.

 -- Test <test@example.org>  Sat, 21 Nov 2026 00:00:00 +0000
CL
(cd "$work" && dpkg-source -b rebuildfail-1.0 >/dev/null)
for n in 1 2; do
  pbuilder build --configfile "$work/pbuilderrc" --logfile "$out/pbuilder-0.231-rebuild-$n.log" "$work/rebuildfail_1.0.dsc" >/dev/null 2>&1 || true
  sed -i "s#$mirror#http://mirror.local/debian#g" "$out/pbuilder-0.231-rebuild-$n.log"
done
echo "wrote $out/pbuilder-0.231-rebuild-1.log and -2.log"
