package org.articleatlas.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.articleatlas.model.Language;

/** The words printed on a map (legend, scale, attribution) in the map's language, from {@code render/maptext*.properties}. */
public final class MapText {

    private final ResourceBundle bundle;
    private final Locale locale;

    private MapText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static MapText of(Language language) {
        Locale locale = language == Language.FRENCH ? Locale.FRENCH : Locale.ENGLISH;
        // The English file is the base bundle: no fallback to the JVM's default locale.
        ResourceBundle bundle = ResourceBundle.getBundle("org.articleatlas.render.maptext", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MapText(bundle, locale);
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Quoted the way the language quotes: « … » in French, “…” in English. */
    public String quoted(String s) {
        return get("quote.open") + s + get("quote.close");
    }

    public Locale locale() {
        return locale;
    }
}
