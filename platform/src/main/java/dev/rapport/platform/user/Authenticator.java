package dev.rapport.platform.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs users in, and throttles guessing without letting anyone lock a user out from elsewhere:
 * <ul>
 * <li>failures for one account <em>from one address</em> slow that account down from that address: from the second
 * failure on, the next attempt must wait 1, 2, 4… seconds, and after {@code perAccount} failures that address may not
 * try that account until {@code window} has passed since its last failure. The same account signs in from any other
 * address meanwhile, so a stranger cannot lock the administrator out;</li>
 * <li>{@code perAddress} failures from one address (any accounts) within the window refuse that address for every
 * account until the window has passed.</li>
 * </ul>
 * A refused attempt is refused even with the right password. The address is the one the web server resolved (the
 * client's, behind a trusted proxy). Every attempt is in the audit log. A correct password whose stored hash was
 * made with weaker parameters than today's has its hash replaced by a current one.
 */
public final class Authenticator {

    /** The outcome of a sign-in attempt. */
    public sealed interface Outcome {
        record SignedIn(Actor actor, boolean mustChangePassword) implements Outcome {
        }

        record Refused() implements Outcome {
        }

        record Throttled(Duration retryAfter) implements Outcome {
        }
    }

    private record Failures(int count, Instant firstAt, Instant lastAt) {
    }

    private final UserDirectory users;
    private final UserAdministration administration;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    /** Failures per account and address ("account address"). */
    private final Cache<String, Failures> byAccountAndAddress;
    private final Cache<String, Failures> byAddress;
    /** Compared against when the user does not exist, so a wrong username takes as long as a wrong password. */
    private final String decoyHash;

    public Authenticator(UserDirectory users, UserAdministration administration, PasswordHasher hasher, AuditLog audit,
                         Clock clock, int perAccount, int perAddress, Duration window) {
        this.users = users;
        this.administration = administration;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.byAccountAndAddress = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
        this.byAddress = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
        this.decoyHash = hasher.hash("decoy password that never matches");
    }

    /**
     * The authenticator as configured: {@code security.signin.max.failures.account} (default 5, per address),
     * {@code security.signin.max.failures.address} (default 20), each as this node's share of {@code cluster.nodes}
     * ({@link RapportConfig#getPerNodeLimit}), and {@code security.signin.lock.minutes} (default 15).
     */
    public static Authenticator configured(RapportConfig config, UserDirectory users, UserAdministration administration,
                                           PasswordHasher hasher, AuditLog audit, Clock clock) {
        return new Authenticator(users, administration, hasher, audit, clock,
                config.getPerNodeLimit("security.signin.max.failures.account", 5),
                config.getPerNodeLimit("security.signin.max.failures.address", 20),
                Duration.ofMinutes(config.getInt("security.signin.lock.minutes", 15)));
    }

    public Outcome signIn(String username, String password, String remoteAddress) {
        String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String address = remoteAddress == null ? "unknown" : remoteAddress;
        String accountFromAddress = account + " " + address;
        Optional<Duration> wait = accountWait(accountFromAddress).or(() -> addressWait(address));
        if (wait.isPresent()) {
            audit.recordAnonymous(account, AuditAction.SIGN_IN_THROTTLED, "user", account, null, address);
            return new Outcome.Throttled(wait.get());
        }
        Optional<User> user = users.findByUsername(account).filter(User::active);
        Optional<String> storedHash = user.flatMap(found -> users.passwordHash(found.id()));
        boolean matches = hasher.matches(password, storedHash.orElse(decoyHash)) && user.isPresent();
        if (!matches) {
            fail(byAccountAndAddress, accountFromAddress);
            fail(byAddress, address);
            audit.recordAnonymous(account, AuditAction.SIGN_IN_FAILED, "user", account, null, address);
            return new Outcome.Refused();
        }
        byAccountAndAddress.invalidate(accountFromAddress);
        if (hasher.isOutdated(storedHash.get())) {
            administration.upgradeHash(user.get().id(), storedHash.get(), hasher.hash(password));
        }
        Actor actor = Actor.of(user.get());
        audit.record(users.dsl(), actor, AuditAction.SIGN_IN_SUCCEEDED, "user", actor.userId(), null, address);
        return new Outcome.SignedIn(actor, user.get().mustChangePassword());
    }

    /**
     * Changes the signed-in user's own password after checking the current one; their other sessions end.
     *
     * @throws dev.rapport.sdk.error.AccessDeniedException when the user was deactivated meanwhile
     */
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        administration.requireActive(actor);
        User user = users.find(actor.userId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (!hasher.matches(currentPassword, users.passwordHash(user.id()).orElse(null))) {
            errors.add(FieldError.of("currentPassword", "validation.wrongPassword"));
        }
        errors.addAll(PasswordPolicy.check("newPassword", newPassword, user.username()));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            errors.add(FieldError.of("newPassword", "validation.samePassword"));
        }
        ValidationException.throwIfAny(errors);
        administration.storeChosenPassword(user.id(), newPassword);
        audit.record(actor, AuditAction.PASSWORD_CHANGED, "user", user.id(), null);
    }

    /** How long this address must wait before trying this account again: a growing pause, then the lock. */
    private Optional<Duration> accountWait(String accountFromAddress) {
        Failures recorded = byAccountAndAddress.getIfPresent(accountFromAddress);
        if (recorded == null) {
            return Optional.empty();
        }
        if (recorded.count() >= perAccount) {
            return remaining(recorded.lastAt().plus(window));
        }
        return recorded.count() < 2 ? Optional.empty()
                : remaining(recorded.lastAt().plus(Duration.ofSeconds(1L << Math.min(recorded.count() - 2, 16))));
    }

    private Optional<Duration> addressWait(String address) {
        Failures recorded = byAddress.getIfPresent(address);
        if (recorded == null || recorded.count() < perAddress) {
            return Optional.empty();
        }
        return remaining(recorded.firstAt().plus(window));
    }

    private Optional<Duration> remaining(Instant until) {
        Duration remaining = Duration.between(clock.instant(), until);
        return remaining.isNegative() || remaining.isZero() ? Optional.empty() : Optional.of(remaining);
    }

    /** Counts a failure in the current window; the first failure after a window has passed starts a new one. */
    private void fail(Cache<String, Failures> failures, String key) {
        Instant now = clock.instant();
        failures.asMap().merge(key, new Failures(1, now, now), (old, next) -> now.isBefore(old.firstAt().plus(window))
                ? new Failures(old.count() + 1, old.firstAt(), now) : next);
    }
}
