-- The catalogue of social media technologies: kinds of technology (never products) that public
-- security bodies use or consider, with their uses, risks, legal and ethical notes, themes, related
-- patterns and reference links; a revision for every edit; and tags from notes and lessons to them.
create sequence technology_seq start with 1 increment by 50;

create table technology (
    id                      bigint primary key,
    slug                    varchar(80) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                    varchar(160) not null,
    category                varchar(40) not null check (category in ('MONITORING_AND_ANALYTICS', 'OPEN_SOURCE_INVESTIGATION',
                                'CRISIS_COMMUNICATION', 'VERIFICATION', 'COMMUNITY_ENGAGEMENT', 'DARK_WEB_MONITORING',
                                'MODERATION_AND_REPORTING', 'OTHER')),
    summary                 varchar(300) not null,
    uses                    text not null default '',
    risks                   text not null default '',
    legal_and_ethical_notes text not null default '',
    maturity                varchar(20) not null check (maturity in ('EMERGING', 'PILOTED', 'ESTABLISHED')),
    open_source             boolean not null default false,
    version                 bigint not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    search                  tsvector generated always as (
        setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(summary, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(uses, '')), 'B')) stored
);
create index technology_search_idx on technology using gin (search);

create table technology_theme (
    technology_id bigint not null references technology (id) on delete cascade,
    theme         varchar(60) not null references theme (slug),
    primary key (technology_id, theme)
);

-- Related patterns by slug: a pattern's slug never changes once it is made.
create table technology_pattern (
    technology_id bigint not null references technology (id) on delete cascade,
    pattern_slug  varchar(80) not null references pattern (slug) on update cascade on delete cascade,
    primary key (technology_id, pattern_slug)
);

create table technology_link (
    technology_id bigint not null references technology (id) on delete cascade,
    position      int not null check (position >= 0),
    url           varchar(500) not null check (url ~* '^https?://'),
    primary key (technology_id, position)
);

create sequence technology_revision_seq start with 1 increment by 50;

create table technology_revision (
    id                bigint primary key,
    technology_id     bigint not null references technology (id) on delete cascade,
    version           bigint not null,
    editor_account_id bigint references account (id) on delete set null,
    edited_at         timestamptz not null default now(),
    before            jsonb,
    after             jsonb not null
);
create index technology_revision_technology_idx on technology_revision (technology_id, version desc);

-- A tag ties a note or a lesson to a pattern or (now) to a technology: exactly one of the two.
alter table pattern_tag alter column pattern_id drop not null;
alter table pattern_tag add column technology_id bigint references technology (id) on delete cascade;
alter table pattern_tag add constraint pattern_tag_one_subject check ((pattern_id is null) <> (technology_id is null));
create unique index pattern_tag_technology_note_key on pattern_tag (technology_id, note_id)
    where technology_id is not null and note_id is not null;
create unique index pattern_tag_technology_lesson_key on pattern_tag (technology_id, lesson_id)
    where technology_id is not null and lesson_id is not null;
create index pattern_tag_technology_idx on pattern_tag (technology_id) where technology_id is not null;

-- ---------------------------------------------------------------------------------------------
-- Seed: the starter catalogue, in our own words. Each entry is a kind of technology, described by
-- what it does and what it risks; no entry names or recommends a product or a vendor.
-- ---------------------------------------------------------------------------------------------

insert into technology (id, slug, name, category, summary, uses, risks, legal_and_ethical_notes, maturity, open_source)
values
(nextval('technology_seq'), 'social-media-monitoring-dashboards',
$$Social media monitoring dashboards$$, 'MONITORING_AND_ANALYTICS',
$$Dashboards that gather public posts matching agreed keywords, places or hashtags and show volumes, trends and notable posts in one view for a duty team.$$,
$$- Situational awareness for a control room during a large event or an incident.
- Spotting questions and worries that official accounts should answer.
- Measuring whether a public safety message reached people.$$,
$$- Scope creep from events to people: a search for a topic turns into watching individuals.
- Volumes mistaken for truth; loud accounts and bots skew what the dashboard shows.
- Alert fatigue when keyword lists are broad.$$,
$$Monitoring public posts is still processing of personal data: it needs a lawful basis and a stated purpose, a proportionality assessment, a retention limit and a record of searches. Keep an audit trail of who searched what, and do not target lawful protest or journalism.$$,
'ESTABLISHED', false),

(nextval('technology_seq'), 'geolocation-of-public-posts',
$$Geolocation of public posts$$, 'OPEN_SOURCE_INVESTIGATION',
$$Methods and tools that work out where a public photo, video or post was made, from metadata when present and otherwise from landmarks, shadows, signs and maps.$$,
$$- Checking whether footage said to show a local incident was really filmed there.
- Placing reports from the public on a map during a fast-moving event.
- Supporting investigators who must show where evidence was recorded.$$,
$$- A wrong location presented with confidence misleads commanders and the public.
- Locating private individuals can expose them to harassment if results leak.
- Metadata is often stripped or forged.$$,
$$Work only on material that is lawfully available and relevant to a defined task; record the method so that a result can be explained in court. Geolocating a person (rather than an event) calls for the same authorisation as other targeted surveillance.$$,
'ESTABLISHED', true),

(nextval('technology_seq'), 'crowd-sourced-image-verification',
$$Crowd-sourced image verification$$, 'VERIFICATION',
$$Structured ways for trained volunteers, journalists and analysts to check together whether images and videos circulating after an incident are genuine, recent and in context.$$,
$$- Debunking recycled footage during riots or disasters before it drives behaviour.
- Channelling citizens' wish to help into checking rather than accusing.
- Building a shared record of what has already been verified.$$,
$$- Volunteers may slide into identifying suspects (digital vigilantism).
- Open verification threads can spread the very material they check.
- Coordinated groups can game the process.$$,
$$Agree rules that keep verification about the material, not about naming people; protect the identities of victims and bystanders; do not treat crowd findings as evidence without police verification and a documented chain of custody.$$,
'PILOTED', true),

(nextval('technology_seq'), 'emergency-alert-broadcasting-official-accounts',
$$Emergency alert broadcasting via official accounts$$, 'CRISIS_COMMUNICATION',
$$Tools and procedures that push one approved warning at once to an agency's official social media accounts, websites and, where available, public warning systems on mobile networks.$$,
$$- Telling crowds which exits, roads or stations to use during an incident.
- Giving residents one authoritative instruction (shelter, avoid, evacuate) quickly.
- Keeping partner agencies' messages consistent by sharing one source.$$,
$$- A hijacked or mistaken alert reaches everyone at once.
- People without accounts or data connections are missed.
- Too many alerts teach people to ignore them.$$,
$$Public warnings must be accessible (plain language, several languages, screen-reader friendly) and must not collect personal data from recipients. Member States' public warning duties under the European Electronic Communications Code apply to mobile alerts.$$,
'ESTABLISHED', false),

(nextval('technology_seq'), 'dark-web-marketplace-crawlers',
$$Dark web marketplace crawlers$$, 'DARK_WEB_MONITORING',
$$Crawlers that visit hidden-service marketplaces and forums, keep dated copies of listings, vendor profiles and posts, and index them so investigators can search and compare over time.$$,
$$- Mapping which illegal goods are offered and how prices move.
- Linking vendor profiles across marketplaces that open and close.
- Preserving listings before a marketplace disappears.$$,
$$- Crawling may capture abusive or illegal content that staff must not be exposed to unprotected.
- Automated visits can be detected and answered with deception.
- Stored copies hold personal data of people who are not suspects.$$,
$$Collection needs a clear legal basis for each purpose and rules on storing illegal material; staff need welfare support. Under the Law Enforcement Directive, keep personal data only as long as the investigation needs it, and log access.$$,
'PILOTED', true),

(nextval('technology_seq'), 'troll-and-bot-detection-classifiers',
$$Troll and bot detection classifiers$$, 'MONITORING_AND_ANALYTICS',
$$Machine-learning models that score accounts or posts for signs of automation or coordinated inauthentic behaviour, such as posting rhythm, account age and copied text.$$,
$$- Telling an organic public reaction from an amplified campaign during a crisis.
- Prioritising which abusive accounts to report to platforms.
- Research on how disinformation spreads around public security events.$$,
$$- False positives label real people, often minorities or activists, as bots.
- Models trained on one language or platform transfer badly to another.
- Scores look objective and discourage human judgement.$$,
$$Scoring people by their behaviour is profiling: keep a human in the loop, document accuracy by language and group, and never act against a person on a score alone. Systems used by law enforcement may fall under the high-risk rules of the EU AI Act.$$,
'EMERGING', true),

(nextval('technology_seq'), 'automated-hate-speech-flagging',
$$Automated hate-speech flagging$$, 'MODERATION_AND_REPORTING',
$$Text and image classifiers that flag possibly hateful or threatening posts for human review, on an agency's own pages or in material reported to it.$$,
$$- Keeping comment threads under official posts usable for the public.
- Triaging large volumes of reports so that threats are seen first.
- Collecting examples for referral to platforms or prosecutors.$$,
$$- Context, irony, dialects and reclaimed words are misread.
- Over-removal chills legitimate criticism of the police.
- Attackers adapt spelling to evade filters.$$,
$$Flagging is not a finding of illegality: a person decides, with the national definition of illegal hate speech in mind. Removing criticism from official pages raises freedom-of-expression concerns; publish a moderation policy. Notices to platforms follow the Digital Services Act procedures.$$,
'PILOTED', true),

(nextval('technology_seq'), 'rumour-tracking-and-fact-check-workflows',
$$Rumour tracking and fact-check workflows$$, 'VERIFICATION',
$$Shared logs and workflows in which a team records each rumour it sees, its spread, what is known, who is checking it and the public answer, from first sighting to rebuttal.$$,
$$- Rebutting false claims quickly during riots and mass gatherings.
- Handing over open rumours between shifts.
- Learning afterwards which rumours mattered and which answers worked.$$,
$$- Repeating a rumour to rebut it can spread it further.
- A slow approval chain makes the answer arrive after the rumour has peaked.
- Logs may hold personal data of those who shared the rumour.$$,
$$Record rumours, not the people who shared them, unless an offence is investigated. Rebuttals should be factual and avoid shaming individuals.$$,
'ESTABLISHED', true),

(nextval('technology_seq'), 'image-and-video-forensics',
$$Image and video forensics for user-generated content$$, 'VERIFICATION',
$$Tools that examine photos and videos for editing, re-encoding, earlier copies online and inconsistent lighting or metadata, to judge whether material sent in by the public can be trusted.$$,
$$- Checking images sent in response to a public appeal.
- Finding the first appearance of a viral video.
- Preparing digital material for use as evidence.$$,
$$- Synthetic media improves faster than detection.
- Results are probabilistic and easy to overstate.
- Uploading material to online checking services can leak it.$$,
$$Prefer tools that run locally for sensitive material; document the version and settings used so that findings can be reproduced; disclose the limits of the method when results are used in proceedings.$$,
'ESTABLISHED', true),

(nextval('technology_seq'), 'automatic-face-and-plate-blurring',
$$Automatic blurring of faces and number plates$$, 'OTHER',
$$Software that detects and blurs faces, number plates and other identifying details in images and video before an agency publishes them.$$,
$$- Publishing footage of an incident without exposing bystanders or victims.
- Sharing images in appeals while protecting everyone but the person sought.
- Releasing material to the media or researchers.$$,
$$- Missed detections expose people; checks by a person remain necessary.
- Blurring can be reversed if done weakly.
- Over-reliance makes teams publish more than they should.$$,
$$Data minimisation under the GDPR and the Law Enforcement Directive: publish only what the purpose needs. Check every frame before release and keep the unblurred original under access control.$$,
'PILOTED', true),

(nextval('technology_seq'), 'online-crime-reporting-portals',
$$Online crime reporting portals linked to social media$$, 'COMMUNITY_ENGAGEMENT',
$$Secure forms and channels where people can report crimes and upload evidence, to which social media accounts point instead of taking reports in comments or direct messages.$$,
$$- Moving reports out of public comment threads into a recorded process.
- Receiving photos and videos with the context an investigation needs.
- Answering online reports with a reference number and follow-up.$$,
$$- Reports made in comments are lost if staff do not redirect them.
- Urgent cases may be sent to a channel not watched around the clock.
- Uploads may carry malware.$$,
$$Say clearly that social media is not for emergencies; tell reporters how their data is used (privacy notice) and for how long it is kept; scan uploads and keep them in evidence systems, not in social media inboxes.$$,
'ESTABLISHED', false),

(nextval('technology_seq'), 'neighbourhood-alert-platforms',
$$Neighbourhood alert and messaging platforms$$, 'COMMUNITY_ENGAGEMENT',
$$Messaging services, run by police or partners, that send local crime prevention advice and appeals to residents who have signed up by area and that let them reply.$$,
$$- Everyday crime prevention advice for a neighbourhood.
- Local appeals for witnesses.
- Working with residents' watch groups without joining their private chats.$$,
$$- Subscribers may be unrepresentative of the area.
- Local alerts can raise fear of crime.
- Replies can turn into accusations against neighbours.$$,
$$Subscribers' contact details are personal data: use them only for the stated purpose and let people leave easily. Moderate replies and avoid posting information that identifies suspects who have not been charged.$$,
'ESTABLISHED', false),

(nextval('technology_seq'), 'shared-publishing-and-approval-tools',
$$Shared publishing, scheduling and approval tools$$, 'CRISIS_COMMUNICATION',
$$Tools that let several people draft, approve, schedule and publish posts across an agency's accounts, with roles, an approval step and a log of who published what.$$,
$$- A fast two-person approval route for urgent posts during an operation.
- Scheduling routine advice so that staff can focus on incidents.
- One view of all official accounts and their replies.$$,
$$- A compromised tool account can publish everywhere at once.
- Heavy approval steps slow urgent warnings.
- Scheduled posts that go out during a crisis sound tone-deaf.$$,
$$Use strong authentication and least privilege; keep the publishing log as a public record where the law requires it; have a rule to pause scheduled posts when a major incident starts.$$,
'ESTABLISHED', true),

(nextval('technology_seq'), 'live-stream-discovery-at-events',
$$Live-stream discovery during public events$$, 'MONITORING_AND_ANALYTICS',
$$Search and alerting for public live streams near an event, so that a control room sees what people on the ground are broadcasting, including streams of police operations.$$,
$$- Seeing crowd conditions from many angles during a mass gathering.
- Noticing early when live streams show tension or a dangerous crush.
- Knowing which police actions are being broadcast live.$$,
$$- Watching streamers can become surveillance of protesters and journalists.
- Operational details of police teams can be exposed in live streams.
- Staff may react to dramatic clips rather than the whole picture.$$,
$$Filming police in public is generally lawful; monitoring streams must not be used to deter it. Record the purpose and the period of monitoring; do not store streams beyond what an investigation needs.$$,
'PILOTED', false),

(nextval('technology_seq'), 'crowd-sentiment-and-density-estimation',
$$Crowd sentiment and density estimation from public posts$$, 'MONITORING_AND_ANALYTICS',
$$Analytics that estimate the mood of a crowd and where it gathers from the text, timing and location of public posts, as one input to event planning and control.$$,
$$- Planning staffing and messages before a large event.
- Seeing hotspots forming during the event.
- Reviewing afterwards how the crowd experienced the day.$$,
$$- Sentiment models misread sarcasm, slang and other languages.
- Posts come from a skewed part of the crowd.
- Predictions can justify pre-emptive measures against lawful assembly.$$,
$$Use aggregate signals only, never scores of individuals; treat outputs as indications to be checked by people on the ground. Predictive uses against assemblies raise fundamental-rights concerns and may be high-risk AI.$$,
'EMERGING', false),

(nextval('technology_seq'), 'cryptocurrency-transaction-tracing',
$$Cryptocurrency transaction tracing$$, 'DARK_WEB_MONITORING',
$$Analysis of public blockchain records that follows payments between addresses and clusters addresses likely held by the same party, to trace money from dark web trade.$$,
$$- Following payments to and from dark web marketplaces.
- Identifying exchange accounts to which legal requests can be sent.
- Supporting asset recovery after a takedown.$$,
$$- Clustering heuristics are wrong for some wallets and mixers.
- Innocent users who received coins downstream may be implicated.
- Results depend on commercial attributions that cannot always be checked.$$,
$$Treat clustering results as leads, not proof; disclose methods to the defence where required. Requests to exchanges go through the proper legal channels.$$,
'ESTABLISHED', true),

(nextval('technology_seq'), 'forensic-web-capture-and-hashing',
$$Forensic capture and hashing of web and dark web pages$$, 'OPEN_SOURCE_INVESTIGATION',
$$Tools that save a web or hidden-service page as it was seen, with the time, address and a cryptographic hash, so that online material can be relied on later as evidence.$$,
$$- Preserving threats and abuse before they are deleted.
- Capturing marketplace listings and forum posts for court.
- Recording what an appeal or a rumour looked like at a given time.$$,
$$- Captures from personal devices or accounts taint evidence.
- Dynamic pages may not be captured completely.
- Capture archives hold personal data and sometimes illegal material.$$,
$$Use dedicated, documented capture environments and keep the chain of custody; restrict access to archives and apply retention rules of the Law Enforcement Directive.$$,
'ESTABLISHED', true),

(nextval('technology_seq'), 'managed-online-personas',
$$Managed online personas for covert investigation$$, 'DARK_WEB_MONITORING',
$$Infrastructure that keeps covert online identities separate from an agency's own network: isolated devices, attributable-free connections, and records of each persona's activity.$$,
$$- Authorised undercover work in dark web forums and marketplaces.
- Test purchases of illegal goods.
- Keeping investigators' real identities and agency out of sight.$$,
$$- Cross-contamination between personas exposes operations.
- Personas that take part in crime raise entrapment issues.
- Staff wellbeing suffers in long covert deployments.$$,
$$Covert online activity needs the same authorisation, supervision and records as physical undercover work; agree in advance what a persona may and may not do.$$,
'PILOTED', false),

(nextval('technology_seq'), 'trusted-flagger-reporting-channels',
$$Trusted-flagger reporting channels to platforms$$, 'MODERATION_AND_REPORTING',
$$Dedicated channels through which recognised bodies send notices of illegal content to online platforms and get priority handling and feedback on the outcome.$$,
$$- Getting threats and illegal content removed quickly.
- Asking platforms to preserve data for an investigation.
- Following up on trends in abuse targeted at officers or communities.$$,
$$- Over-reporting lawful speech undermines trust in the channel.
- Removal can destroy evidence unless preservation is asked for first.
- Informal requests bypass accountability.$$,
$$Under the Digital Services Act, trusted flaggers are designated by national coordinators and must report on their notices. Every notice should name the legal provision breached, and requests for data follow legal process, not informal asks.$$,
'ESTABLISHED', false),

(nextval('technology_seq'), 'abuse-filtering-for-staff-inboxes',
$$Abuse filtering for staff inboxes and comment threads$$, 'MODERATION_AND_REPORTING',
$$Filters that hide or blur abusive messages and comments aimed at officers and staff who run official accounts, and route threats to a colleague for action.$$,
$$- Protecting staff who read abuse every day.
- Making sure real threats are seen and acted on.
- Keeping comment threads usable for the public.$$,
$$- Hidden messages may contain genuine reports or complaints.
- Staff may feel their exposure is solved and stop asking for support.$$,
$$Complaints and reports must not be filtered away; check hidden items regularly. Employers have a duty of care for staff exposed to online abuse.$$,
'ESTABLISHED', false),

(nextval('technology_seq'), 'network-analysis-of-public-accounts',
$$Network analysis of public accounts and hashtags$$, 'OPEN_SOURCE_INVESTIGATION',
$$Graph analysis of who follows, mentions, shares and replies to whom around a hashtag or topic, to show communities, brokers and how a message spreads.$$,
$$- Understanding how a rumour or call to violence travelled.
- Seeing which communities an official message reached.
- Finding coordinated harassment campaigns.$$,
$$- Guilt by association: being connected is not taking part.
- Graphs of activists and journalists chill lawful expression.
- Results depend heavily on what the platform lets you collect.$$,
$$Network maps of identifiable people are personal data and often profiling; limit them to a defined investigation or to aggregate research, and minimise and pseudonymise where possible.$$,
'ESTABLISHED', true),

(nextval('technology_seq'), 'anonymous-tip-off-apps-and-chatbots',
$$Anonymous tip-off apps and chatbots$$, 'COMMUNITY_ENGAGEMENT',
$$Apps, web forms and chat assistants through which people can give information to the police without revealing who they are, and answer follow-up questions.$$,
$$- Information about crime from people afraid to come forward.
- Guiding citizen investigators to hand over findings instead of publishing them.
- Answering common questions outside office hours.$$,
$$- Anonymity invites malicious and false reports.
- A chatbot may give wrong advice in an emergency.
- Metadata can reveal an informant if handled carelessly.$$,
$$Promise only the anonymity the system really gives; do not log more than needed. A chatbot must say it is not a person and must send emergencies to emergency numbers.$$,
'PILOTED', false),

(nextval('technology_seq'), 'machine-translation-of-posts',
$$Machine translation of multilingual posts$$, 'OTHER',
$$Automatic translation of posts, comments and reports in many languages, so that teams can follow and answer audiences they could not read before.$$,
$$- Following a situation in a city with many language communities.
- Answering questions from visitors during an international event.
- Reading material found in cross-border investigations.$$,
$$- Mistranslation of slang, threats or jokes leads to wrong decisions.
- Sending sensitive text to online translation services leaks it.$$,
$$Have important translations checked by a person before acting on them or publishing them; prefer services that run under the agency's control for sensitive material.$$,
'ESTABLISHED', true),

(nextval('technology_seq'), 'evaluation-sandboxes-for-analytics',
$$Evaluation sandboxes for piloting analytics tools$$, 'OTHER',
$$Controlled test environments with agreed test data, metrics and oversight, in which an agency can try a new social media technology before deciding to buy or deploy it.$$,
$$- Checking a vendor's claims of accuracy on local languages and cases.
- Involving data protection officers and ethics boards early.
- Sharing pilot results with other agencies.$$,
$$- Pilots on live data drift into production without a decision.
- Test data that is too clean overstates performance.$$,
$$A pilot on personal data needs a legal basis and a data protection impact assessment like any deployment; set an end date and criteria for stopping.$$,
'EMERGING', false);

insert into technology_theme (technology_id, theme)
select t.id, x.theme from technology t join (values
    ('social-media-monitoring-dashboards', 'riots-and-mass-gatherings'),
    ('social-media-monitoring-dashboards', 'everyday-security'),
    ('social-media-monitoring-dashboards', 'innovative-market-solutions'),
    ('geolocation-of-public-posts', 'diy-policing'),
    ('geolocation-of-public-posts', 'riots-and-mass-gatherings'),
    ('crowd-sourced-image-verification', 'diy-policing'),
    ('crowd-sourced-image-verification', 'riots-and-mass-gatherings'),
    ('emergency-alert-broadcasting-official-accounts', 'riots-and-mass-gatherings'),
    ('emergency-alert-broadcasting-official-accounts', 'everyday-security'),
    ('dark-web-marketplace-crawlers', 'dark-web'),
    ('dark-web-marketplace-crawlers', 'innovative-market-solutions'),
    ('troll-and-bot-detection-classifiers', 'trolling'),
    ('troll-and-bot-detection-classifiers', 'innovative-market-solutions'),
    ('automated-hate-speech-flagging', 'trolling'),
    ('automated-hate-speech-flagging', 'innovative-market-solutions'),
    ('rumour-tracking-and-fact-check-workflows', 'riots-and-mass-gatherings'),
    ('rumour-tracking-and-fact-check-workflows', 'everyday-security'),
    ('rumour-tracking-and-fact-check-workflows', 'trolling'),
    ('image-and-video-forensics', 'diy-policing'),
    ('image-and-video-forensics', 'riots-and-mass-gatherings'),
    ('automatic-face-and-plate-blurring', 'diy-policing'),
    ('automatic-face-and-plate-blurring', 'everyday-security'),
    ('online-crime-reporting-portals', 'everyday-security'),
    ('online-crime-reporting-portals', 'diy-policing'),
    ('neighbourhood-alert-platforms', 'everyday-security'),
    ('neighbourhood-alert-platforms', 'diy-policing'),
    ('shared-publishing-and-approval-tools', 'everyday-security'),
    ('shared-publishing-and-approval-tools', 'riots-and-mass-gatherings'),
    ('live-stream-discovery-at-events', 'riots-and-mass-gatherings'),
    ('crowd-sentiment-and-density-estimation', 'riots-and-mass-gatherings'),
    ('crowd-sentiment-and-density-estimation', 'innovative-market-solutions'),
    ('cryptocurrency-transaction-tracing', 'dark-web'),
    ('forensic-web-capture-and-hashing', 'dark-web'),
    ('forensic-web-capture-and-hashing', 'trolling'),
    ('forensic-web-capture-and-hashing', 'diy-policing'),
    ('managed-online-personas', 'dark-web'),
    ('trusted-flagger-reporting-channels', 'trolling'),
    ('trusted-flagger-reporting-channels', 'dark-web'),
    ('abuse-filtering-for-staff-inboxes', 'trolling'),
    ('network-analysis-of-public-accounts', 'trolling'),
    ('network-analysis-of-public-accounts', 'riots-and-mass-gatherings'),
    ('anonymous-tip-off-apps-and-chatbots', 'diy-policing'),
    ('anonymous-tip-off-apps-and-chatbots', 'everyday-security'),
    ('anonymous-tip-off-apps-and-chatbots', 'innovative-market-solutions'),
    ('machine-translation-of-posts', 'innovative-market-solutions'),
    ('machine-translation-of-posts', 'riots-and-mass-gatherings'),
    ('evaluation-sandboxes-for-analytics', 'innovative-market-solutions')
) as x (slug, theme) on t.slug = x.slug;

insert into technology_pattern (technology_id, pattern_slug)
select t.id, x.pattern from technology t join (values
    ('social-media-monitoring-dashboards', 'lawful-open-source-monitoring'),
    ('social-media-monitoring-dashboards', 'event-social-media-cell'),
    ('social-media-monitoring-dashboards', 'analytics-procurement-checklist'),
    ('geolocation-of-public-posts', 'verify-before-sharing-ugc'),
    ('geolocation-of-public-posts', 'lawful-open-source-monitoring'),
    ('crowd-sourced-image-verification', 'verify-before-sharing-ugc'),
    ('crowd-sourced-image-verification', 'citizen-investigator-partnership'),
    ('emergency-alert-broadcasting-official-accounts', 'official-account-single-source'),
    ('emergency-alert-broadcasting-official-accounts', 'pre-event-crowd-messaging'),
    ('dark-web-marketplace-crawlers', 'dark-web-evidence-preservation'),
    ('dark-web-marketplace-crawlers', 'lawful-open-source-monitoring'),
    ('troll-and-bot-detection-classifiers', 'trolling-response-ladder'),
    ('troll-and-bot-detection-classifiers', 'analytics-procurement-checklist'),
    ('automated-hate-speech-flagging', 'trolling-response-ladder'),
    ('automated-hate-speech-flagging', 'do-not-amplify-harmful-content'),
    ('automated-hate-speech-flagging', 'platform-liaison-channels'),
    ('rumour-tracking-and-fact-check-workflows', 'rapid-rumour-rebuttal'),
    ('rumour-tracking-and-fact-check-workflows', 'verify-before-sharing-ugc'),
    ('image-and-video-forensics', 'verify-before-sharing-ugc'),
    ('image-and-video-forensics', 'suspect-image-appeals'),
    ('automatic-face-and-plate-blurring', 'protect-identities-in-public-appeals'),
    ('automatic-face-and-plate-blurring', 'suspect-image-appeals'),
    ('online-crime-reporting-portals', 'social-media-crime-report-handoff'),
    ('online-crime-reporting-portals', 'neighbourhood-accounts'),
    ('neighbourhood-alert-platforms', 'neighbourhood-accounts'),
    ('neighbourhood-alert-platforms', 'citizen-patrol-engagement'),
    ('shared-publishing-and-approval-tools', 'social-media-roles-and-approvals'),
    ('shared-publishing-and-approval-tools', 'official-account-single-source'),
    ('live-stream-discovery-at-events', 'live-streamed-operations'),
    ('live-stream-discovery-at-events', 'event-social-media-cell'),
    ('crowd-sentiment-and-density-estimation', 'pre-event-crowd-messaging'),
    ('crowd-sentiment-and-density-estimation', 'event-social-media-cell'),
    ('crowd-sentiment-and-density-estimation', 'pilot-before-purchase'),
    ('cryptocurrency-transaction-tracing', 'dark-web-evidence-preservation'),
    ('cryptocurrency-transaction-tracing', 'publicise-dark-web-takedowns'),
    ('forensic-web-capture-and-hashing', 'dark-web-evidence-preservation'),
    ('forensic-web-capture-and-hashing', 'social-media-crime-report-handoff'),
    ('managed-online-personas', 'dark-web-undercover-identities'),
    ('trusted-flagger-reporting-channels', 'platform-liaison-channels'),
    ('trusted-flagger-reporting-channels', 'do-not-amplify-harmful-content'),
    ('abuse-filtering-for-staff-inboxes', 'officer-online-welfare'),
    ('abuse-filtering-for-staff-inboxes', 'trolling-response-ladder'),
    ('network-analysis-of-public-accounts', 'lawful-open-source-monitoring'),
    ('network-analysis-of-public-accounts', 'trolling-response-ladder'),
    ('anonymous-tip-off-apps-and-chatbots', 'social-media-crime-report-handoff'),
    ('anonymous-tip-off-apps-and-chatbots', 'citizen-investigator-partnership'),
    ('machine-translation-of-posts', 'event-social-media-cell'),
    ('evaluation-sandboxes-for-analytics', 'pilot-before-purchase'),
    ('evaluation-sandboxes-for-analytics', 'analytics-procurement-checklist'),
    ('evaluation-sandboxes-for-analytics', 'cross-sector-learning-network')
) as x (slug, pattern) on t.slug = x.slug;

-- Links go to the law an entry's notes cite (EUR-Lex), never to a product.
insert into technology_link (technology_id, position, url)
select t.id, x.position, x.url from technology t join (values
    ('social-media-monitoring-dashboards', 0, 'https://eur-lex.europa.eu/eli/dir/2016/680/oj'),
    ('geolocation-of-public-posts', 0, 'https://eur-lex.europa.eu/eli/dir/2016/680/oj'),
    ('emergency-alert-broadcasting-official-accounts', 0, 'https://eur-lex.europa.eu/eli/dir/2018/1972/oj'),
    ('dark-web-marketplace-crawlers', 0, 'https://eur-lex.europa.eu/eli/dir/2016/680/oj'),
    ('troll-and-bot-detection-classifiers', 0, 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj'),
    ('automated-hate-speech-flagging', 0, 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj'),
    ('automatic-face-and-plate-blurring', 0, 'https://eur-lex.europa.eu/eli/reg/2016/679/oj'),
    ('automatic-face-and-plate-blurring', 1, 'https://eur-lex.europa.eu/eli/dir/2016/680/oj'),
    ('crowd-sentiment-and-density-estimation', 0, 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj'),
    ('forensic-web-capture-and-hashing', 0, 'https://eur-lex.europa.eu/eli/dir/2016/680/oj'),
    ('trusted-flagger-reporting-channels', 0, 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj'),
    ('evaluation-sandboxes-for-analytics', 0, 'https://eur-lex.europa.eu/eli/reg/2016/679/oj'),
    ('evaluation-sandboxes-for-analytics', 1, 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj')
) as x (slug, position, url) on t.slug = x.slug;
