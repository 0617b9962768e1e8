#!/usr/bin/env bash
# Installs what the tests need and runs every test:
#   - Debian packages (PostgreSQL server, Chromium, a CJK font) when missing,
#   - Node.js 24 (into .tools/node) and the Angular dependencies (npm ci),
#   - the Angular production build (the browser tests load it),
#   - one build of the .NET solution,
#   - the .NET tests on SQLite (with the browser tests) and again on a private
#     PostgreSQL started on 127.0.0.1 for this run only,
#   - the Angular unit tests (Vitest).
# Every runner's output is streamed and kept in artifacts/test-logs/. The last line is
# the grand total, "N passed, N failed, N skipped"; the exit code is non-zero when a
# step or a test failed, or when no test passed at all.
#
# Environment (all optional):
#   INCUBATION_PG_PORT      port of the private PostgreSQL (default 55432; the next free one is used if taken)
#   INCUBATION_SKIP_APT=1   never call apt-get (fail instead when something is missing)
#   INCUBATION_TEST_FILTER  passed to every `dotnet test --filter`
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=etc/scripts/common.sh
source "$ROOT/etc/scripts/common.sh"
# shellcheck source=etc/scripts/test-totals.sh
source "$ROOT/etc/scripts/test-totals.sh"

LOG_DIR="$ROOT/artifacts/test-logs"
rm -rf "$LOG_DIR"
mkdir -p "$LOG_DIR"

export CI="${CI:-false}"
export NO_COLOR=1 FORCE_COLOR=0
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDTERMINALLOGGER=off
export_frontend_env

SCRIPT_START=$SECONDS
declare -a TIMINGS=()     # "step|seconds|result"
declare -a BREAKDOWN=()   # "runner|passed|failed|skipped|result"
declare -a PROBLEMS=()    # human-readable reasons for a non-zero exit
TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0

record_time() { # step start_seconds result
  TIMINGS+=("$1|$((SECONDS - $2))|$3")
}

# Runs a command, streaming its output to the console and appending it to a log.
# Returns the command's exit code (call it as `run_logged LOG cmd... || rc=$?`).
run_logged() {
  local log="$1"
  shift
  local shown="$*"
  shown="${shown#env -u INCUBATION_TEST_DB -u INCUBATION_TEST_PG_CONNECTION }"
  printf '$ %s\n' "$shown" | tee -a "$log"
  "$@" </dev/null 2>&1 | tee -a "$log"
  return "${PIPESTATUS[0]}"
}

as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "must be root (or have sudo) to run: $*"
  fi
}

# ---------------------------------------------------------------- system packages
pg_bin_dir() { # newest installed PostgreSQL server's bin/ (Debian 12: /usr/lib/postgresql/15/bin)
  local f best
  local -a found=()
  for f in /usr/lib/postgresql/*/bin/initdb; do
    [[ -x "$f" && -x "${f%/initdb}/pg_ctl" ]] && found+=("${f%/initdb}")
  done
  ((${#found[@]} > 0)) || return 1
  best="$(printf '%s\n' "${found[@]}" | sort -V | tail -n 1)"
  printf '%s\n' "$best"
}

ensure_system_packages() {
  local -a need=()
  pg_bin_dir >/dev/null || need+=(postgresql)
  [[ -x /usr/bin/chromium ]] || need+=(chromium)
  if ! dpkg-query -W -f='${Status}' fonts-wqy-zenhei 2>/dev/null | grep -q 'install ok installed'; then
    need+=(fonts-wqy-zenhei)
  fi
  if ((${#need[@]} == 0)); then
    echo "Debian packages: postgresql, chromium, fonts-wqy-zenhei already installed"
    return 0
  fi
  [[ "${INCUBATION_SKIP_APT:-}" != 1 ]] || die "missing Debian packages: ${need[*]} (INCUBATION_SKIP_APT=1)"
  log_step "Installing Debian packages: ${need[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
  pg_bin_dir >/dev/null || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
  [[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium not found after installing chromium"
}

# ---------------------------------------------------------------- private PostgreSQL
PG_ROOT=""
PG_DATA=""
PG_BIN=""
PG_PORT=""

run_as_postgres() {
  # initdb refuses to run as root; the server runs as the postgres user then.
  if [[ "$(id -u)" == 0 ]]; then (cd "$PG_ROOT" && runuser -u postgres -- "$@")
  else (cd "$PG_ROOT" && "$@")
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
  PG_BIN="$(pg_bin_dir)" || die "no PostgreSQL server found"
  PG_PORT="${INCUBATION_PG_PORT:-55432}"
  local tries=0
  while port_in_use "$PG_PORT"; do
    tries=$((tries + 1))
    ((tries < 20)) || die "no free port from ${INCUBATION_PG_PORT:-55432} on for PostgreSQL"
    echo "port $PG_PORT is taken; trying $((PG_PORT + 1))"
    PG_PORT=$((PG_PORT + 1))
  done
  if [[ "$(id -u)" == 0 ]]; then PG_ROOT="$(mktemp -d /tmp/incubation-pg.XXXXXX)"
  else PG_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/incubation-pg.XXXXXX")"
  fi
  PG_DATA="$PG_ROOT/data"
  if [[ "$(id -u)" == 0 ]]; then chown postgres:postgres "$PG_ROOT"; fi
  chmod 700 "$PG_ROOT"
  run_as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >>"$LOG_DIR/postgresql.log" 2>&1 ||
    { cat "$LOG_DIR/postgresql.log"; die "initdb failed (see artifacts/test-logs/postgresql.log)"; }
  run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_ROOT/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_ROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >>"$LOG_DIR/postgresql.log" 2>&1 ||
    { cat "$LOG_DIR/postgresql.log" "$PG_ROOT/server.log" 2>/dev/null || true; die "PostgreSQL did not start"; }
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_DATA)"
}

stop_postgres() {
  [[ -n "$PG_ROOT" && -d "$PG_ROOT" ]] || return 0
  if [[ -f "$PG_DATA/postmaster.pid" ]]; then
    run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >>"$LOG_DIR/postgresql.log" 2>&1 || {
      # Last resort: the server this script started, by its own pid.
      local pid
      pid="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
      if [[ "$pid" =~ ^[0-9]+$ ]]; then kill -QUIT "$pid" 2>/dev/null || true; sleep 1; fi
    }
  fi
  cat "$PG_ROOT/server.log" >>"$LOG_DIR/postgresql.log" 2>/dev/null || true
  rm -rf "$PG_ROOT"
  PG_ROOT=""
}

# shellcheck disable=SC2317  # invoked by the EXIT trap
on_exit() {
  local rc=$?
  stop_postgres || true
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- .NET tests
TEST_PROJECTS=()
BROWSER_PROJECT_NAME="Incubation.Browser.Tests"
# Pure unit tests touch no database: they run once, in the SQLite pass, so the totals count each test once.
DATABASE_FREE_PROJECT_NAME="Incubation.Domain.Tests"

find_test_projects() {
  local p name browser=""
  for p in test/*/*.csproj; do
    [[ -f "$p" ]] || continue
    name="$(basename "$p" .csproj)"
    if [[ "$name" == *.Tests ]] || grep -q '<IsTestProject>true</IsTestProject>' "$p"; then
      # The browser tests are slowest: run them last.
      if [[ "$name" == "$BROWSER_PROJECT_NAME" ]]; then browser="$p"; else TEST_PROJECTS+=("$p"); fi
    fi
  done
  if [[ -n "$browser" ]]; then TEST_PROJECTS+=("$browser"); fi
}

# run_dotnet_pass LABEL KEY WITH_BROWSER [env assignments...]
# WITH_BROWSER=1 is the full pass; 0 is the database pass (no browser and no database-free projects).
run_dotnet_pass() {
  local label="$1" key="$2" with_browser="$3"
  shift 3
  local log="$LOG_DIR/dotnet-test-$key.log" start=$SECONDS rc=0 prc p name counts
  local -a filter=()
  [[ -z "${INCUBATION_TEST_FILTER:-}" ]] || filter=(--filter "$INCUBATION_TEST_FILTER")
  : >"$log"
  log_step "$label"
  for p in "${TEST_PROJECTS[@]}"; do
    name="$(basename "$p" .csproj)"
    if [[ "$with_browser" != 1 && ( "$name" == "$BROWSER_PROJECT_NAME" || "$name" == "$DATABASE_FREE_PROJECT_NAME" ) ]]; then continue; fi
    prc=0
    run_logged "$log" env -u INCUBATION_TEST_DB -u INCUBATION_TEST_PG_CONNECTION "$@" \
      dotnet test "$p" --no-build -c Release \
      --logger "trx;LogFileName=$name.trx" --results-directory "$LOG_DIR/trx-$key" \
      --blame-hang-timeout 15m --blame-hang-dump-type none \
      "${filter[@]}" || prc=$?
    if ((prc != 0)); then
      rc=$prc
      PROBLEMS+=("$label: dotnet test $name exited $prc")
    fi
  done
  counts="$(count_vstest "$log")"
  add_runner "$label" "$counts" "$rc"
  record_time "$label" "$start" "$([[ $rc == 0 ]] && echo ok || echo FAILED)"
}

add_runner() { # label "passed failed skipped found" rc
  local label="$1" rc="$3" p f s n result
  read -r p f s n <<<"$2"
  TOTAL_PASSED=$((TOTAL_PASSED + p))
  TOTAL_FAILED=$((TOTAL_FAILED + f))
  TOTAL_SKIPPED=$((TOTAL_SKIPPED + s))
  if [[ "$rc" == 0 ]]; then result=ok; else result="FAILED (exit $rc)"; fi
  if [[ "$n" == 0 ]]; then result="$result, no summary line"; fi
  BREAKDOWN+=("$label|$p|$f|$s|$result")
}

skip_runner() { # label reason
  BREAKDOWN+=("$1|0|0|0|NOT RUN ($2)")
  PROBLEMS+=("$1: not run ($2)")
}

# `test.sh --check-postgres`: only start the private PostgreSQL, query it and stop it.
if [[ "${1:-}" == --check-postgres ]]; then
  ensure_system_packages
  start_postgres
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atc 'select version()'
  stop_postgres
  exit 0
fi

# ================================================================= steps
log_step "Debian packages"
t=$SECONDS
ensure_system_packages
record_time "Debian packages" "$t" ok

log_step "Node.js"
t=$SECONDS
ensure_node
record_time "Node.js $INCUBATION_NODE_VERSION" "$t" ok

ANGULAR_OK=0
if [[ -f angular/package.json ]]; then
  log_step "Angular: npm ci"
  t=$SECONDS
  rc=0
  (cd angular && run_logged "$LOG_DIR/npm-ci.log" npm ci --no-audit --no-fund) || rc=$?
  record_time "npm ci" "$t" "$([[ $rc == 0 ]] && echo ok || echo FAILED)"
  if ((rc == 0)); then
    log_step "Angular: ng build"
    t=$SECONDS
    (cd angular && run_logged "$LOG_DIR/ng-build.log" npx --no ng build) || rc=$?
    record_time "ng build" "$t" "$([[ $rc == 0 ]] && echo ok || echo FAILED)"
    if ((rc == 0)); then ANGULAR_OK=1; else PROBLEMS+=("ng build exited $rc"); fi
  else
    PROBLEMS+=("npm ci exited $rc")
  fi
else
  PROBLEMS+=("angular/package.json not found")
fi

log_step "dotnet build Incubation.sln -c Release"
t=$SECONDS
rc=0
run_logged "$LOG_DIR/dotnet-build.log" dotnet build Incubation.sln -c Release -nologo || rc=$?
record_time "dotnet build" "$t" "$([[ $rc == 0 ]] && echo ok || echo FAILED)"
DOTNET_OK=0
if ((rc == 0)); then DOTNET_OK=1; else PROBLEMS+=("dotnet build exited $rc"); fi

find_test_projects
if ((DOTNET_OK == 1)) && ((${#TEST_PROJECTS[@]} == 0)); then
  PROBLEMS+=("no test project found under test/")
fi

if ((DOTNET_OK == 1)) && ((${#TEST_PROJECTS[@]} > 0)); then
  if ((ANGULAR_OK == 0)); then
    echo "warning: the Angular build is missing or failed; the browser tests will fail" >&2
  fi
  run_dotnet_pass ".NET tests on SQLite (with browser tests)" sqlite 1

  log_step "Starting a private PostgreSQL"
  t=$SECONDS
  start_postgres
  record_time "PostgreSQL start" "$t" ok
  run_dotnet_pass ".NET tests on PostgreSQL" postgresql 0 \
    INCUBATION_TEST_DB=PostgreSql \
    "INCUBATION_TEST_PG_CONNECTION=Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
  t=$SECONDS
  stop_postgres
  record_time "PostgreSQL stop" "$t" ok
else
  skip_runner ".NET tests on SQLite (with browser tests)" "build failed"
  skip_runner ".NET tests on PostgreSQL" "build failed"
fi

if [[ -f angular/package.json && -d angular/node_modules ]]; then
  log_step "Angular unit tests (Vitest)"
  t=$SECONDS
  rc=0
  (cd angular && run_logged "$LOG_DIR/ng-test.log" timeout --kill-after=30s 20m npx --no ng test --watch=false) || rc=$?
  add_runner "Angular unit tests (Vitest)" "$(count_vitest "$LOG_DIR/ng-test.log")" "$rc"
  record_time "ng test" "$t" "$([[ $rc == 0 ]] && echo ok || echo FAILED)"
  if ((rc != 0)); then PROBLEMS+=("ng test exited $rc"); fi
else
  skip_runner "Angular unit tests (Vitest)" "npm ci did not run or failed"
fi

# ================================================================= summary
{
  printf '\n==> Summary (logs in artifacts/test-logs/)\n\n'
  printf '  %-44s %7s\n' "step" "seconds"
  for line in "${TIMINGS[@]}"; do
    IFS='|' read -r name secs result <<<"$line"
    printf '  %-44s %7s  %s\n' "$name" "$secs" "$result"
  done
  printf '  %-44s %7s\n\n' "whole run" "$((SECONDS - SCRIPT_START))"
  printf '  %-44s %7s %7s %8s  %s\n' "runner" "passed" "failed" "skipped" "result"
  for line in "${BREAKDOWN[@]}"; do
    IFS='|' read -r name p f s result <<<"$line"
    printf '  %-44s %7s %7s %8s  %s\n' "$name" "$p" "$f" "$s" "$result"
  done
  echo
} | tee "$LOG_DIR/summary.txt"

if ((TOTAL_PASSED == 0)); then PROBLEMS+=("no test passed"); fi
if ((TOTAL_FAILED > 0)); then PROBLEMS+=("$TOTAL_FAILED test(s) failed"); fi
if ((${#PROBLEMS[@]} > 0)); then
  for p in "${PROBLEMS[@]}"; do printf 'FAILED: %s\n' "$p"; done | tee -a "$LOG_DIR/summary.txt"
fi
printf '%d passed, %d failed, %d skipped\n' "$TOTAL_PASSED" "$TOTAL_FAILED" "$TOTAL_SKIPPED" | tee -a "$LOG_DIR/summary.txt"
if ((${#PROBLEMS[@]} > 0)); then exit 1; fi
exit 0
