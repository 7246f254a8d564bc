package org.dispatchregister.web;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Escapes control characters in every log line's message and parameters (a CR/LF typed into a form
 * field and then logged would otherwise forge a second log line; an ESC would drive the terminal).
 * Registered as the console filter "control-characters"; line breaks of stack traces are untouched.
 */
@LoggingFilter(name = "control-characters")
public final class ControlCharacterLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        if (message != null && !escape(message).equals(message)) {
            // ExtLogRecord.setMessage(String) would switch the record to MessageFormat style, and a
            // printf-style line ("incident %s") would then print its pattern instead of its values.
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(escape(message), ext.getFormatStyle());
            } else {
                record.setMessage(escape(message));
            }
        }
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            Object[] escaped = parameters.clone();
            for (int i = 0; i < escaped.length; i++) {
                if (escaped[i] instanceof CharSequence || escaped[i] instanceof java.net.URI) {
                    escaped[i] = escape(escaped[i].toString());
                }
            }
            record.setParameters(escaped);
        }
        return true;
    }

    /** Every C0/C1 control character (and DEL) as \\uXXXX, except a tab; line breaks become \\n / \\r. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
