/** Work shared between the cores with results kept in their input order; depends on nothing else of the application. */
package org.articleatlas.parallel;
