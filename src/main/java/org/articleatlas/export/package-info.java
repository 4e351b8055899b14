/** Annotated maps written to PNG, SVG and PDF files through the {@code render} package, atomically. */
package org.articleatlas.export;
