package eu.medi4sec.hub.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a pattern's forces and consequences (Markdown, usually a list) into questions for discussion:
 * each item is quoted as it stands and followed by one question, so a facilitator can read it out.
 */
final class Prompts {

    static final String FORCE_QUESTION =
            "How does this weigh in your organisation, and who decides when it pulls" + " against the other concerns?";
    static final String CONSEQUENCE_QUESTION =
            "Would your organisation accept this consequence, and who would have to carry it?";

    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");

    private Prompts() {}

    static List<Document.Prompt> of(String pattern, String forces, String consequences) {
        List<Document.Prompt> prompts = new ArrayList<>();
        for (String force : items(forces)) {
            prompts.add(new Document.Prompt(pattern, force, FORCE_QUESTION));
        }
        for (String consequence : items(consequences)) {
            prompts.add(new Document.Prompt(pattern, consequence, CONSEQUENCE_QUESTION));
        }
        return prompts;
    }

    /** The items of a Markdown list (continuation lines joined), or its paragraphs when it is not a list. */
    static List<String> items(String markdown) {
        List<String> items = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return items;
        }
        StringBuilder current = null;
        for (String line : markdown.strip().split("\\R")) {
            boolean starts = ITEM.matcher(line).find();
            if (line.isBlank()) {
                current = flush(items, current);
            } else if (starts) {
                flush(items, current);
                current = new StringBuilder(ITEM.matcher(line).replaceFirst(""));
            } else if (current == null) {
                current = new StringBuilder(line.strip());
            } else {
                current.append(' ').append(line.strip());
            }
        }
        flush(items, current);
        return items;
    }

    private static StringBuilder flush(List<String> items, StringBuilder current) {
        if (current != null) {
            String text = EMPHASIS.matcher(current.toString()).replaceAll("").strip();
            if (!text.isEmpty()) {
                items.add(text);
            }
        }
        return null;
    }
}
