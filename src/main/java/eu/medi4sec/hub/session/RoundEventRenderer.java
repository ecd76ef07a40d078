package eu.medi4sec.hub.session;

import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.live.EventRenderer;
import jakarta.enterprise.context.ApplicationScoped;

/** round.opened and round.closed carry the session as the agenda API shows it (everyone may see it). */
@ApplicationScoped
class RoundEventRenderer implements EventRenderer {

    private final SessionService sessions;
    private final Json json;

    RoundEventRenderer(SessionService sessions, Json json) {
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    public boolean handles(String type) {
        return type.startsWith("round.");
    }

    @Override
    public Prepared prepare(EventLog.Event event) {
        try {
            String data = json.write(sessions.get(event.workshopId(), event.sessionId()));
            return Prepared.everyone(data);
        } catch (RuntimeException e) {
            return Prepared.nobody();
        }
    }
}
