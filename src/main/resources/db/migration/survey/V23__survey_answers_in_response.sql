-- Answers move into their response, one byte per item of the (frozen) template: byte i holds the number (1-based)
-- of the option chosen for item i, 0 for an item left unanswered. A response was 1 row plus ~20 answer rows and
-- ~20 index entries; it is now one row of ~20 bytes. Storing an answer costs PostgreSQL a fraction of what it did,
-- and a round's figures are one read of its responses (docs/survey.md, "How answers are stored").
alter table survey_response add column answers bytea;

update survey_response r set answers = (
  select coalesce(decode(string_agg(lpad(to_hex(coalesce(a.option_number, 0)::int), 2, '0'), '' order by i.ord),
                         'hex'), '\x'::bytea)
  from survey_round ro
  join survey_template t on t.id = ro.template_id
  cross join lateral jsonb_array_elements(t.items) with ordinality as i(item, ord)
  left join lateral (
    select o.ord as option_number
    from survey_answer sa
    cross join lateral jsonb_array_elements(i.item -> 'options') with ordinality as o(opt, ord)
    where sa.response_id = r.id and sa.item_code = i.item ->> 'code' and o.opt ->> 'code' = sa.option_code) a on true
  where ro.id = r.round_id);

drop table survey_answer;
alter table survey_response alter column answers set not null;

-- The answers as rows, as they were stored before, for people who query the database: item and option codes and
-- the option's value, read from the template. Nothing in the app reads it.
create view survey_answer as
select r.id as response_id, r.round_id, r.area_code, i.item ->> 'code' as item_code, o.opt ->> 'code' as option_code,
       cast(o.opt ->> 'value' as double precision) as value
from survey_response r
join survey_round ro on ro.id = r.round_id
join survey_template t on t.id = ro.template_id
cross join lateral jsonb_array_elements(t.items) with ordinality as i(item, ord)
cross join lateral jsonb_array_elements(i.item -> 'options') with ordinality as o(opt, ord)
where i.ord <= length(r.answers) and get_byte(r.answers, cast(i.ord - 1 as int)) = o.ord;
