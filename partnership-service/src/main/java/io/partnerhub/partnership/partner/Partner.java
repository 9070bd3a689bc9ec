package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.partner.PartnerEvents.Admitted;
import io.partnerhub.partnership.partner.PartnerEvents.Applied;
import io.partnerhub.partnership.partner.PartnerEvents.CollaboratorRightsChanged;
import io.partnerhub.partnership.partner.PartnerEvents.DirectoryListingChanged;
import io.partnerhub.partnership.partner.PartnerEvents.ProgramStatusChanged;
import io.partnerhub.partnership.partner.PartnerEvents.TenderOptInChanged;
import io.partnerhub.partnership.shared.Contact;
import io.partnerhub.partnership.shared.DomainEvent;
import io.partnerhub.partnership.shared.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reseller organization in the program (R1–R5). Its id is the organization id. New partners
 * start BELOW_THRESHOLD until billing reports a yearly volume that meets R2.
 */
public final class Partner {

    private String id;
    private PartnerApplication application;
    private Instant admittedAt;
    private ProgramStatus programStatus;
    private YearlyVolumes yearlyVolumes;
    private boolean listed;
    private TenderOptIn tenderOptIn;
    private List<CollaboratorRights> collaborators;
    private long revision;

    private Partner() {
    }

    /** Admits an applicant; refused when it is an affiliate (R3). */
    public static Admission admit(PartnerApplication application, boolean affiliate, Instant now) {
        if (affiliate) {
            throw new AffiliateExclusion(application.organizationId(), "affiliate");
        }
        Partner partner = new Partner();
        partner.id = application.organizationId();
        partner.application = application;
        partner.admittedAt = now;
        partner.yearlyVolumes = YearlyVolumes.none();
        partner.programStatus = ProgramConditions.statusFor(partner.yearlyVolumes);
        partner.tenderOptIn = TenderOptIn.out();
        partner.collaborators = new ArrayList<>();
        partner.revision = 1;
        return new Admission(partner, List.of(new Applied(application), new Admitted(partner.programStatus)));
    }

    public record Admission(Partner partner, List<DomainEvent> events) {
    }

    /** The partner as it was when {@link #snapshot()} was taken (loaded from storage). */
    public static Partner restore(PartnerSnapshot snapshot) {
        Partner partner = new Partner();
        partner.id = snapshot.id();
        partner.application = snapshot.application();
        partner.admittedAt = snapshot.admittedAt();
        partner.programStatus = snapshot.programStatus();
        partner.yearlyVolumes = YearlyVolumes.of(snapshot.yearlyVolumes());
        partner.listed = snapshot.listed();
        partner.tenderOptIn = snapshot.tenderOptIn() == null ? TenderOptIn.out() : snapshot.tenderOptIn();
        partner.collaborators = new ArrayList<>(snapshot.collaborators());
        partner.revision = snapshot.revision();
        return partner;
    }

    public PartnerSnapshot snapshot() {
        return new PartnerSnapshot(id, application, admittedAt, programStatus, yearlyVolumes.reported(), listed,
                tenderOptIn, collaborators, revision);
    }

    /**
     * Applies billing's report of one currency's yearly volume (R2). A report not newer than what
     * its currency holds (by year, then by billing's version) changes nothing, so redelivery is
     * harmless. The event carries the reported volume: it is the one that moved the status.
     */
    public Optional<ProgramStatusChanged> recordYearlyVolume(YearlyVolume volume, long sourceVersion) {
        if (!yearlyVolumes.record(volume, sourceVersion)) {
            return Optional.empty();
        }
        ProgramStatus previous = programStatus;
        programStatus = ProgramConditions.statusFor(yearlyVolumes);
        revision++;
        if (previous == programStatus) {
            return Optional.empty();
        }
        return Optional.of(new ProgramStatusChanged(previous, programStatus, volume));
    }

    /** R4: the free, opt-in public directory. */
    public Optional<DirectoryListingChanged> listInDirectory(boolean list) {
        if (listed == list) {
            return Optional.empty();
        }
        listed = list;
        revision++;
        return Optional.of(new DirectoryListingChanged(list));
    }

    /** R4: opt in to (or out of) tender requests. */
    public Optional<TenderOptInChanged> changeTenderOptIn(TenderOptIn optIn) {
        if (tenderOptIn.equals(optIn)) {
            return Optional.empty();
        }
        tenderOptIn = optIn;
        revision++;
        return Optional.of(new TenderOptInChanged(optIn));
    }

    /** R5: the partner lets one of its users manage all or some customers. */
    public CollaboratorRightsChanged grantCollaborator(CollaboratorRights rights) {
        collaborators.removeIf(existing -> existing.userId().equals(rights.userId()));
        collaborators.add(rights);
        revision++;
        return new CollaboratorRightsChanged(rights, false);
    }

    public CollaboratorRightsChanged withdrawCollaborator(String userId) {
        CollaboratorRights removed = rightsOf(userId).orElseThrow(
                () -> new RuleViolation("user " + userId + " is not a collaborator of this partner"));
        collaborators.remove(removed);
        revision++;
        return new CollaboratorRightsChanged(removed, true);
    }

    public boolean collaboratorMayManage(String userId, String customerId) {
        return rightsOf(userId).map(rights -> rights.mayManage(customerId)).orElse(false);
    }

    private Optional<CollaboratorRights> rightsOf(String userId) {
        return collaborators.stream().filter(rights -> rights.userId().equals(userId)).findFirst();
    }

    public String id() {
        return id;
    }

    public String legalName() {
        return application.legalName();
    }

    public Contact contact() {
        return application.contact();
    }

    public PartnerApplication application() {
        return application;
    }

    public Instant admittedAt() {
        return admittedAt;
    }

    public ProgramStatus programStatus() {
        return programStatus;
    }

    /** One volume for single-volume views; see {@link YearlyVolumes#headline()}. */
    public YearlyVolume yearlyVolume() {
        return yearlyVolumes.headline();
    }

    /** The latest reported volume of each currency. */
    public List<YearlyVolume> yearlyVolumes() {
        return yearlyVolumes.byCurrency();
    }

    public boolean listed() {
        return listed;
    }

    public TenderOptIn tenderOptIn() {
        return tenderOptIn;
    }

    public List<CollaboratorRights> collaborators() {
        return List.copyOf(collaborators);
    }

    public long revision() {
        return revision;
    }
}
