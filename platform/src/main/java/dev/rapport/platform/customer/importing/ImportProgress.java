package dev.rapport.platform.customer.importing;

/**
 * How far an import is; {@code read = imported + duplicates + invalid}.
 *
 * @param read data rows read so far
 * @param imported rows stored as customers (committed)
 * @param duplicates rows skipped as duplicates
 * @param invalid rows skipped because of problems
 * @param bytesRead bytes of the file read, for a progress bar (the file's size is the whole)
 */
public record ImportProgress(long read, long imported, long duplicates, long invalid, long bytesRead) {

    /** Nothing read yet. */
    public static final ImportProgress NONE = new ImportProgress(0, 0, 0, 0, 0);

    ImportProgress plus(ImportProgress chunk) {
        return new ImportProgress(read + chunk.read, imported + chunk.imported, duplicates + chunk.duplicates,
                invalid + chunk.invalid, Math.max(bytesRead, chunk.bytesRead));
    }
}
