#!/usr/bin/env bash
# Writes docs/screenshot.png, the README's picture of the window: the application itself, with the
# seeds loaded and Kazan Cathedral chosen (its excerpt open beside the map), photographs its own
# window once the places, the layers and every tile of the view are shown, then closes.
# Runs under Xvfb when there is no display. Usage: scripts/screenshot.sh [FILE] [PLACE ID]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
place=${2:-landmark:kazan-cathedral}
[ -f target/article-atlas.jar ] || ./mvnw -q package -DskipTests
options="-Datlas.screenshot=$(realpath -m "$out") -Datlas.screenshot.place=$place -Datlas.language=en"
if [ -n "${DISPLAY:-}" ]; then
    JAVA_TOOL_OPTIONS="$options" bin/atlas
else
    JAVA_TOOL_OPTIONS="$options" xvfb-run -a -s "-screen 0 1400x900x24" bin/atlas
fi
[ -s "$out" ] && echo "$out written"
