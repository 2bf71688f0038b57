package dev.rapport.plugin.service.rma;

/** Why a return was approved: the product's warranty, a service agreement, or goodwill (with a reason). */
public enum Coverage {
    WARRANTY,
    AGREEMENT,
    GOODWILL
}
