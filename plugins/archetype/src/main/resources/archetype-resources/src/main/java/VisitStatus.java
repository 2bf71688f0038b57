package ${package};

/** Where a visit stands. */
public enum VisitStatus {
    /** Due on a day, not done yet. */
    PLANNED,
    /** Done (recorded by a user). */
    DONE,
    /** Was planned, but its day passed without a visit. */
    MISSED
}
