/** Regional context for a teacher: what country a place is in, its neighbours, its borders and distances. */
package org.articleatlas.context;
