package dev.rapport.platform.validation;

/** A record that was asked for by id does not exist (or no longer exists). */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String recordType, long id) {
        this(recordType, String.valueOf(id));
    }

    public NotFoundException(String recordType, String id) {
        super(recordType + " " + id + " does not exist");
    }
}
