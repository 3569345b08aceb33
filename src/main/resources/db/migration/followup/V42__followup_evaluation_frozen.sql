-- The evaluation as it stood when its follow-up was published: the figures citizens read must not change afterwards,
-- when crime figures are superseded or answers are imported (docs/followup.md, "Evaluation").
alter table followup_follow_up add column evaluation jsonb;
