package dev.rapport.platform.user;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes (Password4j), with OWASP's minimum parameters: 19 MiB memory, 2 iterations,
 * parallelism 1. A hash carries its parameters: one made with weaker ones (an older release, another variant) still
 * verifies, and {@link #isOutdated} tells the sign-in to store a new one while it has the password.
 */
public final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Whether {@code hash} was made with weaker parameters than {@link #hash} uses now (or is no Argon2id hash). */
    public boolean isOutdated(String hash) {
        if (hash == null || !hash.startsWith("$argon2")) {
            return true;
        }
        Argon2Function made = Argon2Function.getInstanceFromHash(hash);
        return made.getVariant() != Argon2.ID || made.getMemory() < ARGON2ID.getMemory()
                || made.getIterations() < ARGON2ID.getIterations()
                || made.getParallelism() < ARGON2ID.getParallelism() || made.getOutputLength() < ARGON2ID.getOutputLength();
    }
}
