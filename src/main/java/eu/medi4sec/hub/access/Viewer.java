package eu.medi4sec.hub.access;

import java.util.OptionalLong;

/**
 * Who is looking, as far as what they may see differs: an admin sees note authors in full, other staff
 * see them as the workshop's attribution mode allows, and a delegate sees only what is visible to
 * delegates plus their own notes.
 */
public record Viewer(Kind kind, Long delegateId, Long accountId, Long workshopId) {

    public enum Kind {
        ADMIN,
        STAFF,
        DELEGATE
    }

    public static Viewer admin(long accountId) {
        return new Viewer(Kind.ADMIN, null, accountId, null);
    }

    public static Viewer staff(long accountId) {
        return new Viewer(Kind.STAFF, null, accountId, null);
    }

    /** A delegate, who reaches only their own workshop. */
    public static Viewer delegate(long delegateId, long workshopId) {
        return new Viewer(Kind.DELEGATE, delegateId, null, workshopId);
    }

    /** The key idempotency keys are scoped to. */
    public String callerKey() {
        return delegateId != null ? "delegate:" + delegateId : "account:" + accountId;
    }

    /** Whether this viewer reaches the workshop ({@link WorkshopScope}): a delegate only their own. */
    public boolean reaches(long workshopId) {
        return WorkshopScope.reaches(
                kind == Kind.DELEGATE,
                this.workshopId == null ? OptionalLong.empty() : OptionalLong.of(this.workshopId),
                workshopId);
    }

    public boolean isStaff() {
        return kind != Kind.DELEGATE;
    }
}
