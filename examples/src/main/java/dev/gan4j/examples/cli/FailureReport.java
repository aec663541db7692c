package dev.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * What the user reads when a command fails: one line, {@code gan4j: } and a sentence. A failure gan4j
 * raised on purpose (a bad config, a missing or corrupt file, an impossible option) says what it
 * says; anything else (a {@link NullPointerException}, say) is a bug, reported as one, naming its
 * type. With {@code --debug} the line is followed by the whole cause chain with stack traces.
 */
final class FailureReport {
    private final String sentence;
    private final Throwable failure;

    private FailureReport(String sentence, Throwable failure) {
        this.sentence = sentence;
        this.failure = failure;
    }

    /** The report of {@code failure}. */
    static FailureReport of(Throwable failure) {
        Throwable shown = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        return new FailureReport(sentence(shown), failure);
    }

    /** Whether the value of {@code GAN4J_DEBUG} asks for debugging output: set and not empty, 0 or false. */
    static boolean debugRequested(String value) {
        return value != null && !value.isBlank() && !value.strip().equals("0")
                && !value.strip().equalsIgnoreCase("false");
    }

    /** The sentence alone, without {@code gan4j: }. */
    String sentence() {
        return sentence;
    }

    /** What to print: the line, and with {@code debug} the cause chain; ends with a line break. */
    String text(boolean debug) {
        StringBuilder text = new StringBuilder("gan4j: ").append(sentence).append(System.lineSeparator());
        if (debug) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace, true));
            text.append(trace);
        }
        return text.toString();
    }

    private static String sentence(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        if (e instanceof NoSuchFileException missing) {
            return "The file " + missing.getFile() + " does not exist; check the path.";
        }
        if (e instanceof AccessDeniedException denied) {
            return "gan4j may not access " + denied.getFile() + "; check its permissions.";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "The file system refused " + fs.getFile() + ": " + endSentence(fs.getReason())
                    + " Check the path and the free space.";
        }
        if (isDeliberate(e) && !message.isEmpty()) {
            return endSentence(message);
        }
        return "The command stopped on an unexpected " + e.getClass().getName()
                + (message.isEmpty() ? " (with no message)" : " (\"" + message + "\")") + ", which is a bug in gan4j;"
                + " rerun with " + Gan4jCommand.DEBUG_OPTION + " (or " + Gan4jCommand.DEBUG_VARIABLE
                + "=1) to see where it happened, and report it with that output.";
    }

    /**
     * Exceptions whose message was written for the user: gan4j's own, the argument and state checks
     * gan4j's code makes, and I/O failures.
     */
    private static boolean isDeliberate(Throwable e) {
        if (e instanceof NumberFormatException) {
            return false; // the JDK's parse message ("For input string") is not written for the user
        }
        return e.getClass().getName().startsWith("dev.gan4j.") || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException || e instanceof IOException;
    }

    private static String endSentence(String message) {
        String trimmed = message.strip();
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
    }
}
