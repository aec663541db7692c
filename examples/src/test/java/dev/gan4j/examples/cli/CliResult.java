package dev.gan4j.examples.cli;

/**
 * What one in-process run of the command line gave.
 *
 * @param exitCode the status {@code gan4j} would exit with
 * @param out      what it wrote to its standard output writer
 * @param err      what it wrote to its error writer
 */
record CliResult(int exitCode, String out, String err) {
    /** Both streams, for assertion messages. */
    String transcript() {
        return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
