#!/usr/bin/env bash
# Regenerates the typed Angular client from the API: the build writes the OpenAPI document
# (angular/openapi/Incubation.HttpApi.Host.json, no server needed), then ng-openapi-gen writes
# angular/src/app/proxy/. Run it after changing a controller or a DTO; never edit the proxy by hand.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=etc/scripts/common.sh
source "$ROOT/etc/scripts/common.sh"
cd "$ROOT"
ensure_node
dotnet build src/Incubation.HttpApi.Host -p:OpenApiGenerateDocumentsOnBuild=true -nologo -v q
cd angular
[[ -d node_modules ]] || npm ci --no-audit --no-fund
rm -rf src/app/proxy
npm run proxy
