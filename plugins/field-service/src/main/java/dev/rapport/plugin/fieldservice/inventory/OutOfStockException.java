package dev.rapport.plugin.fieldservice.inventory;

/** A reservation, transfer or consumption asked for more than is free at a location: nothing was changed. */
public final class OutOfStockException extends RuntimeException {

    private final long partId;
    private final long locationId;

    public OutOfStockException(long partId, long locationId, int wanted) {
        super("Not enough of part " + partId + " free at location " + locationId + " for " + wanted);
        this.partId = partId;
        this.locationId = locationId;
    }

    public long partId() {
        return partId;
    }

    public long locationId() {
        return locationId;
    }
}
