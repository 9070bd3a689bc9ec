package io.partnerhub.partnership.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/** The partner's public website (R1): an absolute http(s) URL with a real host name. */
public record Website(String url) {

    public Website {
        Objects.requireNonNull(url, "url");
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || host == null || !host.contains(".")) {
                throw new IllegalArgumentException("website must be an http(s) URL with a host name");
            }
            url = uri.toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("website is not a valid URL");
        }
    }
}
