package org.articleatlas.geodata;

import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.DataUtilities;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.feature.SchemaException;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Small literal layers for tests: two square "countries" side by side, AA west of BB along
 * longitude 10, both between the equator and latitude 10, and the border between them.
 */
final class TestLayers {

    private TestLayers() {
    }

    static SimpleFeatureSource countries() {
        SimpleFeatureType type = type("countries", "geometry:MultiPolygon:srid=4326,id:String,iso_a2:String,iso_a3:String,"
                + "name_en:String,name_fr:String");
        ListFeatureCollection features = new ListFeatureCollection(type);
        features.add(SimpleFeatureBuilder.build(type, new Object[] {
            wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)))"), "AA", "AA", "AAA", "Aland", "Alande"}, "AA"));
        features.add(SimpleFeatureBuilder.build(type, new Object[] {
            wkt("MULTIPOLYGON (((10 0, 20 0, 20 10, 10 10, 10 0)))"), "BB", "BB", "BBB", "Beeland", "Bélande"}, "BB"));
        return DataUtilities.source(features);
    }

    static SimpleFeatureSource borders() {
        SimpleFeatureType type = type("borders", "geometry:MultiLineString:srid=4326,id:String,a:String,b:String,"
                + "name_en:String,name_fr:String,length_km:Double");
        ListFeatureCollection features = new ListFeatureCollection(type);
        Geometry line = wkt("MULTILINESTRING ((10 0, 10 10))");
        features.add(SimpleFeatureBuilder.build(type, new Object[] {
            line, "AA-BB", "AA", "BB", "Aland – Beeland", "Alande – Bélande", Geodesy.lengthKm(line)}, "AA-BB"));
        return DataUtilities.source(features);
    }

    static Geography geography() throws Exception {
        return new Geography(CountryIndex.of(countries()), BorderIndex.of(borders()), OfficialBorderLengths.none());
    }

    private static SimpleFeatureType type(String name, String spec) {
        try {
            return DataUtilities.createType(name, spec);
        } catch (SchemaException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
