#!/usr/bin/env bash
# Regenerates the border layers in geodata/ from npm packages (see geodata/README.md).
# The packages go to target/geodata-sources (ignored by git); the layers are committed.
# Extra Maven flags go through MAVEN_ARGS, e.g. MAVEN_ARGS=-o for an offline build.
set -euo pipefail
cd "$(dirname "$0")/.."

WORLD_ATLAS=world-atlas@2.0.2
ISO_COUNTRIES=i18n-iso-countries@7.14.0

npm install --prefix target/geodata-sources --no-save --no-audit --no-fund --no-package-lock \
    "$WORLD_ATLAS" "$ISO_COUNTRIES"
./mvnw -q package -DskipTests
# The jar's manifest lists target/lib/ in pom order, slf4j 2 before geotools-wrapper (which
# bundles slf4j 1.7); "target/lib/*" has no defined order and can silence the build's report.
java -Djava.util.logging.SimpleFormatter.format='%4$s %5$s%6$s%n' \
    -cp target/article-atlas.jar org.articleatlas.geodata.build.GeodataBuilder \
    --sources target/geodata-sources/node_modules --out geodata
