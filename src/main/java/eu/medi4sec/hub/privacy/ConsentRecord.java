package eu.medi4sec.hub.privacy;

import eu.medi4sec.hub.workshop.Attribution;
import java.time.Instant;

/** A delegate accepted this version of the notice, with their workshop's attribution rule, at this time. */
public record ConsentRecord(int noticeVersion, Attribution attribution, Instant acceptedAt) {}
