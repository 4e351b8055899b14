#!/usr/bin/env bash
# Runs the JMH benchmarks (layer opening, country-at-point queries...) on the project's geodata.
# Usage: benchmarks/run-jmh.sh [--product-jvm] [JMH options, e.g. a benchmark name pattern]
#   --product-jvm  every fork runs with the JVM option bin/atlas gives the window: a class-data-sharing
#                  archive of the classes used, written first by one untimed fork of the same benchmarks.
#                  Without it, forks are plain JVMs (what `java -jar` gives).
set -euo pipefail
cd "$(dirname "$0")/.."
product=no
if [ "${1:-}" = "--product-jvm" ]; then
  product=yes
  shift
fi
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
if [ "$product" = no ]; then
  ./mvnw -q test-compile
  classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
  java -cp "$classpath" org.openjdk.jmh.Main -rf text -rff target/jmh-results.txt "$@"
  exit
fi
# A class-data-sharing archive takes jars only (no class folders) and holds to that class path.
./mvnw -q package -DskipTests
jar cf target/benchmark-classes.jar -C target/test-classes .
classpath="target/benchmark-classes.jar:target/article-atlas.jar:$(cat target/test-classpath.txt)"
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
