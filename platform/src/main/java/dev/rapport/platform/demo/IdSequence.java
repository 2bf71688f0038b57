package dev.rapport.platform.demo;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Ids handed out in order after the highest id a table held when the run started. Knowing ids before
 * inserting lets a batch refer to its own customers and contacts without reading generated keys back.
 */
final class IdSequence {

    private long last;

    private IdSequence(long last) {
        this.last = last;
    }

    static IdSequence after(DSLContext dsl, TableField<?, Long> id) {
        Long max = dsl.select(DSL.max(id)).from(id.getTable()).fetchOne().value1();
        return new IdSequence(max == null ? 0 : max);
    }

    /** Ids handed out after {@code last}, e.g. the highest id a table held when a run cut short began. */
    static IdSequence startingAfter(long last) {
        return new IdSequence(last);
    }

    /** The last id handed out (before the first: the id the sequence starts after). */
    long last() {
        return last;
    }

    long next() {
        return ++last;
    }

    /** Reserves {@code count} consecutive ids; returns the first. */
    long reserve(int count) {
        long first = last + 1;
        last += count;
        return first;
    }
}
