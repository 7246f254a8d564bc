package org.dispatchregister.attachments;

/**
 * Makes an uploaded file's name safe to store and show: no folders (so "../../etc/passwd.pdf"
 * becomes "passwd.pdf"), no control or quote characters, at most 120 characters keeping the extension.
 */
public final class FileNames {

    static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    public static String sanitise(String name) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && c != '"' && c != ':' && c != '*' && c != '?'
                && c != '<' && c != '>' && c != '|' && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        n = clean.toString().strip();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.isBlank()) {
            n = "attachment";
        }
        if (n.length() > MAX_LENGTH) {
            String ext = FileTypes.extension(n);
            String keep = ext.isEmpty() || ext.length() > 10 ? "" : "." + ext;
            n = n.substring(0, MAX_LENGTH - keep.length()) + keep;
        }
        return n;
    }
}
