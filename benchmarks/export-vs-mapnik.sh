#!/usr/bin/env bash
# The 3840×2160 PNG of Central Asia: `article-atlas export` (whole process: JVM start, layers,
# geoparsing the seeds, drawing, writing), run the documented way (bin/atlas) and as a plain
# `java -jar`, against Mapnik drawing the same geodata layers at the same size and box (whole
# Python process: reading the GeoJSON, drawing, writing), all timed in one run, runs interleaved,
# each the median of RUNS runs, printed as a table.
# Needs Debian's python3-mapnik (apt-get install -y python3-mapnik).
# Usage: benchmarks/export-vs-mapnik.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work=target/bench-export
rm -rf "$work" && mkdir -p "$work/layers"
/usr/bin/python3 -c 'import mapnik' 2>/dev/null || { echo "python3-mapnik is missing: apt-get install -y python3-mapnik" >&2; exit 2; }
[ -f target/article-atlas.jar ] || ./mvnw -q package -DskipTests

# Mapnik reads plain GeoJSON: uncompressed copies of the layers the export draws from.
for layer in countries-10m borders; do
  gunzip -c "geodata/$layer.geojson.gz" > "$work/layers/$layer.geojson"
done
cp geodata/landmarks.geojson "$work/layers/landmarks.geojson"

# The same content as our map: sea, land, coastlines, international borders, the three borders of the
# seeds highlighted, country names in French, the Russian bases with their names.
cat > "$work/mapnik_export.py" <<'PY'
import sys
import mapnik

layers, out = sys.argv[1], sys.argv[2]
named = "[iso_a2] = 'RU' or [iso_a2] = 'TJ' or [iso_a2] = 'KG' or [iso_a2] = 'CN' or [iso_a2] = 'AF'"
xml = f"""<Map srs="+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs"
     background-color="#cfe3ee">
  <Style name="countries">
    <Rule><Filter>{named}</Filter><PolygonSymbolizer fill="#f5e6b8"/><LineSymbolizer stroke="#9db7c6" stroke-width="1.7"/></Rule>
    <Rule><ElseFilter/><PolygonSymbolizer fill="#f3efe4"/><LineSymbolizer stroke="#9db7c6" stroke-width="1.7"/></Rule>
  </Style>
  <Style name="borders"><Rule><LineSymbolizer stroke="#a09a8c" stroke-width="2.2"/></Rule></Style>
  <Style name="named-borders">
    <Rule><Filter>[id] = 'AF-TJ' or [id] = 'CN-TJ' or [id] = 'CN-KG'</Filter>
      <LineSymbolizer stroke="#c0392b" stroke-opacity="0.27" stroke-width="19" stroke-linecap="round" stroke-linejoin="round"/>
      <LineSymbolizer stroke="#c0392b" stroke-width="6.2" stroke-linecap="round" stroke-linejoin="round"/></Rule>
  </Style>
  <Style name="country-names">
    <Rule><TextSymbolizer face-name="DejaVu Sans Book" size="26" fill="#6e6656" halo-fill="white" halo-radius="3">[name_fr]</TextSymbolizer></Rule>
  </Style>
  <Style name="bases">
    <Rule><Filter>[kind] = 'base'</Filter>
      <MarkersSymbolizer fill="#8c2d19" width="26" height="26" allow-overlap="true"/>
      <TextSymbolizer face-name="DejaVu Sans Bold" size="30" fill="#1f2328" halo-fill="white" halo-radius="3" dx="24" horizontal-alignment="right">[name_fr]</TextSymbolizer></Rule>
  </Style>
  <Layer name="countries" srs="+proj=longlat +datum=WGS84 +no_defs"><StyleName>countries</StyleName>
    <Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{layers}/countries-10m.geojson</Parameter></Datasource></Layer>
  <Layer name="borders" srs="+proj=longlat +datum=WGS84 +no_defs"><StyleName>borders</StyleName><StyleName>named-borders</StyleName>
    <Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{layers}/borders.geojson</Parameter></Datasource></Layer>
  <Layer name="country-names" srs="+proj=longlat +datum=WGS84 +no_defs"><StyleName>country-names</StyleName>
    <Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{layers}/countries-10m.geojson</Parameter></Datasource></Layer>
  <Layer name="bases" srs="+proj=longlat +datum=WGS84 +no_defs"><StyleName>bases</StyleName>
    <Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{layers}/landmarks.geojson</Parameter></Datasource></Layer>
</Map>"""
m = mapnik.Map(3840, 2160)
mapnik.load_map_from_string(m, xml)
merc = mapnik.ProjTransform(mapnik.Projection("+proj=longlat +datum=WGS84 +no_defs"), mapnik.Projection(m.srs))
m.zoom_to_box(merc.forward(mapnik.Box2d(44, 30, 90, 50)))
mapnik.render_to_file(m, out, "png")
PY

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

export_args=(export --width 3840 --height 2160 --bbox 44,30,90,50)
# Timed: seconds of the whole command, wall clock.
timed() { /usr/bin/time -o "$work/time.txt" -f %e "$@" > /dev/null; cat "$work/time.txt"; }

# One untimed run each: the application's caches (layers, names, the launcher's class-data archive)
# and the OS file cache are warm, as they are from a user's second export on.
bin/atlas "${export_args[@]}" --out "$work/ours.png" > /dev/null
java -jar target/article-atlas.jar "${export_args[@]}" --out "$work/ours-java-jar.png" > /dev/null
/usr/bin/python3 "$work/mapnik_export.py" "$work/layers" "$work/mapnik.png"

launcher=(); plain=(); theirs=()
for i in $(seq 1 "$runs"); do
  launcher+=("$(timed bin/atlas "${export_args[@]}" --out "$work/ours.png")")
  plain+=("$(timed java -jar target/article-atlas.jar "${export_args[@]}" --out "$work/ours-java-jar.png")")
  theirs+=("$(timed /usr/bin/python3 "$work/mapnik_export.py" "$work/layers" "$work/mapnik.png")")
done
launcher_s=$(printf '%s\n' "${launcher[@]}" | median)
plain_s=$(printf '%s\n' "${plain[@]}" | median)
theirs_s=$(printf '%s\n' "${theirs[@]}" | median)

printf '| 3840×2160 PNG, bbox 44,30,90,50, whole process, median of %s (load average %s at the start) | seconds | all runs |\n|---|---|---|\n' \
  "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
printf '| `bin/atlas export` (the documented way: class-data archive, client compiler; seeds geoparsed, callouts, legend, caption) | %s | %s |\n' \
  "$launcher_s" "${launcher[*]}"
printf '| `java -jar target/article-atlas.jar export` (plain JVM), same map | %s | %s |\n' "$plain_s" "${plain[*]}"
printf '| Mapnik %s, same layers (countries 1:10m, borders, bases) and size | %s | %s |\n' \
  "$(/usr/bin/python3 -c 'import mapnik; v = mapnik.mapnik_version(); print(f"{v // 100000}.{v // 100 % 1000}.{v % 100}")')" \
  "$theirs_s" "${theirs[*]}"
awk -v a="$launcher_s" -v p="$plain_s" -v b="$theirs_s" \
  'BEGIN { printf "| ratio export / Mapnik (target at most 2) | %.2f with bin/atlas, %.2f with java -jar | |\n", a / b, p / b }'
echo "Images: $work/ours.png, $work/ours-java-jar.png and $work/mapnik.png"
