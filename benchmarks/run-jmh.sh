#!/usr/bin/env bash
# Runs the JMH benchmarks (layer opening, country-at-point queries...) on the project's geodata.
# Usage: benchmarks/run-jmh.sh [--product-jvm] [JMH options, e.g. a benchmark name pattern]
#   --product-jvm  every fork runs with the JVM option bin/atlas gives the window: a class-data-sharing
#                  archive of the classes used, written first by one untimed fork of the same benchmarks.
#                  Without it, forks are plain JVMs (what `java -jar` gives). Both run on the application's
#                  class path (below).
set -euo pipefail
cd "$(dirname "$0")/.."
product=no
if [ "${1:-}" = "--product-jvm" ]; then
  product=yes
  shift
fi
# Forks run on the application's own class path: target/article-atlas.jar, whose manifest brings in
# target/lib/ (GeoTools there is the build's copy without JAI, see pom.xml), then the test-only jars
# (JMH...) for the benchmark classes. The Maven artifact geotools-wrapper is left out of those: it still
# holds JAI, and would bring back the cost the application no longer pays.
# A class-data-sharing archive also takes jars only (no class folders) and holds to that class path.
./mvnw -q package -DskipTests
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.excludeArtifactIds=geotools-wrapper \
    -Dmdep.outputFile=target/test-classpath.txt
jar cf target/benchmark-classes.jar -C target/test-classes .
classpath="target/benchmark-classes.jar:target/article-atlas.jar:$(cat target/test-classpath.txt)"
if [ "$product" = no ]; then
  java -cp "$classpath" org.openjdk.jmh.Main -rf text -rff target/jmh-results.txt "$@"
  exit
fi
archive="$PWD/target/jmh-classes.jsa"
rm -f "$archive"
jvm="-Xlog:disable -Xlog:all=error:stderr"
# JMH takes each option once: the caller's JVM options join ours, and the untimed run that writes the
# archive keeps the caller's other options but one fork of one iteration.
args=(); once=()
while [ $# -gt 0 ]; do
  case "$1" in
    -jvmArgsAppend) jvm="$jvm $2"; shift 2 ;;
    -f|-wi|-i) args+=("$1" "$2"); shift 2 ;;
    *) args+=("$1"); once+=("$1"); shift ;;
  esac
done
java -cp "$classpath" org.openjdk.jmh.Main -f 1 -wi 0 -i 1 -jvmArgsAppend "-XX:ArchiveClassesAtExit=$archive $jvm" \
    ${once[@]+"${once[@]}"} > target/jmh-archive-run.txt
java -cp "$classpath" org.openjdk.jmh.Main -rf text -rff target/jmh-results.txt \
    -jvmArgsAppend "-XX:SharedArchiveFile=$archive $jvm" ${args[@]+"${args[@]}"}
