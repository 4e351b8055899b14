/** A teacher's saved project: open articles and layers, notes, pins and corrections, written atomically. */
package org.articleatlas.project;
