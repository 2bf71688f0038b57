package dev.rapport.platform.customer.importing;

/** Follows an import and may stop it. Called on the thread that runs the import. */
public interface ImportListener {

    ImportListener NONE = progress -> { };

    /** After every chunk of rows was committed (or found to hold nothing to store). */
    void progress(ImportProgress progress);

    /** Asked before each chunk: true ends the import; the chunks committed until then stay. */
    default boolean cancelRequested() {
        return false;
    }
}
