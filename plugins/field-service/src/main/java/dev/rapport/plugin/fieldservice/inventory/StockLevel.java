package dev.rapport.plugin.fieldservice.inventory;

/** A part's stock at a location: free is on hand less reserved. */
public record StockLevel(long locationId, String locationName, long partId, String sku, String partName, int onHand,
                         int reserved, int reorderPoint) {

    public int free() {
        return onHand - reserved;
    }

    public boolean belowReorderPoint() {
        return free() <= reorderPoint;
    }
}
