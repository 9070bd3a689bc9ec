package io.partnerhub.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** What a hostile caller puts where the API expects a value, an id or a whole body. */
final class HostileValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String HUGE = "A".repeat(100 * 1024 + 7);
    private static final String ODD_TEXT = "😀🚀 ünïcödé \u0000\u0007\u001b[31m\r\nX-Injected: 1\t\u202e\uFEFF";

    /**
     * Ids in a path, already percent-encoded where a client would have to (traversal, operators,
     * junk). Invalid escapes ({@code %}, {@code %zz}) cannot be sent by an HTTP client at all; the
     * kit's MalformedRequestsIT sends those over a raw socket.
     */
    static final List<String> PATH_IDS = List.of("..", ".", "..;", "%252e", "%252e%252e", "%00", "%5C",
            "%2e%2e%2f", "..%2f..%2fetc%2fpasswd", "%7B%22%24gt%22%3A%22%22%7D", "a%0D%0Ab", "%F0%9F%98%80", "%20",
            "a".repeat(300), "x", UUID.randomUUID().toString(), "null", "-1", "0", "99999999999999999999");

    /** Raw bodies that are not the JSON an endpoint expects at all. */
    static final List<String> RAW_BODIES = List.of("", "null", "[]", "[null]", "{", "{\"a\":", "123", "\"text\"",
            "true", "{}", "[{}]", "{\"$where\":\"sleep(1000)\"}", "\"" + HUGE + "\"", "[".repeat(3000),
            "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}");

    private HostileValues() {
    }

    /** One hostile JSON value, chosen by the random source. */
    static JsonNode value(Random random) {
        return switch (random.nextInt(22)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.numberNode(123);
            case 2 -> JSON.textNode("text");
            case 3 -> JSON.booleanNode(true);
            case 4 -> JSON.objectNode();
            case 5 -> JSON.arrayNode();
            case 6 -> JSON.arrayNode().addNull();
            case 7 -> JSON.objectNode().put("$gt", "");
            case 8 -> JSON.objectNode().put("$where", "1 == 1");
            case 9 -> JSON.textNode(HUGE);
            case 10 -> JSON.textNode(ODD_TEXT);
            case 11 -> JSON.numberNode(-1);
            case 12 -> JSON.numberNode(0);
            case 13 -> JSON.numberNode(new BigDecimal("1e308"));
            case 14 -> JSON.numberNode(new BigInteger("99999999999999999999999999999"));
            case 15 -> JSON.numberNode(new BigDecimal("-0.001"));
            case 16 -> JSON.textNode("99999999999999999999.999");
            case 17 -> JSON.textNode("NaN");
            case 18 -> JSON.textNode("../../etc/passwd");
            case 19 -> JSON.textNode("");
            case 20 -> JSON.numberNode(Long.MIN_VALUE);
            default -> JSON.arrayNode().add(JSON.objectNode().put("$ne", 1)).addNull();
        };
    }

    /** A hostile value for a query parameter, as text. */
    static String text(Random random) {
        JsonNode value = value(random);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static final List<String> CANDIDATES = List.of("CHF", "EUR", "value-1", "a1b2c3d4",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", UUID.randomUUID().toString(),
            "someone@example.test", "2026", "x", "ABC-123");

    /** A candidate that matches the pattern (anywhere, as JSON Schema patterns are not anchored), else "x". */
    private static String matching(String pattern) {
        try {
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern);
            return CANDIDATES.stream().filter(candidate -> compiled.matcher(candidate).matches()).findFirst()
                    .or(() -> CANDIDATES.stream().filter(candidate -> compiled.matcher(candidate).find()).findFirst())
                    .orElse("x");
        } catch (java.util.regex.PatternSyntaxException unreadable) {
            return "x";
        }
    }

    /** A plausible value for the schema, the starting point that hostile values are put into. */
    static JsonNode plausible(JsonNode schema, Random random) {
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                schema.path("properties").fields().forEachRemaining(property ->
                        object.set(property.getKey(), plausible(property.getValue(), random)));
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(plausible(schema.path("items"), random));
                return array;
            }
            case "integer" -> {
                long least = schema.has("minimum") ? schema.path("minimum").asLong() : 1;
                return JSON.numberNode(Math.max(least, 1 + random.nextInt(5)));
            }
            case "number" -> {
                return JSON.numberNode(new BigDecimal("10.50"));
            }
            case "boolean" -> {
                return JSON.booleanNode(random.nextBoolean());
            }
            default -> {
                if (schema.has("pattern")) {
                    return JSON.textNode(matching(schema.path("pattern").asText()));
                }
                return JSON.textNode(switch (schema.path("format").asText()) {
                    case "date-time" -> "2026-12-02T10:00:00Z";
                    case "date" -> "2026-12-02";
                    case "uuid" -> UUID.randomUUID().toString();
                    case "email" -> "someone@example.test";
                    case "uri" -> "https://example.test/x";
                    default -> "value-" + random.nextInt(1000);
                });
            }
        }
    }
}
