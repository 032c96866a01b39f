#!/usr/bin/env bash
# Builds the .deb and the source tarball with CPack, checks them (Depends, contents,
# desktop-file-validate, appstreamcli, lintian), installs the .deb with apt-get, runs the
# installed binary (--version and a headless PDF export from a temp data folder) and purges it
# again. Everything the install added is removed, so the machine is left as it was.
# Usage: debian_package.sh BUILD_DIR SEED_JOURNAL_BINARY
set -euo pipefail
build=$(cd "$1" && pwd) seed=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    fail "installing the package needs root: run the tests as root or with password-less sudo"
fi
for tool in cpack dpkg-deb dpkg-shlibdeps fakeroot lintian desktop-file-validate appstreamcli \
    apt-get pdftotext file; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/install-deps.sh test"
done
if grep -q "install ok installed" <<<"$(dpkg-query -W -f='${Status}' fibro-companion 2>/dev/null)"; then
    fail "fibro-companion is already installed here; this test would replace it. Remove it first."
fi

# Waits for the dpkg lock rather than failing when another apt run holds it.
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq)
work=$(mktemp -d)
installed=0
before="$work/packages-before.txt"
cleanup() {
    if [ "$installed" = 1 ]; then
        "${apt[@]}" purge fibro-companion \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- Build the packages -----------------------------------------------------------------------
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" \
    >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/out/fibro-companion_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || { cat "$work/cpack.log"; fail "no .deb written"; }
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

version=$("$build/fibro-companion" --version | awk '{print $2}')
[ "$(dpkg-deb -f "$deb" Package)" = fibro-companion ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
[ "$(dpkg-deb -f "$deb" Section)" = misc ] || fail "section"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no maintainer"
# Here-strings, not pipes: with pipefail, grep -q stopping early would fail the writer (SIGPIPE).
grep -q "symptom diary" <<<"$(dpkg-deb -f "$deb" Description)" || fail "description"

# Depends: the libraries dpkg-shlibdeps found plus what Qt loads at run time.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for pkg in libc6 libstdc++6 libcmark0.30.2 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
    libqt6network6 libqt6webenginecore6 libqt6webenginewidgets6 libqt6webenginecore6-bin \
    libqt6sql6-sqlite qt6-qpa-plugins; do
    tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -qxF "$pkg" \
        || fail "Depends lacks $pkg"
done

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents.txt"
for f in /usr/bin/fibro-companion \
    /usr/share/applications/org.fibrocompanion.FibroCompanion.desktop \
    /usr/share/metainfo/org.fibrocompanion.FibroCompanion.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.fibrocompanion.FibroCompanion.svg \
    /usr/share/fibro-companion/translations/fibro-companion_en.qm \
    /usr/share/doc/fibro-companion/copyright /usr/share/doc/fibro-companion/changelog.gz \
    /usr/share/man/man1/fibro-companion.1.gz; do
    grep -qx "$f" "$work/contents.txt" || fail "package lacks $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
    grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/org.fibrocompanion.FibroCompanion.png" \
        "$work/contents.txt" || fail "package lacks the ${size}px icon"
done
if grep -Eq '^/usr/(include|lib/.*\.a$)|/tests?/' "$work/contents.txt"; then
    fail "package holds build or test files"
fi

dpkg-deb -x "$deb" "$work/root"
desktop-file-validate \
    "$work/root/usr/share/applications/org.fibrocompanion.FibroCompanion.desktop" \
    || fail "desktop-file-validate"
appstreamcli validate --no-net \
    "$work/root/usr/share/metainfo/org.fibrocompanion.FibroCompanion.metainfo.xml" \
    || fail "appstreamcli validate"
# One app id everywhere: desktop file name, icon, window class, metainfo id and launchable.
id=org.fibrocompanion.FibroCompanion
desktop="$work/root/usr/share/applications/$id.desktop"
metainfo="$work/root/usr/share/metainfo/$id.metainfo.xml"
grep -qx "Icon=$id" "$desktop" || fail "desktop Icon is not $id"
grep -qx "StartupWMClass=$id" "$desktop" || fail "desktop StartupWMClass is not $id"
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "launchable"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo release is not $version"
kind=$(file "$work/root/usr/bin/fibro-companion")
grep -q "stripped" <<<"$kind" || fail "binary not stripped"
grep -q "not stripped" <<<"$kind" && fail "binary not stripped"

lintian --fail-on error "$deb" >"$work/lintian.txt" 2>&1 \
    || { cat "$work/lintian.txt"; fail "lintian reports errors"; }
echo "lintian: $(grep -c '^W:' "$work/lintian.txt" || true) warning(s), no errors"

# --- The source tarball -----------------------------------------------------------------------
(cd "$work" && cpack --config "$build/CPackSourceConfig.cmake" -B "$work/src" \
    >"$work/cpack-src.log" 2>&1) \
    || { cat "$work/cpack-src.log"; fail "source package failed"; }
tarball="$work/src/fibro-companion-$version.tar.gz"
[ -s "$tarball" ] || fail "no source tarball $tarball"
tar -tzf "$tarball" >"$work/src-contents.txt"
for f in CMakeLists.txt LICENSE README.md app/main.cpp \
    packaging/org.fibrocompanion.FibroCompanion.desktop \
    translations/fibro-companion_en.ts; do
    grep -qx "fibro-companion-$version/$f" "$work/src-contents.txt" || fail "tarball lacks $f"
done
if grep -Eq "^fibro-companion-$version/(\.git/|build)" "$work/src-contents.txt"; then
    fail "tarball holds .git or build folders"
fi

# --- Install, run, purge ----------------------------------------------------------------------
dpkg-query -W -f='${Package}\n' | sort >"$before"
installed=1
"${apt[@]}" install --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get install ./$(basename "$deb")"; }
grep -q "install ok installed" <<<"$(dpkg-query -W -f='${Status}' fibro-companion)" \
    || fail "not installed"
dpkg-query -W -f='${Package}\n' | sort >"$work/packages-during.txt"
added=$(comm -13 "$before" "$work/packages-during.txt" | grep -vx fibro-companion || true)

[ "$(command -v fibro-companion)" = /usr/bin/fibro-companion ] || fail "not on PATH"
out=$(env -u DISPLAY -u QT_QPA_PLATFORM /usr/bin/fibro-companion --version)
[ "$out" = "fibro-companion $version" ] || fail "installed --version printed '$out'"

"$seed" "$work/data" 1
env -u DISPLAY -u QT_QPA_PLATFORM /usr/bin/fibro-companion --data-dir "$work/data" \
    --export-pdf "$work/notes.pdf" --notes >"$work/export.txt" 2>&1 \
    || { cat "$work/export.txt"; fail "installed binary could not export a PDF"; }
pdftotext "$work/notes.pdf" - | grep "Questions for Dr Rivera" >/dev/null \
    || fail "exported PDF lacks the note"

"${apt[@]}" purge fibro-companion \
    >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "apt-get purge"; }
installed=0
if [ -n "$added" ]; then
    # shellcheck disable=SC2086
    "${apt[@]}" purge $added >/dev/null 2>&1 \
        || fail "could not remove the packages the install pulled in: $added"
fi
dpkg-query -W -f='${Package}\n' | sort >"$work/packages-after.txt"
cmp -s "$before" "$work/packages-after.txt" \
    || { diff "$before" "$work/packages-after.txt" || true; fail "package list changed"; }
for f in $(grep -v '/$' "$work/contents.txt" | grep -v '^/usr/share/doc/$'); do
    [ -d "$f" ] && continue
    [ ! -e "$f" ] || fail "$f is left after purge"
done
echo "ok: installed, ran, exported a PDF and purged cleanly"
