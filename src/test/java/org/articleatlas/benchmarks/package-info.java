/** JMH benchmarks of the geodata and the geoparser; run by {@code benchmarks/run-jmh.sh}, never by the test suite. */
package org.articleatlas.benchmarks;
