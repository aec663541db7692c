package dev.gan4j.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws the report's line charts with XChart, headless, as PNG bytes. */
final class ReportCharts {
    static final int WIDTH = 720;
    static final int HEIGHT = 340;

    private ReportCharts() {
    }

    /**
     * A line chart of one or more series against the training step.
     *
     * @param series   each series' points by name: x (steps) and y values of equal length
     * @param markers  whether to mark each point (for sparse series such as evaluations)
     */
    static byte[] lineChart(String title, String yTitle, Map<String, double[][]> series, boolean markers) {
        return lineChart(title, yTitle, series, markers, null, null);
    }

    /**
     * A line chart with its best point marked by a red diamond, labelled in the legend.
     *
     * @param best      the best point, {step, value}, or null for none
     * @param bestLabel the legend's text for it ({@code "best 12.3 at step 4000"})
     */
    static byte[] lineChart(String title, String yTitle, Map<String, double[][]> series, boolean markers,
                            double[] best, String bestLabel) {
        HeadlessGraphics.require();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("step")
                .yAxisTitle(yTitle).build();
        // Below the plot, so the legend never hides a curve's end or its best point.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setLegendVisible(series.size() > 1 || best != null);
        chart.getStyler().setPlotGridLinesColor(new java.awt.Color(0xE4E7EB));
        chart.getStyler().setChartTitleBoxVisible(false);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setMarkerSize(markers ? 6 : 0);
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            XYSeries s = chart.addSeries(e.getKey(), e.getValue()[0], e.getValue()[1]);
            s.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        if (best != null) {
            chart.getStyler().setMarkerSize(Math.max(chart.getStyler().getMarkerSize(), 9));
            XYSeries mark = chart.addSeries(bestLabel, new double[] {best[0]}, new double[] {best[1]});
            mark.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            mark.setMarker(SeriesMarkers.DIAMOND);
            mark.setMarkerColor(new java.awt.Color(0xD62728));
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding the chart \"" + title + "\" as PNG failed: " + e.getMessage(), e);
        }
    }

    /** x and y arrays from lists of points. */
    static double[][] points(List<double[]> xy) {
        double[] x = new double[xy.size()];
        double[] y = new double[xy.size()];
        for (int i = 0; i < xy.size(); i++) {
            x[i] = xy.get(i)[0];
            y[i] = xy.get(i)[1];
        }
        return new double[][] {x, y};
    }
}
