package io.partnerhub.testing.authorization;

/**
 * The objects a service's matrix is tried on, and its callers. {@link #request} is asked once per
 * cell, right before the cell is sent, so a world can set up fresh objects for a cell whose
 * request changes them (an end, a cancel) and the next cell still finds them as they were.
 * {@link Caller#ANONYMOUS} and {@link Caller#EXPIRED} are never asked: they send the
 * {@link Caller#OWNER owner's} request with no token and with the owner's token expired.
 */
@FunctionalInterface
public interface MatrixWorld {

    CellRequest request(Endpoint endpoint, Caller caller) throws Exception;
}
