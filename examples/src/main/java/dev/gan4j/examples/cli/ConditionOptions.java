package dev.gan4j.examples.cli;

import picocli.CommandLine.Option;

/**
 * The condition a conditional model is asked for: a class label or a caption, never both (an
 * exclusive picocli argument group, so the parser refuses the pair before any command runs).
 */
final class ConditionOptions {
    @Option(names = "--label", required = true, paramLabel = "K", description = "A conditional model's class: its name or index.")
    String label;

    @Option(names = "--text", required = true, paramLabel = "T", description = "A caption model's text, such as \"a sneaker\".")
    String text;

    /** The option given, for messages: {@code --label} or {@code --text}. */
    String optionName() {
        return label != null ? "--label" : "--text";
    }
}
