package eu.medi4sec.hub.demo;

import eu.medi4sec.hub.pattern.Stance;
import eu.medi4sec.hub.pattern.TagService;
import eu.medi4sec.hub.pattern.TagTarget;
import eu.medi4sec.hub.publication.PublicationKind;
import eu.medi4sec.hub.publication.PublicationRequest;
import eu.medi4sec.hub.publication.PublicationService;
import eu.medi4sec.hub.publication.PublicationStatus;
import eu.medi4sec.hub.technology.TechnologyService;
import eu.medi4sec.hub.technology.TechnologyView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the workshops have produced, for the demo: notes tagged to the technologies their patterns relate
 * to (so the catalogue has evidence), and two publications through review to PUBLISHED (so the public
 * pages have something to show). Runs after the workshops, through the real services.
 */
@ApplicationScoped
class DemoOutputs {

    static final String REPORT_TITLE = "Social media in public security: what works";
    static final String CARDS_TITLE = "Pattern cards for discussion";

    private final WorkshopService workshops;
    private final TagService tags;
    private final TechnologyService technologies;
    private final PublicationService publications;

    DemoOutputs(
            WorkshopService workshops,
            TagService tags,
            TechnologyService technologies,
            PublicationService publications) {
        this.workshops = workshops;
        this.tags = tags;
        this.technologies = technologies;
        this.publications = publications;
    }

    void seed(long analystId) {
        tagTechnologies(analystId);
        publish(
                new PublicationRequest(
                        REPORT_TITLE,
                        PublicationKind.BEST_PRACTICE_REPORT,
                        List.of(),
                        List.of(),
                        "Best practices, lessons learned and roles that police, planners, researchers and civil"
                                + " society agreed on in the MEDI@4SEC workshops, each with the evidence behind it.",
                        null),
                analystId);
        publish(
                new PublicationRequest(
                        CARDS_TITLE,
                        PublicationKind.PATTERN_CARDS,
                        List.of(),
                        List.of(),
                        "One card per pattern of the Pattern Language, to start a discussion between stakeholders.",
                        null),
                analystId);
    }

    /** Each note tagged to a pattern is tagged, with the same stance, to the first technology related to it. */
    private void tagTechnologies(long analystId) {
        List<TechnologyView> catalogue = technologies.all();
        for (WorkshopView workshop : workshops
                .list(new WorkshopService.Filter(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 200))
                .workshops()) {
            Set<Long> tagged = new HashSet<>();
            for (TagService.TagView tag : tags.inWorkshop(workshop.id())) {
                if (tag.pattern() == null || !"NOTE".equals(tag.targetType()) || !tagged.add(tag.targetId())) {
                    continue;
                }
                catalogue.stream()
                        .filter(t -> t.patterns().contains(tag.pattern().slug()))
                        .findFirst()
                        .ifPresent(technology -> tags.tag(
                                TagTarget.NOTE,
                                tag.targetId(),
                                new TagService.TagRequest(
                                        null,
                                        technology.slug(),
                                        tag.stance() == null ? Stance.SUPPORTS : tag.stance(),
                                        "The note describes this kind of technology in use."),
                                analystId));
            }
        }
    }

    private void publish(PublicationRequest request, long analystId) {
        long id = publications.create(request, analystId).id();
        publications.transition(id, PublicationStatus.IN_REVIEW, analystId);
        publications.transition(id, PublicationStatus.PUBLISHED, analystId);
    }
}
