-- Fills the benchmark workshop (:workshop, sessions :sessions as "{1,2,3}") like a long, busy day:
-- 200 delegates (170 registered, 150 checked in), 5,000 notes over five sessions with votes, some
-- hidden, merged, withdrawn, labelled sensitive or given a publication text, some carrying contact
-- details and delegates' names for the redactor; 40 lessons citing 5-15 notes each; 1,000 pattern tags.
\set ON_ERROR_STOP on
create temporary table words (i int, w text);
insert into words
select row_number() over () - 1, w from unnest(string_to_array(
 'rumour riot crowd police official account facts video fake viral festival stadium protest march officers ' ||
 'citizens patrol vigilante suspect image appeal witness victim identity evidence hashtag translation ' ||
 'troll abuse harassment threat moderation counter speech platform report hotline livestream drone ' ||
 'neighbourhood community engagement trust misinformation verification analytics privacy ethics training ' ||
 'evacuation traffic safety alert warning message schedule language youth school Zażółć gęślą Ελληνικά Българският', ' ')) w;
select count(*) as n from words \gset

insert into delegate (id, workshop_id, name, email, organisation, sector, country, status, access_token_hash,
                      consent_notice_version, consented_at, registered_at, checked_in_at, created_at)
select nextval('delegate_seq'), :workshop,
       'Person' || g || ' ' || (array['Kowalska','Papadopoulos','Ivanova','Janssens','Moreau','Rossi','García','Novak'])[1 + g % 8],
       'bench-person-' || g || '@example.org',
       'Organisation ' || (g % 60),
       (array['POLICE','POLICE','POLICE','PUBLIC_SECURITY_PLANNER','POLICYMAKER','ACADEMIA','INDUSTRY','CIVIL_SOCIETY','CITIZEN','MEDIA','OTHER'])[1 + g % 11],
       (array['BE','NL','PL','GR','BG','FR','DE','IT','ES','IE','MT'])[1 + (g * 7) % 11],
       case when g <= 170 then 'REGISTERED' else 'INVITED' end,
       md5('bench-key-' || g || '-' || :workshop) || md5('more-' || g || '-' || :workshop),
       'v1', now(), case when g <= 170 then now() end, case when g <= 150 then now() end, now()
from generate_series(1, 200) g;

create temporary table people as
select row_number() over (order by id) - 1 as i, id from delegate where workshop_id = :workshop;

insert into note (id, workshop_id, session_id, author_delegate_id, kind, text, status, votes, sensitivity,
                  publication_text, created_at, updated_at)
select nextval('note_seq'), :workshop, (:'sessions'::bigint[])[1 + g % 5],
       (select id from people where i = (g * 37) % 200),
       (array['INSIGHT','GOOD_PRACTICE','CONCERN','QUESTION','IDEA'])[1 + (g / 5) % 5],
       initcap((select string_agg(w, ' ') from (select w from words where i in (
            (g * 7) % :n, (g * 13) % :n, (g * 31) % :n, (g * 17 + 3) % :n, (g * 23 + 5) % :n,
            (g * 29 + 11) % :n, (g * 37 + 1) % :n, (g * 41 + 2) % :n, (g * 43 + 7) % :n, (g * 47 + 13) % :n,
            (g * 53 + 17) % :n, (g * 59 + 19) % :n)) s))
         || case when g % 40 = 0 then ' — ask Person' || (g % 200 + 1) || ' at bench-person-' || (g % 200 + 1) || '@example.org'
                 when g % 41 = 0 then ', call +32 470 ' || lpad((g % 1000)::text, 3, '0') || ' 12 34 or see https://example.org/x'
                 when g % 43 = 0 then ', said Kowalska on @someone_else'
                 else '.' end,
       case when g % 50 = 1 then 'HIDDEN' when g % 97 = 2 then 'WITHDRAWN' else 'VISIBLE' end,
       (g * 7919) % 13,
       case when g % 45 = 3 then 'RESTRICTED' when g % 67 = 4 then 'OPERATIONAL' else 'NONE' end,
       case when g % 100 = 5 then 'An analyst''s wording of note ' || g else null end,
       now() - make_interval(secs => 5000 - g), now()
from generate_series(1, 5000) g;

-- 1 in 80 visible notes merged into the visible note before it (its votes are already counted there)
with ranked as (
    select id, lag(id) over (order by id) as previous, row_number() over (order by id) as r
    from note where workshop_id = :workshop and status = 'VISIBLE')
update note m set status = 'MERGED', merged_into = ranked.previous
from ranked where m.id = ranked.id and ranked.r % 80 = 0;

insert into lesson (id, workshop_id, title, statement, type, status, created_at, updated_at)
select nextval('lesson_seq'), :workshop, 'Lesson ' || g || ': keep one trusted voice online',
       'Delegates agreed that a named official account that answers within minutes keeps rumours short (' || g || ').',
       (array['BEST_PRACTICE','LESSON_LEARNED','CHALLENGE','RECOMMENDATION','ROLE_AND_RESPONSIBILITY','ETHICAL_ISSUE','TRAINING_NEED'])[1 + g % 7],
       (array['EMERGING','VALIDATED','PUBLISHED','REJECTED'])[1 + g % 4], now(), now()
from generate_series(1, 40) g;

create temporary table numbered_notes as
select row_number() over (order by id) - 1 as i, id from note where workshop_id = :workshop;
insert into lesson_note (lesson_id, note_id)
select distinct l.id, n.id
from (select row_number() over (order by id) as k, id from lesson where workshop_id = :workshop) l,
     generate_series(1, 15) j,
     numbered_notes n
where j <= 5 + l.k % 11 and n.i = (l.k * 97 + j * 331) % 5000;

insert into pattern_tag (id, pattern_id, workshop_id, note_id, stance, tagged_at)
select nextval('pattern_tag_seq'), p.id, :workshop, n.id,
       case when n.i % 4 = 0 then 'CONTRADICTS' else 'SUPPORTS' end, now()
from numbered_notes n
join (select row_number() over (order by id) - 1 as k, id from pattern) p on p.k = n.i % 25
where n.i % 5 = 0;

analyze delegate; analyze note; analyze lesson_note; analyze pattern_tag;
