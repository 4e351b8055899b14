#!/usr/bin/env bash
# JVM start to the first complete map frame (seeds' places on the map, every tile of the first view
# drawn), measured by the application itself (-Datlas.report.startup=FILE), under Xvfb, for the two
# ways of starting the window: bin/atlas (the documented fast path: class-data-sharing archive) and
# plain `java -jar`. Runs alternate between the two, so that both see the same load. Prints the
# totals, the processor time of the process up to that frame (which a busy machine does not
# inflate), and the median time at which each phase of the start-up ended.
# Usage: benchmarks/startup.sh [runs of each, default 5] [X display, default :96]
# One untimed run of each first: it writes bin/atlas's archive and the name caches in the user's
# cache folder, as on any start but the first.
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
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT

# one_run NAME N: starts the window one way, waits for its report (the window closes itself once
# it is written), keeps it as $work/NAME.N.
one_run() {
    local name=$1 n=$2 report="$work/report"
    rm -f "$report"
    local options="-Datlas.report.startup=$report -Datlas.report.startup.exit=true"
    if [ "$name" = atlas ]; then
        # bin/atlas takes no JVM option: the standard variable passes them.
        DISPLAY=$display JAVA_TOOL_OPTIONS="$options" bin/atlas >/dev/null 2>&1 &
    else
        # shellcheck disable=SC2086
        DISPLAY=$display java $options -jar target/article-atlas.jar >/dev/null 2>&1 &
    fi
    local pid=$!
    local waited=0
    while ! wait_for "$pid" && [ $waited -lt 900 ]; do
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    if [ -s "$report" ]; then cp "$report" "$work/$name.$n"; else echo "first_map_frame_ms timeout" > "$work/$name.$n"; fi
}

# True once the process has ended; waits a tenth of a second otherwise.
wait_for() {
    if kill -0 "$1" 2>/dev/null; then
        sleep 0.1
        return 1
    fi
    return 0
}

one_run atlas 0
one_run jar 0
for i in $(seq 1 "$runs"); do
    one_run atlas "$i"
    one_run jar "$i"
done

load=$(cut -d' ' -f1-3 /proc/loadavg)
awk -v runs="$runs" -v load="$load" '
    function median(list,    n, a, i, j, t) {
        n = split(list, a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n == 0 ? "-" : a[int((n + 1) / 2)]
    }
    FNR == 1 {
        np = split(FILENAME, parts, "/"); split(parts[np], id, ".")
        who = id[1]; run = id[2]
    }
    run == 0 { next }
    {
        values[who, $1] = values[who, $1] " " $2
        if (!(($1) in seen)) { seen[$1] = 1; order[++phases] = $1 }
        if ($1 == "first_map_frame_ms") total[who] = total[who] " " $2
    }
    END {
        label["atlas"] = "bin/atlas (CDS archive)"; label["jar"] = "java -jar article-atlas.jar"
        printf "JVM start -> first complete map frame, the two seeds, offline tiles, %d runs of each (ms)\n", runs
        printf "%-30s %8s %8s %8s %10s\n", "", "median", "min", "max", "CPU median"
        for (k = 1; k <= 2; k++) {
            w = k == 1 ? "atlas" : "jar"
            n = split(total[w], all, " ")
            lo = all[1]; hi = all[1]
            for (i = 1; i <= n; i++) { if (all[i] + 0 < lo + 0) lo = all[i]; if (all[i] + 0 > hi + 0) hi = all[i] }
            printf "%-30s %8s %8s %8s %10s\n", label[w], median(total[w]), lo, hi, median(values[w, "process_cpu_ms"])
        }
        printf "%-30s %8s  (DESIGN.md, not measured here)\n", "peer: bare MapView under Xvfb", "~1300"
        printf "\nWhen each phase ended, ms after JVM start (median; phases overlap: the geodata is read\n"
        printf "while JavaFX starts)\n%-30s %12s %12s\n", "phase", "bin/atlas", "java -jar"
        # In the order they end under bin/atlas.
        for (p = 1; p <= phases; p++) {
            name = order[p]
            if (name == "first_map_frame_ms" || name == "process_cpu_ms") continue
            at[name] = median(values["atlas", name])
            # A phase may end after the report in some runs (the map layers): it then sorts last.
            key[name] = at[name] == "-" ? 1e12 : at[name]
        }
        m = 0
        for (name in at) names[++m] = name
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (key[names[j]] + 0 < key[names[i]] + 0) { t = names[i]; names[i] = names[j]; names[j] = t }
        for (i = 1; i <= m; i++) printf "%-30s %12s %12s\n", names[i], at[names[i]], median(values["jar", names[i]])
        printf "%-30s %12s %12s\n", "complete (first_map_frame_ms)", median(total["atlas"]), median(total["jar"])
        printf "load average: %s\n", load
    }' "$work"/atlas.* "$work"/jar.*
