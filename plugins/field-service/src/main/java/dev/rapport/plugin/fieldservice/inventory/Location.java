package dev.rapport.plugin.fieldservice.inventory;

/** Where parts are kept: a warehouse, or a technician's van ({@code technicianId} set). */
public record Location(long id, String name, String kind, Long technicianId) {

    public static final String WAREHOUSE = "WAREHOUSE";
    public static final String VAN = "VAN";
}
