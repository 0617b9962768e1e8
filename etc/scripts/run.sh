#!/usr/bin/env bash
# Builds and starts the whole system in demo mode (ASPNETCORE_ENVIRONMENT=Development):
# the embedded SQLite database is created, migrated and seeded on first start, and the
# Angular app is served by the ASP.NET Core host. Needs the .NET 10 SDK and npm (Node.js
# 24 is installed into .tools/node when the machine's Node is older).
#
# Environment (all optional):
#   PORT              port to listen on (default 5080)
#   INCUBATION_URLS   full listen URL(s) instead, e.g. http://0.0.0.0:8080 (overrides PORT)
#   INCUBATION_REBUILD_UI=1   rebuild the Angular app even if angular/dist exists
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=etc/scripts/common.sh
source "$ROOT/etc/scripts/common.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export_frontend_env

command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK (dotnet) is needed: https://learn.microsoft.com/dotnet/core/install/linux-debian"

PORT="${PORT:-5080}"
URLS="${INCUBATION_URLS:-http://127.0.0.1:$PORT}"

# 1. The Angular app (built once; angular/dist is reused on later starts).
if [[ ! -f angular/dist/incubation/browser/index.html || "${INCUBATION_REBUILD_UI:-}" == 1 ]]; then
  [[ -f angular/package.json ]] || die "angular/package.json not found"
  ensure_node
  log_step "Building the Angular app (npm ci, ng build)"
  (cd angular && npm ci --no-audit --no-fund && npx --no ng build)
else
  echo "Angular app already built (angular/dist/incubation/browser); set INCUBATION_REBUILD_UI=1 to rebuild"
fi

# 2. The host (built first so the address below is printed when it is about to listen).
log_step "Building the host (dotnet build -c Release)"
dotnet build src/Incubation.HttpApi.Host -c Release -nologo -v quiet

# The address to show: a wildcard listen address is opened on this machine as localhost.
first_url="${URLS%%;*}"
open_url="$(printf '%s' "$first_url" | sed -E 's#//(0\.0\.0\.0|\*|\+|\[::\])([:/]|$)#//localhost\2#')"

cat <<EOF

============================================================
 Incubation is starting (demo mode, embedded SQLite database)
   Open:      ${open_url%/}/
   User:      admin
   Password:  1q2w3E*
 Stop with Ctrl+C.
============================================================

EOF

export ASPNETCORE_ENVIRONMENT=Development
exec dotnet run --project src/Incubation.HttpApi.Host -c Release --no-build --no-launch-profile --urls "$URLS"
