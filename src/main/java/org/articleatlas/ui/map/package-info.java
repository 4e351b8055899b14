/** The Gluon Maps map view and everything drawn over it. */
package org.articleatlas.ui.map;
