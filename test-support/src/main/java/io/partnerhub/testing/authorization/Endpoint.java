package io.partnerhub.testing.authorization;

/** One operation as the OpenAPI document names it: the method and the path template. */
public record Endpoint(String method, String path) {

    static Endpoint parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("an endpoint is 'METHOD /path/{variable}', not '" + text + "'");
        }
        return new Endpoint(parts[0].toUpperCase(java.util.Locale.ROOT), parts[1]);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
