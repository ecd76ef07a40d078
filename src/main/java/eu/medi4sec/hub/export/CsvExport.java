package eu.medi4sec.hub.export;

import eu.medi4sec.hub.common.CsvCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A workshop's export as a ZIP of CSV files (RFC 4180, UTF-8, a header row, CRLF), one per list of the
 * JSON export, with the same field names: workshop.csv, sessions.csv, notes.csv, lessons.csv,
 * lesson_notes.csv (which notes support which lesson) and tags.csv. Every cell goes through
 * {@link CsvCells#neutralise}, so nothing in a file runs as a spreadsheet formula.
 */
final class CsvExport {

    static final List<String> FILES =
            List.of("workshop.csv", "sessions.csv", "notes.csv", "lessons.csv", "lesson_notes.csv", "tags.csv");

    private CsvExport() {}

    /** One CSV file: its columns, and how a row's cells are read from an item. */
    private record Table<T>(String file, List<String> header, List<T> rows, Function<T, List<Object>> cells) {}

    static byte[] zip(WorkshopExport export) {
        WorkshopExport.Workshop w = export.workshop();
        List<Table<?>> tables = List.of(
                new Table<>(
                        "workshop.csv",
                        List.of(
                                "id",
                                "title",
                                "theme",
                                "description",
                                "startsAt",
                                "endsAt",
                                "timeZone",
                                "venue",
                                "status",
                                "attribution",
                                "scope",
                                "exportedAt",
                                "withheldNotes",
                                "schema"),
                        List.of(w),
                        x -> Arrays.asList(
                                x.id(),
                                x.title(),
                                x.theme(),
                                x.description(),
                                x.startsAt(),
                                x.endsAt(),
                                x.timeZone(),
                                x.venue(),
                                x.status(),
                                x.attribution(),
                                export.scope(),
                                export.exportedAt(),
                                x.withheldNotes(),
                                export.schema())),
                new Table<>(
                        "sessions.csv",
                        List.of("id", "position", "title", "prompt", "startsAt", "endsAt", "facilitator"),
                        export.sessions(),
                        s -> Arrays.asList(
                                s.id(),
                                s.position(),
                                s.title(),
                                s.prompt(),
                                s.startsAt(),
                                s.endsAt(),
                                s.facilitator())),
                new Table<>(
                        "notes.csv",
                        List.of(
                                "id",
                                "sessionId",
                                "kind",
                                "status",
                                "text",
                                "votes",
                                "mergedInto",
                                "createdAt",
                                "authorRole",
                                "authorSector",
                                "authorName",
                                "authorOrganisation",
                                "authorDelegateId",
                                "authorAccountId",
                                "publicationText",
                                "sensitivity",
                                "pinned",
                                "hiddenReason"),
                        export.notes(),
                        n -> {
                            WorkshopExport.Author a = n.author();
                            return Arrays.asList(
                                    n.id(),
                                    n.sessionId(),
                                    n.kind(),
                                    n.status(),
                                    n.text(),
                                    n.votes(),
                                    n.mergedInto(),
                                    n.createdAt(),
                                    a == null ? null : a.role(),
                                    a == null ? null : a.sector(),
                                    a == null ? null : a.name(),
                                    a == null ? null : a.organisation(),
                                    a == null ? null : a.delegateId(),
                                    a == null ? null : a.accountId(),
                                    n.publicationText(),
                                    n.sensitivity(),
                                    n.pinned(),
                                    n.hiddenReason());
                        }),
                new Table<>(
                        "lessons.csv",
                        List.of("id", "title", "statement", "type", "status", "endorsements", "createdAt", "updatedAt"),
                        export.lessons(),
                        l -> Arrays.asList(
                                l.id(),
                                l.title(),
                                l.statement(),
                                l.type(),
                                l.status(),
                                l.endorsements(),
                                l.createdAt(),
                                l.updatedAt())),
                new Table<>(
                        "lesson_notes.csv",
                        List.of("lessonId", "noteId"),
                        export.lessons().stream()
                                .flatMap(l -> l.noteIds().stream().map(noteId -> new long[] {l.id(), noteId}))
                                .toList(),
                        pair -> Arrays.asList(pair[0], pair[1])),
                new Table<>(
                        "tags.csv",
                        List.of(
                                "id",
                                "targetType",
                                "targetId",
                                "pattern",
                                "patternName",
                                "technology",
                                "technologyName",
                                "stance",
                                "rationale",
                                "analyst",
                                "analystId",
                                "taggedAt"),
                        export.tags(),
                        t -> Arrays.asList(
                                t.id(),
                                t.targetType(),
                                t.targetId(),
                                t.pattern() == null ? null : t.pattern().slug(),
                                t.pattern() == null ? null : t.pattern().name(),
                                t.technology() == null ? null : t.technology().slug(),
                                t.technology() == null ? null : t.technology().name(),
                                t.stance(),
                                t.rationale(),
                                t.analyst(),
                                t.analystId(),
                                t.taggedAt())));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Table<?> table : tables) {
                ZipEntry entry = new ZipEntry(table.file());
                entry.setTime(export.exportedAt().toEpochMilli());
                zip.putNextEntry(entry);
                write(table, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> void write(Table<T> table, ZipOutputStream zip) throws IOException {
        // Not closed: closing the printer would close the ZIP stream under it.
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(table.header());
        for (T row : table.rows()) {
            printer.printRecord(
                    table.cells().apply(row).stream().map(CsvExport::cell).toList());
        }
        printer.flush();
    }

    /** Times as in the JSON (ISO 8601, with seconds), then the formula rule. */
    private static String cell(Object value) {
        return CsvCells.neutralise(
                value instanceof OffsetDateTime time ? time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : value);
    }
}
