package org.dispatchregister.mail;

import java.util.Arrays;
import java.util.List;

/** An attached file as it went into a message: its SHA-256, size and name. */
public record FileProof(String sha256, long sizeBytes, String fileName) {

    /** The stored form: one line, the name last (it may hold spaces; it never holds a line break). */
    public String line() {
        return sha256 + " " + sizeBytes + " " + fileName.replaceAll("[\\r\\n]", " ");
    }

    static String lines(List<FileProof> files) {
        return files.isEmpty() ? null : String.join("\n", files.stream().map(FileProof::line).toList());
    }

    static List<FileProof> parse(String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        return Arrays.stream(lines.split("\n")).map(l -> l.split(" ", 3)).map(p -> new FileProof(p[0], Long.parseLong(p[1]), p[2]))
                .toList();
    }
}
