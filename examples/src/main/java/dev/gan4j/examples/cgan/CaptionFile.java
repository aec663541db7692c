package dev.gan4j.examples.cgan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the wordings to ask a caption model with, from a file in the caption-set format (class
 * index, train or held-out, caption; tab-separated; # comments): the held-out wordings of each
 * class when the file has any, else all of them.
 */
final class CaptionFile {
    private CaptionFile() {
    }

    /** The wordings by class. */
    static List<List<String>> read(Path file, int classes) throws IOException {
        List<List<String>> heldOut = new ArrayList<>();
        List<List<String>> all = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            heldOut.add(new ArrayList<>());
            all.add(new ArrayList<>());
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            int k = Integer.parseInt(fields[0].trim());
            all.get(k).add(fields[2].trim());
            if (fields[1].trim().equals("held-out")) {
                heldOut.get(k).add(fields[2].trim());
            }
        }
        boolean anyHeldOut = heldOut.stream().anyMatch(list -> !list.isEmpty());
        List<List<String>> chosen = anyHeldOut ? heldOut : all;
        for (int k = 0; k < classes; k++) {
            if (chosen.get(k).isEmpty()) {
                throw new IllegalArgumentException(file + " has no caption for class " + k + ".");
            }
        }
        return chosen;
    }
}
