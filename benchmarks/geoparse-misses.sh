#!/usr/bin/env bash
# Counts each evaluation set's errors by what would mend them (data the gazetteer lacks, a rule
# that dropped a name, the choice among candidates): see GeoparseMisses. The counts may be taken on
# the sets kept unseen; --show lists the errors' words too, and is refused for those sets;
# --by-country adds the count of names absent from the data by the true place's country.
# Usage: benchmarks/geoparse-misses.sh [--show] [--by-country] SET...   (SET: a folder of
#        src/test/resources/org/articleatlas/geoparse, e.g. heldout10)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
  echo "usage: benchmarks/geoparse-misses.sh [--show] [--by-country] SET..." >&2
  exit 2
fi
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.articleatlas.geoparse.GeoparseMisses "$@"
