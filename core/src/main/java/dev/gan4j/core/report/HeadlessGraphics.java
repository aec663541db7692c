package dev.gan4j.core.report;

/** Makes AWT run without a display, as a training server or CI machine has none. */
final class HeadlessGraphics {
    private HeadlessGraphics() {
    }

    /** Sets {@code java.awt.headless=true} unless the user chose otherwise (before AWT starts, it takes effect). */
    static void require() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
