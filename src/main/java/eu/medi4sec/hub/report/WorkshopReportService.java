package eu.medi4sec.hub.report;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.breakout.AllocationView;
import eu.medi4sec.hub.breakout.BreakoutService;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.delegate.DelegateService;
import eu.medi4sec.hub.delegate.DelegateView;
import eu.medi4sec.hub.delegate.Sector;
import eu.medi4sec.hub.lesson.LessonService;
import eu.medi4sec.hub.lesson.LessonStatus;
import eu.medi4sec.hub.lesson.LessonView;
import eu.medi4sec.hub.note.NoteKind;
import eu.medi4sec.hub.note.NoteService;
import eu.medi4sec.hub.note.NoteStatus;
import eu.medi4sec.hub.note.OutputNote;
import eu.medi4sec.hub.output.Quotes;
import eu.medi4sec.hub.output.Redactor;
import eu.medi4sec.hub.pattern.Stance;
import eu.medi4sec.hub.pattern.WorkshopTags;
import eu.medi4sec.hub.report.WorkshopReport.Attendance;
import eu.medi4sec.hub.report.WorkshopReport.CountRow;
import eu.medi4sec.hub.report.WorkshopReport.KindGroup;
import eu.medi4sec.hub.report.WorkshopReport.LessonPart;
import eu.medi4sec.hub.report.WorkshopReport.MixRow;
import eu.medi4sec.hub.report.WorkshopReport.Mixing;
import eu.medi4sec.hub.report.WorkshopReport.NoteLine;
import eu.medi4sec.hub.report.WorkshopReport.Reference;
import eu.medi4sec.hub.report.WorkshopReport.SessionPart;
import eu.medi4sec.hub.report.WorkshopReport.Touched;
import eu.medi4sec.hub.session.SessionService;
import eu.medi4sec.hub.session.SessionView;
import eu.medi4sec.hub.theme.ThemeService;
import eu.medi4sec.hub.workshop.Attribution;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Builds a workshop's report once, in one read-only transaction, from what the other features answer:
 * the workshop, its delegates, agenda, notes (as outputs), lessons, pattern tags and breakout groups.
 * Every rule of what a report may print is applied here, so the three formats print the same thing:
 *
 * <ul>
 *   <li>notes: only visible ones; a merged note is not printed (the note it was merged into carries its
 *       votes); a note labelled anything but NONE is left out and counted as withheld; the text is the
 *       publication text where there is one, redacted ({@link Quotes#redactorFor});
 *   <li>authors: the sector under CHATHAM_HOUSE <em>and under ATTRIBUTED</em> (quotes are redacted, and a
 *       name beside a redacted quote would undo it), "Rapporteur" for staff, nothing under ANONYMOUS;
 *   <li>counts of people: under three, "fewer than 3" ({@link SmallCounts}).
 * </ul>
 */
@ApplicationScoped
class WorkshopReportService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final int MAX_MERGE_DEPTH = 20;

    private final WorkshopService workshops;
    private final ThemeService themes;
    private final DelegateService delegates;
    private final SessionService sessions;
    private final NoteService notes;
    private final LessonService lessons;
    private final WorkshopTags tags;
    private final BreakoutService breakouts;
    private final Quotes quotes;
    private final EntityManager em;
    private final Clock clock;

    WorkshopReportService(
            WorkshopService workshops,
            ThemeService themes,
            DelegateService delegates,
            SessionService sessions,
            NoteService notes,
            LessonService lessons,
            WorkshopTags tags,
            BreakoutService breakouts,
            Quotes quotes,
            EntityManager em,
            Clock clock) {
        this.workshops = workshops;
        this.themes = themes;
        this.delegates = delegates;
        this.sessions = sessions;
        this.notes = notes;
        this.lessons = lessons;
        this.tags = tags;
        this.breakouts = breakouts;
        this.quotes = quotes;
        this.em = em;
        this.clock = clock;
    }

    /** The report of one workshop (404 for an unknown one), as the viewer (staff) may read it. */
    @Transactional
    WorkshopReport build(long workshopId, Viewer viewer) {
        // Nothing here writes: without snapshots of thousands of notes, the commit has nothing to compare.
        em.unwrap(Session.class).setDefaultReadOnly(true);
        WorkshopView workshop = workshops.get(workshopId);
        ZoneId zone = ZoneId.of(workshop.timeZone());
        Redactor redactor = quotes.redactorFor(workshopId);
        Map<Long, OutputNote> notesById = notes.forOutput(workshopId).stream()
                .collect(Collectors.toMap(OutputNote::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, Quotes.Quote> quoted = new LinkedHashMap<>();
        for (OutputNote note : notesById.values()) {
            if (note.publishable()) {
                quoted.put(note.id(), quotes.quote(note, workshop, redactor));
            }
        }
        List<LessonView> lessonViews = ordered(lessons.list(workshopId, viewer));
        List<SessionView> agenda = sessions.list(workshopId);
        Map<Long, String> sessionTitles =
                agenda.stream().collect(Collectors.toMap(SessionView::id, SessionView::title));

        References references = new References(notesById, quoted, workshop, sessionTitles);
        List<LessonPart> lessonParts = lessonViews.stream()
                .map(l -> new LessonPart(
                        redactor.redact(l.title()),
                        redactor.redact(l.statement()),
                        Labels.words(l.type().name()),
                        Labels.words(l.status().name()),
                        references.cite(l.noteIds())))
                .toList();
        long withheld = notesById.values().stream()
                .filter(WorkshopReportService::withheld)
                .count();

        return new WorkshopReport(
                workshop.title(),
                workshop.title() + " report",
                themes.nameOf(workshop.theme()),
                Times.readableSpan(workshop.startsAt(), workshop.endsAt(), workshop.timeZone()),
                workshop.timeZone() + " (UTC" + offset(workshop.startsAt().getOffset()) + ")",
                place(workshop),
                attribution(workshop.attribution()),
                authorRule(workshop.attribution()),
                Labels.words(workshop.status().name()),
                GENERATED.format(clock.instant().atZone(zone)) + " (" + zone.getId() + ")",
                attendance(delegates.list(workshopId, Optional.empty(), Optional.empty())),
                sessionParts(workshop, agenda, notesById.values(), quoted),
                withheldText(withheld),
                lessonParts,
                references.list(),
                touched(tags.patterns(workshopId), notesById, lessonViews),
                touched(tags.technologies(workshopId), notesById, lessonViews),
                mixing(workshopId));
    }

    // ---- attendance ------------------------------------------------------------------------------------

    /** Registered (holding a seat) and checked in (at the desk), by sector and by country. */
    static Attendance attendance(List<DelegateView> people) {
        List<DelegateView> registered = people.stream()
                .filter(d -> "REGISTERED".equals(String.valueOf(d.status())))
                .toList();
        long checkedIn =
                registered.stream().filter(d -> d.checkedInAt() != null).count();
        Map<Sector, List<DelegateView>> bySector = new EnumMap<>(Sector.class);
        registered.forEach(d ->
                bySector.computeIfAbsent(d.sector(), s -> new ArrayList<>()).add(d));
        Map<String, List<DelegateView>> byCountry = new TreeMap<>();
        registered.forEach(d -> byCountry
                .computeIfAbsent(Labels.country(d.country()), c -> new ArrayList<>())
                .add(d));
        List<CountRow> sectorRows = rows(bySector.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> Labels.sector(e.getKey()), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
        List<CountRow> countryRows = rows(byCountry);
        boolean withheldAny = false;
        for (List<CountRow> rows : List.of(sectorRows, countryRows)) {
            withheldAny |= rows.stream()
                    .anyMatch(r ->
                            SmallCounts.WITHHELD.equals(r.registered()) || SmallCounts.WITHHELD.equals(r.checkedIn()));
        }
        return new Attendance(
                !registered.isEmpty(),
                SmallCounts.shown(registered.size()),
                SmallCounts.shown(checkedIn),
                sectorRows,
                countryRows,
                withheldAny);
    }

    private static List<CountRow> rows(Map<String, List<DelegateView>> groups) {
        List<String> labels = new ArrayList<>(groups.keySet());
        List<String> registered = SmallCounts.column(
                groups.values().stream().map(g -> (long) g.size()).toList());
        List<String> checkedIn = SmallCounts.column(groups.values().stream()
                .map(g -> g.stream().filter(d -> d.checkedInAt() != null).count())
                .toList());
        List<CountRow> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new CountRow(labels.get(i), registered.get(i), checkedIn.get(i)));
        }
        return rows;
    }

    // ---- the agenda and its notes ----------------------------------------------------------------------

    private static List<SessionPart> sessionParts(
            WorkshopView workshop,
            List<SessionView> agenda,
            java.util.Collection<OutputNote> all,
            Map<Long, Quotes.Quote> quoted) {
        Map<Long, List<OutputNote>> bySession =
                all.stream().filter(OutputNote::visible).collect(Collectors.groupingBy(OutputNote::sessionId));
        boolean oneDay = workshop.startsAt()
                .atZoneSameInstant(ZoneId.of(workshop.timeZone()))
                .toLocalDate()
                .equals(workshop.endsAt()
                        .atZoneSameInstant(ZoneId.of(workshop.timeZone()))
                        .toLocalDate());
        List<SessionPart> parts = new ArrayList<>();
        for (SessionView session : agenda) {
            List<OutputNote> visible = bySession.getOrDefault(session.id(), List.of());
            Map<NoteKind, List<NoteLine>> byKind = new EnumMap<>(NoteKind.class);
            visible.stream()
                    .filter(OutputNote::publishable)
                    .sorted(Comparator.comparingInt(OutputNote::votes)
                            .reversed()
                            .thenComparing(OutputNote::createdAt)
                            .thenComparingLong(OutputNote::id))
                    .forEach(note -> byKind.computeIfAbsent(note.kind(), k -> new ArrayList<>())
                            .add(line(note, quoted.get(note.id()), workshop.attribution())));
            List<KindGroup> kinds = byKind.entrySet().stream()
                    .map(e -> new KindGroup(Labels.kinds(e.getKey()), e.getValue()))
                    .toList();
            parts.add(new SessionPart(
                    session.title(),
                    span(session.startsAt(), session.endsAt(), workshop.timeZone(), oneDay),
                    session.prompt() == null || session.prompt().isBlank() ? null : session.prompt(),
                    kinds,
                    withheldText(visible.stream()
                            .filter(WorkshopReportService::withheld)
                            .count())));
        }
        return parts;
    }

    private static NoteLine line(OutputNote note, Quotes.Quote quote, Attribution attribution) {
        return new NoteLine(quote.text(), votes(note.votes()), author(note, quote, attribution));
    }

    /** The author as a report may name them: a sector at most (see the class comment). */
    static String author(OutputNote note, Quotes.Quote quote, Attribution attribution) {
        if (attribution == Attribution.ANONYMOUS) {
            return null;
        }
        if (note.staffAuthor()) {
            return "Rapporteur";
        }
        return quote.sector() == null ? null : Labels.sector(quote.sector());
    }

    /** A visible note kept out of the report by its sensitivity label. */
    private static boolean withheld(OutputNote note) {
        return note.visible() && !note.sensitivity().publishable();
    }

    static String withheldText(long count) {
        if (count == 0) {
            return null;
        }
        return count + (count == 1 ? " note" : " notes") + " withheld (sensitivity)";
    }

    private static String votes(int votes) {
        return votes == 1 ? "1 vote" : votes + " votes";
    }

    // ---- lessons and their references ------------------------------------------------------------------

    /** Published first, then validated, emerging and rejected; oldest first within each. */
    private static List<LessonView> ordered(List<LessonView> lessons) {
        List<LessonStatus> order =
                List.of(LessonStatus.PUBLISHED, LessonStatus.VALIDATED, LessonStatus.EMERGING, LessonStatus.REJECTED);
        return lessons.stream()
                .sorted(Comparator.comparingInt(l -> order.indexOf(l.status())))
                .toList();
    }

    /** The numbered list of supporting notes, each numbered once, in the order lessons cite them. */
    private static final class References {

        private final Map<Long, OutputNote> notes;
        private final Map<Long, Quotes.Quote> quoted;
        private final WorkshopView workshop;
        private final Map<Long, String> sessionTitles;
        private final Map<Long, Reference> byNote = new LinkedHashMap<>();

        References(
                Map<Long, OutputNote> notes,
                Map<Long, Quotes.Quote> quoted,
                WorkshopView workshop,
                Map<Long, String> sessionTitles) {
            this.notes = notes;
            this.quoted = quoted;
            this.workshop = workshop;
            this.sessionTitles = sessionTitles;
        }

        /** "[1], [4]" for these supporting notes (a merged one counts as the note it was merged into). */
        String cite(List<Long> noteIds) {
            List<Integer> numbers = new ArrayList<>();
            for (Long id : noteIds) {
                OutputNote note = survivor(notes.get(id));
                if (note == null) {
                    continue;
                }
                int number = byNote.computeIfAbsent(note.id(), k -> reference(byNote.size() + 1, note))
                        .number();
                if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            }
            if (numbers.isEmpty()) {
                return null;
            }
            return numbers.stream().sorted().map(n -> "[" + n + "]").collect(Collectors.joining(", "));
        }

        List<Reference> list() {
            return List.copyOf(byNote.values());
        }

        private OutputNote survivor(OutputNote note) {
            OutputNote current = note;
            for (int i = 0; current != null && current.status() == NoteStatus.MERGED && i < MAX_MERGE_DEPTH; i++) {
                current = current.mergedInto() == null ? null : notes.get(current.mergedInto());
            }
            return current;
        }

        private Reference reference(int number, OutputNote note) {
            Quotes.Quote quote = quoted.get(note.id());
            if (quote == null) {
                return new Reference(number, "withheld (" + whyWithheld(note) + ")", null, true);
            }
            List<String> source = new ArrayList<>();
            source.add(Labels.kind(note.kind()));
            Optional.ofNullable(sessionTitles.get(note.sessionId())).ifPresent(t -> source.add("“" + t + "”"));
            Optional.ofNullable(author(note, quote, workshop.attribution())).ifPresent(source::add);
            source.add(votes(note.votes()));
            return new Reference(number, quote.text(), String.join(" · ", source), false);
        }

        private static String whyWithheld(OutputNote note) {
            return switch (note.status()) {
                case VISIBLE -> "sensitivity";
                case HIDDEN -> "hidden by a moderator";
                case WITHDRAWN -> "withdrawn by its author";
                case PENDING -> "awaiting approval";
                case MERGED -> "merged";
            };
        }
    }

    // ---- patterns, technologies, breakout groups ---------------------------------------------------------

    /**
     * The patterns (or technologies) tagged from the notes the report prints and from lessons that are not
     * rejected, with their stances; tags on hidden, merged or withheld notes are not counted.
     */
    private static List<Touched> touched(
            List<WorkshopTags.Tagged> tagged, Map<Long, OutputNote> notesById, List<LessonView> lessonViews) {
        Set<Long> lessonIds = lessonViews.stream()
                .filter(l -> l.status() != LessonStatus.REJECTED)
                .map(LessonView::id)
                .collect(Collectors.toSet());
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (WorkshopTags.Tagged tag : tagged) {
            boolean counted = tag.noteId() != null
                    ? notesById.containsKey(tag.noteId())
                            && notesById.get(tag.noteId()).publishable()
                    : lessonIds.contains(tag.lessonId());
            if (counted) {
                names.put(tag.slug(), tag.name());
                counts.computeIfAbsent(tag.slug(), s -> new long[2])[tag.stance() == Stance.SUPPORTS ? 0 : 1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Touched(names.get(e.getKey()), e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** The current breakout groups' score against the mean of random splits (BreakoutService's own). */
    private Mixing mixing(long workshopId) {
        Optional<AllocationView> current = breakouts.current(workshopId);
        if (current.isEmpty()) {
            return null;
        }
        AllocationView allocation = current.get();
        AllocationView.ScoreView score = allocation.score();
        long people = allocation.groups().stream()
                .mapToLong(g -> g.delegates().size())
                .sum();
        return new Mixing(
                Long.toString(allocation.groups().size()),
                SmallCounts.shown(people),
                List.of(
                        new MixRow(
                                "Sector coverage (distinct sectors per group, of the most it could hold)",
                                percent(score.sectorCoverage()),
                                percent(score.random().sectorCoverage())),
                        new MixRow(
                                "Same-organisation pairs",
                                Long.toString(score.sameOrganisationPairs()),
                                Long.toString(score.random().sameOrganisationPairs())),
                        new MixRow(
                                "Repeated pairs (met in a group at another workshop)",
                                Long.toString(score.repeatedPairs()),
                                Long.toString(score.random().repeatedPairs())),
                        new MixRow(
                                "New cross-sector pairs",
                                Long.toString(score.newCrossSectorPairs()),
                                Long.toString(score.random().newCrossSectorPairs()))));
    }

    // ---- the header ----------------------------------------------------------------------------------

    private static String span(OffsetDateTime from, OffsetDateTime to, String zone, boolean oneDay) {
        ZoneId id = ZoneId.of(zone);
        var start = from.atZoneSameInstant(id);
        var end = to.atZoneSameInstant(id);
        return (oneDay ? TIME.format(start) : DAY_AND_TIME.format(start)) + " to "
                + (start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY_AND_TIME.format(end));
    }

    private static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "" : offset.getId();
    }

    private static String place(WorkshopView workshop) {
        boolean venue = workshop.venue() != null && !workshop.venue().isBlank();
        boolean online = workshop.onlineUrl() != null && !workshop.onlineUrl().isBlank();
        if (venue && online) {
            return workshop.venue() + ", and online";
        }
        return venue ? workshop.venue() : "Online";
    }

    private static String attribution(Attribution attribution) {
        return switch (attribution) {
            case ATTRIBUTED -> "Attributed";
            case CHATHAM_HOUSE -> "Chatham House rule";
            case ANONYMOUS -> "Anonymous";
        };
    }

    private static String authorRule(Attribution attribution) {
        return switch (attribution) {
            case CHATHAM_HOUSE -> "Notes are attributed to the author's sector only (Chatham House rule).";
            case ATTRIBUTED ->
                "The workshop allows names, but quotes in reports are redacted: notes are attributed to the"
                        + " author's sector only.";
            case ANONYMOUS -> "Notes are not attributed (anonymous workshop).";
        };
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
