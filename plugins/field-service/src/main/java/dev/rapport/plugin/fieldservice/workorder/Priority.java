package dev.rapport.plugin.fieldservice.workorder;

/** How urgent a work order is; the weight is what leaving it unplanned costs the plan. */
public enum Priority {
    LOW(1), NORMAL(2), HIGH(4), URGENT(8);

    private final int weight;

    Priority(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
