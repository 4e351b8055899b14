/** Java2D map drawing shared by the offline map tiles and, later, the exported images: projection, basemap, borders. */
package org.articleatlas.render;
