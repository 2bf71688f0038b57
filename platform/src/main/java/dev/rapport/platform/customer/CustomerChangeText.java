package dev.rapport.platform.customer;

import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import java.util.List;
import java.util.stream.Collectors;

/** A customer's changed fields as the audit log shows them: "field: old → new", the owner by name, "—" for none. */
final class CustomerChangeText {

    private final UserDirectory users;

    CustomerChangeText(UserDirectory users) {
        this.users = users;
    }

    String of(List<CustomerChanges.FieldChange> changes) {
        return changes.stream().map(this::readable)
                .map(change -> change.field() + ": " + orDash(change.oldValue()) + " → " + orDash(change.newValue()))
                .collect(Collectors.joining("\n"));
    }

    private CustomerChanges.FieldChange readable(CustomerChanges.FieldChange change) {
        if (!change.field().equals("ownerId")) {
            return change;
        }
        return new CustomerChanges.FieldChange("owner", userName(change.oldValue()), userName(change.newValue()));
    }

    private String userName(String userId) {
        return userId == null ? null : users.find(Long.parseLong(userId)).map(User::displayName).orElse(userId);
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
