package io.partnerhub.notification.delivery.mail;

import io.partnerhub.notification.delivery.EmailContent;
import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageFixture;
import io.partnerhub.notification.message.MessageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EmailRendererTest {

    private static final ResourceBundleMessageSource MESSAGES = MailTemplateEngine.messages();
    private static final EmailRenderer RENDERER = new EmailRenderer(MailTemplateEngine.create(MESSAGES), MESSAGES,
            ZoneId.of("Europe/Zurich"));

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void everyKindIsWrittenInEveryLanguageWithoutMissingWords(MessageKind kind) {
        for (Language language : Language.values()) {
            for (Message message : MessageFixture.samples(kind, language)) {
                EmailContent email = RENDERER.render(message);

                assertThat(email.subject()).isNotBlank().doesNotContain("??").doesNotContain("{");
                assertThat(email.html()).contains("<html").contains("lang=\"" + language.name().toLowerCase() + "\"")
                        .doesNotContain("??").doesNotContain("${").doesNotContain("#{");
                assertThat(email.text()).isNotBlank().doesNotContain("??").doesNotContain("[(").doesNotContain("<p");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = MessageKind.class, names = {"INVITATION_ACCEPTED", "INVITATION_DECLINED",
            "INVITATION_CANCELLED", "INVITATION_EXPIRING_SOON", "INVITATION_EXPIRED"})
    void invitationOutcomesHaveAWordingPerDirectionAndANeutralOne(MessageKind kind) {
        for (Language language : Language.values()) {
            List<EmailContent> wordings = MessageFixture.samples(kind, language).stream().map(RENDERER::render).toList();

            assertThat(wordings).extracting(EmailContent::subject).as("%s %s", kind, language).doesNotHaveDuplicates();
            assertThat(wordings).extracting(EmailContent::text).as("%s %s", kind, language).doesNotHaveDuplicates();
        }
    }

    @Test
    void anAcceptanceSpeaksToTheSideThatInvited() {
        List<String> subjects = MessageFixture.samples(MessageKind.INVITATION_ACCEPTED, Language.EN).stream()
                .map(RENDERER::render).map(EmailContent::subject).toList();

        assertThat(subjects).containsExactly(
                "Invitation accepted: Helvetic Hosting SA and Boulangerie Dupont are now partners",
                "Your invitation to manage Boulangerie Dupont’s products was accepted",
                "Your invitation to have your products managed by Helvetic Hosting SA was accepted");
    }

    @Test
    void everyLanguageHasEveryEnglishWord() throws IOException {
        Set<String> english = keys("");
        for (String language : List.of("de", "es", "fr", "it")) {
            assertThat(keys("_" + language)).as(language).isEqualTo(english);
        }
    }

    private static Set<String> keys(String bundleSuffix) throws IOException {
        Properties bundle = new Properties();
        try (var in = EmailRendererTest.class.getResourceAsStream("/mail/messages" + bundleSuffix + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle.stringPropertyNames();
    }

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void everyKindIsFramedByTheOneLayout(MessageKind kind) {
        Message message = MessageFixture.sample(kind, Language.DE);
        Locale german = Language.DE.locale();

        EmailContent email = RENDERER.render(message);

        assertThat(email.html()).containsSubsequence(
                "<!DOCTYPE html>",
                "<html lang=\"de\">",
                "<meta charset=\"UTF-8\">",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                "<title>" + email.subject() + "</title>",
                "<body style=\"font-family: Arial, Helvetica, sans-serif; color: #222222; line-height: 1.5;\">",
                "<p>" + MESSAGES.getMessage("greeting.named", new Object[] {"Ana"}, german) + "</p>",
                "<p style=\"margin-top:32px;color:#777;font-size:12px;\">" + MESSAGES.getMessage("footer", null, german) + "</p>",
                "</body>",
                "</html>").doesNotContain("th:");
        kind.requiredData().stream().filter(name -> name.endsWith("Link")).forEach(link -> assertThat(email.html())
                .contains("<a href=\"" + message.data().get(link) + "\" style=\"display:inline-block;padding:10px 18px;"));
    }

    @Test
    void userTextArrivesAsTextNotMarkup() {
        Message message = MessageFixture.tenderOffered("<script>alert('x')</script> & <b>bold</b>", Language.EN);

        EmailContent email = RENDERER.render(message);

        assertThat(email.html()).doesNotContain("<script>").doesNotContain("<b>bold")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
        assertThat(email.text()).contains("<script>alert('x')</script> & <b>bold</b>").doesNotContain("&lt;");
        assertThat(email.subject()).isEqualTo("New tender request: <script>alert('x')</script> & <b>bold</b>");
    }

    @Test
    void plainTextKeepsApostrophesAsTheyAre() {
        EmailContent email = RENDERER.render(MessageFixture.invitationReceived(Language.EN));

        assertThat(email.text()).contains("Boulangerie O'Brien").doesNotContain("&#39;");
        assertThat(email.html()).contains("Boulangerie O&#39;Brien");
    }

    @Test
    void germanOfferHasGermanWordsDatesAndMoney() {
        EmailContent email = RENDERER.render(MessageFixture.tenderOffered("Schulen", Language.DE));

        assertThat(email.subject()).isEqualTo("Neue Ausschreibung: Schulen");
        assertThat(email.text().replace('\u00A0', ' ')).startsWith("Guten Tag Ana Partner")
                .contains("10. Dezember 2026").contains("10:30")
                .contains("Budget: 1.800,00 CHF – 2.500,50 CHF");
    }

    @Test
    void frenchInvitationHasFrenchWordsTheLinkAndTheAccess() {
        EmailContent email = RENDERER.render(MessageFixture.invitationReceived(Language.FR));

        assertThat(email.subject()).isEqualTo("Helvetic Hosting SA souhaite gérer vos produits");
        assertThat(email.html())
                .contains("href=\"https://partners.example.test/invitations/i-1/respond?token=abc\"")
                .contains("Accepter ou refuser l’invitation")
                .contains("Accès complet à toute l’organisation")
                .contains("payé avec les moyens de paiement du partenaire")
                .contains("10 décembre 2026");
        assertThat(email.text()).startsWith("Bonjour,");
    }

    @Test
    void moneyFollowsTheRecipientsLocale() {
        LocalizedFormat english = new LocalizedFormat(Language.EN.locale(), ZoneId.of("Europe/Zurich"), MESSAGES);
        LocalizedFormat german = new LocalizedFormat(Language.DE.locale(), ZoneId.of("Europe/Zurich"), MESSAGES);
        io.partnerhub.notification.message.Money chf =
                new io.partnerhub.notification.message.Money(new java.math.BigDecimal("208.32"), "CHF");
        io.partnerhub.notification.message.Money eur =
                new io.partnerhub.notification.message.Money(new java.math.BigDecimal("1120.75"), "EUR");

        assertThat(english.money(chf)).isEqualTo("CHF\u00A0208.32");
        assertThat(german.money(chf)).isEqualTo("208,32\u00A0CHF");
        assertThat(german.money(eur)).isEqualTo("1.120,75\u00A0€");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aRenewalReminderNamesTheProductQuantityDateAndDaysInEveryLanguage(Language language) {
        Message message = MessageFixture.sample(MessageKind.SUBSCRIPTION_RENEWAL_REMINDER, language);
        String date = new LocalizedFormat(language.locale(), ZoneId.of("Europe/Zurich"), MESSAGES)
                .date(MessageFixture.EXPIRES);

        EmailContent email = RENDERER.render(message);

        Map<Language, List<String>> expected = Map.of(
                Language.EN, List.of("Your subscription Web Hosting Pro renews soon",
                        "Your subscription Web Hosting Pro (×35) renews on " + date + ", in 30 days.",
                        "Turn auto-renewal off before then if you do not want it renewed."),
                Language.DE, List.of("Ihr Abonnement Web Hosting Pro wird bald verlängert",
                        "Ihr Abonnement Web Hosting Pro (×35) wird am " + date + " verlängert, in 30 Tagen.",
                        "Schalten Sie die automatische Verlängerung vorher aus"),
                Language.ES, List.of("Su suscripción Web Hosting Pro se renovará pronto",
                        "Su suscripción Web Hosting Pro (×35) se renueva el " + date + ", dentro de 30 días.",
                        "Desactive la renovación automática antes de esa fecha"),
                Language.FR, List.of("Votre abonnement Web Hosting Pro sera bientôt renouvelé",
                        "Votre abonnement Web Hosting Pro (×35) sera renouvelé le " + date + ", dans 30 jours.",
                        "Désactivez le renouvellement automatique d’ici là"),
                Language.IT, List.of("Il suo abbonamento Web Hosting Pro si rinnova a breve",
                        "Il suo abbonamento Web Hosting Pro (×35) si rinnova il " + date + ", tra 30 giorni.",
                        "disattivi il rinnovo automatico prima di tale data"));
        List<String> words = expected.get(language);
        assertThat(email.subject()).isEqualTo(words.get(0));
        assertThat(email.text()).contains(words.get(1)).contains(words.get(2));
        assertThat(email.html()).contains(words.get(1)).contains(words.get(2));
    }

    @Test
    void aReminderTheDayBeforeSaysOneDay() {
        Map<String, Object> data = new HashMap<>(MessageFixture.sample(MessageKind.SUBSCRIPTION_RENEWAL_REMINDER,
                Language.EN).data());
        data.put("daysBefore", 1);

        EmailContent email = RENDERER.render(subscriptionMessage(MessageKind.SUBSCRIPTION_RENEWAL_REMINDER,
                Language.EN, data));

        assertThat(email.text()).contains(", in one day.");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aLapseNamesItsReasonInEveryLanguage(Language language) {
        Locale locale = language.locale();
        String date = new LocalizedFormat(locale, ZoneId.of("Europe/Zurich"), MESSAGES).date(MessageFixture.EXPIRES);
        Map<Language, String> subjects = Map.of(Language.EN, "Your subscription Web Hosting Pro has ended",
                Language.DE, "Ihr Abonnement Web Hosting Pro ist beendet",
                Language.ES, "Su suscripción Web Hosting Pro ha finalizado",
                Language.FR, "Votre abonnement Web Hosting Pro a pris fin",
                Language.IT, "Il suo abbonamento Web Hosting Pro è terminato");
        Map<Language, String> intros = Map.of(Language.EN, "Your subscription Web Hosting Pro (×35) ended on " + date + ": ",
                Language.DE, "Ihr Abonnement Web Hosting Pro (×35) endete am " + date + ": ",
                Language.ES, "Su suscripción Web Hosting Pro (×35) finalizó el " + date + ": ",
                Language.FR, "Votre abonnement Web Hosting Pro (×35) a pris fin le " + date + " : ",
                Language.IT, "Il suo abbonamento Web Hosting Pro (×35) è terminato il " + date + ": ");
        Set<String> texts = new java.util.HashSet<>();
        for (String reason : List.of("AUTO_RENEWAL_OFF", "CANCELLED", "NO_LIVE_PARTNERSHIP", "PRODUCT_WITHDRAWN")) {
            Map<String, Object> data = new HashMap<>(MessageFixture.sample(MessageKind.SUBSCRIPTION_LAPSED, language).data());
            data.put("reason", reason);
            String words = MESSAGES.getMessage("subscription-lapsed.reason." + reason, null, locale);

            EmailContent email = RENDERER.render(subscriptionMessage(MessageKind.SUBSCRIPTION_LAPSED, language, data));

            assertThat(email.subject()).isEqualTo(subjects.get(language));
            assertThat(email.text()).as("%s %s", language, reason).contains(intros.get(language) + words + ".");
            assertThat(email.html()).as("%s %s", language, reason).contains(intros.get(language) + words + ".");
            texts.add(email.text());
        }
        assertThat(texts).as("one wording per reason").hasSize(4);
    }

    @Test
    void theEnglishLapseReasonsSayWhy() {
        Map<String, String> reasons = Map.of(
                "AUTO_RENEWAL_OFF", "auto-renewal was turned off",
                "CANCELLED", "it was cancelled at the end of its period",
                "NO_LIVE_PARTNERSHIP", "it was paid by a partner that no longer manages this customer",
                "PRODUCT_WITHDRAWN", "the product is no longer sold");
        reasons.forEach((reason, words) -> {
            Map<String, Object> data = new HashMap<>(MessageFixture.sample(MessageKind.SUBSCRIPTION_LAPSED,
                    Language.EN).data());
            data.put("reason", reason);

            assertThat(RENDERER.render(subscriptionMessage(MessageKind.SUBSCRIPTION_LAPSED, Language.EN, data)).text())
                    .contains(": " + words + ".");
        });
    }

    private static Message subscriptionMessage(MessageKind kind, Language language, Map<String, Object> data) {
        return new Message(UUID.randomUUID().toString(), "Sample", "corr-s", kind,
                new io.partnerhub.notification.message.Recipient("payer@example.test", language, "Ana"), data);
    }

    @Test
    void aSenderWithoutANameGetsTheNeutralGreeting() {
        assertThat(RENDERER.render(MessageFixture.invitationReceived(Language.IT)).text()).startsWith("Buongiorno,");
    }
}
