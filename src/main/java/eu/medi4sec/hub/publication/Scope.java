package eu.medi4sec.hub.publication;

import java.util.Set;

/** The themes and workshops a publication draws on; an empty set means all of them. */
record Scope(Set<String> themes, Set<Long> workshops) {

    boolean includesWorkshop(long workshopId, String theme) {
        return (workshops.isEmpty() || workshops.contains(workshopId)) && includesTheme(theme);
    }

    boolean includesTheme(String theme) {
        return themes.isEmpty() || themes.contains(theme);
    }

    boolean includesAnyTheme(java.util.Collection<String> some) {
        return themes.isEmpty() || some.stream().anyMatch(themes::contains);
    }
}
