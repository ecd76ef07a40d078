-- Seed data: the starter inventory of the Pattern Language of Social Media Use (best practices,
-- lessons learned, roles and responsibilities), with their workshop themes and typed relations, in our own words.

-- ---------------------------------------------------------------------------------------------
-- Patterns
-- ---------------------------------------------------------------------------------------------

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'official-account-single-source',
$$Official account as the trusted single source in riots and mass gatherings$$,
$$During a riot or mass gathering, one designated official account publishes timely, authoritative updates so crowds, media and residents know where to look and rumours lose ground.$$,
$$Large events and public disorder produce a flood of posts from participants, bystanders, journalists and commentators. People on the ground, and those worrying at home, turn to social media first to find out what is happening and what they should do.$$,
$$When the police voice is scattered across many accounts, or goes silent, the gap fills with guesses, recycled footage and deliberate falsehoods, and crowds may act on them.$$,
$$- Speed matters, yet every public statement has to be accurate and approved.
- Several agencies (police, city, transport, emergency services) want to speak at the same time.
- An audience has to be built before the crisis, not during it.
- A single prominent account attracts hijacking attempts, impersonation and abuse.$$,
$$Name one verified official account as the lead voice for the operation and announce it in advance. Post short, regular, time-stamped updates with clear instructions; partner agencies share and point to it instead of issuing competing messages. Keep posting even when there is little news, so that silence is not read as concealment.$$,
$$- People learn where reliable information lives, and media quote the account directly.
- The team needs staffing for long shifts and a fast approval route.
- Mistakes are amplified as well, so corrections must be as visible as the original post.$$,
$$- Hypothetical: during a local football derby in a fictional port city, the police account posts road closures every 20 minutes and the transport operator reposts them rather than writing its own.
- Hypothetical: when disorder breaks out after an open-air concert, the account pins a post listing safe exits and a helpline number, updated as streets reopen.$$,
$$- **Communications lead**: owns the account and the posting rhythm.
- **Strategic commander**: approves messages about tactics and public safety.
- **Partner agencies**: share and link instead of duplicating.
- **Monitoring analyst**: reports the questions people are asking so that posts answer them.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'rapid-rumour-rebuttal',
$$Rebut rumours quickly with verifiable facts$$,
$$When a false or misleading claim starts to spread, answer it fast with facts people can check and a named source, rather than with a bare denial.$$,
$$Rumours about casualties, police actions, attacks or the identity of offenders travel fast in tense periods and can trigger fear, anger or copy-cat behaviour.$$,
$$A flat "this is not true" rarely convinces anyone, and a slow answer lets the rumour harden into accepted fact.$$,
$$- Answering too early risks being wrong; answering too late lets the rumour win.
- Repeating the false claim can spread it further.
- The facts may be incomplete, or restricted for operational or legal reasons.$$,
$$- Watch for fast-growing claims and judge whether they are likely to cause harm.
- Reply within minutes where possible: what is known, what is not yet known, and when the next update will come.
- Support the reply with something checkable: a photo, a time-stamped statement, confirmation from a partner agency.
- Lead with the correct information and mention the false claim only as much as necessary.$$,
$$Each accurate rebuttal builds credibility, but a single error can undo it. The team needs pre-approved wording for common rumour types and the authority to post without a long sign-off chain.$$,
$$- Hypothetical: a post claims a child was hurt by a police horse at a march; within 15 minutes the official account shares the ambulance service's confirmation that no such call was received and asks anyone with footage to send it privately.
- Hypothetical: a rumour says a shopping centre is under attack; the police post a current photo of the calm entrance, with the time and the centre manager's confirmation.$$,
$$- **Monitoring analyst**: spots emerging rumours and rates their potential harm.
- **Duty communications officer**: drafts and publishes the rebuttal.
- **Operational commander**: confirms facts quickly.
- **Partner agencies**: provide independent confirmation.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'pre-event-crowd-messaging',
$$Pre-event messaging to crowds$$,
$$Before a planned mass gathering, use social media to tell attendees what to expect, how to travel, what is not allowed and where live updates will appear.$$,
$$Festivals, marches, matches and celebrations are usually known days or weeks ahead, and attendees look them up online beforehand.$$,
$$Crowds that arrive without knowing routes, restrictions and the policing approach are more likely to bunch up, clash with officers or be misled on the day.$$,
$$- Organisers, venues and police each hold part of the picture.
- Messages must sound neutral and respectful, especially around protests, or they will be read as hostile.
- Different groups use different platforms and languages.$$,
$$Agree a joint message plan with organisers and partners. Publish practical information (routes, timings, prohibited items, meeting points, accessibility, how to get help) and explain the policing approach in plain language. Say which official account will carry live updates and use the hashtags attendees already use.$$,
$$Attendees arrive better prepared and know where to turn, and the official account gains followers before it is needed. Messages that sound threatening can backfire and harden attitudes.$$,
$$- Hypothetical: a week before a large climate march, police and organisers post a joint route map and a short video introducing the liaison officers who will walk with the crowd.
- Hypothetical: ahead of a cup final, travelling fans get transport and alcohol-rule reminders in three languages.$$,
$$- **Event communications lead**: writes and schedules the plan.
- **Organisers and venue**: co-sign and share the content.
- **Police liaison officers**: appear in content as recognisable contacts.
- **Legal advisor**: checks wording about conditions and restrictions.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'event-social-media-cell',
$$Social media cell in the event control room$$,
$$For major events and disorder, seat a small team in the control room that monitors social media and publishes official updates, with a direct line to the commander.$$,
$$Large operations are run from a control room where commanders decide on deployments and tactics under time pressure.$$,
$$If monitoring and posting happen far from the commanders, useful signals arrive late and public messages lag behind operational decisions.$$,
$$- Commanders have little attention to spare for social media detail.
- Monitoring has to stay within its legal basis, even under pressure.
- Watching and publishing call for different skills.$$,
$$- Staff the cell with at least one analyst, one communicator and a supervisor who can reach the commander.
- Give the cell a written brief: what to look for, what may be posted without further approval, and how to escalate.
- Feed short, regular summaries into the command briefing cycle.$$,
$$Decisions and messages move in step, and commanders gain a sense of public mood. The cell needs trained people on a rota and clear records of what was monitored and why.$$,
$$- Hypothetical: at a three-day festival the cell notices several posts about crushing at one gate, alerts the commander, who opens a second gate, and then posts the change.$$,
$$- **Cell supervisor**: links to the commander and signs off routine posts.
- **Analyst**: monitors within the agreed scope and logs activity.
- **Communicator**: drafts and publishes updates.
- **Commander**: sets priorities and approves sensitive messages.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'live-streamed-operations',
$$Expect to be filmed: plan for live-streamed operations$$,
$$Assume arrests, crowd control and other operations will be filmed and streamed as they happen, and prepare officers, tactics and communications for that.$$,
$$Bystanders, participants and journalists stream security operations live, often with running commentary and calls to join in.$$,
$$A short, unexplained clip of force can go viral before commanders know it exists, damaging trust and sometimes escalating the situation; streams can also give away police positions.$$,
$$- Filming police in public is generally lawful and supports accountability.
- Clips lack context, and the full picture may take hours to establish.
- Officers can feel exposed and may be identified and harassed online.$$,
$$Brief officers that they will be filmed and that professional conduct is their best protection. Use body-worn cameras where lawful so a complete record exists. Have the communications team ready to acknowledge a circulating clip quickly, say what is known and promise review where appropriate; never ask people to stop filming lawful activity.$$,
$$Openness about filmed incidents tends to limit the damage, while defensiveness feeds it. Complaints and reviews may increase, and officers who are identified online need support.$$,
$$- Hypothetical: a clip of an arrest at a protest spreads fast; within the hour the police account acknowledges it, explains the arrest was for assault, and says the full body-worn footage has gone to the independent complaints body.$$,
$$- **Officers on the ground**: act knowing they are filmed and record with body-worn cameras where lawful.
- **Communications team**: responds to viral clips.
- **Professional standards**: reviews the incident.
- **Welfare lead**: supports officers identified online.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'verify-before-sharing-ugc',
$$Verify user-generated content before sharing or acting on it$$,
$$Check the source, time, place and integrity of photos, videos and posts from the public before reposting them or basing decisions on them.$$,
$$During incidents citizens post and send large amounts of images and video, and some of it is old, staged, edited or from somewhere else entirely.$$,
$$Sharing or acting on false material misleads the public, can harm innocent people and undermines the authority's credibility.$$,
$$- Useful material is often time-critical.
- Verification needs skills and tools not every team has.
- The original poster may be hard to reach or unwilling to talk to police.$$,
$$- Run a short checklist: who posted first, when and where; does the scene match (weather, signs, landmarks); has it appeared before (reverse image search); are there signs of editing.
- Contact the original source where that is safe.
- Attach a confidence label when passing material on internally.
- Do not repost publicly until the material has passed the checklist.$$,
$$Fewer errors and better evidence, at some cost in speed. The team builds verification skills that also serve rumour rebuttal.$$,
$$- Hypothetical: a video of a burning car "tonight" turns out, via reverse image search, to come from another country three years earlier, and the team logs it as a likely rumour.
- Hypothetical: a resident's photo of a getaway vehicle is checked against traffic-camera time stamps before it is used in a briefing.$$,
$$- **Analyst or verifier**: runs the checklist and records the outcome.
- **Investigating officer**: decides how verified material is used.
- **Communications team**: shares only verified content.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'lawful-open-source-monitoring',
$$Monitor open sources only within a documented legal basis$$,
$$Before watching social media for public security purposes, write down the legal basis, purpose, scope, retention and oversight, and keep every monitoring activity inside those limits.$$,
$$Public posts look freely available, and tools make it easy to collect and analyse them at scale.$$,
$$Monitoring without a clear legal basis can breach privacy and data protection law, chill lawful protest and make evidence inadmissible, even when the posts are public.$$,
$$- "Public" does not mean free to collect, keep and profile.
- Operational teams want broad, continuous awareness; the law demands necessity and proportionality.
- Rules differ between countries, and between general awareness, intelligence and investigation.$$,
$$- For each monitoring activity record the purpose, legal basis, sources and search terms, who is authorised, how long data is kept and who reviews it.
- Seek a higher level of authorisation when monitoring becomes targeted, repeated or covert.
- Involve the data protection officer and legal advisor when setting it up and when reviewing it.
- Log searches and delete data when the retention period ends.$$,
$$Monitoring becomes defensible in court and in public, and the organisation can explain it openly. Preparation takes time and will sometimes rule out collection that is tempting but unlawful.$$,
$$- Hypothetical: before an international summit, a force writes a one-page monitoring plan limited to threats to public safety around the venue, with deletion after 30 days and a mid-event check by the data protection officer.$$,
$$- **Senior authorising officer**: approves the plan and any escalation.
- **Legal advisor**: confirms the legal basis.
- **Data protection officer**: checks minimisation, retention and the impact assessment.
- **Analysts**: work within the plan and log their activity.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'social-media-crime-report-handoff',
$$Clear hand-off when citizens report crimes on social media$$,
$$When people report crimes or emergencies through social media, reply quickly and route them to the proper reporting channel, with a tracked hand-off for anything urgent.$$,
$$Many people message or tag police accounts to report crimes, suspicious activity or emergencies, expecting the same response they would get from a phone call.$$,
$$Social media inboxes are not always watched, so reports can be missed, lost in public threads or exposed to everyone reading them.$$,
$$- Citizens expect to use the channel they prefer.
- Accounts are not staffed around the clock, and public comments are no place for personal details.
- Reports must be recorded properly to count as evidence and enter case systems.$$,
$$- State clearly on every account when it is monitored and that emergencies go to the emergency number.
- Use an automatic reply giving the emergency number and the online reporting link.
- Move any report to a private channel, then log it in the normal case system with a reference number.
- Keep a written escalation path to the control room for anything urgent.$$,
$$Fewer reports fall through the cracks and citizens know what will happen next. Triage takes staff time, and some people will still expect instant answers.$$,
$$- Hypothetical: a resident comments under a neighbourhood post that her car was broken into; the account replies within the hour, asks her to send a private message and gives her the online reporting link and a reference.
- Hypothetical: a direct message at 2 a.m. mentions someone threatening self-harm; the automatic reply gives the emergency number and the night monitor passes it straight to the control room.$$,
$$- **Account monitors**: triage messages and comments.
- **Control room**: takes urgent hand-offs.
- **Crime recording staff**: log reports in the case system.
- **Communications lead**: sets and publishes monitoring hours.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'citizen-investigator-partnership',
$$Work with citizen investigators without vigilantism$$,
$$Channel the energy of online sleuths into private tip lines and clear guidance, so their help reaches investigators without public accusations or vigilante action.$$,
$$After high-profile crimes, online communities gather footage, analyse images and try to identify offenders themselves.$$,
$$Public speculation names the wrong people, alerts real suspects, contaminates witness evidence and can lead to harassment or violence.$$,
$$- Citizens genuinely want to help and sometimes turn up valuable leads.
- Much of this activity is protected free expression.
- Police cannot control online communities, but they can influence them.$$,
$$- Publish a clear request: send information privately through a named channel and do not post names or addresses.
- Thank contributors and, where possible, tell them how their information was used.
- Approach moderators of active groups with practical guidance on what helps and what harms.
- Act quickly on harassment or threats that follow public naming.$$,
$$More leads arrive through usable channels and fewer innocent people are targeted. The tip line needs resourcing, and not all online activity can be steered.$$,
$$- Hypothetical: after a hit-and-run, a local online group starts sharing number plates; the police contact the group admin, who pins a post asking members to upload footage to the police portal instead.$$,
$$- **Investigating officer**: defines which information is needed.
- **Communications team**: issues the appeal and guidance.
- **Community liaison officer**: talks to group moderators.
- **Tip line staff**: receive, log and acknowledge submissions.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'citizen-patrol-engagement',
$$Engage citizen patrol groups organised online$$,
$$When residents use social media to organise street patrols or watch groups, engage early, set clear boundaries and offer safe, recognised ways to help.$$,
$$Concern about local crime leads residents to form online groups that organise patrols, post about "suspicious" people or keep watch over an area.$$,
$$Groups left on their own may profile people, confront suspects, spread fear and sometimes break the law.$$,
$$- Engaging can look like endorsing the group.
- Ignoring it leaves the group without any guidance.
- Members range from careful volunteers to people with grievances.$$,
$$Make contact through the neighbourhood team, explain what the law allows and what it does not, and offer tested alternatives such as recognised watch schemes, reporting routes and prevention advice. Agree that posts about suspicious people must not rest on appearance alone, and be clear that confrontation is a job for police.$$,
$$Some groups become useful partners in local prevention; others refuse, and police then assess the risk within their legal basis. It takes staff time and consistent messages.$$,
$$- Hypothetical: after a run of burglaries a new online group plans night patrols; the neighbourhood sergeant meets the founders and helps them become a registered watch scheme with a private reporting line.$$,
$$- **Neighbourhood officer**: makes contact and keeps the relationship going.
- **Legal advisor**: clarifies the limits on citizen action.
- **Community safety partners**: offer recognised schemes and training.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'protect-identities-in-public-appeals',
$$Protect victims' identities when appealing for witnesses$$,
$$Write witness appeals that give enough detail to jog memories while keeping victims, children and uninvolved people unidentifiable.$$,
$$Appeals on social media reach many potential witnesses quickly, and followers often share them far beyond the local area.$$,
$$Too much detail (names, exact addresses, photos, distinctive circumstances) can identify victims, expose them to gossip or retaliation and breach legal anonymity rules.$$,
$$- Detail helps witnesses recognise what they saw.
- Some victims have a legal right to anonymity, for example in sexual offences or cases involving children.
- Once published, a post can never be fully withdrawn.$$,
$$- Describe time, general location and what happened in neutral terms; leave out names, exact addresses and images of victims.
- Consult the victim or family about the appeal where possible.
- Close or moderate comments once they start speculating about the victim.
- Set a review date and remove the post when it has done its job.$$,
$$Victims are better protected and more willing to cooperate, although some appeals reach fewer people. Moderating comments takes effort.$$,
$$- Hypothetical: an appeal for witnesses to an assault on a tram gives the route and a time window but not the victim's age, job or street.$$,
$$- **Investigating officer**: decides what detail is needed.
- **Victim liaison officer**: consults the victim.
- **Communications team**: drafts, moderates and later removes the appeal.
- **Legal advisor**: checks anonymity obligations.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'suspect-image-appeals',
$$Share suspect images only when a threshold is met$$,
$$Publish images of unidentified suspects only when the offence is serious enough, internal routes have been tried, and the post will be moderated and removed afterwards.$$,
$$Appeals with CCTV stills or video on social media are an effective way to identify suspects.$$,
$$Published images invite public identification in comment threads that guess names, target lookalikes and can prejudice a trial; the images stay online long after the case has ended.$$,
$$- Quick identification can prevent further offences.
- Suspects are presumed innocent, and people in an image may not be offenders at all.
- Every image-based appeal invites the public to play detective.$$,
$$- Set written thresholds (seriousness, prior internal attempts, image quality) and require a senior officer's approval.
- Say explicitly that people should contact the police privately and not name anyone in comments.
- Moderate or switch off comments, and remove the image once the person is identified or the appeal ends.$$,
$$Appeals stay proportionate and focused, but some minor cases will not get public help. Old posts need regular clean-up.$$,
$$- Hypothetical: after a street robbery of an elderly man, a force posts a CCTV still with comments switched off and a line asking people to call rather than comment; the post comes down two days later once the suspect is identified.$$,
$$- **Investigating officer**: requests the appeal.
- **Senior officer**: approves it against the threshold.
- **Communications team**: posts, moderates and removes.
- **Data protection officer**: reviews the policy.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'neighbourhood-accounts',
$$Community engagement through neighbourhood accounts$$,
$$Run local accounts for neighbourhood teams that share everyday updates, prevention advice and the faces of local officers, building trust long before any crisis.$$,
$$Most people encounter policing through local matters: burglary, anti-social behaviour, traffic and the fear of crime.$$,
$$Central corporate accounts feel distant, and people hear little from the police until something goes wrong.$$,
$$- Local accounts need regular posting, which costs officer time.
- A friendly tone must not undermine professionalism or confidentiality.
- Many small accounts are harder to supervise.$$,
$$Give each neighbourhood team an account with a clear remit, a shared style guide and training. Post local prevention tips, meeting dates, follow-up on community concerns and short introductions to officers. Reply to comments within a reasonable time and point to the proper routes for reporting crime.$$,
$$Local trust and reach grow, and the same followers become an audience for crisis messages. Supervision, training and cover for absences are needed.$$,
$$- Hypothetical: a neighbourhood team posts a monthly "you said, we did" update on parking complaints and bicycle theft.
- Hypothetical: after several shed break-ins, the local account posts a short video on locks, and residents start asking for home security visits.$$,
$$- **Neighbourhood officers**: post and reply.
- **Sergeant**: supervises content and tone.
- **Corporate communications**: maintains the style guide and trains staff.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'social-media-roles-and-approvals',
$$Clear roles for posting, approving and monitoring$$,
$$Write down who may post, who approves what, who monitors, and when the legal advisor and data protection officer must be involved, so the team can act fast and safely.$$,
$$Social media work in public security involves communicators, officers, analysts, commanders and advisors, often across shifts and agencies.$$,
$$Unclear responsibilities lead to slow approvals in a crisis, unauthorised posts, monitoring no one can justify and gaps no one covers.$$,
$$- Speed calls for delegation; accountability calls for sign-off.
- Legal and data protection questions come up unexpectedly.
- Staff turnover and shift work wear away informal arrangements.$$,
$$- Keep a short roles table: who may post on each account, which content needs approval and from whom, who monitors and under what authority, and who the legal advisor and data protection officer are.
- Pre-approve message templates for common situations, so routine posts need no further sign-off.
- Review the table after each major event and whenever staff change.$$,
$$Faster, more consistent action and a clear trail of responsibility. Some staff may feel constrained, and the table has to be kept current.$$,
$$- Hypothetical: a force's roles table lets duty communicators post traffic and safety updates directly, while anything about arrests or injuries needs the commander's approval and a named deputy covers nights.$$,
$$- **Head of communications**: owns the roles table.
- **Account holders**: post within their delegation.
- **Approvers (commanders, senior officers)**: sign off sensitive content.
- **Monitoring analysts**: work under a documented authority.
- **Legal advisor**: on call for legal questions.
- **Data protection officer**: advises on personal data.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'trolling-response-ladder',
$$Trolling and abuse response ladder$$,
$$Respond to online trolling and abuse in proportionate steps: moderate, then counter-speech, then report to the platform, and prosecute when a criminal threshold is met.$$,
$$Public security accounts, and the communities they serve, attract provocation, harassment, hate and threats.$$,
$$Responding to everything gives trolls the attention they want; ignoring everything leaves targets unprotected and lets serious threats slip through.$$,
$$- Free expression protects offensive but lawful speech.
- Abuse harms individuals and discourages others from taking part.
- Platform rules and criminal law draw the line in different places.$$,
$$- **Moderate**: hide or remove comments that break the published house rules, and point to those rules.
- **Counter-speech**: where others are watching, answer misleading or hostile content with facts in a calm tone.
- **Report**: flag content that breaks platform terms through the proper channel.
- **Prosecute**: preserve evidence and refer content that meets a criminal threshold to investigators.
- Record which step was taken and why.$$,
$$Responses become consistent and defensible, and serious cases get proper attention. Staff need training to judge thresholds, and some trolls will escalate when moderated.$$,
$$- Hypothetical: repeated insults under a road-safety post are hidden under the house rules; a post falsely claiming police ignore one community gets a factual reply; an explicit threat to kill an officer is preserved and referred for investigation.$$,
$$- **Account moderators**: apply house rules and counter-speech.
- **Platform liaison**: handles reports to platforms.
- **Investigators**: assess possible offences.
- **Legal advisor**: advises on thresholds and free expression.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'officer-online-welfare',
$$Support staff targeted or exposed online$$,
$$Protect and support officers and staff who are abused, threatened, doxxed or exposed to distressing content online because of their work.$$,
$$Staff who post, moderate, monitor or investigate online, and officers who appear in viral clips, face personal attacks and repeated exposure to harmful material.$$,
$$Without support staff burn out, suffer harm or leave, and targeted officers and their families may face risks offline too.$$,
$$- Workplace culture may treat online abuse as "part of the job".
- Personal profiles can reveal home addresses and family details.
- Welfare support must not feel like a verdict on someone's competence.$$,
$$- Train staff in personal online security and help them lock down private profiles.
- Offer a fast route to report being targeted, followed by a risk assessment and practical protection.
- Rotate staff who view distressing content and provide regular psychological support.
- Treat serious threats against staff as crimes.$$,
$$Staff stay healthier and more willing to take on online work. It costs time and money and needs visible backing from leaders.$$,
$$- Hypothetical: after an officer is named in a viral video, the welfare lead arranges removal of her address from a people-search site and fits an alarm at her home.
- Hypothetical: moderators of a force's accounts rotate off the abusive-content queue every two hours and have monthly supervision sessions.$$,
$$- **Line managers**: notice problems and act early.
- **Welfare lead / occupational health**: provide support.
- **Security team**: assesses physical risk.
- **Investigators**: pursue criminal threats.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'do-not-amplify-harmful-content',
$$Do not amplify harmful content$$,
$$When responding to hateful, extremist, violent or deliberately provocative content, avoid reposting or quoting it in ways that carry it to new audiences.$$,
$$Attackers, trolls and provocateurs often want attention, and official accounts have large audiences.$$,
$$Reposting, quoting or naming harmful content, even to condemn it, can spread it much further and reward the people who made it.$$,
$$- The public needs to know that the police are aware and acting.
- Showing or naming the content increases its reach.
- Journalists may cover it regardless.$$,
$$Describe harmful content in general terms, without reproducing images, links, usernames or slogans. Focus posts on facts, safety advice and where to report. Ask people not to share the material, and send it privately to platforms and investigators.$$,
$$Harmful material spreads less and provocation earns fewer rewards. Some audiences may find the response vague, and there is a tension with rumour rebuttal, which sometimes has to name the claim it corrects.$$,
$$- Hypothetical: after a violent video circulates following a stabbing, the police account asks people not to share it and explains how to report it, without linking or describing it in detail.$$,
$$- **Communications team**: words messages so they do not amplify.
- **Monitoring analyst**: reports content to platforms and investigators.
- **Investigators**: preserve content as evidence.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'platform-liaison-channels',
$$Establish liaison channels with platform providers$$,
$$Set up named contacts and agreed procedures with social media platforms for urgent takedowns, account security and lawful data requests.$$,
$$Many responses to online harm depend on action by platform companies, which follow their own policies and processes.$$,
$$Without established contacts, urgent requests sit in general queues and lawful data requests fail on form or jurisdiction.$$,
$$- Platforms operate across jurisdictions under their own rules.
- Requests must follow legal process and respect users' rights.
- Emergencies need faster routes than the standard procedures.$$,
$$Register with each major platform's law-enforcement or trusted-flagger route, keep an up-to-date list of contacts and forms, and train a small group of staff to use them. Agree what counts as an emergency and keep a record of every request and its outcome.$$,
$$Faster, more reliable responses to threats, impersonation and harmful content. The arrangements need upkeep as platforms change, and they still depend on company policies and goodwill.$$,
$$- Hypothetical: a fake account copying a force's official account during a flood warning is taken down within hours through the platform's verified law-enforcement channel.$$,
$$- **Platform liaison officer**: owns the contacts and procedures.
- **Legal advisor**: checks data requests.
- **Investigators and communications staff**: submit requests through the liaison officer.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'dark-web-undercover-identities',
$$Dark web investigation with undercover online identities under oversight$$,
$$Use undercover online identities on dark web forums and markets only with written authorisation, clear limits, independent oversight and complete records.$$,
$$Drugs, weapons, stolen data and abuse material are traded on hidden services where investigators have to interact with others to gather evidence.$$,
$$Undercover online work can drift into entrapment, unlawful participation in crime or intrusion on privacy, and can compromise cases or officers if it is poorly managed.$$,
$$- Credible identities take long preparation and sustained activity.
- Legal rules on covert work and incitement differ between countries.
- Operations often span borders and agencies.$$,
$$- Obtain authorisation for each identity that sets out purpose, duration, permitted activity and limits.
- Keep identities, devices and infrastructure separate from ordinary police systems.
- Log every interaction and review the logs regularly with an independent overseer.
- Coordinate with partner agencies so they do not end up investigating each other.$$,
$$Evidence is more likely to hold up in court, and the public can trust that covert powers are controlled. It needs specialist training, technical support and time.$$,
$$- Hypothetical: an authorised investigator keeps a buyer profile on a fictional drugs market for six months, with monthly reviews by an oversight commissioner and strict limits on test purchases.$$,
$$- **Authorising officer**: approves and periodically reviews the operation.
- **Undercover online officer**: operates the identity within its limits.
- **Oversight body**: checks compliance independently.
- **Technical specialists**: provide secure infrastructure.
- **Legal advisor**: advises on entrapment and cross-border questions.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'dark-web-evidence-preservation',
$$Preserve dark web evidence with a clear chain of custody$$,
$$Capture dark web pages, messages and transactions in a time-stamped, verifiable and documented way, because hidden services often disappear without warning.$$,
$$Dark web markets and forums are frequently seized, moved or abandoned by their operators, and their content changes quickly.$$,
$$Screenshots taken without method or records are easy to challenge in court, and evidence can vanish before anyone captures it.$$,
$$- Fast capture competes with thorough documentation.
- Volumes of data can be very large.
- Capture tools must not reveal the investigator's identity.$$,
$$Use approved capture tools that record hashes, time stamps and technical details; document who captured what and when; store copies securely with access logs; and apply the same standards across partner agencies so evidence can be shared.$$,
$$Stronger prosecutions and smoother cross-border cooperation. It requires investment in tools, storage and training.$$,
$$- Hypothetical: investigators archive a vendor's listings and feedback pages every day with hashing, so that when the market closes the full trading history is still available for trial.$$,
$$- **Investigator**: captures and documents evidence.
- **Digital forensics unit**: validates tools and stores the data.
- **Prosecutor**: advises on admissibility.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'publicise-dark-web-takedowns',
$$Publicise dark web enforcement to deter and reassure$$,
$$Once a dark web operation has concluded, tell the public and would-be buyers what was done and why, to deter use of hidden markets and reassure communities.$$,
$$Many people see the dark web as a safe, anonymous place to buy drugs or data, and communities are uneasy about what they hear of it.$$,
$$Enforcement that stays invisible deters no one, while sensational coverage can end up advertising the markets.$$,
$$- Publicity must not harm ongoing operations or reveal methods.
- Messages should deter without glamorising or advertising.
- Buyers may be young or vulnerable and need help as much as warnings.$$,
$$Agree timing with partners; share clear facts about the operation and the risks to buyers (scams, dangerous substances, being traced); avoid naming active markets; and link to support services. Publish through official and neighbourhood accounts.$$,
$$It helps undermine the belief that hidden markets are anonymous and safe, and shows communities that online crime is tackled. Without careful checks, it risks revealing tactics or ongoing work.$$,
$$- Hypothetical: after a joint operation closes a fictional market, the force posts that buyer records were seized, warns about contaminated pills and links to a drug advice service.$$,
$$- **Operation lead**: approves timing and content.
- **Communications team**: drafts the deterrence messages.
- **Partner agencies**: coordinate the release.
- **Health and support services**: provide the linked advice.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'analytics-procurement-checklist',
$$Procurement checklist for social media analytics tools$$,
$$Before buying social media monitoring or analytics tools, assess accuracy, bias, legality, data protection, transparency and fit with real workflows against a written checklist.$$,
$$Vendors offer tools that promise threat detection, sentiment analysis, geolocation and network mapping for public security.$$,
$$Tools bought on marketing claims may be inaccurate, biased against certain groups or languages, unlawful to use as intended, or simply unusable in practice.$$,
$$- Vendors may not disclose how their models work.
- Procurement rules tend to reward price and formal criteria over operational fit.
- Legal and ethical risks may only surface after deployment.$$,
$$Assess every offer against a checklist:
- **Accuracy**: tested error rates on data like the agency's own, in the relevant languages.
- **Bias**: evidence of performance across groups, and how bias is mitigated.
- **Legality**: which data sources, how they are collected, and compatibility with the agency's legal basis.
- **Data protection**: storage location, retention, access controls and an impact assessment.
- **Transparency and audit**: explainable outputs, logs and exportable records.
- **Fit**: training, integration and support costs.$$,
$$Better purchases and fewer legal surprises, at the cost of a longer procurement. Vendors learn what public buyers expect, which can raise standards across the market.$$,
$$- Hypothetical: a city's evaluation panel drops a sentiment tool after the vendor cannot show accuracy figures for the two minority languages widely spoken locally.$$,
$$- **Procurement officer**: runs the process.
- **Operational users**: define needs and test usability.
- **Data protection officer**: reviews data handling.
- **Legal advisor**: confirms lawful use.
- **Independent technical expert or researcher**: checks claims on accuracy and bias.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'pilot-before-purchase',
$$Pilot with evaluation before buying$$,
$$Trial a new social media tool or practice in a limited, time-boxed pilot with agreed success measures and an honest evaluation before committing to purchase or rollout.$$,
$$Promising tools and new ways of working appear all the time, while budgets and tolerance for legal risk are limited.$$,
$$Large purchases or rollouts without testing lock agencies into tools that do not deliver, and failures are hard to admit afterwards.$$,
$$- Pilots cost time and staff attention.
- Vendors may push for a quick contract.
- It is tempting to define success only after seeing the results.$$,
$$Agree measurable goals and a baseline in advance, run the pilot in one area or team, collect both data and user feedback, and have someone independent of the vendor evaluate the results. Decide to scale, adjust or stop on the strength of that evaluation, and publish a summary where possible.$$,
$$Decisions rest on evidence, and the lessons can be reused by others. A good tool may look weak in a pilot that is too short, so duration needs thought.$$,
$$- Hypothetical: two districts trial an alerting tool for three months; the evaluation finds many false alarms at night, and the force negotiates changes before any wider purchase.$$,
$$- **Project sponsor**: sets goals and takes the decision.
- **Pilot team**: uses the tool and reports issues.
- **Evaluator (internal or academic)**: measures results independently.
- **Vendor**: supports the pilot and responds to findings.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'after-action-review',
$$After-action review of social media use$$,
$$After every major event or incident, review what was posted, monitored and missed on social media, and turn the findings into changes to plans, roles and training.$$,
$$Events and incidents generate a lot of social media activity, and teams move on quickly to the next job.$$,
$$Without a structured review the same mistakes recur, and good practice stays in the heads of a few individuals.$$,
$$- Staff are tired and may fear blame.
- Data on reach and public reaction fades quickly.
- Lessons need owners before they turn into changes.$$,
$$- Hold a short, blame-free review within two weeks, with partners where relevant.
- Cover the timeline of posts and decisions, rumours and how they were handled, whether monitoring stayed within its legal basis, public reaction and staff welfare.
- Record actions with owners and deadlines, and check them before the next similar event.
- Share anonymised lessons with peer organisations.$$,
$$Steady improvement and an evidence base for training and policy. Reviews take time and need commitment from leaders.$$,
$$- Hypothetical: a review after a New Year's Eve celebration finds that a rumour about a closed bridge took 40 minutes to rebut because the only approver was off shift; the roles table gains a deputy approver.$$,
$$- **Review facilitator**: runs the session neutrally.
- **Event team and partners**: contribute facts and views.
- **Communications and monitoring leads**: own the resulting actions.
- **Senior leader**: endorses the changes.$$,
'PUBLISHED', 0);

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status, version)
values (nextval('pattern_seq'), 'cross-sector-learning-network',
$$Cross-sector learning network on social media and security$$,
$$Bring police, planners, policymakers, researchers, industry and civil society together regularly to exchange experience, test ideas and shape standards for social media in public security.$$,
$$Each group sees only part of how social media affects security, and professional networks tend to stay inside their own sector.$$,
$$Agencies repeat one another's mistakes, industry builds tools without understanding real needs, and civil society concerns arrive too late to shape decisions.$$,
$$- Sensitive operational detail limits what can be shared.
- Commercial interests can dominate discussion.
- Taking part costs time with no immediate return.$$,
$$Hold regular facilitated workshops and keep an online community going, with agreed rules on attribution such as the Chatham House Rule. Use shared tools, such as a pattern inventory, as prompts for discussion, and feed the results into guidance, training and standards.$$,
$$Wider professional networks, faster spread of good practice and better-informed purchasing. It needs coordination and a neutral host.$$,
$$- Hypothetical: a workshop puts a police social media lead, a privacy advocate and a software vendor at one table to review a draft procurement checklist, which leads to a new bias-testing requirement.$$,
$$- **Convener**: organises and facilitates.
- **Participants from all sectors**: share experience under the agreed rules.
- **Researchers**: turn discussions into reports.
- **Policymakers**: carry recommendations into policy.$$,
'PUBLISHED', 0);

-- ---------------------------------------------------------------------------------------------
-- Themes (each pattern 1-3 themes; each theme at least 3 patterns)
-- ---------------------------------------------------------------------------------------------

insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'official-account-single-source';
insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'official-account-single-source';

insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'rapid-rumour-rebuttal';
insert into pattern_theme (pattern_id, theme) select id, 'trolling' from pattern where slug = 'rapid-rumour-rebuttal';
insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'rapid-rumour-rebuttal';

insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'pre-event-crowd-messaging';

insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'event-social-media-cell';

insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'live-streamed-operations';
insert into pattern_theme (pattern_id, theme) select id, 'diy-policing' from pattern where slug = 'live-streamed-operations';

insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'verify-before-sharing-ugc';
insert into pattern_theme (pattern_id, theme) select id, 'diy-policing' from pattern where slug = 'verify-before-sharing-ugc';

insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'lawful-open-source-monitoring';
insert into pattern_theme (pattern_id, theme) select id, 'dark-web' from pattern where slug = 'lawful-open-source-monitoring';
insert into pattern_theme (pattern_id, theme) select id, 'innovative-market-solutions' from pattern where slug = 'lawful-open-source-monitoring';

insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'social-media-crime-report-handoff';
insert into pattern_theme (pattern_id, theme) select id, 'diy-policing' from pattern where slug = 'social-media-crime-report-handoff';

insert into pattern_theme (pattern_id, theme) select id, 'diy-policing' from pattern where slug = 'citizen-investigator-partnership';

insert into pattern_theme (pattern_id, theme) select id, 'diy-policing' from pattern where slug = 'citizen-patrol-engagement';
insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'citizen-patrol-engagement';

insert into pattern_theme (pattern_id, theme) select id, 'diy-policing' from pattern where slug = 'protect-identities-in-public-appeals';
insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'protect-identities-in-public-appeals';

insert into pattern_theme (pattern_id, theme) select id, 'diy-policing' from pattern where slug = 'suspect-image-appeals';

insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'neighbourhood-accounts';

insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'social-media-roles-and-approvals';
insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'social-media-roles-and-approvals';
insert into pattern_theme (pattern_id, theme) select id, 'trolling' from pattern where slug = 'social-media-roles-and-approvals';

insert into pattern_theme (pattern_id, theme) select id, 'trolling' from pattern where slug = 'trolling-response-ladder';

insert into pattern_theme (pattern_id, theme) select id, 'trolling' from pattern where slug = 'officer-online-welfare';
insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'officer-online-welfare';

insert into pattern_theme (pattern_id, theme) select id, 'trolling' from pattern where slug = 'do-not-amplify-harmful-content';
insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'do-not-amplify-harmful-content';

insert into pattern_theme (pattern_id, theme) select id, 'trolling' from pattern where slug = 'platform-liaison-channels';
insert into pattern_theme (pattern_id, theme) select id, 'dark-web' from pattern where slug = 'platform-liaison-channels';
insert into pattern_theme (pattern_id, theme) select id, 'innovative-market-solutions' from pattern where slug = 'platform-liaison-channels';

insert into pattern_theme (pattern_id, theme) select id, 'dark-web' from pattern where slug = 'dark-web-undercover-identities';

insert into pattern_theme (pattern_id, theme) select id, 'dark-web' from pattern where slug = 'dark-web-evidence-preservation';

insert into pattern_theme (pattern_id, theme) select id, 'dark-web' from pattern where slug = 'publicise-dark-web-takedowns';
insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'publicise-dark-web-takedowns';

insert into pattern_theme (pattern_id, theme) select id, 'innovative-market-solutions' from pattern where slug = 'analytics-procurement-checklist';

insert into pattern_theme (pattern_id, theme) select id, 'innovative-market-solutions' from pattern where slug = 'pilot-before-purchase';

insert into pattern_theme (pattern_id, theme) select id, 'riots-and-mass-gatherings' from pattern where slug = 'after-action-review';
insert into pattern_theme (pattern_id, theme) select id, 'everyday-security' from pattern where slug = 'after-action-review';

insert into pattern_theme (pattern_id, theme) select id, 'innovative-market-solutions' from pattern where slug = 'cross-sector-learning-network';

-- ---------------------------------------------------------------------------------------------
-- Relations (from -> to)
-- ---------------------------------------------------------------------------------------------

-- Riots and mass gatherings: the official voice and what surrounds it
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'rapid-rumour-rebuttal' and b.slug = 'official-account-single-source';
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'pre-event-crowd-messaging' and b.slug = 'official-account-single-source';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'pre-event-crowd-messaging' and b.slug = 'event-social-media-cell';
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'neighbourhood-accounts' and b.slug = 'official-account-single-source';
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'social-media-roles-and-approvals' and b.slug = 'official-account-single-source';
insert into pattern_relation select a.id, b.id, 'SPECIALISES' from pattern a, pattern b where a.slug = 'event-social-media-cell' and b.slug = 'social-media-roles-and-approvals';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'event-social-media-cell' and b.slug = 'official-account-single-source';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'live-streamed-operations' and b.slug = 'official-account-single-source';
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'official-account-single-source' and b.slug = 'after-action-review';

-- Monitoring, verification and rumours
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'lawful-open-source-monitoring' and b.slug = 'rapid-rumour-rebuttal';
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'social-media-roles-and-approvals' and b.slug = 'lawful-open-source-monitoring';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'verify-before-sharing-ugc' and b.slug = 'rapid-rumour-rebuttal';
insert into pattern_relation select a.id, b.id, 'CONFLICTS_WITH' from pattern a, pattern b where a.slug = 'do-not-amplify-harmful-content' and b.slug = 'rapid-rumour-rebuttal';

-- DIY policing
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'social-media-crime-report-handoff' and b.slug = 'citizen-investigator-partnership';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'social-media-crime-report-handoff' and b.slug = 'neighbourhood-accounts';
insert into pattern_relation select a.id, b.id, 'CONFLICTS_WITH' from pattern a, pattern b where a.slug = 'citizen-investigator-partnership' and b.slug = 'suspect-image-appeals';
insert into pattern_relation select a.id, b.id, 'SPECIALISES' from pattern a, pattern b where a.slug = 'suspect-image-appeals' and b.slug = 'protect-identities-in-public-appeals';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'protect-identities-in-public-appeals' and b.slug = 'citizen-investigator-partnership';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'citizen-patrol-engagement' and b.slug = 'citizen-investigator-partnership';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'neighbourhood-accounts' and b.slug = 'citizen-patrol-engagement';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'verify-before-sharing-ugc' and b.slug = 'citizen-investigator-partnership';

-- Trolling and staff welfare
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'trolling-response-ladder' and b.slug = 'officer-online-welfare';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'officer-online-welfare' and b.slug = 'live-streamed-operations';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'do-not-amplify-harmful-content' and b.slug = 'trolling-response-ladder';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'platform-liaison-channels' and b.slug = 'trolling-response-ladder';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'platform-liaison-channels' and b.slug = 'do-not-amplify-harmful-content';

-- Dark web
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'lawful-open-source-monitoring' and b.slug = 'dark-web-undercover-identities';
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'dark-web-undercover-identities' and b.slug = 'dark-web-evidence-preservation';
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'dark-web-evidence-preservation' and b.slug = 'publicise-dark-web-takedowns';
insert into pattern_relation select a.id, b.id, 'CONFLICTS_WITH' from pattern a, pattern b where a.slug = 'publicise-dark-web-takedowns' and b.slug = 'dark-web-undercover-identities';

-- Innovative market solutions and learning
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'analytics-procurement-checklist' and b.slug = 'pilot-before-purchase';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'analytics-procurement-checklist' and b.slug = 'lawful-open-source-monitoring';
insert into pattern_relation select a.id, b.id, 'COMPLEMENTS' from pattern a, pattern b where a.slug = 'pilot-before-purchase' and b.slug = 'after-action-review';
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'after-action-review' and b.slug = 'cross-sector-learning-network';
insert into pattern_relation select a.id, b.id, 'PRECEDES' from pattern a, pattern b where a.slug = 'cross-sector-learning-network' and b.slug = 'analytics-procurement-checklist';
