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
public final class CaptionFile {
    private CaptionFile() {
    }

    /**
     * The wordings by class.
     *
     * @throws IllegalArgumentException naming the line of a malformed file or a class without captions
     */
    public static List<List<String>> read(Path file, int classes) throws IOException {
        List<List<String>> heldOut = new ArrayList<>();
        List<List<String>> all = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            heldOut.add(new ArrayList<>());
            all.add(new ArrayList<>());
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            int k = classIndex(file, number, fields, classes);
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

    private static int classIndex(Path file, int number, String[] fields, int classes) {
        String problem = null;
        int k = -1;
        if (fields.length != 3) {
            problem = "has " + fields.length + " tab-separated fields";
        } else {
            try {
                k = Integer.parseInt(fields[0].trim());
                problem = k < 0 || k >= classes ? "names class " + k : null;
            } catch (NumberFormatException e) {
                problem = "starts with '" + fields[0].trim() + "'";
            }
        }
        if (problem != null) {
            throw new IllegalArgumentException("Line " + number + " of " + file + " " + problem + ", but each caption"
                    + " line must be: class index (0 to " + (classes - 1) + "), train or held-out, caption, separated"
                    + " by tabs.");
        }
        return k;
    }
}
