package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.web.EnumLabels;

/** A coloured badge for a lifecycle stage. */
final class StageBadge {

    private StageBadge() {
    }

    static Badge of(LifecycleStage stage, Component translator) {
        Badge badge = new Badge(translator.getTranslation(EnumLabels.key(stage)));
        badge.addThemeVariants(switch (stage) {
            case PROSPECT -> BadgeVariant.CONTRAST;
            case CUSTOMER -> BadgeVariant.SUCCESS;
            case FORMER_CUSTOMER -> BadgeVariant.ERROR;
        });
        badge.addClassName("stage-" + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
