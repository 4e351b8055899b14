/** Geographic layers opened through GeoTools (countries, borders, regions, landmarks) and the spatial questions asked of them. */
package org.articleatlas.geodata;
