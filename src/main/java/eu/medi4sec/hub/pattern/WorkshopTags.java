package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Every tag made in one workshop (on its notes and its lessons), oldest first: what exports carry. */
@ApplicationScoped
public class WorkshopTags {

    private final TagService tags;

    WorkshopTags(TagService tags) {
        this.tags = tags;
    }

    public List<TagService.TagView> of(long workshopId) {
        return PatternTag.<PatternTag>list("workshopId = ?1 order by taggedAt, id", workshopId).stream()
                .map(tags::view)
                .toList();
    }
}
