#!/usr/bin/env bash
# Times the place-marker layer's layout pass with 500 places on a headless JavaFX toolkit (Monocle).
# Usage: benchmarks/marker-layout.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Dtestfx.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
    -Datlas.language=en -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.articleatlas.benchmarks.MarkerLayoutBenchmark
