package io.partnerhub.platform.local;

/** Who plays in the demo: organizations and email addresses suffixed with the run so runs never collide. */
record DemoCast(String run, String partner, String partnerEmail, String otherPartner, String otherPartnerEmail,
                String customer, String customerEmail, String visitorEmail) {

    static DemoCast forRun(String run) {
        return new DemoCast(run,
                "org-alpine-hosting-" + run, "pia.meier+" + run + "@alpine-hosting.example",
                "org-lac-web-" + run, "luc+" + run + "@lac-web.example",
                "org-boulangerie-" + run, "claire+" + run + "@boulangerie.example",
                "marco+" + run + "@ticino-bikes.example");
    }

    String partnerUser() {
        return "u-pia-" + run;
    }

    String otherPartnerUser() {
        return "u-luc-" + run;
    }

    String customerUser() {
        return "u-claire-" + run;
    }
}
