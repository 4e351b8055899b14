/** The JavaFX desktop interface: the only package that may use JavaFX and Gluon Maps. */
package org.articleatlas.ui;
