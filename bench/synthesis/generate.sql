-- 100,000 generated notes in one workshop and 475 generated patterns beside the 25 seeded ones.
-- Words are drawn from the domain so that full-text search has realistic work to do.
\set ON_ERROR_STOP on
create temporary table words (i int, w text);
insert into words
select row_number() over () - 1, w from unnest(string_to_array(
 'rumour riot crowd police official account facts video fake viral festival stadium protest march officers ' ||
 'citizens patrol vigilante suspect image appeal witness victim identity dark web marketplace vendor evidence ' ||
 'undercover troll abuse harassment threat moderation counter speech prosecution platform report hotline ' ||
 'neighbourhood community engagement trust misinformation verification analytics tool procurement pilot vendor ' ||
 'data protection legal basis monitoring privacy ethics training welfare livestream drone control room ' ||
 'evacuation traffic safety alert warning message schedule hashtag translation language youth school', ' ')) w;

select count(*) as n from words \gset

insert into note (id, workshop_id, session_id, author_delegate_id, kind, text, status, pinned, votes, created_at, updated_at)
select nextval('note_seq'), :workshop, :session, null,
       (array['INSIGHT','GOOD_PRACTICE','CONCERN','QUESTION','IDEA'])[1 + (g % 5)],
       (select string_agg(w, ' ') from (select w from words where i in (
            (g * 7) % :n, (g * 13) % :n, (g * 31) % :n, (g * 17 + 3) % :n, (g * 23 + 5) % :n,
            (g * 29 + 11) % :n, (g * 37 + 1) % :n, (g * 41 + 2) % :n) ) s),
       'VISIBLE', false, 0, now(), now()
from generate_series(1, 100000) g;

insert into pattern (id, slug, name, summary, context, problem, forces, solution, consequences, examples, roles, status)
select nextval('pattern_seq'), 'generated-' || g,
       'Generated pattern ' || g || ' ' || (select w from words where i = g % :n),
       (select string_agg(w, ' ') from (select w from words where i in (g % :n, (g * 3) % :n, (g * 5) % :n, (g * 11) % :n)) s),
       '', (select string_agg(w, ' ') from (select w from words where i in ((g * 7) % :n, (g * 13) % :n, (g * 19) % :n)) s),
       '', (select string_agg(w, ' ') from (select w from words where i in ((g * 23) % :n, (g * 29) % :n, (g * 31) % :n)) s),
       '', '', '', 'PUBLISHED'
from generate_series(1, 475) g;
analyze note;
analyze pattern;
