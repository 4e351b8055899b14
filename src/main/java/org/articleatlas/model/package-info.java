/** Immutable records that flow through the application: articles, spans of their text, and later places and mentions. */
package org.articleatlas.model;
