/** Article Atlas: the {@link org.articleatlas.Launcher} that starts either the desktop window or the command line. */
package org.articleatlas;
