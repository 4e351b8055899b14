package org.articleatlas.ui.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface's strings, in French or English, from {@code org/articleatlas/ui/messages*.properties}. */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** French when asked for, English otherwise. */
    public static Messages forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.articleatlas.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // The English strings are the base bundle, whose own locale is the root one: dates and
        // numbers are formatted for the locale asked for, « 18 December 2017 », not « 2017 Dec 18 ».
        Locale formatting = "fr".equals(bundle.getLocale().getLanguage()) ? Locale.FRENCH : Locale.UK;
        return new Messages(bundle, formatting);
    }

    public Locale locale() {
        return locale;
    }

    /** The interface language, for place names: « Moscou » in French, "Moscow" in English. */
    public org.articleatlas.model.Language language() {
        return "fr".equals(locale.getLanguage()) ? org.articleatlas.model.Language.FRENCH
                : org.articleatlas.model.Language.ENGLISH;
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
