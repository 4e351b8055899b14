/** The headless command line (picocli): the only core code that prints to standard output and error. */
package org.articleatlas.cli;
