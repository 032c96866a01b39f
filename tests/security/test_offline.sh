#!/usr/bin/env bash
# Runs the offline scenario in a network namespace with no interfaces but loopback (down), under
# strace. Passes only when the scenario passes and no process of the tree created a socket other
# than a local one (AF_UNIX) or a kernel one (AF_NETLINK). Missing tools fail the test: a check
# that cannot run must not look like a pass.
#   usage: test_offline.sh SCENARIO_COMMAND...
set -euo pipefail
scenario=("$@")
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v unshare > /dev/null || fail "unshare (util-linux) is not installed"
command -v strace > /dev/null || fail "strace is not installed"
unshare -n true || fail "cannot create a network namespace (needs root or user namespaces)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

unshare -n -- strace -f --seccomp-bpf -qq -e trace=socket,socketpair,connect,bind,sendto,sendmsg \
    -o "$work/trace" "${scenario[@]}" || fail "the scenario failed (output above)"
[ -s "$work/trace" ] || fail "strace recorded nothing: the trace did not cover the run"
grep -q 'socket(AF_UNIX' "$work/trace" || fail "no AF_UNIX socket seen: the trace did not cover the run"
if grep -E 'AF_INET|AF_INET6|AF_PACKET|PF_PACKET|AF_BLUETOOTH' "$work/trace" > "$work/bad"; then
    head -20 "$work/bad" >&2
    fail "network sockets were opened (strace lines above)"
fi
echo "ok: $(grep -c 'socket(' "$work/trace") sockets, all local; $(grep -c '^' "$work/trace") calls traced"
