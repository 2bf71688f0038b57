package dev.rapport.platform.customer;

/** Orders of the customer list, each backed by an index so that any page is an index range. */
public enum CustomerSort {
    NAME_ASCENDING, NAME_DESCENDING, NEWEST_FIRST, OLDEST_FIRST
}
