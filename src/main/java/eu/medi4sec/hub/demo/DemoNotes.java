package eu.medi4sec.hub.demo;

import eu.medi4sec.hub.lesson.LessonStatus;
import eu.medi4sec.hub.lesson.LessonType;
import eu.medi4sec.hub.note.NoteKind;
import eu.medi4sec.hub.pattern.Stance;
import java.util.List;

/**
 * What the demo workshops' delegates said, and what staff made of it: rounds of notes, moderation,
 * lessons and the analysts' tags. Written as practitioners talk; every person and organisation is
 * invented, and notes name their author by {@link DemoPeople.Person#handle()}.
 */
final class DemoNotes {

    private DemoNotes() {}

    /** The author of staff notes (the rapporteur's DISCUSSION notes): the demo facilitator. */
    static final String FACILITATOR = "facilitator";

    /** A note; {@code key} names it for moderation, lessons and tags, {@code votes} is how many delegates vote for it. */
    record NoteSpec(String key, String author, NoteKind kind, int votes, String text) {}

    /**
     * An agenda session and its round. {@code late} notes arrive after the organiser has switched on
     * pre-moderation, so they wait for approval.
     */
    record Round(String title, String prompt, List<NoteSpec> notes, List<NoteSpec> late) {}

    record Hidden(String note, String reason) {}

    record Merge(String note, String into) {}

    record LessonSpec(
            String key,
            String title,
            String statement,
            LessonType type,
            LessonStatus status,
            int endorsements,
            List<String> notes) {}

    /** An analyst's tag of a note or a lesson (by key) to a pattern (by slug). */
    record TagSpec(String target, String pattern, Stance stance, String rationale) {}

    record Story(
            List<Round> rounds,
            String pinned,
            Hidden hidden,
            Merge merge,
            List<LessonSpec> lessons,
            List<TagSpec> tags) {}

    private static NoteSpec n(String key, String author, NoteKind kind, int votes, String text) {
        return new NoteSpec(key, author, kind, votes, text);
    }

    private static TagSpec supports(String target, String pattern, String rationale) {
        return new TagSpec(target, pattern, Stance.SUPPORTS, rationale);
    }

    private static TagSpec contradicts(String target, String pattern, String rationale) {
        return new TagSpec(target, pattern, Stance.CONTRADICTS, rationale);
    }

    private static final NoteKind INSIGHT = NoteKind.INSIGHT;
    private static final NoteKind GOOD_PRACTICE = NoteKind.GOOD_PRACTICE;
    private static final NoteKind CONCERN = NoteKind.CONCERN;
    private static final NoteKind QUESTION = NoteKind.QUESTION;
    private static final NoteKind IDEA = NoteKind.IDEA;
    private static final NoteKind DISCUSSION = NoteKind.DISCUSSION;

    // ---- LIVE today: riots and mass gatherings --------------------------------------------------

    static final Story LIVE = new Story(
            List.of(
                    new Round(
                            "Before the crowd gathers",
                            "Which messages before an event changed how people behaved on the day?",
                            List.of(
                                    n(
                                            "route-map",
                                            "maja.berg",
                                            GOOD_PRACTICE,
                                            5,
                                            "Three days before the cup final we posted the route map, the alcohol rules and the name of the one account that would carry live updates. On the day most questions came to that account instead of to the fan forums."),
                                    n(
                                            "club-reach",
                                            "ines.carvalho",
                                            INSIGHT,
                                            4,
                                            "Fans read the club's channels, not ours. When the club reposted our travel advice, it reached ten times more people than our own page ever does."),
                                    n(
                                            "closed-telegram",
                                            "henrik.lund",
                                            INSIGHT,
                                            3,
                                            "Our pre-event campaign reached the people who were going to behave anyway. The groups who came looking for trouble organised on closed Telegram channels we never saw."),
                                    n(
                                            "one-hashtag",
                                            "eva.horvath",
                                            GOOD_PRACTICE,
                                            3,
                                            "Transport and police agreed one hashtag and one list of station closures the week before. For the first time we stopped contradicting each other about which stations were shut."),
                                    n(
                                            "sign-off",
                                            "pierre.lambert",
                                            QUESTION,
                                            2,
                                            "Who signs off a pre-event message when police, the city and the organiser all want their logo on it? We lost two days on that last summer."),
                                    n(
                                            "shared-template",
                                            "klaus.brandt",
                                            IDEA,
                                            2,
                                            "A shared template for pre-event messages, agreed between agencies once a year, so that nobody negotiates wording in the week of the event."),
                                    n(
                                            "bins-and-streets",
                                            "david.cohen",
                                            INSIGHT,
                                            2,
                                            "As a resident I want to know which streets close and when the bins get collected. Nobody tells us, so we ask in the neighbourhood WhatsApp group and guess."),
                                    n(
                                            "say-why",
                                            "marta.kowalczyk",
                                            INSIGHT,
                                            3,
                                            "Crowd research is clear that people accept a restriction better when they understand why it is there. One line of reason next to each rule costs nothing."),
                                    n(
                                            "press-deadline",
                                            "anna.virtanen",
                                            QUESTION,
                                            1,
                                            "Can journalists get the pre-event briefing at the same time as the public? We end up quoting fan accounts because the police post comes out after our deadline."),
                                    n(
                                            "liaison-video",
                                            "ruth.ahern",
                                            GOOD_PRACTICE,
                                            4,
                                            "We posted a 40-second clip introducing the liaison officers who would walk with the march. On the day people came up to them and greeted them by name."),
                                    n(
                                            "ambulance-late",
                                            "niamh.byrne",
                                            CONCERN,
                                            2,
                                            "The ambulance service was not in the pre-event plan, so the first-aid points went out on our own account two hours after the police post."),
                                    n(
                                            "three-languages",
                                            "elif.demir",
                                            IDEA,
                                            1,
                                            "Schedule the posts in advance and have them translated properly. Three languages for the away fans is a small job a week before and impossible on the day."),
                                    n(
                                            "no-followers",
                                            "yannis.papadakis",
                                            CONCERN,
                                            3,
                                            "Our force account has almost no followers. Publishing a plan on an account nobody reads is not communication, it is a record for the inquiry afterwards."),
                                    n(
                                            "event-pages",
                                            "lucas.martin",
                                            INSIGHT,
                                            2,
                                            "Our cyber unit read the public event pages for a week before the match. Most of the useful signals were about transport chaos, not violence."),
                                    n(
                                            "table-two",
                                            FACILITATOR,
                                            DISCUSSION,
                                            0,
                                            "Table 2: everyone agrees pre-event messaging works for the people who read it. Open question for the afternoon: how do we reach the ones who follow no official account at all?")),
                            List.of()),
                    new Round(
                            "When rumours spread",
                            "What helped an official account stay the trusted source while rumours spread?",
                            List.of(
                                    n(
                                            "helicopter-clip",
                                            "tom.okafor",
                                            GOOD_PRACTICE,
                                            6,
                                            "A video claimed officers had charged a family stand. We posted the full, uncut helicopter footage within twenty minutes, and the rumour stopped being shared within the hour."),
                                    n(
                                            "silent-hour",
                                            "karel.novak",
                                            INSIGHT,
                                            5,
                                            "Newsrooms quote the official account when it is fast. When it is silent for an hour we quote whoever is loudest, and that is usually wrong."),
                                    n(
                                            "quiet-account",
                                            "anna.virtanen",
                                            INSIGHT,
                                            2,
                                            "If the police account stays quiet for an hour, reporters fill the gap with whatever is trending. Speed matters more than polish."),
                                    n(
                                            "bare-denial",
                                            "aisha.rahman",
                                            CONCERN,
                                            4,
                                            "Answering a rumour with 'this is fake' and no evidence made people trust the rumour more. Show what you know, or say what you do not know yet."),
                                    n(
                                            "two-million",
                                            "sam.devries",
                                            INSIGHT,
                                            4,
                                            "Our rebuttal got 40,000 views and the rumour got two million. Quoting the false claim in the rebuttal pushed the original further up the feed."),
                                    n(
                                            "facebook-admin",
                                            "elena.rossi",
                                            INSIGHT,
                                            3,
                                            "On the night of the disorder people in our street trusted the admin of the local Facebook group more than any police account. She calmed things down; the police page only posted the next morning."),
                                    n(
                                            "every-twenty",
                                            "maja.berg",
                                            GOOD_PRACTICE,
                                            5,
                                            "We post every twenty minutes even when nothing has changed: 'No new incidents, next update 22:40.' Silence is what lets the rumours in."),
                                    n(
                                            "who-presses-post",
                                            "pieter.claes",
                                            QUESTION,
                                            3,
                                            "Who in the control room may press 'post' at 23:00 without waking the press office? If the answer is nobody, the rumour has already won."),
                                    n(
                                            "shared-dashboard",
                                            "jonas.weber",
                                            IDEA,
                                            2,
                                            "One shared list of the fastest-growing claims, visible to police, city and transport, so that everyone answers the same rumour instead of three different ones."),
                                    n(
                                            "legal-basis",
                                            "sofia.marques",
                                            CONCERN,
                                            3,
                                            "Monitoring what a crowd posts needs a written legal basis before the event. We have seen officers screenshot private group chats 'just in case'."),
                                    n(
                                            "named-victim",
                                            "marta.kowalczyk",
                                            INSIGHT,
                                            2,
                                            "Rumours that name a victim, a child hurt or a woman trampled, spread fastest and make crowds angriest. Those are the ones to answer first."),
                                    n(
                                            "officers-named",
                                            "lucas.martin",
                                            CONCERN,
                                            3,
                                            "Within an hour of the arrests, two officers from the public order line were named on a Telegram channel, with photos of their front doors."),
                                    n(
                                            "tram-stop",
                                            "david.cohen",
                                            INSIGHT,
                                            0,
                                            "The officer at the tram stop is known locally, he lives on the street behind the station. Someone should post his name so that he answers for it."),
                                    n(
                                            "no-child-hurt",
                                            "niamh.byrne",
                                            GOOD_PRACTICE,
                                            3,
                                            "The ambulance service confirmed in one line that no child had been injured, and the police account reposted it. Two independent voices saying the same thing worked better than one."),
                                    n(
                                            "platform-label",
                                            "klaus.brandt",
                                            QUESTION,
                                            1,
                                            "Should platforms have to label a post as disputed when the police formally rebut it during an emergency? And who decides what counts as official?"),
                                    n(
                                            "big-screen",
                                            "ines.carvalho",
                                            INSIGHT,
                                            2,
                                            "Inside the stadium the big screen showed the same message as the police account. The big screen beat every phone in the ground."),
                                    n(
                                            "ten-rumours",
                                            "henrik.lund",
                                            IDEA,
                                            3,
                                            "Pre-approve wording for the rumours we see every time: stabbing, stampede, bomb, missing child, police brutality. On the night you fill in the details instead of writing from scratch."),
                                    n(
                                            "old-clip",
                                            "ruth.ahern",
                                            INSIGHT,
                                            4,
                                            "The most shared 'eyewitness' clip of the night was from a riot in another country three years earlier. A teenager on TikTok spotted it in four minutes; it took us two hours."),
                                    n(
                                            "sentiment-tools",
                                            "elif.demir",
                                            CONCERN,
                                            2,
                                            "Sentiment dashboards flag anger, not falsehood. Do not buy a tool that promises to 'detect rumours' without asking how it was tested in your language."),
                                    n(
                                            "true-rumour",
                                            "yannis.papadakis",
                                            QUESTION,
                                            2,
                                            "What do we do when the rumour is true and we are not yet allowed to confirm it?"),
                                    n(
                                            "midnight-video",
                                            "pierre.lambert",
                                            GOOD_PRACTICE,
                                            3,
                                            "A 30-second video of the commander at midnight explaining why the square was being cleared did more than ten text updates. People could see who was deciding."),
                                    n(
                                            "name-the-claim",
                                            FACILITATOR,
                                            DISCUSSION,
                                            0,
                                            "Plenary: the room splits on naming the false claim in a rebuttal. Police want to name it so people recognise it; the fact-checkers say naming it spreads it.")),
                            List.of(
                                    n(
                                            "balcony-filmers",
                                            "david.cohen",
                                            CONCERN,
                                            0,
                                            "Residents filming from their balconies were threatened by rioters and by officers. Who protects the people who record what happens?"),
                                    n(
                                            "fan-liaison-accounts",
                                            "marco.bianchi",
                                            INSIGHT,
                                            0,
                                            "Supporters trust the fan liaison officers' own accounts far more than the force account. Let them post during the match."))),
                    new Round(
                            "Breakouts: eyewitness video and verification",
                            "How do you check a clip from the crowd before you act on it or share it?",
                            List.of(
                                    n(
                                            "ten-minutes",
                                            "jonas.weber",
                                            GOOD_PRACTICE,
                                            4,
                                            "Check the first upload, the weather, the shadows and the street signs before you act on a clip. Ten minutes of checking has saved us from two wrong arrests."),
                                    n(
                                            "speak-to-filmer",
                                            "karel.novak",
                                            GOOD_PRACTICE,
                                            3,
                                            "Our desk never reposts a crowd video without speaking to the person who filmed it. If we cannot reach them, we say so on screen."),
                                    n(
                                            "keep-originals",
                                            "tom.okafor",
                                            CONCERN,
                                            3,
                                            "Once an eyewitness clip becomes evidence we need the original file and its metadata. A screenshot of a repost is worth almost nothing in court."),
                                    n(
                                            "one-in-five",
                                            "lena.fischer",
                                            INSIGHT,
                                            4,
                                            "In our study of three riots about one viral clip in five was old, from somewhere else, or edited. Most were shared by people who believed them."),
                                    n(
                                            "upload-portal",
                                            "aisha.rahman",
                                            CONCERN,
                                            3,
                                            "Asking the public to upload all their footage to a police portal turns every bystander into an informant. Say what you keep, for how long, and who sees the faces."),
                                    n(
                                            "blur-bystanders",
                                            "maja.berg",
                                            QUESTION,
                                            2,
                                            "Do we blur bystanders' faces before we post a clip that rebuts a rumour? Nobody in our team could answer that on the night."),
                                    n(
                                            "streams-show-positions",
                                            "lucas.martin",
                                            INSIGHT,
                                            3,
                                            "Live streams from inside the crowd showed our positions in real time. The rioters were watching the same stream we were."),
                                    n(
                                            "analyst-by-commander",
                                            "pieter.claes",
                                            GOOD_PRACTICE,
                                            3,
                                            "We put one verification analyst next to the commander. Clips were checked before they reached a decision, not after."),
                                    n(
                                            "screenshot-flood",
                                            "henrik.lund",
                                            INSIGHT,
                                            2,
                                            "With the analysts in the control room the commander was flooded with screenshots. We moved them next door and sent a summary every 30 minutes, and decisions got better."),
                                    n(
                                            "frightened-filmers",
                                            "elena.rossi",
                                            INSIGHT,
                                            3,
                                            "Most people filming were frightened and wanted their families to know they were safe. Treating them as suspects for filming made things worse."),
                                    n(
                                            "camera-in-every-hand",
                                            "marta.kowalczyk",
                                            IDEA,
                                            2,
                                            "Train officers to expect a camera in every hand: whatever they say will be clipped and subtitled within minutes."),
                                    n(
                                            "chain-of-custody",
                                            "sofia.marques",
                                            QUESTION,
                                            2,
                                            "Is there a European standard for the chain of custody of video from the public, or does every country invent its own?"),
                                    n(
                                            "paramedic-timeline",
                                            "niamh.byrne",
                                            INSIGHT,
                                            1,
                                            "Our paramedics were filmed treating an injured protester and accused online of ignoring him. Publishing our own timeline the next morning ended it."),
                                    n(
                                            "cctv-confirm",
                                            "eva.horvath",
                                            IDEA,
                                            2,
                                            "Let the transport CCTV operators confirm or rule out the location in a clip. They know every platform and staircase in the network."),
                                    n(
                                            "pilot-first",
                                            "klaus.brandt",
                                            CONCERN,
                                            1,
                                            "Verification tools bought in a hurry after a riot tend to stay in a drawer. Pilot them on an ordinary match day first."),
                                    n(
                                            "local-reporters",
                                            "anna.virtanen",
                                            IDEA,
                                            1,
                                            "Local reporters on the ground are often the quickest verifiers. Give them a direct number to the press office for the duration of the event."),
                                    n(
                                            "group-three",
                                            FACILITATOR,
                                            DISCUSSION,
                                            0,
                                            "Breakout group 3: verification has to happen before a clip informs a decision, not only before it is reposted. No agreement yet on who pays for the tools.")),
                            List.of(
                                    n(
                                            "send-not-post",
                                            "sam.devries",
                                            IDEA,
                                            0,
                                            "Publish a short public guide: how to send us your video without posting it, and what we then do with it."),
                                    n(
                                            "confirm-on-record",
                                            "anna.virtanen",
                                            QUESTION,
                                            0,
                                            "If we share a clip we have verified, will the police confirm the location on the record, or only off the record?")))),
            "helicopter-clip",
            new Hidden(
                    "tram-stop",
                    "Points people to where an officer lives. We do not share anyone's personal details in this workshop."),
            new Merge("quiet-account", "silent-hour"),
            List.of(
                    new LessonSpec(
                            "one-live-account",
                            "Name one live account before the event and keep posting",
                            "Days before a mass gathering, agree with the city, transport and the organiser which single official account carries live updates, and say so. During the event post at a fixed rhythm, including 'no change' updates, so that silence is never read as concealment.",
                            LessonType.BEST_PRACTICE,
                            LessonStatus.PUBLISHED,
                            8,
                            List.of("route-map", "one-hashtag", "every-twenty", "big-screen")),
                    new LessonSpec(
                            "checkable-rebuttals",
                            "Answer harmful rumours with something people can check",
                            "A bare denial rarely works. Rebut with the uncut footage, a partner agency's confirmation or a time-stamped photo, lead with the facts rather than the false claim, and answer rumours that name a victim first.",
                            LessonType.LESSON_LEARNED,
                            LessonStatus.VALIDATED,
                            6,
                            List.of("helicopter-clip", "bare-denial", "two-million", "no-child-hurt")),
                    new LessonSpec(
                            "verify-before-deciding",
                            "Verify eyewitness video before it informs a decision",
                            "Check a clip's first upload, place and time before it is used for a tactical decision or reposted, with a verification analyst close to the commander and a rule for blurring bystanders.",
                            LessonType.RECOMMENDATION,
                            LessonStatus.EMERGING,
                            4,
                            List.of("ten-minutes", "one-in-five", "analyst-by-commander", "old-clip"))),
            List.of(
                    supports(
                            "route-map",
                            "pre-event-crowd-messaging",
                            "Practical route and rules information, published days ahead, moved questions to the official account."),
                    supports(
                            "route-map",
                            "official-account-single-source",
                            "Naming the live account in advance made it the place people asked."),
                    supports(
                            "club-reach",
                            "pre-event-crowd-messaging",
                            "Partners sharing the message multiplied its reach."),
                    contradicts(
                            "closed-telegram",
                            "pre-event-crowd-messaging",
                            "The groups who mattered most never saw the messages."),
                    supports(
                            "liaison-video",
                            "pre-event-crowd-messaging",
                            "Introducing liaison officers beforehand made them recognisable contacts."),
                    supports(
                            "one-hashtag",
                            "official-account-single-source",
                            "Partner agencies pointed to one voice instead of competing."),
                    supports(
                            "event-pages",
                            "lawful-open-source-monitoring",
                            "Scoped monitoring of public pages before the event."),
                    supports(
                            "helicopter-clip",
                            "rapid-rumour-rebuttal",
                            "Fast rebuttal with verifiable footage stopped the rumour."),
                    supports(
                            "helicopter-clip",
                            "official-account-single-source",
                            "The official account was where the footage appeared first."),
                    supports(
                            "silent-hour",
                            "official-account-single-source",
                            "Media quote the official account when it is timely."),
                    supports(
                            "every-twenty",
                            "official-account-single-source",
                            "A steady rhythm, including 'no change' posts, so silence is not read as concealment."),
                    supports(
                            "big-screen",
                            "official-account-single-source",
                            "The stadium repeated the official message instead of writing its own."),
                    contradicts(
                            "facebook-admin",
                            "official-account-single-source",
                            "The trusted voice on the night was a community admin, not the police account."),
                    supports(
                            "bare-denial",
                            "rapid-rumour-rebuttal",
                            "A denial without checkable facts backfired, as the pattern warns."),
                    contradicts(
                            "two-million",
                            "rapid-rumour-rebuttal",
                            "The rebuttal reached far fewer people than the rumour and amplified it."),
                    supports("two-million", "do-not-amplify-harmful-content", "Quoting the claim spread it further."),
                    supports(
                            "no-child-hurt",
                            "rapid-rumour-rebuttal",
                            "Independent confirmation from a partner agency."),
                    supports("ten-rumours", "rapid-rumour-rebuttal", "Pre-approved wording for common rumour types."),
                    supports(
                            "named-victim",
                            "rapid-rumour-rebuttal",
                            "Judging which rumours cause most harm decides what to answer first."),
                    supports(
                            "legal-basis",
                            "lawful-open-source-monitoring",
                            "Monitoring needs a written legal basis and scope."),
                    supports(
                            "officers-named",
                            "officer-online-welfare",
                            "Officers doxxed within an hour of an operation."),
                    supports(
                            "sentiment-tools",
                            "analytics-procurement-checklist",
                            "Ask how a tool was tested before buying it."),
                    supports(
                            "who-presses-post",
                            "social-media-roles-and-approvals",
                            "Who may publish out of hours has to be decided beforehand."),
                    supports("old-clip", "verify-before-sharing-ugc", "Recycled footage from elsewhere went viral."),
                    supports(
                            "ten-minutes",
                            "verify-before-sharing-ugc",
                            "Basic checks before acting on a clip prevented wrong arrests."),
                    supports(
                            "speak-to-filmer",
                            "verify-before-sharing-ugc",
                            "Contacting the source is part of verification."),
                    supports(
                            "one-in-five",
                            "verify-before-sharing-ugc",
                            "Research on how much crowd footage is old or edited."),
                    supports(
                            "upload-portal",
                            "protect-identities-in-public-appeals",
                            "Say what happens to bystanders' faces and for how long."),
                    supports(
                            "blur-bystanders",
                            "protect-identities-in-public-appeals",
                            "Nobody knew the rule on blurring bystanders."),
                    supports(
                            "streams-show-positions",
                            "live-streamed-operations",
                            "Live streams gave away police positions."),
                    supports(
                            "frightened-filmers",
                            "live-streamed-operations",
                            "Filming is mostly lawful and often harmless."),
                    supports("camera-in-every-hand", "live-streamed-operations", "Prepare officers for being filmed."),
                    supports(
                            "analyst-by-commander",
                            "event-social-media-cell",
                            "Verification close to the commander, before decisions."),
                    contradicts(
                            "screenshot-flood",
                            "event-social-media-cell",
                            "Seating the analysts in the control room overloaded the commander; a summary from next door worked better."),
                    supports(
                            "pilot-first",
                            "pilot-before-purchase",
                            "Tools bought in a hurry go unused; pilot them first."),
                    supports(
                            "one-live-account",
                            "official-account-single-source",
                            "The workshop's lesson restates the pattern from practice."),
                    supports("checkable-rebuttals", "rapid-rumour-rebuttal", "The workshop's lesson on rebuttals.")));

    // ---- CLOSED earlier in the year: trolling ---------------------------------------------------

    static final Story CLOSED = new Story(
            List.of(
                    new Round(
                            "What trolling looks like at your desk",
                            "Which kinds of online abuse reached you or your colleagues this year, and what did they cost?",
                            List.of(
                                    n(
                                            "waves",
                                            "rik.janssen",
                                            INSIGHT,
                                            1,
                                            "Most abuse aimed at our account comes in waves after a news story, from accounts created that week. The same fifty people, again and again."),
                                    n(
                                            "death-threats",
                                            "hanna.schmidt",
                                            CONCERN,
                                            2,
                                            "The mayor's team gets death threats in the comments every time a shelter is in the news. Nobody knows whether to report them, delete them or keep them as evidence."),
                                    n(
                                            "appeal-target",
                                            "olga.nowak",
                                            INSIGHT,
                                            2,
                                            "Victims are trolled underneath the police appeal itself. An appeal that names the victim's street becomes a target board."),
                                    n(
                                            "four-levels",
                                            "tom.okafor",
                                            GOOD_PRACTICE,
                                            3,
                                            "We sorted abuse into four levels, from 'ignore' to 'refer for prosecution', and wrote down who decides at each level. Staff stopped arguing at 11 p.m. about every reply."),
                                    n(
                                            "reporters-too",
                                            "chloe.martin",
                                            CONCERN,
                                            1,
                                            "Reporters who cover policing get the same pile-ons as officers, with no employer support at all."),
                                    n(
                                            "read-alone",
                                            "greta.lindqvist",
                                            INSIGHT,
                                            3,
                                            "Officers who run the force account read the abuse alone, at home, on their own phones. Several of ours took sick leave last year."),
                                    n(
                                            "trusted-flagger",
                                            "mikkel.sorensen",
                                            QUESTION,
                                            1,
                                            "Would police use a trusted-flagger channel if platforms answered within an hour, or would it become another inbox nobody reads?"),
                                    n(
                                            "whatsapp-forwards",
                                            "fatima.elamrani",
                                            INSIGHT,
                                            1,
                                            "As a councillor I get more abuse in forwarded WhatsApp messages than on public platforms, and nobody can moderate those."),
                                    n(
                                            "daily-cost",
                                            FACILITATOR,
                                            DISCUSSION,
                                            0,
                                            "Group summary: abuse is a daily cost, not an incident. Staff want a clear rule on when to stop reading and hand over.")),
                            List.of()),
                    new Round(
                            "Responses that worked",
                            "Which responses, from ignoring to prosecuting, actually reduced harm?",
                            List.of(
                                    n(
                                            "reply-once",
                                            "maja.berg",
                                            GOOD_PRACTICE,
                                            2,
                                            "Replying once with the facts and then muting worked better than a thread of arguments. The audience read our one reply; the troll never got a second."),
                                    n(
                                            "one-step-below",
                                            "karel.novak",
                                            INSIGHT,
                                            1,
                                            "Our newsroom tried a graded response for a year. The trolls learned exactly where the line was and stayed one step below it, every day."),
                                    n(
                                            "critics-not-trolls",
                                            "aisha.rahman",
                                            CONCERN,
                                            2,
                                            "A ladder that ends in prosecution will be used against critics, not only trolls. Write down what counts as criticism and what counts as abuse before you start."),
                                    n(
                                            "named-contact",
                                            "mikkel.sorensen",
                                            GOOD_PRACTICE,
                                            2,
                                            "A named contact at the platform for the public-order season got threats against officers removed in hours instead of weeks."),
                                    n(
                                            "quote-posting",
                                            "lena.fischer",
                                            INSIGHT,
                                            2,
                                            "Quote-posting a troll to condemn them doubles their reach. Screenshot it for the record, report it, and do not amplify it."),
                                    n(
                                            "hash-log",
                                            "jonas.weber",
                                            IDEA,
                                            1,
                                            "Keep a log of every abusive post with a hash and a timestamp, so that if it becomes a case the evidence is already there."),
                                    n(
                                            "national-matter",
                                            "sofia.marques",
                                            QUESTION,
                                            1,
                                            "At what point does coordinated trolling of an official become a matter for the national security service rather than local police?"),
                                    n(
                                            "counter-speech",
                                            "chloe.martin",
                                            INSIGHT,
                                            1,
                                            "Counter-speech from ordinary users worked better than anything the police posted. People defending the victim changed the tone of the thread."),
                                    n(
                                            "calm-replies",
                                            "paul.walsh",
                                            INSIGHT,
                                            1,
                                            "Trolls targeting officers wanted a reaction they could clip. The calmest replies got the fewest follow-ups."),
                                    n(
                                            "shelter-manager",
                                            "hanna.schmidt",
                                            GOOD_PRACTICE,
                                            2,
                                            "We answered a false rumour about a shelter with a short video from the shelter manager herself. The trolling stopped being believable once people saw her.")),
                            List.of()),
                    new Round(
                            "Protecting the people behind the accounts",
                            "What do staff who run official accounts need to keep doing the job?",
                            List.of(
                                    n(
                                            "rota",
                                            "greta.lindqvist",
                                            GOOD_PRACTICE,
                                            4,
                                            "Rotate who reads the comments, cap it at two hours a shift, and have a supervisor check in afterwards. It is the same as any other distressing duty."),
                                    n(
                                            "locked-profiles",
                                            "pieter.claes",
                                            CONCERN,
                                            1,
                                            "Event staff's personal profiles are found within minutes of an incident. Nobody told them to lock their accounts before the season."),
                                    n(
                                            "hide-my-home",
                                            "rik.janssen",
                                            IDEA,
                                            2,
                                            "A 'hide my home' checklist for every new officer: the electoral roll, photos of the house, the children's school in the background."),
                                    n(
                                            "shared-training",
                                            "olga.nowak",
                                            INSIGHT,
                                            1,
                                            "Support for trolled victims and for trolled officers is organised completely separately, yet the advice is the same. We could share the training."),
                                    n(
                                            "volunteer-admins",
                                            "fatima.elamrani",
                                            QUESTION,
                                            1,
                                            "Who pays for welfare support when the person being abused runs the account as a volunteer, like a neighbourhood watch admin?"),
                                    n(
                                            "named-or-anonymous",
                                            "karel.novak",
                                            CONCERN,
                                            1,
                                            "Anonymous accounts protect officers, but the public trusts a named, visible officer more. Nobody in the room has solved that trade-off."),
                                    n(
                                            "reports-go-up",
                                            "paul.walsh",
                                            INSIGHT,
                                            1,
                                            "Staff who had any training on online abuse reported it twice as often, so the numbers go up before they go down. Do not read that as failure."),
                                    n(
                                            "three-recommendations",
                                            FACILITATOR,
                                            DISCUSSION,
                                            0,
                                            "Closing plenary: three things to take forward, a response ladder, a welfare rota, and a platform contact agreed before the next season.")),
                            List.of())),
            "four-levels",
            null,
            null,
            List.of(
                    new LessonSpec(
                            "response-ladder",
                            "Agree a response ladder before the abuse starts",
                            "Sort abuse into levels (ignore, reply once with facts, report, refer for prosecution), write down who decides at each level and what counts as criticism rather than abuse, so that staff do not improvise at night.",
                            LessonType.BEST_PRACTICE,
                            LessonStatus.PUBLISHED,
                            5,
                            List.of("four-levels", "reply-once", "calm-replies", "critics-not-trolls")),
                    new LessonSpec(
                            "welfare-rota",
                            "Reading abuse is a duty with a welfare rota",
                            "Whoever reads the comments on an official account does so on a rota, for a limited time, with a supervisor's check-in afterwards, as with any other distressing duty.",
                            LessonType.ROLE_AND_RESPONSIBILITY,
                            LessonStatus.VALIDATED,
                            6,
                            List.of("read-alone", "rota", "hide-my-home")),
                    new LessonSpec(
                            "platform-contact",
                            "Agree a named platform contact before the season",
                            "Before a busy season, agree a named contact at each major platform for threats against staff, with an expected response time.",
                            LessonType.RECOMMENDATION,
                            LessonStatus.PUBLISHED,
                            3,
                            List.of("named-contact", "trusted-flagger"))),
            List.of(
                    supports(
                            "death-threats",
                            "trolling-response-ladder",
                            "Without agreed levels nobody knew whether to report, delete or keep."),
                    supports(
                            "four-levels",
                            "trolling-response-ladder",
                            "A written ladder with a decision-maker at each step."),
                    supports("reply-once", "trolling-response-ladder", "One factual reply, then mute."),
                    contradicts(
                            "one-step-below",
                            "trolling-response-ladder",
                            "A published line taught trolls where to stop."),
                    supports("calm-replies", "trolling-response-ladder", "Calm, brief replies reduced follow-ups."),
                    supports(
                            "appeal-target",
                            "protect-identities-in-public-appeals",
                            "Details in an appeal exposed the victim."),
                    supports("read-alone", "officer-online-welfare", "Staff reading abuse alone at home."),
                    supports("rota", "officer-online-welfare", "Rotation, time limits and supervision."),
                    supports("locked-profiles", "officer-online-welfare", "Personal profiles found within minutes."),
                    supports("hide-my-home", "officer-online-welfare", "Personal online security for new officers."),
                    supports(
                            "named-contact",
                            "platform-liaison-channels",
                            "A named contact shortened removals from weeks to hours."),
                    supports(
                            "quote-posting",
                            "do-not-amplify-harmful-content",
                            "Condemning by quoting doubles the reach."),
                    supports(
                            "counter-speech",
                            "do-not-amplify-harmful-content",
                            "Others' counter-speech worked better than an official reply."),
                    supports(
                            "shelter-manager",
                            "rapid-rumour-rebuttal",
                            "A rumour answered by the person it was about, on video."),
                    supports(
                            "response-ladder",
                            "trolling-response-ladder",
                            "The workshop's lesson restates the pattern."),
                    supports("welfare-rota", "officer-online-welfare", "The workshop's lesson on welfare."),
                    supports(
                            "platform-contact",
                            "platform-liaison-channels",
                            "The workshop's lesson on platform contacts.")));
}
