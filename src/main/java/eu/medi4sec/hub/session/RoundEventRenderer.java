package eu.medi4sec.hub.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.live.EventRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** round.opened and round.closed carry the session as the agenda API shows it (everyone may see it). */
@ApplicationScoped
public class RoundEventRenderer implements EventRenderer {

    private final SessionService sessions;
    private final ObjectMapper json;

    RoundEventRenderer(SessionService sessions, ObjectMapper json) {
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
            String data = json.writeValueAsString(sessions.get(event.workshopId(), event.sessionId()));
            return viewer -> Optional.of(data);
        } catch (JsonProcessingException | RuntimeException e) {
            return viewer -> Optional.empty();
        }
    }
}
