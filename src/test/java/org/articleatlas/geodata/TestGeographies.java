package org.articleatlas.geodata;

/** Test geographies for other packages' tests. */
public final class TestGeographies {

    private TestGeographies() {
    }

    public static Geography twoSquares() throws Exception {
        return TestLayers.geography();
    }
}
