/**
 * Regional context for a teacher: place cards (country, region, neighbours, borders and distances)
 * and the timeline of the dates the articles write.
 */
package org.articleatlas.context;
