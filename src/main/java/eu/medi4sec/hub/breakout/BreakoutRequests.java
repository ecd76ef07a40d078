package eu.medi4sec.hub.breakout;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public final class BreakoutRequests {

    private BreakoutRequests() {}

    /** Either the number of groups or the size of each; the seed makes the result reproducible. */
    public record Allocate(
            @Min(value = 1, message = "Ask for at least one group.")
            @Max(value = 1000, message = "Ask for at most 1,000 groups.")
            Integer groups,

            @Min(value = 2, message = "A group has at least two people.")
            @Max(value = 1000, message = "A group has at most 1,000 people.")
            Integer size,

            Long seed) {}

    public record Move(
            @NotNull(message = "Say which group to move the delegate to.")
            @Min(value = 1, message = "Groups are numbered from 1.")
            Integer group) {}
}
