package dev.rapport.platform.demo;

import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import java.util.ArrayList;
import java.util.List;

/** Tags the way sales teams use them: a few per customer, and only where they make sense. */
final class DemoTags {

    static final int MAX_PER_CUSTOMER = 3;

    private DemoTags() {
    }

    static List<String> choose(CustomerKind kind, LifecycleStage stage, boolean marketingConsent, DemoRandom random) {
        List<String> tags = new ArrayList<>(MAX_PER_CUSTOMER + 2);
        boolean organisation = kind == CustomerKind.ORGANISATION;
        addIf(tags, "b2b", organisation && random.chance(0.8));
        addIf(tags, "vip", random.chance(0.05));
        addIf(tags, "key-account", organisation && random.chance(0.1));
        addIf(tags, "partner", organisation && random.chance(0.08));
        addIf(tags, "referral", !organisation && random.chance(0.08));
        addIf(tags, "newsletter", marketingConsent && random.chance(0.5));
        addIf(tags, "churn-risk", stage == LifecycleStage.CUSTOMER && random.chance(0.08));
        addIf(tags, "win-back", stage == LifecycleStage.FORMER_CUSTOMER && random.chance(0.3));
        addIf(tags, "event-lead", stage == LifecycleStage.PROSPECT && random.chance(0.25));
        return tags.size() > MAX_PER_CUSTOMER ? List.copyOf(tags.subList(0, MAX_PER_CUSTOMER)) : tags;
    }

    private static void addIf(List<String> tags, String tag, boolean condition) {
        if (condition) {
            tags.add(tag);
        }
    }
}
