package eu.medi4sec.hub.publication;

import java.util.List;

/**
 * DRAFT → IN_REVIEW → PUBLISHED → WITHDRAWN. A reviewer may send a publication back to DRAFT; a
 * published one goes back to IN_REVIEW to prepare its next version (off the public pages until it is
 * published again; its versions are kept). WITHDRAWN is final.
 */
public enum PublicationStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    WITHDRAWN;

    public List<PublicationStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(IN_REVIEW);
            case IN_REVIEW -> List.of(DRAFT, PUBLISHED);
            case PUBLISHED -> List.of(IN_REVIEW, WITHDRAWN);
            case WITHDRAWN -> List.of();
        };
    }

    /** Whether the title, introduction and scope may still change. */
    boolean isEditable() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
