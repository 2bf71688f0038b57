package dev.rapport.plugin.service.sla;

/** Whether an SLA clock counts business time now, waits (paused), or is done (stopped when its target was met or missed). */
public enum ClockPhase {
    RUNNING,
    PAUSED,
    STOPPED
}
