package eu.medi4sec.hub.publication;

import eu.medi4sec.hub.delegate.Sector;
import eu.medi4sec.hub.lesson.LessonType;

/** The words a publication prints for codes (the SPA's lib/labels.js says the same). */
final class Labels {

    static final String NOT_DISCLOSED = "Not disclosed";

    private Labels() {}

    /** "MONITORING_AND_ANALYTICS" → "Monitoring and analytics". */
    static String words(String code) {
        String text = code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String lessonType(LessonType type) {
        return switch (type) {
            case BEST_PRACTICE -> "Best practice";
            case LESSON_LEARNED -> "Lesson learned";
            case CHALLENGE -> "Challenge";
            case RECOMMENDATION -> "Recommendation";
            case ROLE_AND_RESPONSIBILITY -> "Role and responsibility";
            case ETHICAL_ISSUE -> "Ethical issue";
            case TRAINING_NEED -> "Training need";
        };
    }

    /** A heading over several lessons of one type. */
    static String lessonTypes(LessonType type) {
        return switch (type) {
            case BEST_PRACTICE -> "Best practices";
            case LESSON_LEARNED -> "Lessons learned";
            case CHALLENGE -> "Challenges";
            case RECOMMENDATION -> "Recommendations";
            case ROLE_AND_RESPONSIBILITY -> "Roles and responsibilities";
            case ETHICAL_ISSUE -> "Ethical issues";
            case TRAINING_NEED -> "Training needs";
        };
    }

    /** The author's sector; null (staff, or an ANONYMOUS workshop) stays undisclosed. */
    static String sector(Sector sector) {
        if (sector == null) {
            return null;
        }
        return switch (sector) {
            case POLICE -> "Police";
            case PUBLIC_SECURITY_PLANNER -> "Public-security planner";
            case POLICYMAKER -> "Policymaker";
            case ACADEMIA -> "Academia / research";
            case INDUSTRY -> "Industry";
            case CIVIL_SOCIETY -> "Civil society";
            case CITIZEN -> "Citizen";
            case MEDIA -> "Media";
            case OTHER -> "Other";
        };
    }
}
