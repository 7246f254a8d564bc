package org.dispatchregister.mail;

import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Hands the exact bytes of a built message to the SMTP server (Jakarta Mail's transport: the bytes are sent as
 * they are, nothing is re-encoded or re-numbered) and says how it went. A refusal with a reply code is a clear
 * answer (4xx passing, 5xx final); a server that cannot be reached was never given anything; a conversation that
 * broke off after the message went out may or may not have been accepted.
 */
@ApplicationScoped
public class SmtpSender {

    /** What the server said: accepted (with its reply), or a failure of a kind. */
    public record Outcome(boolean accepted, String serverReply, SendFailure failure, String detail) {
        static Outcome accepted(String reply) {
            return new Outcome(true, reply, null, null);
        }

        static Outcome failed(SendFailure failure, String detail) {
            return new Outcome(false, null, failure, detail);
        }
    }

    @Inject
    MailSettings settings;

    public Outcome send(byte[] eml, String envelopeFrom, List<InternetAddress> to) {
        MailSettings.Smtp smtp = settings.smtp();
        boolean tls = smtp.security() == MailSettings.Security.TLS;
        String protocol = tls ? "smtps" : "smtp";
        Properties p = new Properties();
        String timeout = String.valueOf(smtp.timeout().toMillis());
        p.put("mail." + protocol + ".host", smtp.host());
        p.put("mail." + protocol + ".port", String.valueOf(smtp.port()));
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        p.put("mail." + protocol + ".from", envelopeFrom);
        p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        if (smtp.security() == MailSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        boolean auth = smtp.username().isPresent();
        p.put("mail." + protocol + ".auth", String.valueOf(auth));
        Session session = Session.getInstance(p);
        boolean handedOver = false;
        try (Transport transport = session.getTransport(protocol)) {
            if (auth) {
                transport.connect(smtp.host(), smtp.port(), smtp.username().get(), smtp.password().orElse(""));
            } else {
                transport.connect();
            }
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(eml));
            handedOver = true;
            transport.sendMessage(message, to.toArray(Address[]::new));
            String reply = transport instanceof SMTPTransport t ? t.getLastServerResponse() : "accepted";
            return Outcome.accepted(reply == null ? "accepted" : reply.trim());
        } catch (SMTPAddressFailedException e) {
            return refusedAddress(e.getReturnCode(), e.getAddress().toString(), e.getMessage());
        } catch (SendFailedException e) {
            return sendFailed(e);
        } catch (MessagingException e) {
            return broken(e, handedOver);
        } catch (RuntimeException e) {
            return Outcome.failed(handedOver ? SendFailure.INTERRUPTED : SendFailure.UNREACHABLE, e.toString());
        }
    }

    private static Outcome sendFailed(SendFailedException e) {
        // Jakarta Mail wraps each refused RCPT in the chain; the first one with a code says what happened.
        for (Exception next = e.getNextException(); next != null;
                next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException a) {
                return refusedAddress(a.getReturnCode(), a.getAddress().toString(), a.getMessage());
            }
        }
        if (e instanceof SMTPSendFailedException s) {
            return coded(s.getReturnCode(), s.getMessage());
        }
        Address[] invalid = e.getInvalidAddresses();
        if (invalid != null && invalid.length > 0) {
            return Outcome.failed(SendFailure.BAD_ADDRESS, invalid[0] + ": " + e.getMessage());
        }
        return Outcome.failed(SendFailure.REFUSED, e.getMessage());
    }

    private static Outcome refusedAddress(int code, String address, String text) {
        if (code >= 400 && code < 500) {
            return Outcome.failed(SendFailure.DEFERRED, address + ": " + clean(text));
        }
        return Outcome.failed(SendFailure.BAD_ADDRESS, address + ": " + clean(text));
    }

    private static Outcome coded(int code, String text) {
        return Outcome.failed(code >= 400 && code < 500 ? SendFailure.DEFERRED : SendFailure.REFUSED, clean(text));
    }

    private static Outcome broken(MessagingException e, boolean handedOver) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        boolean unreachable = cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || (cause instanceof SocketTimeoutException && !handedOver);
        if (unreachable || !handedOver) {
            return Outcome.failed(SendFailure.UNREACHABLE, clean(e.getMessage() + (cause != e ? " (" + cause + ")" : "")));
        }
        return Outcome.failed(SendFailure.INTERRUPTED, clean(e.getMessage() + (cause != e ? " (" + cause + ")" : "")));
    }

    private static String clean(String text) {
        String t = MimeBuilder.oneLine(text);
        return t.length() > 900 ? t.substring(0, 900) + "…" : t;
    }
}
