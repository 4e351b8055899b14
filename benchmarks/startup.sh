#!/usr/bin/env bash
# JVM start to the first complete map frame (seeds' places on the map, every tile of the first view
# drawn), measured by the application itself (-Datlas.report.startup=FILE), under Xvfb.
# Usage: benchmarks/startup.sh [runs, default 5] [X display, default :96]
# One run first, untimed, so that the name caches in the user's cache folder exist, as on any start but the first.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
display=${2:-:96}
[ -f target/article-atlas.jar ] || ./mvnw -q -o package -DskipTests
xvfb_pid=
if ! DISPLAY=$display xdpyinfo >/dev/null 2>&1; then
    Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
fi
report=$(mktemp)
one_run() {
    rm -f "$report"
    DISPLAY=$display java -Datlas.report.startup="$report" -jar target/article-atlas.jar >/dev/null 2>&1 &
    local pid=$!
    for _ in $(seq 1 600); do
        [ -s "$report" ] && break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -s "$report" ]; then awk '{print $2}' "$report"; else echo "timeout"; fi
}
one_run >/dev/null
times=()
for i in $(seq 1 "$runs"); do
    times+=("$(one_run)")
done
[ -n "$xvfb_pid" ] && kill "$xvfb_pid"
printf '%s\n' "${times[@]}" | sort -n | awk -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '
    { t[NR] = $1 }
    END {
        printf "%-44s %8s %8s %8s %6s\n", "JVM start -> first complete map frame", "median", "min", "max", "runs"
        printf "%-44s %8d %8d %8d %6d  ms\n", "article-atlas.jar, seeds, offline tiles", t[int((NR + 1) / 2)], t[1], t[NR], NR
        printf "%-44s %8s  ms (DESIGN.md, not measured here)\n", "peer: bare MapView under Xvfb", "~1300"
        printf "load average: %s\n", load
    }'
