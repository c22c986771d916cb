#!/usr/bin/env bash
# Builds tools/kafka-mock/bin/kafka-mock (librdkafka mock cluster launcher).
# Installs librdkafka-dev, pkg-config and gcc first if missing (root only).
# Idempotent and quiet on success; rebuilds only when launcher.c is newer.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/launcher.c"
out="$here/bin/kafka-mock"

have_toolchain() {
  command -v gcc >/dev/null 2>&1 &&
    command -v pkg-config >/dev/null 2>&1 &&
    pkg-config --exists rdkafka 2>/dev/null &&
    [[ -f "$(pkg-config --variable=includedir rdkafka)/librdkafka/rdkafka_mock.h" ]]
}

if ! have_toolchain; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "kafka-mock/build.sh: librdkafka-dev, pkg-config and gcc are needed;" \
      "run as root or: sudo apt-get install -y librdkafka-dev pkg-config gcc" >&2
    exit 1
  fi
  log="$(mktemp)"
  if ! { apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librdkafka-dev pkg-config gcc; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "kafka-mock/build.sh: apt-get install failed" >&2
    exit 1
  fi
  rm -f "$log"
  have_toolchain || { echo "kafka-mock/build.sh: librdkafka mock header still missing after install" >&2; exit 1; }
fi

# Up to date? (The toolchain check above also guarantees the runtime library.)
[[ -x "$out" && "$out" -nt "$src" ]] && exit 0

mkdir -p "$here/bin"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
# -rdynamic exports our bind/accept/recvmsg so they interpose libc's for
# librdkafka.so (see launcher.c).
# shellcheck disable=SC2046
gcc -std=gnu11 -O2 -Wall -Wextra -rdynamic $(pkg-config --cflags rdkafka) \
  -o "$tmp" "$src" $(pkg-config --libs rdkafka) -ldl -lpthread
mv -f "$tmp" "$out"
