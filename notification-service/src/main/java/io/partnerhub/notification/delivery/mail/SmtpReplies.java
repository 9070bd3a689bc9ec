package io.partnerhub.notification.delivery.mail;

import io.partnerhub.notification.delivery.SmtpReply;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Finds the SMTP reply inside a Jakarta Mail failure: the code the server answered to MAIL FROM,
 * RCPT TO or DATA, or no reply at all for timeouts and connection failures.
 */
final class SmtpReplies {

    private SmtpReplies() {
    }

    static SmtpReply of(Throwable failure) {
        SmtpReply outer = null;
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException address) {
                return reply(address.getReturnCode(), address.getMessage());
            }
            if (cause instanceof SMTPSenderFailedException sender) {
                return reply(sender.getReturnCode(), sender.getMessage());
            }
            if (cause instanceof SMTPSendFailedException send && send.getReturnCode() > 0 && outer == null) {
                outer = reply(send.getReturnCode(), send.getMessage());
            }
        }
        return outer != null ? outer : SmtpReply.noReply(describe(failure));
    }

    /** Jakarta Mail's message is the server's whole reply line ("550 5.1.1 ..."): keep the text after the code. */
    private static SmtpReply reply(int code, String serverResponse) {
        String text = serverResponse == null ? "" : serverResponse.strip();
        return SmtpReply.of(code, text.matches("^\\d{3}[ -].*") ? text.substring(4) : text);
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
