#!/usr/bin/env bash
# Geoparse throughput on a French corpus of at least 10 MB (the seed articles copied into many
# files), against grep finding the gazetteer's names in the same files, whole processes timed
# in one run, printed as a table. The geoparser runs as documented, through bin/atlas (the
# launcher with its class-data-sharing archive and the client compiler), and as plain
# `java -jar`, in the same run. Each command runs REPEATS times (default 3), alternating, and
# is reported as its median wall time (the range beside it) and median CPU time (user + system):
# the machine is shared, and CPU time is what another session's load disturbs least.
# Usage: benchmarks/geoparse-vs-grep.sh [copies]   (default 1,200 copies of each seed ≈ 10.7 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-1200}"
repeats="${REPEATS:-3}"
work=target/bench-geoparse
rm -rf "$work" && mkdir -p "$work/corpus"
./mvnw -q package -DskipTests
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

for i in $(seq 1 "$copies"); do
  for seed in seeds/*.txt; do
    cp "$seed" "$work/corpus/$(basename "$seed" .txt)-$i.txt"
  done
done
bytes=$(cat "$work"/corpus/*.txt | wc -c)
java -cp "$cp" org.articleatlas.benchmarks.GazetteerNames "$work/names.txt"
names=$(wc -l < "$work/names.txt")
# One start fills the caches (gazetteer, layers, the launcher's class archive) if this build has
# not filled them yet.
bin/atlas geoparse seeds/004_796b3cc5194f9ead.txt > /dev/null

# Appends "wall cpu" of one run of the command to the file named first.
timed() {
  local out="$1"; shift
  { /usr/bin/time -f '%e %U %S' sh -c "$*"; } 2>&1 | tail -1 | awk '{ printf "%s %.2f\n", $1, $2 + $3 }' >> "$out"
}
start="bin/atlas geoparse seeds/004_796b3cc5194f9ead.txt > /dev/null"
geoparse="bin/atlas geoparse --format csv $work/corpus/*.txt > $work/geoparse.csv"
plainjava="java -jar target/article-atlas.jar geoparse --format csv $work/corpus/*.txt > $work/geoparse-jar.csv"
grepping="grep -o -w -F -f $work/names.txt $work/corpus/*.txt | wc -l > $work/grep.count"
: > "$work/start.t"; : > "$work/geoparse.t"; : > "$work/jar.t"; : > "$work/grep.t"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$repeats"); do
  timed "$work/start.t" "$start"
  timed "$work/geoparse.t" "$geoparse"
  timed "$work/jar.t" "$plainjava"
  timed "$work/grep.t" "$grepping"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
if ! cmp -s "$work/geoparse.csv" "$work/geoparse-jar.csv"; then
  echo "bin/atlas and java -jar wrote different CSV" >&2
  exit 1
fi
# "median wall (min–max) | median cpu" of a timings file.
summary() {
  sort -n -k1 "$1" | awk '{ w[NR] = $1 } END { printf "%s s (%s–%s)", w[int((NR + 1) / 2)], w[1], w[NR] }'
  printf ' | '
  sort -n -k2 "$1" | awk '{ c[NR] = $2 } END { printf "%s s", c[int((NR + 1) / 2)] }'
}
median_wall() { sort -n -k1 "$1" | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }'; }
mentions=$(($(wc -l < "$work/geoparse.csv") - 1))

printf 'load average before: %s, after: %s; %s runs each\n\n' "$load_before" "$load_after" "$repeats"
printf '| measure | wall, median (range) | CPU, median |\n|---|---|---|\n'
printf '| `bin/atlas geoparse`, one short article (start-up, caches warm) | %s |\n' "$(summary "$work/start.t")"
printf '| `bin/atlas geoparse --format csv`, whole corpus: %s mentions | %s |\n' "$mentions" "$(summary "$work/geoparse.t")"
printf '| `java -jar target/article-atlas.jar geoparse --format csv`, whole corpus | %s |\n' "$(summary "$work/jar.t")"
printf '| peer: grep -o -w -F -f NAMES, whole corpus: %s matches | %s |\n' "$(cat "$work/grep.count")" "$(summary "$work/grep.t")"
printf '\ncorpus: %s files, %s bytes; gazetteer names given to grep: %s\n' "$(ls "$work/corpus" | wc -l)" "$bytes" "$names"
awk -v g="$(median_wall "$work/geoparse.t")" -v j="$(median_wall "$work/jar.t")" -v r="$(median_wall "$work/grep.t")" \
  -v b="$bytes" 'BEGIN {
  printf "geoparse throughput (bin/atlas, whole process): %.2f MB/s; ratio to grep (median wall): %.1f (java -jar: %.1f)\n",
    b / 1048576 / g, g / r, j / r }'
