package eu.medi4sec.hub.lesson;

public enum LessonType {
    BEST_PRACTICE,
    LESSON_LEARNED,
    CHALLENGE,
    RECOMMENDATION,
    ROLE_AND_RESPONSIBILITY,
    ETHICAL_ISSUE,
    TRAINING_NEED
}
