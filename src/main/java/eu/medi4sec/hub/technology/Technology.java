package eu.medi4sec.hub.technology;

import eu.medi4sec.hub.common.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An entry of the catalogue of social media technologies: a kind of technology (never a product), what
 * it is used for, what it risks and what the law and ethics ask of it. Long fields are Markdown.
 */
@Entity
@Table(name = "technology")
public class Technology extends Versioned {

    @Column(nullable = false, unique = true, length = 80)
    public String slug;

    @Column(nullable = false, length = 160)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public TechnologyCategory category;

    @Column(nullable = false, length = 300)
    public String summary;

    @Column(nullable = false, columnDefinition = "text")
    public String uses = "";

    @Column(nullable = false, columnDefinition = "text")
    public String risks = "";

    @Column(name = "legal_and_ethical_notes", nullable = false, columnDefinition = "text")
    public String legalAndEthicalNotes = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Maturity maturity;

    @Column(name = "open_source", nullable = false)
    public boolean openSource;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "technology_theme", joinColumns = @JoinColumn(name = "technology_id"))
    @Column(name = "theme", nullable = false, length = 60)
    public Set<String> themes = new TreeSet<>();

    /** The slugs of related patterns. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "technology_pattern", joinColumns = @JoinColumn(name = "technology_id"))
    @Column(name = "pattern_slug", nullable = false, length = 80)
    public Set<String> patterns = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "technology_link", joinColumns = @JoinColumn(name = "technology_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false, length = 500)
    public List<String> links = new ArrayList<>();

    static Optional<Technology> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The editable fields, as a revision records them. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("category", category.name());
        fields.put("summary", summary);
        fields.put("uses", uses);
        fields.put("risks", risks);
        fields.put("legalAndEthicalNotes", legalAndEthicalNotes);
        fields.put("maturity", maturity.name());
        fields.put("openSource", openSource);
        fields.put("themes", new TreeSet<>(themes));
        fields.put("patterns", new TreeSet<>(patterns));
        fields.put("links", new ArrayList<>(links));
        return fields;
    }
}
