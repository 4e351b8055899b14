/** The desktop application: start-up, the main window, its view models and background work. */
package org.articleatlas.ui.app;
