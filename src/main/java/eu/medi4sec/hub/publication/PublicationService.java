package eu.medi4sec.hub.publication;

import eu.medi4sec.hub.common.ETags;
import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.common.Violations;
import eu.medi4sec.hub.output.Format;
import eu.medi4sec.hub.theme.ThemeService;
import eu.medi4sec.hub.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Publications: created and edited by analysts, assembled on demand while they are prepared, and frozen
 * into a numbered version each time they are published. Only PUBLISHED ones are public, as their latest
 * version (earlier versions stay readable).
 */
@ApplicationScoped
public class PublicationService {

    private final Assembler assembler;
    private final Renderer renderer;
    private final PublicationDocuments documents;
    private final ThemeService themes;
    private final WorkshopService workshops;
    private final Json json;
    private final Clock clock;

    PublicationService(
            Assembler assembler,
            Renderer renderer,
            PublicationDocuments documents,
            ThemeService themes,
            WorkshopService workshops,
            Json json,
            Clock clock) {
        this.assembler = assembler;
        this.renderer = renderer;
        this.documents = documents;
        this.themes = themes;
        this.workshops = workshops;
        this.json = json;
        this.clock = clock;
    }

    /** A rendered document and the file name it is offered under. */
    record Rendered(Format format, Object body, String fileStem) {

        /**
         * As a response with a file name. HTML goes under a policy that lets nothing run or load in it but
         * its own stylesheet: it replaces the app's policy, which would refuse that stylesheet (JAX-RS
         * headers are added beside the edge's, so the policy is set on the HTTP response itself).
         */
        jakarta.ws.rs.core.Response response(io.vertx.core.http.HttpServerResponse http, String htmlPolicy) {
            if (format == Format.HTML) {
                http.headers().set("Content-Security-Policy", htmlPolicy);
            }
            return format.response(body, fileStem);
        }
    }

    // ---- staff -----------------------------------------------------------------------------------------

    List<PublicationView> list() {
        Map<Long, List<PublicationView.VersionSummary>> versions = versionsByPublication();
        return Publication.<Publication>list("order by updatedAt desc, id desc").stream()
                .map(p -> view(p, versions.getOrDefault(p.id, List.of()), null))
                .toList();
    }

    /** The publication with the document publishing it now would freeze. */
    PublicationView get(long id) {
        Publication publication = find(id);
        return view(publication, versions(publication.id), assembler.assemble(publication, null, null));
    }

    @Transactional
    public PublicationView create(PublicationRequest request, long accountId) {
        validate(request);
        Publication publication = new Publication();
        publication.slug = Slugs.unique(
                request.title().strip(), slug -> Publication.findBySlug(slug).isPresent());
        publication.createdBy = accountId;
        apply(request, publication);
        publication.persist();
        Publication.flush();
        return view(publication, List.of(), null);
    }

    /** Title, kind, scope and introduction, while DRAFT or IN_REVIEW (409 otherwise). The slug stays. */
    @Transactional
    PublicationView update(long id, PublicationRequest request, Optional<Long> ifMatchVersion) {
        Publication publication = find(id);
        ETags.requireFresh(publication.version, ifMatchVersion, request.version(), "publication");
        publication.requireEditable();
        validate(request);
        apply(request, publication);
        publication.updatedAt = Times.now(clock);
        Publication.flush();
        return view(publication, versions(publication.id), null);
    }

    /**
     * Moves the publication on; moving to where it already is changes nothing (a retry is harmless).
     * Publishing freezes the next numbered version.
     */
    @Transactional
    public PublicationView transition(long id, PublicationStatus target, long accountId) {
        Publication publication = find(id);
        Instant now = Times.now(clock);
        if (publication.moveTo(target, now) && target == PublicationStatus.PUBLISHED) {
            freeze(publication, now, accountId);
        }
        Publication.flush();
        return view(publication, versions(publication.id), null);
    }

    List<PublicationView.VersionSummary> versions(long id) {
        find(id);
        return summaries(id);
    }

    /** The publication now (a preview), in a format. */
    Rendered preview(long id, Format format) {
        Publication publication = find(id);
        Document document = assembler.assemble(publication, null, null);
        String stem = publication.slug + "-preview";
        return switch (format) {
            case HTML -> new Rendered(format, renderer.html(document), stem);
            case MD -> new Rendered(format, renderer.markdown(document), stem);
            case PDF -> new Rendered(format, renderer.pdf(document), stem);
            default -> new Rendered(format, view(publication, versions(publication.id), document), stem);
        };
    }

    /** A frozen version, as it was published. */
    Rendered version(long id, int number, Format format) {
        Publication publication = find(id);
        return frozen(publication, findVersion(publication, number), format);
    }

    // ---- public ----------------------------------------------------------------------------------------

    /** The PUBLISHED publications, newest version first; with a pattern slug, only those citing it. */
    List<PublicSummary> published(Optional<String> pattern) {
        List<Publication> publications = Publication.list("status", PublicationStatus.PUBLISHED);
        Map<String, String> themeNames = themes.names();
        List<PublicSummary> summaries = new ArrayList<>();
        for (Publication publication : publications) {
            Optional<PublicationVersion> latest = latest(publication.id);
            if (latest.isEmpty()
                    || pattern.isPresent() && !latest.get().patterns.contains(pattern.get())) {
                continue;
            }
            summaries.add(new PublicSummary(
                    publication.title,
                    publication.slug,
                    publication.kind,
                    publication.kind.label,
                    publication.themes.stream()
                            .sorted(Comparator.comparing(
                                    t -> List.copyOf(themeNames.keySet()).indexOf(t)))
                            .map(t -> new Document.Named(t, themeNames.getOrDefault(t, t)))
                            .toList(),
                    latest.get().number,
                    latest.get().publishedAt,
                    publication.introduction));
        }
        summaries.sort(Comparator.comparing(PublicSummary::publishedAt).reversed());
        return summaries;
    }

    /** A published publication's latest version, or the numbered one; 404 for anything not PUBLISHED. */
    Rendered publicDocument(String slug, Optional<Integer> number, Format format) {
        Publication publication = Publication.findBySlug(slug)
                .filter(p -> p.status == PublicationStatus.PUBLISHED)
                .orElseThrow(() -> noPublic(slug));
        PublicationVersion version = number.isPresent()
                ? PublicationVersion.<PublicationVersion>find(
                                "publicationId = ?1 and number = ?2", publication.id, number.get())
                        .firstResultOptional()
                        .orElseThrow(() -> ProblemException.notFound(
                                "The publication '" + slug + "' has no version " + number.get() + "."))
                : latest(publication.id).orElseThrow(() -> noPublic(slug));
        return frozen(publication, version, format);
    }

    String contentSecurityPolicy() {
        return renderer.contentSecurityPolicy();
    }

    // ---- inside ----------------------------------------------------------------------------------------

    private void freeze(Publication publication, Instant now, long accountId) {
        int number = summaries(publication.id).stream()
                        .mapToInt(PublicationView.VersionSummary::number)
                        .max()
                        .orElse(0)
                + 1;
        Document document = assembler.assemble(publication, number, now);
        PublicationVersion version = new PublicationVersion();
        version.publicationId = publication.id;
        version.number = number;
        version.title = publication.title;
        version.publishedAt = now;
        version.publishedBy = accountId;
        version.referenceCount = document.references().size();
        version.content = json.write(document);
        document.patterns().forEach(p -> version.patterns.add(p.slug()));
        version.persist();
        PublicationVersion.flush();
        String html = renderer.html(document);
        documents.store(version.id, Format.HTML.extension, html.getBytes(StandardCharsets.UTF_8));
        documents.store(
                version.id, Format.MD.extension, renderer.markdown(document).getBytes(StandardCharsets.UTF_8));
        documents.store(version.id, Format.PDF.extension, renderer.pdfFromHtml(html));
    }

    private Rendered frozen(Publication publication, PublicationVersion version, Format format) {
        String stem = publication.slug + "-v" + version.number;
        if (format == Format.JSON) {
            return new Rendered(format, json.read(version.content, Document.class), stem);
        }
        byte[] body = documents
                .read(version.id, format.extension)
                .orElseThrow(() -> new IllegalStateException(
                        "Version " + version.number + " of publication " + publication.id + " has no " + format));
        return new Rendered(format, format == Format.PDF ? body : new String(body, StandardCharsets.UTF_8), stem);
    }

    private Publication find(long id) {
        return Publication.<Publication>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no publication " + id + "."));
    }

    private PublicationVersion findVersion(Publication publication, int number) {
        return PublicationVersion.<PublicationVersion>find("publicationId = ?1 and number = ?2", publication.id, number)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Publication " + publication.id + " has no version "
                        + number + (publication.status == PublicationStatus.PUBLISHED ? "." : " yet.")));
    }

    private static Optional<PublicationVersion> latest(long publicationId) {
        return PublicationVersion.<PublicationVersion>find("publicationId = ?1 order by number desc", publicationId)
                .firstResultOptional();
    }

    private static ProblemException noPublic(String slug) {
        return ProblemException.notFound("There is no published publication '" + slug + "'.");
    }

    private void validate(PublicationRequest request) {
        Violations violations = new Violations();
        List<String> themeSlugs = request.themesOrNone();
        for (int i = 0; i < themeSlugs.size(); i++) {
            violations.check(
                    themes.exists(themeSlugs.get(i)),
                    "themes[" + i + "]",
                    "'" + themeSlugs.get(i) + "' is not one of the six themes.");
        }
        List<Long> workshopIds = request.workshopsOrNone();
        for (int i = 0; i < workshopIds.size(); i++) {
            violations.check(
                    exists(workshopIds.get(i)),
                    "workshops[" + i + "]",
                    "There is no workshop " + workshopIds.get(i) + ".");
        }
        violations.throwIfAny();
    }

    private boolean exists(long workshopId) {
        try {
            workshops.get(workshopId);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private static void apply(PublicationRequest request, Publication publication) {
        publication.title = request.title().strip();
        publication.kind = request.kind();
        publication.introduction =
                request.introduction() == null ? "" : request.introduction().strip();
        publication.themes.clear();
        publication.themes.addAll(request.themesOrNone());
        publication.workshops.clear();
        publication.workshops.addAll(request.workshopsOrNone());
    }

    private static List<PublicationView.VersionSummary> summaries(long publicationId) {
        return versionsByPublication("where v.publicationId = ?1", publicationId)
                .getOrDefault(publicationId, List.of());
    }

    private static Map<Long, List<PublicationView.VersionSummary>> versionsByPublication() {
        return versionsByPublication("", new Object[0]);
    }

    /** The versions' summaries without their content (which may be large). */
    private static Map<Long, List<PublicationView.VersionSummary>> versionsByPublication(
            String where, Object... params) {
        var query = PublicationVersion.getEntityManager()
                .createQuery(
                        "select v.publicationId, v.number, v.title, v.publishedAt, v.referenceCount"
                                + " from PublicationVersion v " + where + " order by v.number desc",
                        Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        Map<Long, List<PublicationView.VersionSummary>> byPublication = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            byPublication
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new PublicationView.VersionSummary(
                            (Integer) row[1], (String) row[2], (Instant) row[3], (Integer) row[4]));
        }
        return byPublication;
    }

    private static PublicationView view(
            Publication p, List<PublicationView.VersionSummary> versions, Document document) {
        return new PublicationView(
                p.id,
                p.slug,
                p.title,
                p.kind,
                p.kind.label,
                p.introduction,
                p.themes.stream().sorted().collect(Collectors.toList()),
                p.workshops.stream().sorted().toList(),
                p.status,
                p.status.next(),
                versions,
                versions.isEmpty() ? null : versions.get(0).number(),
                p.version,
                p.createdAt,
                p.updatedAt,
                document);
    }
}
