/** The teacher's project in the window: New, Open, Save, autosave, notes, pins and corrections applied to the places. */
package org.articleatlas.ui.project;
