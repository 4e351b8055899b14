#!/usr/bin/env bash
# Geoparse throughput on a French corpus of at least 10 MB (the seed articles copied into many
# files), against grep finding the gazetteer's names in the same files, whole processes timed
# in one run, printed as a table.
# Usage: benchmarks/geoparse-vs-grep.sh [copies]   (default 1,200 copies of each seed ≈ 10.7 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-1200}"
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

# The start-up alone, on one article: the gazetteer build is most of it.
start_s=$( { /usr/bin/time -f %e java -jar target/article-atlas.jar geoparse seeds/004_796b3cc5194f9ead.txt > /dev/null; } 2>&1 | tail -1)
geoparse_s=$( { /usr/bin/time -f %e sh -c "java -jar target/article-atlas.jar geoparse --format csv $work/corpus/*.txt > $work/geoparse.csv"; } 2>&1 | tail -1)
grep_s=$( { /usr/bin/time -f %e sh -c "grep -o -w -F -f $work/names.txt $work/corpus/*.txt | wc -l > $work/grep.count"; } 2>&1 | tail -1)
mentions=$(($(wc -l < "$work/geoparse.csv") - 1))

printf '| measure | value |\n|---|---|\n'
printf '| corpus | %s files, %s bytes |\n' "$(ls "$work/corpus" | wc -l)" "$bytes"
printf '| gazetteer names given to grep | %s |\n' "$names"
printf '| geoparse, one short article (start-up) | %s s |\n' "$start_s"
printf '| geoparse, whole corpus (CSV out) | %s s, %s mentions |\n' "$geoparse_s" "$mentions"
printf '| grep -o -w -F -f NAMES, whole corpus | %s s, %s matches |\n' "$grep_s" "$(cat "$work/grep.count")"
awk -v g="$geoparse_s" -v r="$grep_s" -v b="$bytes" 'BEGIN {
  printf "| geoparse throughput | %.2f MB/s |\n", b / 1048576 / g;
  printf "| ratio geoparse / grep | %.2f |\n", g / r }'
