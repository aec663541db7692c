package dev.gan4j.core.report;

import java.util.Base64;

/**
 * The frame shared by the run dashboard and the comparison page: one offline HTML file with its
 * style inline, a grid of cards that uses the page's width, and nothing loaded from elsewhere.
 */
final class DashboardPage {
    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;padding:16px 24px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;
                 color:#1f2328;background:#f3f4f6}
            h1{font-size:20px;margin:0 0 4px}
            h2{font-size:15px;margin:0 0 8px}
            header{margin-bottom:16px}
            .muted{color:#656d76}
            .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;background:#ddf4ff;color:#0969da}
            .badge.finished{background:#dafbe1;color:#1a7f37}
            .badge.failed{background:#ffebe9;color:#cf222e}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,440px),1fr));gap:16px;margin-bottom:16px}
            .wide{grid-column:1/-1}
            .card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 14px;min-width:0}
            .card img.chart{width:100%;height:auto;display:block}
            .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px;margin-bottom:16px}
            .tile{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:8px 12px}
            .tile .name{font-size:12px;color:#656d76}
            .tile .value{font-size:20px;font-weight:600}
            .tile .best{font-size:12px;color:#1a7f37}
            .frames img{display:block;max-width:100%;width:560px;height:auto;image-rendering:pixelated;margin:8px 0}
            .frames img[hidden]{display:none}
            input[type=range]{width:100%}
            table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
            th,td{text-align:right;padding:4px 8px;border-bottom:1px solid #eaeef2;overflow-wrap:anywhere}
            #compare-table th,#compare-table td{white-space:nowrap;overflow-wrap:normal}
            th:first-child,td:first-child{text-align:left}
            td.best{font-weight:700;color:#1a7f37}
            td .muted{font-weight:400;font-size:12px}
            .scroll{overflow-x:auto}
            pre{background:#f6f8fa;padding:10px;overflow:auto;max-height:420px;font-size:12px;margin:0;
                white-space:pre-wrap;word-break:break-word}
            .strip{display:flex;gap:12px;overflow-x:auto}
            .strip figure{margin:0;flex:0 0 auto;text-align:center}
            .strip img{width:220px;height:auto;image-rendering:pixelated}
            """;

    private DashboardPage() {
    }

    /** The page up to the body's first element; {@code refreshSeconds} > 0 makes the page reload itself. */
    static void begin(StringBuilder page, String title, int refreshSeconds) {
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (refreshSeconds > 0) {
            page.append("<meta http-equiv=\"refresh\" content=\"").append(refreshSeconds).append("\">");
        }
        page.append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE)
                .append("</style></head><body>\n");
    }

    static void end(StringBuilder page) {
        page.append("</body></html>\n");
    }

    /** An inline PNG. */
    static void image(StringBuilder page, String id, String cssClass, String alt, byte[] png) {
        page.append("<img id=\"").append(escape(id)).append("\" class=\"").append(cssClass).append("\" alt=\"")
                .append(escape(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
