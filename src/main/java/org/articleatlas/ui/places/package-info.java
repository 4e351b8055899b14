/** The places the articles name: the one selection every view shares, the place list, and the excerpts that name the chosen place with the readings it won over. */
package org.articleatlas.ui.places;
