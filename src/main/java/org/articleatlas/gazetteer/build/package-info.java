/** Builds the gazetteer's city and first-level-region tables in {@code geodata/} from GeoNames data shipped in npm and Debian packages. */
package org.articleatlas.gazetteer.build;
