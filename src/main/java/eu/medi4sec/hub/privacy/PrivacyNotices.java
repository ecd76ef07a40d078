package eu.medi4sec.hub.privacy;

import eu.medi4sec.hub.common.Times;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The versioned privacy notice. The newest version is the current one: delegates accept it when they
 * register or confirm, and a delegate who accepted an older one is asked again.
 */
@ApplicationScoped
public class PrivacyNotices {

    /** Serialises publishing, so that two admins publishing at once get consecutive versions. */
    private static final long PUBLISH_LOCK = 0x5052_4956_4e4fL; // "PRIVNO"

    private final EntityManager em;
    private final Clock clock;

    PrivacyNotices(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public PrivacyNoticeView current() {
        return PrivacyNotice.<PrivacyNotice>findAll(Sort.descending("version"))
                .firstResultOptional()
                .map(PrivacyNoticeView::of)
                .orElseThrow(() -> new IllegalStateException("The first migration seeds version 1 of the notice."));
    }

    /** Every version, newest first. */
    public List<PrivacyNoticeView> all() {
        return PrivacyNotice.<PrivacyNotice>listAll(Sort.descending("version")).stream()
                .map(PrivacyNoticeView::of)
                .toList();
    }

    @Transactional
    public PrivacyNoticeView publish(String text, long accountId) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", PUBLISH_LOCK)
                .getSingleResult();
        PrivacyNotice notice = new PrivacyNotice();
        notice.version = current().version() + 1;
        notice.text = text.strip();
        notice.publishedAt = Times.now(clock);
        notice.publishedBy = accountId;
        notice.persist();
        return PrivacyNoticeView.of(notice);
    }
}
