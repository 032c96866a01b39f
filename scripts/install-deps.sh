#!/usr/bin/env bash
# Installs the Debian packages a profile needs (build, or test = build + test tools).
# Works as root or through sudo, and does nothing when everything is already there.
set -euo pipefail
profile=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)

packages=$(awk -v p="$profile" '!/^#/ && NF == 2 && ($1 == "build" || $1 == p) { print $2 }' \
    "$here/debian-packages.txt")

missing=()
for pkg in $packages; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "All ${profile} packages are installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "Installing ${missing[*]} needs root: run this as root or install sudo." >&2
    exit 1
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
