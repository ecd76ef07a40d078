package eu.medi4sec.hub.demo;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.breakout.BreakoutRequests;
import eu.medi4sec.hub.breakout.BreakoutService;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.delegate.DelegateService;
import eu.medi4sec.hub.lesson.LessonRequest;
import eu.medi4sec.hub.lesson.LessonService;
import eu.medi4sec.hub.lesson.LessonStatus;
import eu.medi4sec.hub.note.NoteCaptureService;
import eu.medi4sec.hub.note.NoteModerationService;
import eu.medi4sec.hub.note.NoteRequests;
import eu.medi4sec.hub.pattern.TagService;
import eu.medi4sec.hub.pattern.TagTarget;
import eu.medi4sec.hub.session.SessionRequest;
import eu.medi4sec.hub.session.SessionService;
import eu.medi4sec.hub.session.SessionView;
import eu.medi4sec.hub.workshop.Attribution;
import eu.medi4sec.hub.workshop.WorkshopRequest;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo workshops, played through the real services so that events, counters and the moderation
 * log are what the app itself would have written: a CLOSED workshop from earlier in the year, one LIVE
 * now, one SCHEDULED and full, and three later ones (one scheduled, two drafts), one per theme. The
 * same story on every fresh start; only the dates follow today.
 */
@ApplicationScoped
class DemoWorkshops {

    static final String LIVE_TITLE = "Rumours, riots and the official voice";
    static final String SCHEDULED_TITLE = "Citizen sleuths: working with DIY policing";
    static final String CLOSED_TITLE = "Trolls, threats and public officials";

    /** Fixed breakout seeds, so that the groups are the same on every fresh start. */
    private static final long CLOSED_BREAKOUT_SEED = 1707;

    private static final long LIVE_BREAKOUT_SEED = 4242;

    /** The staff accounts the story's actions are taken as. */
    record Staff(long facilitatorId, long analystId) {}

    private final WorkshopService workshops;
    private final SessionService sessions;
    private final DelegateService delegates;
    private final NoteCaptureService notes;
    private final NoteModerationService moderation;
    private final LessonService lessons;
    private final TagService tags;
    private final BreakoutService breakouts;
    private final DemoTimeline timeline;

    DemoWorkshops(
            WorkshopService workshops,
            SessionService sessions,
            DelegateService delegates,
            NoteCaptureService notes,
            NoteModerationService moderation,
            LessonService lessons,
            TagService tags,
            BreakoutService breakouts,
            DemoTimeline timeline) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.delegates = delegates;
        this.notes = notes;
        this.moderation = moderation;
        this.lessons = lessons;
        this.tags = tags;
        this.breakouts = breakouts;
        this.timeline = timeline;
    }

    /** Seeds every demo workshop in one transaction: all of it, or (on a failure) none of it. */
    @Transactional
    void seed(Staff staff) {
        Instant now = Times.now();
        // the closed workshop first: its breakout groups are the history the live allocation avoids repeating
        seedClosed(staff, now);
        seedLive(staff, now);
        seedScheduled(now);
        seedLater(now);
    }

    // ---- CLOSED, earlier in the year: trolling --------------------------------------------------

    private void seedClosed(Staff staff, Instant now) {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        LocalDate day =
                LocalDate.ofInstant(now, zone).minusWeeks(9).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        WorkshopView workshop = workshops.create(workshop(
                CLOSED_TITLE,
                "trolling",
                "Abuse, threats and pile-ons aimed at officers, officials and the victims they try to help: what reduces the harm, "
                        + "and how to protect the people who run official accounts.",
                at(day, 9, 30, zone),
                at(day, 16, 30, zone),
                zone,
                "Amsterdam, City Conference Centre",
                null,
                30,
                Attribution.CHATHAM_HOUSE,
                false));
        long id = workshop.id();
        List<SessionView> agenda = List.of(
                session(
                        id,
                        DemoNotes.CLOSED.rounds().get(0),
                        at(day, 10, 0, zone),
                        at(day, 11, 15, zone),
                        staff.facilitatorId()),
                session(
                        id,
                        DemoNotes.CLOSED.rounds().get(1),
                        at(day, 11, 30, zone),
                        at(day, 12, 45, zone),
                        staff.facilitatorId()),
                session(
                        id,
                        DemoNotes.CLOSED.rounds().get(2),
                        at(day, 13, 45, zone),
                        at(day, 15, 0, zone),
                        staff.facilitatorId()),
                sessions.create(
                        id,
                        new SessionRequest(
                                "Recommendations and next steps",
                                "Which three things should every force and city take from today?",
                                at(day, 15, 15, zone).toOffsetDateTime(),
                                at(day, 16, 15, zone).toOffsetDateTime(),
                                staff.facilitatorId())));

        Play play = new Play(workshop, DemoPeople.CLOSED, DemoNotes.CLOSED, staff, "closed");
        play.registerAndCheckIn();
        for (int round = 0; round < 3; round++) {
            play.runRound(round, agenda.get(round).id(), true);
        }
        play.moderate();
        breakouts.allocate(id, new BreakoutRequests.Allocate(4, null, CLOSED_BREAKOUT_SEED));
        play.draftLessons();
        play.tag();
        workshops.transition(id, WorkshopStatus.CLOSED);

        timeline.registrations(id, at(day.minusDays(25), 8, 0, zone).toInstant(), Duration.ofHours(11));
        timeline.checkIns(id, at(day, 9, 5, zone).toInstant(), Duration.ofSeconds(70));
        for (int round = 0; round < 3; round++) {
            SessionView session = agenda.get(round);
            Instant opened = session.startsAt().toInstant().plus(Duration.ofMinutes(5));
            Instant closed = session.endsAt().toInstant();
            timeline.round(session.id(), opened, closed);
            timeline.notesBetween(session.id(), opened, closed.minus(Duration.ofMinutes(10)));
        }
        timeline.restOfRecord(
                id,
                at(day.minusWeeks(8), 14, 0, zone).toInstant(),
                at(day, 16, 30, zone).toInstant(),
                at(day, 11, 20, zone).toInstant());
    }

    // ---- LIVE now: riots and mass gatherings ----------------------------------------------------

    private void seedLive(Staff staff, Instant now) {
        ZoneId zone = ZoneId.of("Europe/Brussels");
        ZonedDateTime clock = now.atZone(zone).truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime anchor = clock.withMinute(clock.getMinute() / 5 * 5);
        // the rounds sit around the current time, so the workshop is plausibly under way whenever the demo starts
        ZonedDateTime[][] times = {
            {anchor.minusMinutes(135), anchor.minusMinutes(75)},
            {anchor.minusMinutes(60), anchor.plusMinutes(30)},
            {anchor.minusMinutes(35), anchor.plusMinutes(45)},
            {anchor.plusMinutes(60), anchor.plusMinutes(120)}
        };
        LocalDate today = anchor.toLocalDate();
        ZonedDateTime starts = earliest(at(today, 9, 0, zone), times[0][0].minusMinutes(30));
        ZonedDateTime ends = latest(at(today, 17, 30, zone), times[3][1].plusMinutes(15));
        WorkshopView workshop = workshops.create(workshop(
                LIVE_TITLE,
                "riots-and-mass-gatherings",
                "How police, cities, transport and event planners use social media before, during and after large gatherings: "
                        + "getting the message out early, answering rumours, and checking the video that crowds film.",
                starts,
                ends,
                zone,
                "Brussels, Résidence Palace",
                null,
                40,
                Attribution.CHATHAM_HOUSE,
                false));
        long id = workshop.id();
        List<SessionView> agenda = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            agenda.add(session(
                    id, DemoNotes.LIVE.rounds().get(round), times[round][0], times[round][1], staff.facilitatorId()));
        }
        agenda.add(sessions.create(
                id,
                new SessionRequest(
                        "Plenary: what we keep and what we stop",
                        "Which one practice would you take home tomorrow, and which would you stop?",
                        times[3][0].toOffsetDateTime(),
                        times[3][1].toOffsetDateTime(),
                        staff.facilitatorId())));

        Play play = new Play(workshop, DemoPeople.LIVE, DemoNotes.LIVE, staff, "live");
        play.registerAndCheckIn();
        // the first round is over; the plenary on rumours and the breakouts on video are both still taking notes
        play.runRound(0, agenda.get(0).id(), true);
        play.runRound(1, agenda.get(1).id(), false);
        play.runRound(2, agenda.get(2).id(), false);
        play.moderate();
        breakouts.allocate(id, new BreakoutRequests.Allocate(4, null, LIVE_BREAKOUT_SEED));
        play.draftLessons();
        // after the note that pointed at an officer's home, the organiser switched on pre-moderation
        WorkshopView current = workshops.get(id);
        workshops.update(
                id,
                new WorkshopRequest(
                        current.title(),
                        current.theme(),
                        current.description(),
                        current.startsAt(),
                        current.endsAt(),
                        current.timeZone(),
                        current.venue(),
                        current.onlineUrl(),
                        current.capacity(),
                        current.attribution(),
                        true,
                        current.retentionDays(),
                        null),
                Optional.empty());
        play.runLateNotes(1, agenda.get(1).id());
        play.runLateNotes(2, agenda.get(2).id());
        play.tag();

        timeline.registrations(id, now.minus(Duration.ofDays(20)), Duration.ofHours(9));
        timeline.checkIns(id, starts.toInstant().minus(Duration.ofMinutes(20)), Duration.ofSeconds(50));
        Instant lastNote = now.minus(Duration.ofMinutes(1));
        Instant[] opened = new Instant[3];
        for (int round = 0; round < 3; round++) {
            opened[round] = times[round][0].toInstant().plus(Duration.ofMinutes(round == 0 ? 5 : 2));
        }
        timeline.round(agenda.get(0).id(), opened[0], times[0][1].toInstant());
        timeline.notesBetween(
                agenda.get(0).id(), opened[0], times[0][1].toInstant().minus(Duration.ofMinutes(5)));
        for (int round = 1; round < 3; round++) {
            timeline.round(agenda.get(round).id(), opened[round], null);
            timeline.notesBetween(agenda.get(round).id(), opened[round], lastNote);
        }
    }

    // ---- SCHEDULED, in three weeks: DIY policing, full with a waitlist -------------------------

    private void seedScheduled(Instant now) {
        ZoneId zone = ZoneId.of("Europe/London");
        LocalDate day =
                LocalDate.ofInstant(now, zone).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        WorkshopView created = workshops.create(workshop(
                SCHEDULED_TITLE,
                "diy-policing",
                "When citizens investigate online, patrol their streets through Facebook and WhatsApp groups or share suspects' "
                        + "pictures: what helps an inquiry, what harms it, and how police can work with that energy.",
                at(day, 9, 30, zone),
                at(day, 17, 0, zone),
                zone,
                "Warwick, University Conference Park",
                null,
                DemoPeople.SCHEDULED_CAPACITY,
                Attribution.CHATHAM_HOUSE,
                false));
        WorkshopView workshop = workshops.transition(created.id(), WorkshopStatus.SCHEDULED);
        long id = workshop.id();
        agendaItem(
                id,
                "Citizen investigators online",
                "When did a citizen investigation help an inquiry, and when did it harm one?",
                at(day, 10, 0, zone),
                at(day, 11, 15, zone));
        agendaItem(
                id,
                "Patrol groups on Facebook and WhatsApp",
                "How should police talk to citizen patrol groups that organise online?",
                at(day, 11, 30, zone),
                at(day, 12, 45, zone));
        agendaItem(
                id,
                "Appeals, suspects and wrong accusations",
                "How do we ask the public for help without exposing innocent people?",
                at(day, 14, 0, zone),
                at(day, 15, 30, zone));
        agendaItem(
                id,
                "What we will try next",
                "One thing each of us will try, and whom we need to try it with.",
                at(day, 15, 45, zone),
                at(day, 16, 45, zone));

        Long cancels = null;
        for (DemoPeople.Person person : DemoPeople.SCHEDULED) {
            long delegateId =
                    delegates.register(person.registration(workshop.joinCode())).delegateId();
            if (person.handle().equals(DemoPeople.SCHEDULED_CANCELS)) {
                cancels = delegateId;
            }
        }
        for (DemoPeople.Person person : DemoPeople.SCHEDULED_INVITED) {
            delegates.invite(id, person.invitation());
        }
        // a cancellation frees a seat, which goes to the first on the waitlist
        delegates.cancel(id, cancels);
        timeline.registrations(id, now.minus(Duration.ofDays(12)), Duration.ofHours(13));
    }

    // ---- later in the year: one scheduled, two still drafts ------------------------------------

    private void seedLater(Instant now) {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        LocalDate everyday =
                LocalDate.ofInstant(now, madrid).plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        WorkshopView neighbourhoods = workshops.create(workshop(
                "Neighbourhood channels and the fear of crime",
                "everyday-security",
                "Neighbourhood police accounts, community WhatsApp groups and local Facebook pages: when do they make people feel "
                        + "safer, and when do they spread fear?",
                at(everyday, 9, 30, madrid),
                at(everyday, 16, 30, madrid),
                madrid,
                "Barcelona, Casa de la Convalescència",
                "https://meet.example.org/everyday-security",
                60,
                Attribution.CHATHAM_HOUSE,
                false));
        workshops.transition(neighbourhoods.id(), WorkshopStatus.SCHEDULED);

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate dark =
                LocalDate.ofInstant(now, berlin).plusWeeks(11).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        workshops.create(workshop(
                "Dark web markets: what investigators need",
                "dark-web",
                "Skills, tools, undercover identities and the legal footing for investigating hidden marketplaces without "
                        + "harming privacy or due process.",
                at(dark, 10, 0, berlin),
                at(dark, 16, 0, berlin),
                berlin,
                null,
                "https://meet.example.org/dark-web",
                60,
                Attribution.ANONYMOUS,
                false));

        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate market =
                LocalDate.ofInstant(now, paris).plusWeeks(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        workshops.create(workshop(
                "Buying monitoring and verification tools well",
                "innovative-market-solutions",
                "What public authorities should ask before they buy social media monitoring, analytics or verification tools: "
                        + "accuracy, legality, ethics and fit with how agencies really work.",
                at(market, 9, 30, paris),
                at(market, 17, 0, paris),
                paris,
                "Lyon, Hôtel de Région",
                null,
                45,
                Attribution.CHATHAM_HOUSE,
                false));
    }

    // ---- playing a story ------------------------------------------------------------------------

    /** One workshop's story as its delegates and staff lived it, through the services. */
    private final class Play {

        private final long workshopId;
        private final String joinCode;
        private final List<DemoPeople.Person> people;
        private final DemoNotes.Story story;
        private final Viewer facilitator;
        private final long analystId;
        private final String name;
        private final Map<String, Long> delegateIds = new LinkedHashMap<>();
        private final Map<String, Long> noteIds = new HashMap<>();
        private final Map<String, Long> lessonIds = new HashMap<>();
        private int voteRotation;

        Play(WorkshopView workshop, List<DemoPeople.Person> people, DemoNotes.Story story, Staff staff, String name) {
            this.workshopId = workshop.id();
            this.joinCode = workshop.joinCode();
            this.people = people;
            this.story = story;
            this.facilitator = Viewer.staff(staff.facilitatorId());
            this.analystId = staff.analystId();
            this.name = name;
        }

        /** Everyone registers while the workshop is SCHEDULED; it goes LIVE and they all check in. */
        void registerAndCheckIn() {
            workshops.transition(workshopId, WorkshopStatus.SCHEDULED);
            for (DemoPeople.Person person : people) {
                delegateIds.put(
                        person.handle(),
                        delegates.register(person.registration(joinCode)).delegateId());
            }
            workshops.transition(workshopId, WorkshopStatus.LIVE);
            delegateIds.values().forEach(delegateId -> delegates.checkIn(workshopId, delegateId));
        }

        void runRound(int round, long sessionId, boolean closeAfter) {
            sessions.setRound(workshopId, sessionId, true);
            List<DemoNotes.NoteSpec> specs = story.rounds().get(round).notes();
            specs.forEach(spec -> submit(sessionId, spec));
            specs.forEach(this::vote);
            if (closeAfter) {
                sessions.setRound(workshopId, sessionId, false);
            }
        }

        /** Notes sent after pre-moderation was switched on: they wait for a facilitator. */
        void runLateNotes(int round, long sessionId) {
            story.rounds().get(round).late().forEach(spec -> submit(sessionId, spec));
        }

        void moderate() {
            if (story.pinned() != null) {
                moderation.pin(noteIds.get(story.pinned()), true, facilitator);
            }
            if (story.hidden() != null) {
                moderation.hide(
                        noteIds.get(story.hidden().note()), story.hidden().reason(), facilitator);
            }
            if (story.merge() != null) {
                moderation.merge(
                        noteIds.get(story.merge().note()),
                        noteIds.get(story.merge().into()),
                        facilitator);
            }
        }

        void draftLessons() {
            int rotation = 0;
            for (DemoNotes.LessonSpec spec : story.lessons()) {
                long lessonId = lessons.create(
                                workshopId,
                                new LessonRequest(
                                        spec.title(),
                                        spec.statement(),
                                        spec.type(),
                                        spec.notes().stream().map(noteIds::get).toList(),
                                        null),
                                facilitator)
                        .id();
                lessonIds.put(spec.key(), lessonId);
                for (LessonStatus status : List.of(LessonStatus.VALIDATED, LessonStatus.PUBLISHED)) {
                    if (spec.status().compareTo(status) >= 0) {
                        lessons.transition(lessonId, status, facilitator);
                    }
                }
                rotation += 5;
                for (long delegateId : someDelegates(spec.endorsements(), rotation, null)) {
                    lessons.endorse(lessonId, Viewer.delegate(delegateId, workshopId), true);
                }
            }
        }

        void tag() {
            for (DemoNotes.TagSpec spec : story.tags()) {
                var request = new TagService.TagRequest(spec.pattern(), spec.stance(), spec.rationale());
                if (noteIds.containsKey(spec.target())) {
                    tags.tag(TagTarget.NOTE, noteIds.get(spec.target()), request, analystId);
                } else {
                    tags.tag(TagTarget.LESSON, lessonIds.get(spec.target()), request, analystId);
                }
            }
        }

        private void submit(long sessionId, DemoNotes.NoteSpec spec) {
            Viewer author = spec.author().equals(DemoNotes.FACILITATOR)
                    ? facilitator
                    : Viewer.delegate(delegateIds.get(spec.author()), workshopId);
            UUID key = UUID.nameUUIDFromBytes(("demo:" + name + ":" + spec.key()).getBytes(StandardCharsets.UTF_8));
            long noteId = notes.submit(
                            workshopId,
                            new NoteRequests.NewNote(spec.text(), spec.kind(), sessionId, null),
                            key,
                            author.callerKey(),
                            author)
                    .noteId();
            noteIds.put(spec.key(), noteId);
        }

        private void vote(DemoNotes.NoteSpec spec) {
            voteRotation += 7;
            for (long delegateId : someDelegates(spec.votes(), voteRotation, delegateIds.get(spec.author()))) {
                notes.vote(noteIds.get(spec.key()), Viewer.delegate(delegateId, workshopId), true);
            }
        }

        /** {@code count} delegates, taken in turn from a rotating start, leaving out {@code except}. */
        private List<Long> someDelegates(int count, int rotation, Long except) {
            List<Long> all = List.copyOf(delegateIds.values());
            List<Long> chosen = new ArrayList<>();
            for (int i = 0; i < all.size() && chosen.size() < count; i++) {
                long candidate = all.get((rotation + i) % all.size());
                if (except == null || candidate != except) {
                    chosen.add(candidate);
                }
            }
            return chosen;
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private SessionView session(
            long workshopId, DemoNotes.Round round, ZonedDateTime starts, ZonedDateTime ends, long facilitatorId) {
        return sessions.create(
                workshopId,
                new SessionRequest(
                        round.title(),
                        round.prompt(),
                        starts.toOffsetDateTime(),
                        ends.toOffsetDateTime(),
                        facilitatorId));
    }

    private void agendaItem(long workshopId, String title, String prompt, ZonedDateTime starts, ZonedDateTime ends) {
        sessions.create(
                workshopId,
                new SessionRequest(title, prompt, starts.toOffsetDateTime(), ends.toOffsetDateTime(), null));
    }

    private static WorkshopRequest workshop(
            String title,
            String theme,
            String description,
            ZonedDateTime starts,
            ZonedDateTime ends,
            ZoneId zone,
            String venue,
            String onlineUrl,
            int capacity,
            Attribution attribution,
            boolean preModeration) {
        return new WorkshopRequest(
                title,
                theme,
                description,
                starts.toOffsetDateTime(),
                ends.toOffsetDateTime(),
                zone.getId(),
                venue,
                onlineUrl,
                capacity,
                attribution,
                preModeration,
                null,
                null);
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute, ZoneId zone) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), zone);
    }

    private static ZonedDateTime earliest(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static ZonedDateTime latest(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
