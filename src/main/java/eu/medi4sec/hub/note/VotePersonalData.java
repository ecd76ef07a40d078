package eu.medi4sec.hub.note;

import eu.medi4sec.hub.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Which notes a delegate voted for, and when: the note ids only, since the notes are other people's. */
@ApplicationScoped
class VotePersonalData implements PersonalDataSection {

    record MyVote(long noteId, Instant votedAt) {}

    @Override
    public String name() {
        return "votes";
    }

    @Override
    public List<MyVote> collect(long delegateId) {
        return NoteVote.<NoteVote>list("delegateId = ?1 order by createdAt, noteId", delegateId).stream()
                .map(v -> new MyVote(v.noteId, v.createdAt))
                .toList();
    }
}
