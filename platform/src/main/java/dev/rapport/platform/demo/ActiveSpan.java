package dev.rapport.platform.demo;

/**
 * The time in which a customer deals with the company, in epoch milliseconds: from the creation of the record
 * until now, or until a former customer left.
 */
record ActiveSpan(long from, long to) {

    long randomInstant(DemoRandom random) {
        return random.between(from, to);
    }

    boolean contains(long instant) {
        return instant >= from && instant <= to;
    }
}
