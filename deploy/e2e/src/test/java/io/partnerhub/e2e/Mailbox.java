package io.partnerhub.e2e;

import com.icegreen.greenmail.util.GreenMail;
import io.partnerhub.platform.mail.ReceivedEmail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The emails the platform's SMTP server received; every test uses its own addresses. */
public final class Mailbox {

    /** A link token: in the path of the services' link pages, or as a query parameter. */
    private static final Pattern TOKEN_IN_LINK = Pattern.compile(
            "(?:/public/(?:invitation|tender)-links/|[?&]token=)([A-Za-z0-9_%\\-]+)");
    private static final Pattern LINK = Pattern.compile(
            "https?://[^\\s\"'<>]+/public/(?:invitation|tender)-links/[A-Za-z0-9_%\\-]+");

    private final GreenMail smtp;

    Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** Every email received so far for the address. */
    public List<ReceivedEmail> to(String address) {
        MimeMessage[] messages = smtp.getReceivedMessages();
        List<ReceivedEmail> emails = new ArrayList<>();
        String wanted = address.toLowerCase(Locale.ROOT);
        for (int i = 0; i < messages.length; i++) {
            ReceivedEmail email = ReceivedEmail.of(i, messages[i]);
            if (email.to().stream().anyMatch(to -> to.toLowerCase(Locale.ROOT).contains(wanted))) {
                emails.add(email);
            }
        }
        return emails;
    }

    /** Waits (up to 60 s) for an email to the address whose subject contains the text. */
    public ReceivedEmail await(String address, String subjectContains) {
        return await(address, email -> email.subject() != null && email.subject().contains(subjectContains),
                "an email to " + address + " with \"" + subjectContains + "\" in its subject");
    }

    public ReceivedEmail await(String address, Predicate<ReceivedEmail> match, String description) {
        return Awaitility.await(description).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> to(address).stream().filter(match).findFirst().orElse(null), found -> found != null);
    }

    /** The first link to a public link page (invitation answer, tender follow/cancel) in the email. */
    public static String link(ReceivedEmail email) {
        Matcher matcher = LINK.matcher(email.text() + " " + email.html());
        if (!matcher.find()) {
            throw new AssertionError("no link page in \"" + email.subject() + "\":\n" + email.text());
        }
        return matcher.group();
    }

    /** The token of the first link carrying one ({@code ...?token=...}), URL-decoded. */
    public static String linkToken(ReceivedEmail email) {
        Matcher matcher = TOKEN_IN_LINK.matcher(email.text() + " " + email.html());
        if (!matcher.find()) {
            throw new AssertionError("no link with a token in \"" + email.subject() + "\":\n" + email.text());
        }
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
