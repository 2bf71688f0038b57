package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.segment.SegmentInfo;

/**
 * Moves the customer segments the plugin kept before SDK 1.3 into the kernel's segments, once, at start: each
 * becomes a shared kernel segment of the same name (one that exists already is reused, so a start interrupted
 * half-way finishes the move the next time), the campaigns that drew from it point at the kernel segment, and the
 * old row goes. Lead segments stay the plugin's own.
 */
public final class CustomerSegmentMigration {

    private final PluginContext context;

    public CustomerSegmentMigration(PluginContext context) {
        this.context = context;
    }

    private void move(Segment old) {
        long kernelId = context.segments().list().stream().filter(segment -> segment.name().equals(old.name()))
                .mapToLong(SegmentInfo::id).findFirst()
                .orElseGet(() -> context.segments().save(CustomerSegments.toDefinition(old, null)));
        context.dsl().transaction(configuration -> {
            new CampaignRepository(configuration.dsl()).moveToKernelSegment(old.id(), kernelId);
            new SegmentRepository(configuration.dsl()).delete(old.id());
        });
    }

    /** Moves what is left to move; returns how many segments it moved. */
    public int migrate() {
        int moved = 0;
        for (Segment old : new SegmentRepository(context.dsl()).unmovedCustomerSegments()) {
            try {
                move(old);
                moved++;
            } catch (RuntimeException e) {
                // E.g. a private kernel segment of the same name: the row stays and the next start tries again.
                context.logger().warn("The customer segment '{}' could not be moved to the kernel's segments", old.name(), e);
            }
        }
        if (moved > 0) {
            context.logger().info("Moved {} customer segments to the kernel's segments", moved);
        }
        return moved;
    }
}
