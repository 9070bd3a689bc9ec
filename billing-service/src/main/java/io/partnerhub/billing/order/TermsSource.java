package io.partnerhub.billing.order;

/**
 * Where the partnership terms an order was decided on came from: partnership-service itself at that
 * moment ({@code OWNER}), or — for a customer's own order while the owner could not be reached —
 * billing's read model of its events ({@code READ_MODEL}), which may lag behind a change the owner had
 * already confirmed. Stored on the order and shown with it.
 */
public enum TermsSource {
    OWNER, READ_MODEL
}
