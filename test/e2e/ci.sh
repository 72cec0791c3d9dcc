#!/usr/bin/env bash
# End-to-end stage of .ci/run: system packages, the e2e toolchain (test/e2e/package-lock.json),
# then the scenarios in code-server + Chromium. Prints "N passed, N failed" last; exit 1 on failure.
# E2E_SKIP_INSTALL=1 reuses an existing test/e2e/node_modules.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if ((${#need[@]})); then
  echo "e2e: apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

PTY=test/e2e/node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node
if [ "${E2E_SKIP_INSTALL:-}" != 1 ] || [ ! -f "$PTY" ]; then
  # @vscode/ripgrep's postinstall downloads rg from GitHub; seed its cache with Debian's rg instead.
  RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$RG_CACHE"
  tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  # yes: node-pty's postinstall runs `npx node-gyp`; unsafe_perm: code-server's postinstall as root.
  npm_config_yes=true npm_config_unsafe_perm=true timeout 900 npm ci --prefix test/e2e --no-audit --no-fund
fi
# code-server's nested install in lib/vscode has no allowScripts: check its native modules were built.
test -f "$PTY" || { echo "e2e: $PTY missing: code-server's native modules were not built"; exit 1; }

timeout 1200 node test/e2e/run.mjs
