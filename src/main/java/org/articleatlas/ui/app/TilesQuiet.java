package org.articleatlas.ui.app;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import org.articleatlas.ui.map.OfflineTileRetriever;

/**
 * Watches the map's offline tiles pulse by pulse until the view has settled: no tile still being
 * drawn and no new one asked for during a number of pulses. Gluon asks for its tiles some pulses
 * after the view is laid out, so a view is not complete the moment nothing is in flight. The
 * start-up report and the README's screenshot both wait for this.
 */
final class TilesQuiet extends AnimationTimer {

    private final int pulses;
    private final boolean oneTileAsked;
    private final long giveUpAt;
    private final LongConsumer settled;
    private final Runnable gaveUp;
    private int quiet;
    private int asked = -1;
    private long quietSince;

    private TilesQuiet(int pulses, boolean oneTileAsked, long maxWaitMillis, LongConsumer settled, Runnable gaveUp) {
        this.pulses = pulses;
        this.oneTileAsked = oneTileAsked;
        long now = System.currentTimeMillis();
        this.giveUpAt = maxWaitMillis > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + maxWaitMillis;
        this.settled = settled;
        this.gaveUp = gaveUp;
    }

    /**
     * Starts watching, on the FX thread's pulses.
     *
     * @param oneTileAsked whether a view counts as settled only once the map has asked for a tile
     * @param maxWaitMillis how long a view that never settles is waited for before {@code gaveUp} runs
     * @param settled given the wall-clock time of the first of the quiet pulses
     */
    static void watch(int pulses, boolean oneTileAsked, long maxWaitMillis, LongConsumer settled, Runnable gaveUp) {
        new TilesQuiet(pulses, oneTileAsked, maxWaitMillis, settled, gaveUp).start();
    }

    @Override
    public void handle(long now) {
        int askedNow = OfflineTileRetriever.tilesAsked();
        boolean still = (!oneTileAsked || askedNow > 0) && askedNow == asked && OfflineTileRetriever.tilesInFlight() == 0;
        asked = askedNow;
        if (!still) {
            quiet = 0;
            if (System.currentTimeMillis() > giveUpAt) {
                stop();
                gaveUp.run();
            }
            return;
        }
        if (quiet++ == 0) {
            quietSince = System.currentTimeMillis();
        }
        if (quiet >= pulses) {
            stop();
            settled.accept(quietSince);
        }
    }
}
