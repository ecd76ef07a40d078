package eu.medi4sec.hub.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The rendered files of frozen versions (publication_document), written once and read as they are. */
@ApplicationScoped
class PublicationDocuments {

    private final EntityManager em;

    PublicationDocuments(EntityManager em) {
        this.em = em;
    }

    void store(long versionId, String format, byte[] body) {
        em.createNativeQuery("insert into publication_document (version_id, format, body) values (:v, :f, :b)")
                .setParameter("v", versionId)
                .setParameter("f", format)
                .setParameter("b", body)
                .executeUpdate();
    }

    Optional<byte[]> read(long versionId, String format) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery(
                        "select body from publication_document where version_id = :v and format = :f")
                .setParameter("v", versionId)
                .setParameter("f", format)
                .getResultList();
        return rows.stream().findFirst();
    }
}
