/** What the window tells a class about a place and a time: the place card, the timeline strip and their view models. */
package org.articleatlas.ui.context;
