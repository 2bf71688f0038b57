package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.util.ArrayList;
import java.util.List;

/** Saved segments: managers define them, campaigns draw their targets from them. */
public final class SegmentService {

    private final PluginContext context;

    public SegmentService(PluginContext context) {
        this.context = context;
    }

    public List<Segment> all() {
        return new SegmentRepository(context.dsl()).all();
    }

    public Segment get(long segmentId) {
        return new SegmentRepository(context.dsl()).get(segmentId);
    }

    /** Saves a new segment (id 0) or changes one; returns its id. */
    public long save(Segment segment) {
        context.security().requireRole(Role.MANAGER, "define segments");
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

    public void delete(long segmentId) {
        context.security().requireRole(Role.MANAGER, "delete segments");
        if (!new SegmentRepository(context.dsl()).delete(segmentId)) {
            throw new NotFoundException("Segment", segmentId);
        }
    }
}
