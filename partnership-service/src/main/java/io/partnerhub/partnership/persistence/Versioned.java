package io.partnerhub.partnership.persistence;

/** An aggregate as loaded, with the document version the next write must still find. */
public record Versioned<A>(A aggregate, long version) {
}
