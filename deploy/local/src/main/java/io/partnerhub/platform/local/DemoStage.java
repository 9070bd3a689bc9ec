package io.partnerhub.platform.local;

/** Where the demo plays: the services' APIs, the inbox, the cast, and the numbered printout of the steps. */
final class DemoStage {

    final DemoApi api;
    final DemoInbox inbox;
    final DemoCast cast;
    private int step;

    DemoStage(DemoApi api, DemoInbox inbox, DemoCast cast) {
        this.api = api;
        this.inbox = inbox;
        this.cast = cast;
    }

    void step(String title) {
        System.out.println();
        System.out.println(++step + ". " + title);
    }

    void ok(String text) {
        System.out.println("   ✓ " + text);
    }
}
