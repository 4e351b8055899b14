/** The project tool that generates the border layers in {@code geodata/} from the npm packages world-atlas and i18n-iso-countries. */
package org.articleatlas.geodata.build;
