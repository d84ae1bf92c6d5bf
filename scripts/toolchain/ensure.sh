#!/usr/bin/env bash
# Makes Node 24 LTS and the pinned pnpm available, installing them from the npm
# registry into a git-ignored cache when the machine's own Node is too old.
# Source this file: it exports PATH, npm_config_nodedir and VG_NODE_HOME.
# Why not corepack: its signature checks fail on these machines (docs/adr/001).

vg_fail() { echo "vg: $*" >&2; return 1; }

vg_ensure_toolchain() {
  local root="$1"
  local node_version="24.21.0"
  local pnpm_version
  pnpm_version=$(sed -n 's/.*"packageManager": *"pnpm@\([0-9.]*\)".*/\1/p' "$root/package.json")
  [ -n "$pnpm_version" ] || { vg_fail "package.json has no \"packageManager\": \"pnpm@x.y.z\" — restore it from git."; return 1; }

  local os arch
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) vg_fail "unsupported operating system '$(uname -s)': use Linux or macOS (on Windows, use WSL2)."; return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64|amd64) arch=x64 ;;
    aarch64|arm64) arch=arm64 ;;
    *) vg_fail "unsupported processor '$(uname -m)': Node 24 builds exist for x64 and arm64 only."; return 1 ;;
  esac

  local cache="${VG_CACHE_DIR:-$root/.cache}/toolchain"
  local node_home="$cache/node-$node_version-$os-$arch"
  local pnpm_home="$cache/pnpm-$pnpm_version"

  # Use the machine's Node when it is new enough; otherwise the cached Node 24.
  local sys_node_ok=0
  if command -v node >/dev/null 2>&1 && [ -z "${VG_FORCE_TOOLCHAIN_NODE:-}" ]; then
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null && sys_node_ok=1
  fi

  if [ "$sys_node_ok" = 0 ]; then
    if [ -e "$node_home" ] && ! "$node_home/bin/node" --version >/dev/null 2>&1; then
      echo "vg: the cached Node in $node_home is broken; reinstalling it." >&2
      rm -rf "$node_home"
    fi
    if [ ! -x "$node_home/bin/node" ]; then
      vg_install_from_registry "node-$os-$arch@$node_version" "$node_home" || return 1
      "$node_home/bin/node" --version >/dev/null 2>&1 || { vg_fail "Node $node_version in $node_home does not run on this machine; delete $cache and try again."; return 1; }
    fi
    export PATH="$node_home/bin:$PATH"
    export VG_NODE_HOME="$node_home"
    # Native addons (better-sqlite3) must build against Node 24's headers, not the system's.
    export npm_config_nodedir="$node_home"
  else
    VG_NODE_HOME="$(dirname "$(dirname "$(command -v node)")")"
    export VG_NODE_HOME
  fi

  if [ -e "$pnpm_home" ] && [ ! -f "$pnpm_home/bin/pnpm.cjs" ]; then
    echo "vg: the cached pnpm in $pnpm_home is broken; reinstalling it." >&2
    rm -rf "$pnpm_home"
  fi
  if [ ! -f "$pnpm_home/bin/pnpm.cjs" ]; then
    vg_install_from_registry "pnpm@$pnpm_version" "$pnpm_home" || return 1
  fi
  mkdir -p "$cache/bin"
  if [ ! -x "$cache/bin/pnpm" ] || ! grep -q "$pnpm_home" "$cache/bin/pnpm" 2>/dev/null; then
    printf '#!/bin/sh\nexec node "%s/bin/pnpm.cjs" "$@"\n' "$pnpm_home" > "$cache/bin/pnpm.tmp"
    chmod +x "$cache/bin/pnpm.tmp" && mv "$cache/bin/pnpm.tmp" "$cache/bin/pnpm"
  fi
  export PATH="$cache/bin:$PATH"
  # Browser tools use Debian's Chromium; they must never download their own.
  export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
}

# Downloads one registry package tarball with npm (npm's cache makes a re-run offline)
# and unpacks it into $2 atomically, so an interrupted install never looks complete.
vg_install_from_registry() {
  local spec="$1" dest="$2" tmp
  command -v npm >/dev/null 2>&1 || { vg_fail "npm is needed once to fetch $spec; install any Node >= 18 with npm."; return 1; }
  mkdir -p "$(dirname "$dest")" || { vg_fail "cannot create $(dirname "$dest"); check permissions or set VG_CACHE_DIR."; return 1; }
  tmp=$(mktemp -d "$(dirname "$dest")/.install.XXXXXX")
  echo "vg: installing $spec into $dest (once)…" >&2
  local tarball
  if ! tarball=$(cd "$tmp" && npm pack --silent "$spec" 2>"$tmp/npm.log"); then
    if grep -qiE 'ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|network' "$tmp/npm.log"; then
      vg_fail "cannot reach the npm registry to fetch $spec — check the network or proxy (npm config get registry), then run again."
    else
      vg_fail "npm could not fetch $spec: $(tail -n 1 "$tmp/npm.log")"
    fi
    rm -rf "$tmp"; return 1
  fi
  tar -xzf "$tmp/$tarball" -C "$tmp" || { rm -rf "$tmp"; vg_fail "the $spec tarball is corrupt; run 'npm cache clean --force' and try again."; return 1; }
  rm -rf "$dest"
  mv "$tmp/package" "$dest"
  rm -rf "$tmp"
}
