package dev.rapport.plugin.service.agreement;

import dev.rapport.plugin.service.sla.SlaClock;

/** The agreement a request falls under, with the clock arithmetic of its calendar. */
public record AppliedAgreement(Agreement agreement, SlaClock clock) {
}
