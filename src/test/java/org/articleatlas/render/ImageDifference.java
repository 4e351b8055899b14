package org.articleatlas.render;

import java.awt.image.BufferedImage;

/**
 * How different two renderings look, not whether their bytes agree: both are averaged over
 * {@code cell}-pixel squares (anti-aliasing and font hinting move single pixels, not areas),
 * then compared channel by channel.
 *
 * @param meanDifference  the average difference of a cell's channels, 0 to 255
 * @param changedShare    the share of cells that differ by more than {@link #VISIBLE} in some channel
 */
public record ImageDifference(double meanDifference, double changedShare) {

    /** A difference a reader notices at a glance. */
    public static final int VISIBLE = 40;

    public static ImageDifference between(BufferedImage a, BufferedImage b, int cell) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return new ImageDifference(255, 1);
        }
        int cols = a.getWidth() / cell;
        int rows = a.getHeight() / cell;
        double total = 0;
        int changed = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double[] ma = mean(a, c * cell, r * cell, cell);
                double[] mb = mean(b, c * cell, r * cell, cell);
                double worst = 0;
                for (int k = 0; k < 3; k++) {
                    double d = Math.abs(ma[k] - mb[k]);
                    total += d / 3;
                    worst = Math.max(worst, d);
                }
                if (worst > VISIBLE) {
                    changed++;
                }
            }
        }
        return new ImageDifference(total / (rows * cols), changed / (double) (rows * cols));
    }

    private static double[] mean(BufferedImage image, int x0, int y0, int cell) {
        double[] sum = new double[3];
        for (int y = y0; y < y0 + cell; y++) {
            for (int x = x0; x < x0 + cell; x++) {
                int rgb = image.getRGB(x, y);
                sum[0] += (rgb >> 16) & 0xFF;
                sum[1] += (rgb >> 8) & 0xFF;
                sum[2] += rgb & 0xFF;
            }
        }
        for (int k = 0; k < 3; k++) {
            sum[k] /= cell * cell;
        }
        return sum;
    }
}
