package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Saved segments campaigns draw their targets from: customer segments are the kernel's (through the SDK, shared
 * with every plugin), lead segments the plugin's own. Managers define them.
 */
public final class SegmentService {

    private final PluginContext context;

    public SegmentService(PluginContext context) {
        this.context = context;
    }

    /** Customer and lead segments, by name. */
    public List<Segment> all() {
        return Stream.concat(context.segments().list().stream().map(CustomerSegments::toSegment),
                        new SegmentRepository(context.dsl()).all().stream())
                .sorted(Comparator.comparing(Segment::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Segment get(SegmentAudience audience, long segmentId) {
        if (audience == SegmentAudience.CUSTOMERS) {
            return context.segments().find(segmentId).map(CustomerSegments::toSegment)
                    .orElseThrow(() -> new NotFoundException("Segment", segmentId));
        }
        return new SegmentRepository(context.dsl()).get(segmentId);
    }

    /** Saves a new segment (id 0) or changes one; returns its id (the kernel's for a customer segment). */
    public long save(Segment segment) {
        context.security().requireRole(Role.MANAGER, "define segments");
        if (segment.audience() == SegmentAudience.CUSTOMERS) {
            var stored = segment.id() == 0 ? null : context.segments().find(segment.id())
                    .orElseThrow(() -> new NotFoundException("Segment", segment.id()));
            try {
                return context.segments().save(CustomerSegments.toDefinition(segment, stored));
            } catch (ValidationException e) {
                throw new ValidationException(e.errors().stream().map(SegmentService::toDialogField).toList());
            }
        }
        SegmentRepository segments = new SegmentRepository(context.dsl());
        List<FieldError> errors = new ArrayList<>();
        if (segment.name() == null || segment.name().isBlank()) {
            errors.add(FieldError.of("name", "acquisition.validation.required"));
        } else if (segment.name().strip().length() > 100) {
            errors.add(FieldError.of("name", "acquisition.validation.tooLong", 100));
        } else if (segments.nameTaken(segment.name(), segment.id())) {
            errors.add(FieldError.of("name", "acquisition.validation.nameTaken", segment.name().strip()));
        }
        if (segment.audience() == null) {
            errors.add(FieldError.of("audience", "acquisition.validation.required"));
        }
        if (segment.namePrefix() != null && segment.namePrefix().length() > 100) {
            errors.add(FieldError.of("namePrefix", "acquisition.validation.tooLong", 100));
        }
        if (segment.tag() != null && segment.tag().length() > 50) {
            errors.add(FieldError.of("tag", "acquisition.validation.tooLong", 50));
        }
        if (segment.minScore() != null && (segment.minScore() < -10_000 || segment.minScore() > 10_000)) {
            errors.add(FieldError.of("minScore", "acquisition.validation.range", -10_000, 10_000));
        }
        ValidationException.throwIfAny(errors);
        return segments.save(segment, context.clock().instant());
    }

    public void delete(Segment segment) {
        context.security().requireRole(Role.MANAGER, "delete segments");
        if (segment.audience() == SegmentAudience.CUSTOMERS) {
            context.segments().delete(segment.id());
        } else if (!new SegmentRepository(context.dsl()).delete(segment.id())) {
            throw new NotFoundException("Segment", segment.id());
        }
    }

    /** The kernel's field names ({@code filter.namePrefix}) as the segment dialog's ({@code namePrefix}). */
    private static FieldError toDialogField(FieldError error) {
        String field = error.field().startsWith("filter.") ? error.field().substring("filter.".length()) : error.field();
        return new FieldError(field.equals("tags") ? "tag" : field, error.messageKey(), error.arguments());
    }
}
