package io.partnerhub.platform.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A browsable inbox over the SMTP server: {@code /} lists every received email, {@code /messages/N}
 * shows one (HTML body in a sandboxed frame, plain text beside it), {@code /api/messages} gives JSON.
 */
public final class InboxPage implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public InboxPage(GreenMail smtp, int port) throws IOException {
        this.smtp = smtp;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/api/messages", this::api);
        server.createContext("/messages/", this::message);
        server.createContext("/", this::list);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    /** Serves another page of the local run's portal beside the inbox (e.g. the AsyncAPI page). */
    public void addPage(String path, String contentType, Supplier<String> content) {
        server.createContext(path, exchange -> respond(exchange, 200, contentType, content.get()));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Every received email, oldest first. GreenMail lists messages mailbox by mailbox, so the
     * position in its list is not the arrival order; {@code index} stays the position in GreenMail's
     * list (the page's link), the order here is by time received.
     */
    public List<ReceivedEmail> emails() {
        var messages = smtp.getReceivedMessages();
        List<ReceivedEmail> emails = new ArrayList<>(messages.length);
        for (int i = 0; i < messages.length; i++) {
            emails.add(ReceivedEmail.of(i, messages[i]));
        }
        emails.sort(Comparator.comparing(ReceivedEmail::receivedAt));
        return emails;
    }

    private void api(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "application/json", json.writeValueAsString(emails()));
    }

    private void list(HttpExchange exchange) throws IOException {
        StringBuilder rows = new StringBuilder();
        List<ReceivedEmail> emails = emails();
        for (int i = emails.size() - 1; i >= 0; i--) {
            ReceivedEmail email = emails.get(i);
            rows.append("<tr><td>").append(email.receivedAt()).append("</td><td>")
                    .append(escape(String.join(", ", email.to()))).append("</td><td><a href=\"/messages/")
                    .append(email.index()).append("\">").append(escape(email.subject())).append("</a></td></tr>");
        }
        respond(exchange, 200, "text/html", page("Partnerhub inbox",
                "<h1>Inbox (" + smtp.getReceivedMessages().length + ")</h1><table><tr><th>Received</th><th>To</th>"
                        + "<th>Subject</th></tr>" + rows + "</table>"));
    }

    private void message(HttpExchange exchange) throws IOException {
        List<ReceivedEmail> emails = emails();
        int index;
        try {
            index = Integer.parseInt(exchange.getRequestURI().getPath().substring("/messages/".length()));
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= emails.size()) {
            respond(exchange, 404, "text/html", page("Not found", "<p>No such message. <a href=\"/\">Inbox</a></p>"));
            return;
        }
        int wanted = index;
        ReceivedEmail email = emails.stream().filter(candidate -> candidate.index() == wanted).findFirst().orElseThrow();
        String body = "<p><a href=\"/\">&larr; Inbox</a></p><h1>" + escape(email.subject()) + "</h1>"
                + "<p>To: " + escape(String.join(", ", email.to())) + "<br>From: " + escape(email.from()) + "</p>"
                + "<h2>HTML</h2><iframe sandbox style=\"width:100%;height:420px;border:1px solid #ccc\" srcdoc=\""
                + escape(email.html()) + "\"></iframe><h2>Plain text</h2><pre>" + escape(email.text()) + "</pre>";
        respond(exchange, 200, "text/html", page(email.subject(), body));
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 10px;text-align:left}</style>"
                + "</head><body>" + body + "</body></html>";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
