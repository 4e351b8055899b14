/**
 * Java2D map drawing shared by the offline map tiles and the exported images: projections, basemap
 * with country names, the articles' borders and places with labels placed without overlap,
 * numbered callouts, legend, scale bar and caption.
 */
package org.articleatlas.render;
