package io.partnerhub.partnership.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A partner's yearly volumes, one per currency (R2). Billing reports each currency on its own, and
 * its versions count per partner, year and currency, so a report is only compared with the report
 * its own currency holds.
 */
public final class YearlyVolumes {

    private final List<Reported> reported;

    private YearlyVolumes(List<Reported> reported) {
        this.reported = new ArrayList<>(reported);
    }

    public static YearlyVolumes none() {
        return new YearlyVolumes(List.of());
    }

    /** The volumes as {@link #reported()} answered them. */
    public static YearlyVolumes of(List<Reported> reported) {
        return new YearlyVolumes(reported);
    }

    /** Each currency's latest report with billing's version of it. */
    public List<Reported> reported() {
        return List.copyOf(reported);
    }

    /**
     * Keeps the report unless its currency already holds one of the same or a later (year, version);
     * answers whether it was kept.
     */
    boolean record(YearlyVolume volume, long sourceVersion) {
        Optional<Reported> held = heldFor(volume.currency());
        if (held.isPresent() && !held.get().olderThan(volume.year(), sourceVersion)) {
            return false;
        }
        held.ifPresent(reported::remove);
        reported.add(new Reported(volume, sourceVersion));
        return true;
    }

    /** The latest volume of each currency that reported, CHF first. */
    public List<YearlyVolume> byCurrency() {
        return reported.stream().map(Reported::volume).sorted(Comparator.comparing(YearlyVolume::currency)).toList();
    }

    /** The volumes of the most recent year any currency reported: the ones R2 judges. */
    public List<YearlyVolume> ofLatestYear() {
        int latest = reported.stream().mapToInt(held -> held.volume().year()).max().orElse(0);
        return byCurrency().stream().filter(volume -> volume.year() == latest).toList();
    }

    /**
     * The one volume a single-volume view shows: of the latest year, one that meets its threshold
     * if any does (CHF first), else the first of that year; none before billing reported.
     */
    public YearlyVolume headline() {
        return ofLatestYear().stream()
                .min(Comparator.comparing((YearlyVolume volume) -> !ProgramConditions.meetsThreshold(volume)))
                .orElse(YearlyVolume.none(0));
    }

    private Optional<Reported> heldFor(Currency currency) {
        return reported.stream().filter(held -> held.volume().currency() == currency).findFirst();
    }

    /** A currency's latest report and billing's version of it. */
    public record Reported(YearlyVolume volume, long sourceVersion) {

        boolean olderThan(int year, long version) {
            return volume.year() < year || (volume.year() == year && sourceVersion < version);
        }
    }
}
