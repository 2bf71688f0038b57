package dev.rapport.platform.user;

/** Who performs an action: the signed-in user, or the system itself (id 0 is never stored). */
public record Actor(long userId, String displayName) {

    public static final Actor SYSTEM = new Actor(0, "Rapport");

    public boolean isSystem() {
        return userId == 0;
    }

    /** The user id to store as "recorded by", or null for the system. */
    public Long storedUserId() {
        return isSystem() ? null : userId;
    }

    public static Actor of(User user) {
        return new Actor(user.id(), user.displayName());
    }
}
