package io.loyaltyclub.reminders;

import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.loyaltyclub.testing.BroadleafContext;

/**
 * An in-process SMTP server the shop's mail sender ({@code blMailSender}) delivers to, for the reminder tests:
 * registered as an extension, it runs for each test.
 */
final class Mailbox implements BeforeEachCallback, AfterEachCallback {

    private final BroadleafContext context;
    private GreenMail smtp;

    Mailbox(BroadleafContext context) {
        this.context = context;
    }

    /** Starts the server and points the shop's mail sender at it. */
    Mailbox start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        context.bean("blMailSender", JavaMailSenderImpl.class).setPort(smtp.getSmtp().getPort());
        return this;
    }

    void stop() {
        smtp.stop();
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext test) {
        stop();
    }

    void purge() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    int mailsTo(Customer customer) throws Exception {
        int count = 0;
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            count += customer.getEmailAddress().equals(mail.getAllRecipients()[0].toString()) ? 1 : 0;
        }
        return count;
    }

    MimeMessage lastMailTo(Customer customer) throws Exception {
        MimeMessage last = null;
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            last = customer.getEmailAddress().equals(mail.getAllRecipients()[0].toString()) ? mail : last;
        }
        if (last == null) {
            throw new AssertionError("no e-mail to " + customer.getEmailAddress());
        }
        return last;
    }

    /** The text of the last e-mail to the customer, decoded (quoted-printable, multipart) and with tags dropped. */
    String lastBodyTo(Customer customer) throws Exception {
        return text(lastMailTo(customer)).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        StringBuilder text = new StringBuilder();
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(text(parts.getBodyPart(i))).append(' ');
            }
        }
        return text.toString();
    }
}
