package org.articleatlas.render;

import java.awt.Color;

/** The colours of the offline basemap: a calm atlas look that leaves the articles' places to stand out. */
public record BasemapStyle(Color sea, Color land, Color coast, Color border, float borderWidth) {

    public static BasemapStyle atlas() {
        return new BasemapStyle(new Color(0xCFE3EE), new Color(0xF3EFE4), new Color(0x9DB7C6), new Color(0xA09A8C), 0.7f);
    }
}
