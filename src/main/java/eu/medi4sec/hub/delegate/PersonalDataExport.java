package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.privacy.ConsentRecords;
import eu.medi4sec.hub.privacy.PersonalDataSection;
import eu.medi4sec.hub.workshop.PublicWorkshopView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Download my data": everything held about one delegate, as JSON. The registration, consents and
 * check-in come from here; every other feature adds its part as a {@link PersonalDataSection}.
 */
@ApplicationScoped
class PersonalDataExport {

    static final String ABOUT = "Everything Workshop Hub holds about you as a delegate of this workshop: your "
            + "registration, the versions of the privacy notice you accepted, your check-in, and what you did during the "
            + "workshop. Other people appear only as ids or numbers.";

    private final DelegateService delegates;
    private final WorkshopService workshops;
    private final ConsentRecords consents;
    private final List<PersonalDataSection> sections;
    private final Clock clock;

    PersonalDataExport(
            DelegateService delegates,
            WorkshopService workshops,
            ConsentRecords consents,
            Instance<PersonalDataSection> sections,
            Clock clock) {
        this.delegates = delegates;
        this.workshops = workshops;
        this.consents = consents;
        this.sections = sections.stream()
                .sorted(Comparator.comparing(PersonalDataSection::name))
                .toList();
        this.clock = clock;
    }

    record CheckIn(Instant checkedInAt) {}

    record Retention(int retentionDays, LocalDate eraseOn) {}

    Map<String, Object> byKey(String key) {
        return of(delegates
                .findByKey(key)
                .filter(d -> !d.isErased())
                .orElseThrow(() -> ProblemException.unauthorized("This personal key is not valid.")));
    }

    Map<String, Object> byToken(long delegateId, long workshopId) {
        return of(delegates.find(workshopId, delegateId));
    }

    private Map<String, Object> of(Delegate delegate) {
        WorkshopView workshop = workshops.get(delegate.workshopId);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", Times.now(clock));
        export.put("about", ABOUT);
        export.put("registration", DelegateView.of(delegate));
        export.put("workshop", PublicWorkshopView.of(workshop));
        export.put("consents", consents.history(delegate.id));
        export.put("checkIn", new CheckIn(delegate.checkedInAt));
        export.put("retention", new Retention(workshop.retentionDays(), workshop.eraseOn()));
        for (PersonalDataSection section : sections) {
            export.putIfAbsent(section.name(), section.collect(delegate.id));
        }
        return export;
    }

    /** The file name the download is saved as. */
    static String fileName(long workshopId) {
        return "my-data-workshop-" + workshopId + ".json";
    }
}
