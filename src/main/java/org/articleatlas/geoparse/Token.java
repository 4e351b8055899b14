package org.articleatlas.geoparse;

/** A word of folded text, with its folded offsets; used to look at the words around a name. */
record Token(String text, int begin, int end) {
}
