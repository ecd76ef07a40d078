package eu.medi4sec.hub.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the REFI-QDA exchange files (REFI-QDA 1.5, the QDA-XML 1.0 schemas): a codebook ({@code .qdc},
 * namespace {@code urn:QDA-XML:codebook:1.0}) and a project ({@code .qdpx}: a ZIP holding
 * {@code project.qde}, namespace {@code urn:QDA-XML:project:1.0}, and the plain-text sources under
 * {@code sources/}). In a project each note, and each lesson, is a text source; each tag is a coding on a
 * selection of the whole text (positions counted in Unicode code points, as the standard counts them),
 * with a memo that says the tag's stance and rationale.
 */
final class RefiQda {

    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String ORIGIN = "Workshop Hub";
    static final String PROJECT_ENTRY = "project.qde";

    private RefiQda() {}

    // ---- codebook --------------------------------------------------------------------------------------

    static byte[] codebook(CodeCatalogue.Catalogue catalogue) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (XmlOut xml = new XmlOut(bytes, "CodeBook", CODEBOOK_NS)) {
            xml.attr("origin", ORIGIN);
            codes(xml, catalogue);
            xml.start("Sets");
            for (CodeCatalogue.CodeSet set : catalogue.sets()) {
                xml.start("Set").attr("guid", set.guid()).attr("name", set.name());
                xml.text("Description", set.description());
                set.memberGuids().forEach(guid -> xml.empty("MemberCode", "guid", guid));
                xml.end();
            }
            xml.end();
        }
        return bytes.toByteArray();
    }

    /** The codes: the same in a codebook and in a project's CodeBook. */
    private static void codes(XmlOut xml, CodeCatalogue.Catalogue catalogue) {
        xml.start("Codes");
        parent(
                xml,
                CodeCatalogue.PATTERNS_GUID,
                "Patterns",
                "The patterns of the MEDI@4SEC Pattern Language.",
                catalogue.patterns(),
                CodeCatalogue.PATTERN_COLOUR);
        parent(
                xml,
                CodeCatalogue.TECHNOLOGIES_GUID,
                "Technologies",
                "The catalogue of social media technologies.",
                catalogue.technologies(),
                CodeCatalogue.TECHNOLOGY_COLOUR);
        xml.end();
    }

    private static void parent(
            XmlOut xml, String guid, String name, String description, List<CodeCatalogue.Code> codes, String colour) {
        xml.start("Code")
                .attr("guid", guid)
                .attr("name", name)
                .attr("isCodable", false)
                .attr("color", colour);
        xml.text("Description", description);
        for (CodeCatalogue.Code code : codes) {
            xml.start("Code")
                    .attr("guid", code.guid())
                    .attr("name", code.name())
                    .attr("isCodable", true)
                    .attr("color", colour);
            xml.text("Description", code.description());
            xml.end();
        }
        xml.end();
    }

    // ---- project ---------------------------------------------------------------------------------------

    /** A text source of the project: a note or a lesson. */
    private record Source(
            String guid,
            String name,
            Long sessionId,
            String description,
            String text,
            Instant createdAt,
            List<WorkshopExport.Tag> tags,
            Map<String, Object> variables) {}

    /** The variables each source may carry, with their REFI-QDA types. */
    private static final Map<String, String> VARIABLES = variables();

    private static Map<String, String> variables() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Type", "Text");
        v.put("Session", "Text");
        v.put("Kind", "Text");
        v.put("Votes", "Integer");
        v.put("Sector", "Text");
        v.put("Status", "Text");
        v.put("Sensitivity", "Text");
        v.put("Author", "Text");
        return v;
    }

    static byte[] project(WorkshopExport export, CodeCatalogue.Catalogue catalogue) {
        List<Source> sources = sources(export);
        Map<String, String> users = users(export);
        Map<String, String> codeGuids = new LinkedHashMap<>();
        catalogue.patterns().forEach(c -> codeGuids.put("pattern:" + c.slug(), c.guid()));
        catalogue.technologies().forEach(c -> codeGuids.put("technology:" + c.slug(), c.guid()));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            long time = export.exportedAt().toEpochMilli();
            ZipEntry qde = new ZipEntry(PROJECT_ENTRY);
            qde.setTime(time);
            zip.putNextEntry(qde);
            writeProject(zip, export, catalogue, sources, users, codeGuids);
            zip.closeEntry();
            for (Source source : sources) {
                ZipEntry entry = new ZipEntry("sources/" + source.guid() + ".txt");
                entry.setTime(time);
                zip.putNextEntry(entry);
                zip.write(source.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeProject(
            OutputStream out,
            WorkshopExport export,
            CodeCatalogue.Catalogue catalogue,
            List<Source> sources,
            Map<String, String> users,
            Map<String, String> codeGuids) {
        WorkshopExport.Workshop workshop = export.workshop();
        List<WorkshopExport.Tag> codings = new ArrayList<>();
        // Not closed by XmlOut: the ZIP entry stays open for the caller.
        XmlOut xml = new XmlOut(new NonClosing(out), "Project", PROJECT_NS);
        xml.attr("name", workshop.title())
                .attr("origin", ORIGIN)
                .attr("creationDateTime", dateTime(export.exportedAt()));
        if (!users.isEmpty()) {
            xml.start("Users");
            users.forEach((guid, name) -> xml.empty("User", "guid", guid, "name", name));
            xml.end();
        }
        xml.start("CodeBook");
        codes(xml, catalogue);
        xml.end();
        xml.start("Variables");
        VARIABLES.forEach((name, type) ->
                xml.empty("Variable", "guid", Guids.of("variable", name), "name", name, "typeOfVariable", type));
        xml.end();
        if (!sources.isEmpty()) {
            xml.start("Sources");
            for (Source source : sources) {
                source(xml, source, codeGuids, codings, workshop.id());
            }
            xml.end();
        }
        if (!codings.isEmpty()) {
            xml.start("Notes");
            for (WorkshopExport.Tag tag : codings) {
                memo(xml, tag, workshop.id());
            }
            xml.end();
        }
        xml.start("Sets");
        for (CodeCatalogue.CodeSet set : catalogue.sets()) {
            xml.start("Set").attr("guid", set.guid()).attr("name", set.name());
            xml.text("Description", set.description());
            set.memberGuids().forEach(guid -> xml.empty("MemberCode", "targetGUID", guid));
            xml.end();
        }
        for (WorkshopExport.Session session : export.sessions()) {
            xml.start("Set")
                    .attr("guid", Guids.of("session", session.id()))
                    .attr("name", "Session " + session.position() + ": " + session.title());
            xml.text("Description", session.prompt());
            for (Source source : sources) {
                if (Long.valueOf(session.id()).equals(source.sessionId())) {
                    xml.empty("MemberSource", "targetGUID", source.guid());
                }
            }
            xml.end();
        }
        xml.start("Set").attr("guid", Guids.of("set", "lessons")).attr("name", "Lessons");
        xml.text("Description", "The lessons drawn from the workshop's notes.");
        for (WorkshopExport.Lesson lesson : export.lessons()) {
            xml.empty("MemberSource", "targetGUID", Guids.of("lesson", lesson.id()));
        }
        xml.end();
        xml.end();
        xml.text("Description", description(export));
        xml.close();
    }

    private static void source(
            XmlOut xml,
            Source source,
            Map<String, String> codeGuids,
            List<WorkshopExport.Tag> codings,
            long workshopId) {
        xml.start("TextSource")
                .attr("guid", source.guid())
                .attr("name", source.name())
                .attr("plainTextPath", "internal://" + source.guid() + ".txt")
                .attr("creationDateTime", dateTime(source.createdAt()));
        xml.text("Description", source.description());
        List<WorkshopExport.Tag> coded = source.tags().stream()
                .filter(t -> codeGuids.containsKey(codeKey(t)))
                .toList();
        if (!coded.isEmpty()) {
            xml.start("PlainTextSelection")
                    .attr("guid", Guids.of("selection", source.guid()))
                    .attr("name", source.name())
                    .attr("startPosition", 0)
                    .attr(
                            "endPosition",
                            source.text().codePointCount(0, source.text().length()));
            for (WorkshopExport.Tag tag : coded) {
                xml.start("Coding")
                        .attr("guid", Guids.of("tag", tag.id()))
                        .attr("creatingUser", userGuid(tag, workshopId))
                        .attr("creationDateTime", dateTime(tag.taggedAt()));
                xml.empty("CodeRef", "targetGUID", codeGuids.get(codeKey(tag)));
                xml.empty("NoteRef", "targetGUID", Guids.of("memo", tag.id()));
                xml.end();
                codings.add(tag);
            }
            xml.end();
        }
        source.variables().forEach((name, value) -> {
            if (value == null) {
                return;
            }
            xml.start("VariableValue");
            xml.empty("VariableRef", "targetGUID", Guids.of("variable", name));
            if (value instanceof Number number) {
                xml.text("IntegerValue", Long.toString(number.longValue()));
            } else {
                xml.text("TextValue", value.toString());
            }
            xml.end();
        });
        xml.end();
    }

    /** A memo for a coding: the stance the analyst took, and why. */
    private static void memo(XmlOut xml, WorkshopExport.Tag tag, long workshopId) {
        WorkshopExport.Code code = tag.pattern() != null ? tag.pattern() : tag.technology();
        String what = tag.pattern() != null ? "pattern" : "technology";
        String text = "This " + tag.targetType().toLowerCase(java.util.Locale.ROOT) + " " + tag.stance() + " the "
                + what + " '" + code.name() + "'."
                + (tag.rationale() == null || tag.rationale().isBlank() ? "" : " Rationale: " + tag.rationale());
        xml.start("Note")
                .attr("guid", Guids.of("memo", tag.id()))
                .attr("name", tag.stance() + ": " + code.name())
                .attr("creatingUser", userGuid(tag, workshopId))
                .attr("creationDateTime", dateTime(tag.taggedAt()));
        xml.text("PlainTextContent", text);
        xml.end();
    }

    // ---- what goes in ----------------------------------------------------------------------------------

    private static List<Source> sources(WorkshopExport export) {
        Map<Long, WorkshopExport.Session> sessions = new LinkedHashMap<>();
        export.sessions().forEach(s -> sessions.put(s.id(), s));
        Map<String, List<WorkshopExport.Tag>> tagsByTarget = new LinkedHashMap<>();
        export.tags()
                .forEach(t -> tagsByTarget
                        .computeIfAbsent(t.targetType() + ":" + t.targetId(), k -> new ArrayList<>())
                        .add(t));
        List<Source> sources = new ArrayList<>();
        for (WorkshopExport.Note note : export.notes()) {
            if (note.text() == null || note.text().isEmpty()) {
                continue; // a merged note's stub: its text lives in the note it went into
            }
            WorkshopExport.Session session = sessions.get(note.sessionId());
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("Type", "Note");
            variables.put("Session", session == null ? null : session.title());
            variables.put("Kind", note.kind());
            variables.put("Votes", note.votes());
            variables.put("Sector", note.author() == null ? null : note.author().sector());
            if (export.full()) {
                variables.put("Status", note.status());
                variables.put("Sensitivity", note.sensitivity());
                variables.put(
                        "Author", note.author() == null ? null : note.author().name());
            }
            sources.add(new Source(
                    Guids.of("note", note.id()),
                    "Note " + note.id(),
                    note.sessionId(),
                    (session == null ? "" : "Session: " + session.title() + ". ") + "Kind: " + note.kind() + ".",
                    note.text(),
                    note.createdAt(),
                    tagsByTarget.getOrDefault("NOTE:" + note.id(), List.of()),
                    variables));
        }
        for (WorkshopExport.Lesson lesson : export.lessons()) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("Type", "Lesson");
            variables.put("Kind", lesson.type());
            variables.put("Status", lesson.status());
            sources.add(new Source(
                    Guids.of("lesson", lesson.id()),
                    "Lesson " + lesson.id() + ": " + lesson.title(),
                    null,
                    "A " + lesson.status() + " lesson (" + lesson.type() + "), supported by "
                            + (lesson.noteIds().isEmpty()
                                    ? "no note in this export."
                                    : "notes " + lesson.noteIds() + "."),
                    lesson.statement(),
                    lesson.createdAt(),
                    tagsByTarget.getOrDefault("LESSON:" + lesson.id(), List.of()),
                    variables));
        }
        return sources;
    }

    /** The analysts who tagged, by GUID: display names for admins, "Analyst 1" … for others. */
    private static Map<String, String> users(WorkshopExport export) {
        Map<String, String> users = new LinkedHashMap<>();
        for (WorkshopExport.Tag tag : export.tags()) {
            String guid = userGuid(tag, export.workshop().id());
            if (guid != null) {
                users.putIfAbsent(guid, tag.analyst());
            }
        }
        return users;
    }

    /**
     * A user's GUID: from the account for the full record, from the analyst's number otherwise (so that an
     * anonymised export does not carry an id that is the same in every workshop).
     */
    private static String userGuid(WorkshopExport.Tag tag, long workshopId) {
        if (tag.analystId() != null) {
            return Guids.of("account", tag.analystId());
        }
        return tag.analyst() == null ? null : Guids.of("workshop:" + workshopId + ":analyst", tag.analyst());
    }

    private static String codeKey(WorkshopExport.Tag tag) {
        return tag.pattern() != null
                ? "pattern:" + tag.pattern().slug()
                : tag.technology() != null ? "technology:" + tag.technology().slug() : "";
    }

    private static String description(WorkshopExport export) {
        WorkshopExport.Workshop w = export.workshop();
        String scope = export.full()
                ? "The full record (admin export): every note in every status, as written."
                : "Only visible notes labelled NONE, in their publication wording, with contact details and names "
                        + "replaced; authors by sector only"
                        + (w.attribution() == eu.medi4sec.hub.workshop.Attribution.ANONYMOUS
                                ? " (none: the workshop is ANONYMOUS)"
                                : "")
                        + "; analysts by number. Visible notes withheld for their sensitivity label: "
                        + w.withheldNotes() + ".";
        return "MEDI@4SEC workshop '" + w.title() + "' (theme " + w.theme() + ", "
                + w.startsAt().toLocalDate() + ", " + w.timeZone() + "), exported by Workshop Hub. " + scope;
    }

    private static String dateTime(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Keeps the ZIP entry open when the XML writer is done with it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
