package io.partnerhub.tender.distribution.scheduling;

/** Asked before every batch whether the fan-out may go on (besides shutdown). Tests use it to stop halfway. */
@FunctionalInterface
public interface FanOutBrake {

    boolean mayContinue(String tenderId);
}
