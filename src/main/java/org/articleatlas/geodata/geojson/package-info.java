/** A read-only GeoTools DataStore plugin that opens GeoJSON files (plain or gzip) as simple feature sources. */
package org.articleatlas.geodata.geojson;
