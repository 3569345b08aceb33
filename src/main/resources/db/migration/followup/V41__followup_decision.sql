-- The decision taken on an evaluated promise (extend, revise or close), the verdict on each commitment, and the
-- promise that follows it (the same promise for an extension or a revision, a new one after closing). One per
-- promise: a changed decision replaces it, and the audit trail keeps the earlier one.

create table followup_decision (
    promise_id       uuid primary key,
    decision         text not null check (decision in ('EXTEND', 'REVISE', 'CLOSE')),
    reason           text not null,
    -- [{commitmentId, verdict, note}]
    verdicts         jsonb not null,
    next_promise_id  uuid,
    decided_by       text not null,
    decided_at       timestamptz not null default now()
);
