/** Place names in French and English, and the places they can mean: countries, regions, cities, landmarks, bases, physical features. */
package org.articleatlas.gazetteer;
