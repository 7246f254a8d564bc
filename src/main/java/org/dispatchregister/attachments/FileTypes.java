package org.dispatchregister.attachments;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decides what an uploaded file really is from its first bytes, never from the name or the type
 * the browser declared, and refuses a file whose name or declared type claims something else.
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TEXT = "text/plain";

    /** Outcome: the detected content type, or a message saying why the file is refused. */
    public record Verdict(String contentType, String refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    private static final String ALLOWED = "Only PDF, Word (.docx), PNG, JPEG and plain text files are accepted";

    private FileTypes() {
    }

    /** @param head the first bytes of the file (a few kilobytes are enough) */
    public static Verdict check(String fileName, String declaredType, byte[] head) {
        String detected = detect(fileName, head);
        if (detected == null) {
            return new Verdict(null, ALLOWED + "; this file's content is none of these.");
        }
        String claimed = claimedType(fileName, declaredType);
        if (claimed != null && !claimed.equals(detected)) {
            return new Verdict(null, "The file claims to be " + describe(claimed) + " but its content is "
                    + describe(detected) + ". It was not stored.");
        }
        return new Verdict(detected, null);
    }

    static String detect(String fileName, byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
            // A ZIP container: accepted only as a Word document, which names its main part in the first entries.
            String ascii = new String(head, StandardCharsets.ISO_8859_1);
            return ascii.contains("word/") || ascii.contains("[Content_Types].xml") && extension(fileName).equals("docx") ? DOCX : null;
        }
        return isPlainText(head) ? TEXT : null;
    }

    /** What the name's extension or the browser's declared type says the file is; null when they say nothing useful. */
    static String claimedType(String fileName, String declaredType) {
        String byName = switch (extension(fileName)) {
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            case "png" -> PNG;
            case "jpg", "jpeg" -> JPEG;
            case "txt" -> TEXT;
            case "" -> null;
            default -> "other";
        };
        if (byName != null) {
            return byName;
        }
        String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        return switch (declared) {
            case PDF, DOCX, PNG, JPEG, TEXT -> declared;
            default -> null;
        };
    }

    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(String type) {
        return switch (type) {
            case PDF -> "a PDF";
            case DOCX -> "a Word document";
            case PNG -> "a PNG image";
            case JPEG -> "a JPEG image";
            case TEXT -> "plain text";
            default -> "a type that is not accepted";
        };
    }

    private static boolean isPlainText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C)) {
                return false;
            }
        }
        // The head may cut a multi-byte character in two: ignore up to 3 trailing bytes.
        for (int cut = 0; cut < 4 && cut < head.length; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Arrays.copyOf(head, head.length - cut)));
                return true;
            } catch (CharacterCodingException e) {
                // try a shorter prefix
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
