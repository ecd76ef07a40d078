package eu.medi4sec.hub.live;

import eu.medi4sec.hub.access.Viewer;
import java.util.Optional;

/**
 * Turns a logged event into the JSON a viewer may see: the changed resource as its own API shows it
 * to that viewer. Each feature that logs events provides one, so that the live feed applies exactly
 * the rules of that feature's API.
 */
public interface EventRenderer {

    /** Whether this renderer knows the event type, e.g. every "note." event. */
    boolean handles(String type);

    /** Loads what the event is about, once; the result then renders for any viewer without I/O. */
    Prepared prepare(EventLog.Event event);

    /**
     * Prepares a page of events (all this renderer's), in their order. Renderers whose events come in
     * bursts load them in a few queries here: a stream that resumes after a restart reads hundreds at once.
     */
    default java.util.List<Prepared> prepareAll(java.util.List<EventLog.Event> events) {
        return events.stream().map(this::prepare).toList();
    }

    interface Prepared {
        /** The event's data for this viewer, or empty when this viewer does not get the event. */
        Optional<String> forViewer(Viewer viewer);

        /** No viewer gets the event (what it was about is gone). */
        static Prepared nobody() {
            return viewer -> Optional.empty();
        }

        /** Everyone gets the same data. */
        static Prepared everyone(String data) {
            return viewer -> Optional.of(data);
        }

        /** Staff get one rendering, everyone else the other (either may be empty). */
        static Prepared staffOrOthers(Optional<String> forStaff, Optional<String> forOthers) {
            return viewer -> viewer.isStaff() ? forStaff : forOthers;
        }
    }
}
