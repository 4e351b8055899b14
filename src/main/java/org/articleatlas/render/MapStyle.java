package org.articleatlas.render;

import java.awt.Color;

/** The colours of what the articles add to the basemap: named countries and borders, markers, callouts. */
record MapStyle(Color namedCountry, Color namedBorder, Color namedBorderHalo, Color city, Color base, Color landmark,
        Color physical, Color region, Color callout, Color text, Color mutedText, Color leader, Color panel,
        Color frame) {

    static MapStyle atlas() {
        return new MapStyle(new Color(0xF5E6B8), new Color(0xC0392B), new Color(192, 57, 43, 70), new Color(0x2C3E50),
                new Color(0x8C2D19), new Color(0x6A3D9A), new Color(0x2E6F95), new Color(0x7A6A3A), new Color(0xA8322A),
                new Color(0x1F2328), new Color(0x57606A), new Color(0x57606A), new Color(255, 255, 255, 232),
                new Color(0x8C959F));
    }
}
