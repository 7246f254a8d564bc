package org.dispatchregister.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Builds the exact bytes of one message (RFC 5322, MIME): From, To (one body's own addresses), Subject, Date, our
 * Message-ID, In-Reply-To/References for a follow-up, a UTF-8 text part and the attachments. No header is written
 * from raw user text: the subject is refused upstream when it holds a line break and is in any case made one line
 * here, then encoded by Jakarta Mail (RFC 2047); addresses are parsed strictly. Free of the database: a unit test
 * builds messages without Quarkus.
 */
public final class MimeBuilder {

    /** A file to attach: its name as shown, content type and where its bytes are. */
    public record Part(String fileName, String contentType, Path file) {
    }

    /** The message as bytes, and what went into it. */
    public record Built(byte[] bytes, List<FileProof> files) {
    }

    private MimeBuilder() {
    }

    /** The text made one header-safe line: every control character (CR, LF, tab, NUL…) becomes a space. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").trim();
    }

    /** A line break or other control character in what will become a header. */
    public static boolean hasLineBreak(String text) {
        return text != null && text.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029);
    }

    /** Parses one address strictly; null when it is not a plain valid address. */
    public static InternetAddress address(String text) {
        if (text == null || hasLineBreak(text)) {
            return null;
        }
        try {
            InternetAddress a = new InternetAddress(text.trim(), true);
            a.validate();
            return a;
        } catch (AddressException e) {
            return null;
        }
    }

    public static Built build(InternetAddress from, List<InternetAddress> to, String subject, String body, String messageId,
            String inReplyTo, List<Part> parts, Date date) throws MessagingException, IOException {
        MimeMessage m = new FixedIdMessage(Session.getInstance(new Properties()), messageId);
        m.setFrom(from);
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
        m.setSubject(oneLine(subject), "UTF-8");
        m.setSentDate(date);
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        m.setHeader("Auto-Submitted", "no");
        List<FileProof> proofs = new ArrayList<>();
        if (parts.isEmpty()) {
            m.setText(body, "UTF-8");
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            mixed.addBodyPart(text);
            for (Part p : parts) {
                byte[] bytes = read(p.file());
                proofs.add(new FileProof(sha256(bytes), bytes.length, p.fileName()));
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, p.contentType())));
                file.setFileName(oneLine(p.fileName()));
                file.setDisposition(jakarta.mail.Part.ATTACHMENT);
                file.setHeader("Content-Transfer-Encoding", "base64");
                mixed.addBodyPart(file);
            }
            m.setContent(mixed);
        }
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new Built(out.toByteArray(), proofs);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        }
    }

    /** A message keeping the Message-ID it was given (Jakarta Mail would make up its own on saveChanges). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
