/** The search box over the places found and the articles' text, and its results. */
package org.articleatlas.ui.search;
