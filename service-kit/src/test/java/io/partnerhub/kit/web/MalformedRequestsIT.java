package io.partnerhub.kit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerhub.kit.KitIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any controller sees them — by Tomcat or by the security firewall — get
 * a 4xx problem document, never Tomcat's HTML page or Spring Boot's own JSON. Sent over a raw
 * socket, because an HTTP client would encode or normalize the very paths under test.
 */
@KitIT
class MalformedRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/test/..", "/test/.", "/test/..;/whoami", "/test/%252e%252e/whoami", "/test/%2e%2e/whoami",
            "/test/%00", "/test/%", "/test/%zz", "/test/%5C", "/test/..%2f..%2fetc", "/test/%2e%2e%2fwhoami",
            "/test/a;jsessionid=1", "/test//whoami"})
    void aMalformedPathIsAProblem(String path) throws IOException {
        assertProblem(exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), path);
    }

    @ParameterizedTest
    @ValueSource(ints = {9 * 1024, 64 * 1024})
    void anOversizedHeaderOrRequestLineIsAProblem(int size) throws IOException {
        String big = "a".repeat(size);
        assertProblem(exchange("GET /test/whoami HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big
                + "\r\nConnection: close\r\n\r\n"), "a " + size + "-byte header");
        assertProblem(exchange("GET /test/" + big + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                "a " + size + "-byte request line");
    }

    /**
     * Tomcat refuses after the first kilobytes. Closing with the rest unread would reset the
     * connection, and a client still sending would fail to send and lose the answer; the connector
     * lingers instead, reading what still comes until the client has read its answer and closed.
     */
    @Test
    void aClientStillSendingAnOversizedRequestLineCanFinishAndReadsItsProblem() throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSendBufferSize(16 * 1024);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("POST /test/sensitive?caller=".getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = "a".repeat(16 * 1024).getBytes(StandardCharsets.ISO_8859_1);
            for (int sent = 0; sent < 12 * 1024 * 1024; sent += chunk.length) {
                out.write(chunk);
            }
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(received);
            assertProblem(received.toString(StandardCharsets.UTF_8), "a request line still being sent");
        }
    }

    private static void assertProblem(String response, String what) throws IOException {
        int split = response.indexOf("\r\n\r\n");
        assertThat(split).as("a complete response to %s: %s", what, response).isPositive();
        String head = response.substring(0, split);
        String body = response.substring(split + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        assertThat(status).as("status for %s", what).isBetween(400, 499);
        assertThat(head.toLowerCase(Locale.ROOT)).as("content type for %s", what)
                .contains("content-type: application/problem+json");
        JsonNode problem = JSON.readTree(dechunk(head, body));
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
    }

    private static String dechunk(String head, String body) {
        if (!head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
