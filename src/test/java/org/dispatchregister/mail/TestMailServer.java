package org.dispatchregister.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail, a real SMTP (and IMAP) server in the test JVM, on the ports of the %test profile; it refuses, as a
 * real server does for an unknown mailbox (550 at RCPT), every address whose local part starts with "refused".
 */
final class TestMailServer extends GreenMail {

    static final ServerSetup SMTP = new ServerSetup(39025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final ServerSetup IMAP = new ServerSetup(39143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);

    TestMailServer() {
        super(new ServerSetup[] { SMTP, IMAP });
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        return super.createServices(setups, new RefusingManagers(managers));
    }

    /** Every message received, as parsed by GreenMail (one copy per recipient mailbox). */
    List<MimeMessage> received() {
        return Arrays.asList(getReceivedMessages());
    }

    private static final class RefusingManagers extends Managers {
        private final Managers real;
        private final SmtpManager smtp;

        RefusingManagers(Managers real) {
            this.real = real;
            this.smtp = new SmtpManager(real.getImapHostManager(), real.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress rcpt) {
                    return rcpt.getEmail().startsWith("refused") ? "550 5.1.1 <" + rcpt.getEmail() + ">: mailbox unavailable" : null;
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return real.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return real.getImapHostManager();
        }
    }
}
