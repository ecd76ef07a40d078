package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.common.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A pattern of the Pattern Language of Social Media Use. Long fields are Markdown. */
@Entity
@Table(name = "pattern")
public class Pattern extends Versioned {

    @Column(nullable = false, unique = true, length = 80)
    public String slug;

    @Column(nullable = false, length = 160)
    public String name;

    @Column(nullable = false, length = 300)
    public String summary;

    @Column(nullable = false, columnDefinition = "text")
    public String context = "";

    @Column(nullable = false, columnDefinition = "text")
    public String problem = "";

    @Column(nullable = false, columnDefinition = "text")
    public String forces = "";

    @Column(nullable = false, columnDefinition = "text")
    public String solution = "";

    @Column(nullable = false, columnDefinition = "text")
    public String consequences = "";

    @Column(nullable = false, columnDefinition = "text")
    public String examples = "";

    @Column(nullable = false, columnDefinition = "text")
    public String roles = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pattern_theme", joinColumns = @JoinColumn(name = "pattern_id"))
    @Column(name = "theme", nullable = false, length = 60)
    public Set<String> themes = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PatternStatus status = PatternStatus.DRAFT;

    static Optional<Pattern> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The editable fields, as a revision records them. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("summary", summary);
        fields.put("context", context);
        fields.put("problem", problem);
        fields.put("forces", forces);
        fields.put("solution", solution);
        fields.put("consequences", consequences);
        fields.put("examples", examples);
        fields.put("roles", roles);
        fields.put("themes", new TreeSet<>(themes));
        fields.put("status", status.name());
        return fields;
    }
}
