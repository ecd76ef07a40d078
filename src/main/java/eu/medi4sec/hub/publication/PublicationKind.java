package eu.medi4sec.hub.publication;

/** What a publication is, and so what it is assembled from. */
public enum PublicationKind {
    BEST_PRACTICE_REPORT(
            "Best-practice report",
            "Published best practices, lessons learned and roles and responsibilities, grouped by pattern."),
    STANDARDS_RECOMMENDATIONS(
            "Recommendations for standards", "Published recommendations, grouped by pattern and theme."),
    TRAINING_OPTIONS("Training options", "Published training needs, with the patterns and technologies they concern."),
    ETHICS_AWARENESS(
            "Ethics awareness material",
            "Published ethical issues, with the related patterns' forces and consequences as discussion prompts."),
    TECHNOLOGY_CATALOGUE("Catalogue of social media technologies", "The technology catalogue, with evidence counts."),
    PATTERN_CARDS(
            "Pattern cards",
            "One card per published pattern: problem, solution, evidence by theme and sector, up to three quotes.");

    public final String label;
    public final String explanation;

    PublicationKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }
}
