package org.articleatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;

/** The teacher's pins and notes on an exported map: placed among the other labels, in the legend only when there. */
class TeacherMarksTest {

    private static final MapRequest REQUEST = new MapRequest(1600, 900, CentralAsiaFixture.CENTRAL_ASIA,
            MapProjection.Kind.MERCATOR);
    private static final String PIN = "Rendez-vous ici pour la sortie";
    private static final String LONG_PIN = "Le lac Balkhach : la classe compare sa taille à celle du lac Léman, puis"
            + " cherche les fleuves qui l’alimentent";

    private static MapRenderer.Drawn render(MapContent content) throws Exception {
        BufferedImage image = new BufferedImage(REQUEST.width(), REQUEST.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            return new MapRenderer(CentralAsiaFixture.basemap(), MapFonts.installed()).render(g, content, REQUEST);
        } finally {
            g.dispose();
        }
    }

    private static MapContent annotated() throws Exception {
        return CentralAsiaFixture.content().withAnnotations(new TeacherAnnotations(
                List.of(new TeacherAnnotations.Pin(new GeoPoint(41.31, 69.28), PIN),
                        new TeacherAnnotations.Pin(new GeoPoint(46.5, 74.5), LONG_PIN),
                        new TeacherAnnotations.Pin(new GeoPoint(10, 10), "hors de la carte")),
                List.of(new TeacherAnnotations.Note("base:kant", "Ouverte en 2003."),
                        new TeacherAnnotations.Note("nowhere:x", "une note sur un lieu absent"))));
    }

    @Test
    void pinTextsArePlacedWithoutOverlapAndNoteSignsSitBesideTheirPlace() throws Exception {
        MapRenderer.Drawn drawn = render(annotated());
        List<MapRenderer.PlacedLabel> labels = drawn.labels();
        assertThat(labels).extracting(MapRenderer.PlacedLabel::text)
                .contains(PIN, TeacherMarks.onMap(LONG_PIN), TeacherMarks.NOTE_SIGN, "Base aérienne de Kant")
                .doesNotContain("hors de la carte");
        assertThat(TeacherMarks.onMap(LONG_PIN)).endsWith("…").hasSizeLessThanOrEqualTo(TeacherMarks.MAX_ON_MAP);
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D a = labels.get(i).box();
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(a.intersects(labels.get(j).box()))
                        .as("%s overlaps %s", labels.get(i).text(), labels.get(j).text()).isFalse();
            }
        }
        Rectangle2D sign = labels.stream().filter(l -> l.text().equals(TeacherMarks.NOTE_SIGN)).findFirst()
                .orElseThrow().box();
        java.awt.geom.Point2D kant = drawn.viewport().toScreen(new GeoPoint(42.85306, 74.84639));
        assertThat(sign.getCenterX() - kant.getX()).isBetween(-40.0, 40.0);
        assertThat(sign.getCenterY() - kant.getY()).isBetween(-40.0, 40.0);
        assertThat(drawn.legend()).contains("legend.pin", "legend.note");
    }

    @Test
    void aWholeWorldBoxOnAPageWiderThanTheWorldDrawsInsteadOfFailing() throws Exception {
        MapRequest world = new MapRequest(1600, 500, new org.locationtech.jts.geom.Envelope(-180, 180, -60, 80),
                MapProjection.Kind.MERCATOR);
        BufferedImage image = new BufferedImage(world.width(), world.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            MapRenderer.Drawn drawn = new MapRenderer(CentralAsiaFixture.basemap(), MapFonts.installed()).render(g,
                    annotated(), world);
            assertThat(drawn.labels()).extracting(MapRenderer.PlacedLabel::text).contains(PIN);
        } finally {
            g.dispose();
        }
    }

    @Test
    void theLegendNamesPinsAndNotesOnlyWhenTheMapHasThem() throws Exception {
        assertThat(render(CentralAsiaFixture.content()).legend()).doesNotContain("legend.pin", "legend.note");
        MapContent onlyElsewhere = CentralAsiaFixture.content().withAnnotations(new TeacherAnnotations(
                List.of(new TeacherAnnotations.Pin(new GeoPoint(10, 10), "hors de la carte")),
                List.of(new TeacherAnnotations.Note("nowhere:x", "une note sur un lieu absent"))));
        assertThat(render(onlyElsewhere).legend()).doesNotContain("legend.pin", "legend.note");
    }
}
