package eu.medi4sec.hub.workshop;

import java.util.List;

/** Where a workshop is in its life. Only the moves listed here are allowed. */
public enum WorkshopStatus {
    DRAFT,
    SCHEDULED,
    LIVE,
    CLOSED,
    ARCHIVED,
    CANCELLED;

    public List<WorkshopStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> List.of(DRAFT, LIVE, CANCELLED);
            case LIVE -> List.of(CLOSED);
            case CLOSED -> List.of(ARCHIVED);
            case ARCHIVED, CANCELLED -> List.of();
        };
    }

    public boolean canMoveTo(WorkshopStatus target) {
        return next().contains(target);
    }

    /** Archived and cancelled workshops are a record: nobody edits them any more. */
    public boolean isEditable() {
        return this != ARCHIVED && this != CANCELLED;
    }
}
