#!/usr/bin/env bash
# Frirum's public pages and public JSON lists against the ceiling of this machine, in one run.
#
# Starts (a) a bare axum handler answering a constant (crates/web/examples/ceiling.rs), then
# (b) `frirum demo` on SQLite and (c) on PostgreSQL (when psql reaches BENCH_PG), each first at
# 100 applications and then grown to 10,000 applications with 1,000 trials of 20 indicator
# periods (crates/cli/examples/bench_data.rs, through the store). For every public HTML page and
# every public JSON list it runs wrk with 64 connections on loopback and prints requests per
# second, the ratio to the ceiling, p50 and p99.
#
#   bash bench/http.sh            # release build first: cargo build --release -p frirum-cli
#
# BENCH_SECONDS (5) is each measurement's length, BENCH_PORT (18930) the first of the ports used,
# BENCH_PG (postgres://postgres@127.0.0.1:5432) the server in which a database is made and
# dropped, BENCH_NO_BUILD=1 skips the release build, BENCH_ENGINES ("sqlite postgres") and BENCH_SIZES ("small large") narrow the run.
# Needs wrk (apt install wrk) and curl. Absolute figures mean little on a shared machine; the
# ratios, measured minutes apart with the same client, are what to compare.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${BENCH_SECONDS:-5}"
PORT="${BENCH_PORT:-18930}"
PG="${BENCH_PG:-postgres://postgres@127.0.0.1:5432}"
ENGINES="${BENCH_ENGINES:-sqlite postgres}"
SIZES="${BENCH_SIZES:-small large}"
CONNECTIONS=64
THREADS=2

command -v wrk >/dev/null || { echo "wrk is missing (apt install wrk)" >&2; exit 1; }
# BENCH_NO_BUILD=1 measures the binaries already built.
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  cargo build --release --quiet -p frirum-cli --bin frirum --example bench_data
  cargo build --release --quiet -p frirum-web --example ceiling
fi
bin=target/release/frirum
data=target/release/examples/bench_data
ceiling_bin=target/release/examples/ceiling

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "${pg_db:-}" ]; then
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

wait_ready() {
  for _ in $(seq 1 600); do
    curl -fsS "$1" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "$1 did not answer" >&2
  return 1
}

# wrk's figures for one URL: requests/s, p50 and p99 in milliseconds.
measure() {
  local out rps p50 p99
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$1")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  local errors
  errors="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")"
  echo "$rps $(ms "$p50") $(ms "$p99") ${errors:-0}"
}

# wrk writes 512.00us, 1.20ms or 2.01s; in milliseconds.
ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else { printf "%s", v } }'
}

# The ceiling runs throughout and is measured again before each engine and size, so that
# each ratio compares figures taken minutes apart on the machine as it then was.
"$ceiling_bin" "127.0.0.1:$PORT" >"$work/ceiling.log" 2>&1 &
pids+=("$!")
wait_ready "http://127.0.0.1:$PORT/"
ceiling=""
measure_ceiling() {
  local c50 c99
  read -r ceiling c50 c99 _ <<<"$(measure "http://127.0.0.1:$PORT/")"
  echo "ceiling: bare axum constant: ${ceiling} req/s, p50 ${c50} ms, p99 ${c99} ms"
}

# The first id in a public JSON list, to measure one item's page.
first_id() {
  curl -fsS "$1" | python3 -c 'import json,sys; d=json.load(sys.stdin); items=(d.get("items") or d.get(sys.argv[1]) or []) if isinstance(d, dict) else d; print(items[0]["id"] if items else "")' "${1##*/}"
}

report() {
  local engine="$1" size="$2" base="$3"
  local scheme trial barrier network
  scheme="$(first_id "$base/api/v1/schemes")"
  trial="$(first_id "$base/api/v1/trials")"
  barrier="$(first_id "$base/api/v1/barriers")"
  network="$(first_id "$base/api/v1/networks")"
  local pages=(
    "/" "/schemes" "/schemes/$scheme" "/trials" "/trials/$trial" "/decisions" "/barriers"
    "/barriers/$barrier" "/organisations" "/networks" "/networks/$network" "/partners"
    "/statistics" "/open-data" "/trials/$trial/indicators"
    "/api/v1/schemes" "/api/v1/trials" "/api/v1/decisions" "/api/v1/organisations"
    "/api/v1/barriers" "/api/v1/networks" "/api/v1/partners" "/api/v1/trials/$trial/indicators"
  )
  printf '%-8s %-6s %-36s %10s %7s %8s %8s\n' engine size path 'req/s' ratio 'p50 ms' 'p99 ms'
  for path in "${pages[@]}"; do
    local status
    status="$(curl -s -o /dev/null -w '%{http_code}' "$base$path")"
    if [ "$status" != 200 ]; then
      printf '%-8s %-6s %-36s %s\n' "$engine" "$size" "$path" "skipped: $status to an anonymous GET"
      continue
    fi
    read -r rps p50 p99 errors <<<"$(measure "$base$path")"
    local ratio
    ratio="$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.1f%%", 100 * a / b }')"
    local note=""
    [ "$errors" != 0 ] && note=" ($errors non-2xx)"
    printf '%-8s %-6s %-36s %10s %7s %8s %8s%s\n' "$engine" "$size" "$path" "$rps" "$ratio" "$p50" "$p99" "$note"
  done
}

port=$((PORT + 1))
for engine in $ENGINES; do
  case "$engine" in
    sqlite) url="sqlite://$work/bench.db" ;;
    postgres)
      if ! psql "$PG/postgres" -qc 'SELECT 1' >/dev/null 2>&1; then
        echo "postgres: skipped, $PG does not answer"
        continue
      fi
      pg_db="frirum_bench_$$"
      psql "$PG/postgres" -qc "CREATE DATABASE $pg_db" >/dev/null
      url="$PG/$pg_db"
      ;;
    *) echo "unknown engine $engine" >&2; exit 1 ;;
  esac
  # The public API's limit per address is off: every request comes from 127.0.0.1.
  (cd "$work" && FRIRUM_API_RATE_LIMIT=0 exec "$OLDPWD/$bin" demo \
    --addr "127.0.0.1:$port" --database-url "$url" --index-dir "$work/index-$engine" \
    --storage "$work/documents-$engine") >"$work/$engine.log" 2>&1 &
  pids+=("$!")
  wait_ready "http://127.0.0.1:$port/readyz"
  for size in $SIZES; do
    case "$size" in
      small) "$data" "$url" 100 0 20 | tail -n1 ;;
      large) "$data" "$url" 10000 1000 20 | tail -n1 ;;
      *) echo "unknown size $size" >&2; exit 1 ;;
    esac
    # As a database in service would be after a bulk load: analysed, and no autovacuum
    # running through the measurement.
    if [ "$engine" = postgres ]; then
      psql "$url" -qc 'VACUUM ANALYZE' >/dev/null
    fi
    measure_ceiling
    report "$engine" "$size" "http://127.0.0.1:$port"
  done
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'
  if [ "$engine" = postgres ]; then
    psql "$PG/postgres" -qc "DROP DATABASE $pg_db" >/dev/null
    pg_db=""
  fi
  port=$((port + 1))
done
