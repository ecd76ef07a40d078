package eu.medi4sec.hub.access;

import eu.medi4sec.hub.common.ProblemException;
import java.util.OptionalLong;

/**
 * The one rule of the delegate scope: a delegate reaches only the workshop their token names; staff reach
 * every workshop. Anything beyond a delegate's reach is answered 404, exactly as if it did not exist. The
 * request filter ({@link DelegateScopeFilter}), the resources ({@link Caller#requireWorkshop}) and the
 * services ({@link Viewer#reaches}) all ask here.
 */
final class WorkshopScope {

    private WorkshopScope() {}

    /**
     * Whether a caller reaches a workshop.
     *
     * @param delegate whether the caller is a delegate
     * @param ownWorkshop the workshop a delegate's token names (empty if it names none: such a delegate
     *     reaches nothing)
     */
    public static boolean reaches(boolean delegate, OptionalLong ownWorkshop, long workshopId) {
        return !delegate || (ownWorkshop.isPresent() && ownWorkshop.getAsLong() == workshopId);
    }

    /** The answer for a workshop out of reach (or with an id no workshop can have). */
    public static ProblemException noSuchWorkshop(Object workshopId) {
        return ProblemException.notFound("There is no workshop " + workshopId + ".");
    }
}
