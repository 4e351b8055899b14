/** File → Export map…: the dialog that exports the current view and selection through the same renderer as the command line. */
package org.articleatlas.ui.export;
