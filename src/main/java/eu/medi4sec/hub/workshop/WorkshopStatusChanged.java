package eu.medi4sec.hub.workshop;

/**
 * Fired (synchronously, inside the transaction that moves it) when a workshop changes status, so that
 * the live feed can tell the delegates' phones and the projector without the workshop knowing them.
 */
public record WorkshopStatusChanged(long workshopId, WorkshopStatus from, WorkshopStatus to) {}
