#!/usr/bin/env bash
# Runs the JMH benchmarks (layer opening, country-at-point queries) on the project's geodata.
# Usage: benchmarks/run-jmh.sh [JMH options, e.g. a benchmark name pattern]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
    -rf text -rff target/jmh-results.txt "$@"
