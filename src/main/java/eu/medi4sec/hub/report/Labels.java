package eu.medi4sec.hub.report;

import java.util.Locale;
import java.util.Map;

/** The words the report prints for the API's codes, the same as the SPA's (frontend/src/lib/labels.js). */
final class Labels {

    private static final Map<String, String> SECTORS = Map.of(
            "POLICE", "Police",
            "PUBLIC_SECURITY_PLANNER", "Public-security planner",
            "POLICYMAKER", "Policymaker",
            "ACADEMIA", "Academia / research",
            "INDUSTRY", "Industry",
            "CIVIL_SOCIETY", "Civil society",
            "CITIZEN", "Citizen",
            "MEDIA", "Media",
            "OTHER", "Other");

    private static final Map<String, String> KINDS = Map.of(
            "INSIGHT", "Insights",
            "GOOD_PRACTICE", "Good practices",
            "CONCERN", "Concerns",
            "QUESTION", "Questions",
            "IDEA", "Ideas",
            "DISCUSSION", "Discussion (rapporteur)");

    private static final Map<String, String> KIND = Map.of(
            "INSIGHT", "Insight",
            "GOOD_PRACTICE", "Good practice",
            "CONCERN", "Concern",
            "QUESTION", "Question",
            "IDEA", "Idea",
            "DISCUSSION", "Discussion (rapporteur)");

    private Labels() {}

    static String sector(Enum<?> sector) {
        return sector == null ? "" : SECTORS.getOrDefault(sector.name(), words(sector.name()));
    }

    /** A kind as a heading: "Good practices". */
    static String kinds(Enum<?> kind) {
        return KINDS.getOrDefault(kind.name(), words(kind.name()));
    }

    static String kind(Enum<?> kind) {
        return KIND.getOrDefault(kind.name(), words(kind.name()));
    }

    /** "BE" → "Belgium"; a code no locale knows stays as it is. */
    static String country(String code) {
        if (code == null || code.isBlank()) {
            return "Not given";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /** "ROLE_AND_RESPONSIBILITY" → "Role and responsibility". */
    static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String text = code.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
