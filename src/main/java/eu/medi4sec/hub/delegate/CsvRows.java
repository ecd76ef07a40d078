package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.ProblemException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a delegate CSV (header name,email,organisation,sector,country[,jobTitle,accessNeeds]) into rows. */
final class CsvRows {

    static final List<String> REQUIRED = List.of("name", "email", "organisation", "sector", "country");
    static final int MAX_ROWS = 5_000;

    /** One data row: the request it makes, or the problems that stop it from making one. */
    record Row(long line, String email, DelegateRequests.NewDelegate request, List<String> problems) {}

    private CsvRows() {}

    static List<Row> parse(String csv) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreHeaderCase(true)
                .setAllowMissingColumnNames(false)
                .get();
        try (Reader reader = new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
                CSVParser parser = CSVParser.parse(reader, format)) {
            Set<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            List<String> missing = REQUIRED.stream()
                    .filter(h -> !header.contains(h.toLowerCase(Locale.ROOT)))
                    .toList();
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(
                        "header",
                        "The CSV's first line must name the columns " + String.join(",", REQUIRED) + "; missing: "
                                + String.join(", ", missing) + ".");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw ProblemException.invalid(
                            "body", "An import has at most " + MAX_ROWS + " rows; split the file.");
                }
                rows.add(row(record, header));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalid("body", "This is not a readable CSV file: " + firstSentence(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw ProblemException.invalid("body", "This is not a readable CSV file: " + firstSentence(e.getMessage()));
        }
    }

    private static Row row(CSVRecord record, Set<String> header) {
        long line = record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
            return new Row(
                    line,
                    cell(record, "email"),
                    null,
                    List.of("The row has " + record.size() + " values but the header has " + header.size() + "."));
        }
        List<String> problems = new ArrayList<>();
        Sector sector = null;
        String sectorText = cell(record, "sector");
        if (sectorText != null && !sectorText.isEmpty()) {
            try {
                sector = Sector.valueOf(
                        sectorText.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add("sector: '" + sectorText + "' is not a sector. Use one of: "
                        + Arrays.stream(Sector.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        String country = cell(record, "country");
        DelegateRequests.NewDelegate request = new DelegateRequests.NewDelegate(
                cell(record, "name"),
                cell(record, "email"),
                cell(record, "organisation"),
                sector,
                country == null ? null : country.toUpperCase(Locale.ROOT),
                cell(record, "jobtitle"),
                cell(record, "accessneeds"));
        return new Row(line, cell(record, "email"), request, problems);
    }

    private static String cell(CSVRecord record, String name) {
        return record.isMapped(name) && record.isSet(name) ? record.get(name) : null;
    }

    private static String firstSentence(String message) {
        return message == null ? "it could not be parsed." : message.split("\n")[0];
    }
}
