package io.partnerhub.notification.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tiny SMTP server speaking the real protocol over a socket, whose answer to RCPT TO a test
 * decides per recipient and per attempt (e.g. 451 twice, then 250; or 550 always).
 */
final class StubSmtpServer implements AutoCloseable {

    /** What to answer to RCPT TO for a recipient on its n-th try (1-based). */
    interface Policy {
        String rcptReply(String recipient, int attempt);
    }

    private final ServerSocket socket;
    private final Map<String, AtomicInteger> rcptAttempts = new ConcurrentHashMap<>();
    private final List<String> deliveredTo = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Policy policy = (recipient, attempt) -> "250 2.1.5 OK";
    private final AtomicInteger dropAfter = new AtomicInteger();

    StubSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "stub-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    void policy(Policy policy) {
        this.policy = policy;
    }

    static Policy refuseFirst(String recipient, int times, String reply) {
        return (to, attempt) -> to.equalsIgnoreCase(recipient) && attempt <= times ? reply : "250 2.1.5 OK";
    }

    static Policy always(String recipient, String reply, Function<String, String> otherwise) {
        return (to, attempt) -> to.equalsIgnoreCase(recipient) ? reply : otherwise.apply(to);
    }

    /** How many SMTP connections were opened to the stub so far. */
    int connections() {
        return connections.get();
    }

    /** Once: the next connection that has accepted {@code messages} messages is closed by the server. */
    void dropConnectionAfter(int messages) {
        dropAfter.set(messages);
    }

    /** Recipients of every message the stub accepted (DATA ended with 250). */
    List<String> deliveredTo() {
        return List.copyOf(deliveredTo);
    }

    long deliveredTo(String recipient) {
        return deliveredTo.stream().filter(recipient::equalsIgnoreCase).count();
    }

    int rcptAttempts(String recipient) {
        AtomicInteger attempts = rcptAttempts.get(recipient.toLowerCase());
        return attempts == null ? 0 : attempts.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread session = new Thread(() -> serve(client), "stub-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 stub ESMTP");
            String recipient = null;
            int accepted = 0;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 stub");
                    case "MAIL" -> {
                        recipient = null;
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        String to = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase();
                        int attempt = rcptAttempts.computeIfAbsent(to, key -> new AtomicInteger()).incrementAndGet();
                        String answer = policy.rcptReply(to, attempt);
                        recipient = answer.startsWith("2") ? to : recipient;
                        reply(out, answer);
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message body; the stub only counts it
                        }
                        deliveredTo.add(recipient);
                        reply(out, "250 2.0.0 queued");
                        accepted++;
                        int drop = dropAfter.get();
                        if (drop > 0 && accepted >= drop && dropAfter.compareAndSet(drop, 0)) {
                            return; // the server goes away without a word
                        }
                    }
                    case "RSET" -> {
                        recipient = null;
                        reply(out, "250 OK");
                    }
                    case "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException e) {
            // client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
