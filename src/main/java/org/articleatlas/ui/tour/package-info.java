/** The guided tour: an article's places one after the other, for a class, driven by the keyboard. */
package org.articleatlas.ui.tour;
