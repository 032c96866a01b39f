#!/usr/bin/env bash
# The desktop file and the generated metainfo validate, and name the same app id as the binary
# uses for its window class; quick, and needs no root (the package test checks the installed ones).
set -euo pipefail
app=$1
here=$(cd "$(dirname "$0")/../.." && pwd)
build=$(dirname "$app")
id=org.fibrocompanion.FibroCompanion
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/install-deps.sh test"
done
desktop="$here/packaging/$id.desktop"
metainfo="$build/packaging/$id.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
grep -qx "Icon=$id" "$desktop" || fail "Icon"
grep -qx "Exec=fibro-companion --check-in" "$desktop" || fail "New check-in action"
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo id"
version=$(env -u DISPLAY -u QT_QPA_PLATFORM "$app" --version | awk '{print $2}')
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo release is not $version"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$here/packaging/icons/hicolor/${size}x${size}/apps/$id.png"
    [ "$(file -b "$png" | grep -o '[0-9]* x [0-9]*')" = "$size x $size" ] || fail "$png size"
done
echo ok
