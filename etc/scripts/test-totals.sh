#!/usr/bin/env bash
# Reads the closing lines of the test runners from their logs and adds them up.
# test.sh sources this file. Run it directly to check the parsers on sample output:
#   bash etc/scripts/test-totals.sh --self-check
# (the self-check is not part of the project's test totals).
#
# Every function prints "PASSED FAILED SKIPPED FOUND", where FOUND is the number of
# summary lines read (0 means the runner printed no summary at all). They use awk
# only, so a log without a match never trips `set -euo pipefail`.

# Removes ANSI escape sequences (colours, cursor moves) and carriage returns.
strip_ansi() {
  sed -E $'s/\x1B\\[[0-9;?]*[ -\\/]*[@-~]//g; s/\x1B[()][A-Za-z0-9]//g; s/\r//g' "$@"
}

# VSTest (`dotnet test`) prints one line per test assembly, e.g.
#   Passed!  - Failed:     0, Passed:     7, Skipped:     0, Total:     7, Duration: 1 s - X.Tests.dll (net10.0)
#   Failed!  - Failed:     1, Passed:     6, Skipped:     0, Total:     7, Duration: 1 s - X.Tests.dll (net10.0)
# and no grand total: sum them. If none is found, fall back to the MSBuild terminal
# logger's "Test summary: total: 7, failed: 0, succeeded: 7, skipped: 0, duration: 1s".
count_vstest() {
  strip_ansi "$1" | awk '
    function num(s, key,   m) {
      if (match(s, key ":[ \t]*[0-9]+")) { m = substr(s, RSTART, RLENGTH); sub(/^[^0-9]*/, "", m); return m + 0 }
      return 0
    }
    /- Failed:[ \t]*[0-9]+, Passed:[ \t]*[0-9]+, Skipped:[ \t]*[0-9]+, Total:[ \t]*[0-9]+/ {
      p += num($0, "Passed"); f += num($0, "- Failed"); s += num($0, "Skipped"); n++; next
    }
    /Test summary: total:[ \t]*[0-9]+, failed:[ \t]*[0-9]+, succeeded:[ \t]*[0-9]+/ {
      tp += num($0, "succeeded"); tf += num($0, "failed"); ts += num($0, "skipped"); tn++
    }
    END {
      if (n > 0) printf "%d %d %d %d\n", p, f, s, n
      else       printf "%d %d %d %d\n", tp, tf, ts, tn
    }'
}

# Vitest (`ng test`) closes with e.g.
#   Tests  12 passed (12)
#   Tests  1 failed | 10 passed | 1 skipped (12)
# One run per log: the last such line counts ("Test Files" lines are not read).
# "todo" tests are counted as skipped.
count_vitest() {
  strip_ansi "$1" | awk '
    /^[ \t]*Tests[ \t]+[0-9]+ (passed|failed|skipped|todo)/ { last = $0; n++ }
    END {
      p = 0; f = 0; s = 0
      line = last
      while (match(line, /[0-9]+ (passed|failed|skipped|todo)/)) {
        item = substr(line, RSTART, RLENGTH); line = substr(line, RSTART + RLENGTH)
        split(item, a, " ")
        if (a[2] == "passed") p += a[1]; else if (a[2] == "failed") f += a[1]; else s += a[1]
      }
      printf "%d %d %d %d\n", p, f, s, (n > 0 ? 1 : 0)
    }'
}

# ---------------------------------------------------------------------------
_totals_self_check() {
  set -euo pipefail
  local dir fails=0
  dir="$(mktemp -d)"
  # shellcheck disable=SC2064
  trap "rm -rf '$dir'" EXIT

  expect() { # name expected actual
    if [[ "$2" == "$3" ]]; then printf 'ok    %-34s %s\n' "$1" "$3"
    else printf 'FAIL  %-34s expected "%s", got "%s"\n' "$1" "$2" "$3"; fails=$((fails + 1)); fi
  }

  printf '%s\n' \
    'Test run for /repo/test/A/bin/Release/net10.0/A.Tests.dll (.NETCoreApp,Version=v10.0)' \
    $'\e[32;1mPassed!\e[0m  - Failed:     0, Passed:     7, Skipped:     0, Total:     7, Duration: 1 s - A.Tests.dll (net10.0)' \
    '  Failed Incubation.Foo.Bar [12 ms]' \
    $'\e[31;1mFailed!\e[0m  - Failed:     1, Passed:    12, Skipped:     2, Total:    15, Duration: 3 s - B.Tests.dll (net10.0)\r' \
    'Passed!  - Failed: 0, Passed: 3, Skipped: 1, Total: 4, Duration: 23 ms - C.Tests.dll (net10.0)' \
    >"$dir/vstest.log"
  expect 'vstest: three assemblies, ANSI' '22 1 3 3' "$(count_vstest "$dir/vstest.log")"

  printf 'Build succeeded.\nNo test is available in /x/D.Tests.dll.\n' >"$dir/vstest-none.log"
  expect 'vstest: no summary line' '0 0 0 0' "$(count_vstest "$dir/vstest-none.log")"

  printf '%s\n' \
    $'\e[1mTest summary: total: 9, failed: 2, succeeded: 6, skipped: 1, duration: 2.1s\e[0m' \
    >"$dir/vstest-tl.log"
  expect 'vstest: terminal-logger fallback' '6 2 1 1' "$(count_vstest "$dir/vstest-tl.log")"

  printf '%s\n' \
    $' \e[32m✓\e[39m src/app/app.spec.ts \e[2m(\e[22m\e[2m3 tests\e[22m\e[2m)\e[22m' \
    $' \e[2m Test Files \e[22m \e[1m\e[32m2 passed\e[39m\e[22m\e[90m (2)\e[39m' \
    $' \e[2m     Tests \e[22m \e[1m\e[32m12 passed\e[39m\e[22m\e[90m (12)\e[39m' \
    $' \e[2m  Start at \e[22m 10:01:02' \
    >"$dir/vitest-pass.log"
  expect 'vitest: all passed, ANSI' '12 0 0 1' "$(count_vitest "$dir/vitest-pass.log")"

  printf '%s\n' \
    ' Test Files  1 failed | 3 passed (4)' \
    '      Tests  2 failed | 30 passed | 1 skipped | 1 todo (34)' \
    >"$dir/vitest-fail.log"
  expect 'vitest: failed, skipped, todo' '30 2 2 1' "$(count_vitest "$dir/vitest-fail.log")"

  printf 'Error: no test files found\n' >"$dir/vitest-none.log"
  expect 'vitest: no summary line' '0 0 0 0' "$(count_vitest "$dir/vitest-none.log")"

  : >"$dir/empty.log"
  expect 'empty log' '0 0 0 0' "$(count_vstest "$dir/empty.log")"

  if ((fails > 0)); then printf '%d check(s) failed\n' "$fails"; return 1; fi
  printf 'all parser checks passed\n'
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  case "${1:-}" in
    --self-check) _totals_self_check ;;
    vstest) count_vstest "$2" ;;
    vitest) count_vitest "$2" ;;
    *) printf 'usage: %s --self-check | vstest LOG | vitest LOG\n' "$0" >&2; exit 2 ;;
  esac
fi
