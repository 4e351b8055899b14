/** The places the articles name: their view model and the panel of excerpts that name the selected one. */
package org.articleatlas.ui.places;
