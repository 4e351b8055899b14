package org.articleatlas.render;

import java.awt.Color;

/**
 * The colours of the basemap: a calm atlas look that leaves the articles' places to stand out.
 * Widths are in pixels at scale 1 (a tile, or a page 900 pixels high).
 */
public record BasemapStyle(Color sea, Color land, Color coast, Color border, float borderWidth, Color countryLabel,
        Color labelHalo, Color graticule) {

    public static BasemapStyle atlas() {
        return new BasemapStyle(new Color(0xCFE3EE), new Color(0xF3EFE4), new Color(0x9DB7C6), new Color(0xA09A8C), 0.7f,
                new Color(0x6E6656), new Color(255, 255, 255, 210), new Color(0x9DB7C6));
    }
}
