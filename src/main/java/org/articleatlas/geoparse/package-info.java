/** Finds the places an article names, resolves each to one gazetteer entry for stated reasons, and finds the borders it speaks of. */
package org.articleatlas.geoparse;
