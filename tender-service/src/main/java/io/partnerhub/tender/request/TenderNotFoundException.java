package io.partnerhub.tender.request;

/** No such request, or not one the caller may see (answered 404 either way). */
public class TenderNotFoundException extends RuntimeException {

    public TenderNotFoundException(String tenderId) {
        super("No tender request " + tenderId);
    }
}
