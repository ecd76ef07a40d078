package eu.medi4sec.hub.output;

import eu.medi4sec.hub.common.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The formats an output comes in, chosen by {@code ?format=} or else by {@code Accept}: a format the
 * output does not offer is 400 (named in the query) or 406 (asked for by Accept only).
 */
public enum Format {
    HTML("html", "text/html;charset=UTF-8"),
    MD("md", "text/markdown;charset=UTF-8"),
    PDF("pdf", "application/pdf"),
    JSON("json", "application/json"),
    CSV("csv", "application/zip"),
    XML("xml", "application/xml");

    public final String extension;
    public final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format asked for, among those offered (the first is the default for any Accept). */
    public static Format choose(String formatParam, HttpHeaders headers, Format... offered) {
        List<Format> allowed = Arrays.asList(offered);
        if (formatParam != null && !formatParam.isBlank()) {
            String wanted = formatParam.strip().toLowerCase(Locale.ROOT);
            return allowed.stream()
                    .filter(f -> f.extension.equals(wanted) || f.name().equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> eu.medi4sec.hub.common.QueryParams.bad(
                            "format", "The format must be one of " + names(allowed) + "."));
        }
        List<MediaType> acceptable = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        if (acceptable.isEmpty()) {
            return offered[0];
        }
        for (MediaType accepted : acceptable) {
            for (Format format : allowed) {
                if (accepted.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return accepted.isWildcardType() ? offered[0] : format;
                }
            }
        }
        throw new ProblemException(
                406,
                "Not acceptable",
                "This is available as " + names(allowed) + "; ask with ?format= or a matching Accept header.",
                null,
                Map.of());
    }

    /** The document as a response, with a file name for downloads. */
    public Response response(Object body, String fileStem) {
        String disposition = this == HTML || this == JSON ? "inline" : "attachment";
        return Response.ok(body, mediaType)
                .header(
                        "Content-Disposition",
                        disposition + "; filename=\"" + safe(fileStem) + "." + fileExtension() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private String fileExtension() {
        return this == CSV ? "zip" : extension;
    }

    private static String safe(String stem) {
        String s = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "output" : s.length() > 80 ? s.substring(0, 80) : s;
    }

    private static String names(List<Format> formats) {
        return formats.stream().map(f -> f.extension).collect(Collectors.joining(", "));
    }
}
