/** The reader: one article in full with every place name it contains marked, linked to the map. */
package org.articleatlas.ui.reader;
