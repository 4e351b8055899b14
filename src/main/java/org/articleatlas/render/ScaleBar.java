package org.articleatlas.render;

/**
 * A scale bar of a round length (1, 2 or 5 times a power of ten kilometres) no longer than the room
 * it is given. Right only where the scale was measured: the map's centre.
 *
 * @param km     the length it stands for
 * @param pixels its length on the page
 */
public record ScaleBar(double km, double pixels) {

    /** The longest round bar that fits in {@code maxPixels} at {@code kmPerPixel}. */
    public static ScaleBar choose(double kmPerPixel, double maxPixels) {
        if (!(kmPerPixel > 0) || !(maxPixels > 0)) {
            throw new IllegalArgumentException("no scale bar for " + kmPerPixel + " km per pixel in " + maxPixels + " px");
        }
        double maxKm = kmPerPixel * maxPixels;
        double power = Math.pow(10, Math.floor(Math.log10(maxKm)));
        double km = power;
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= maxKm) {
                km = step * power;
                break;
            }
        }
        return new ScaleBar(km, km / kmPerPixel);
    }

    /** "500 km", "2 km", "0.5 km". */
    public String label() {
        return (km >= 1 ? String.valueOf(Math.round(km)) : String.valueOf(km)) + " km";
    }
}
