/** Where the application's own data folders ({@code seeds/}, {@code geodata/}) are found on this machine. */
package org.articleatlas.home;
