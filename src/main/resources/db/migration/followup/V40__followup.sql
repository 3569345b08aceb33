-- Follow-up: the schedule a published promise states, its reports and approvals, and the activities logged against
-- its commitments. Promises and commitments are referred to by id only (no foreign keys into promise's tables).

create table followup_follow_up (
    id            uuid primary key,
    promise_id    uuid not null,
    kind          text not null check (kind in ('FOLLOW_UP', 'EVALUATION')),
    due_on        date not null,
    -- the report as edited: {summary, commitments: [{commitmentId, status, narrative, outcome}]}
    content       jsonb,
    published_at  timestamptz,
    -- the report as published, with the activity summaries of the day frozen beside it
    published     jsonb,
    -- the last reminder sent: DUE (before its day) or OVERDUE; a failed send leaves it, so the next run retries
    reminder_sent text check (reminder_sent in ('DUE', 'OVERDUE')),
    -- redelivery of PromisePublished by the event registry must not schedule a follow-up twice
    unique (promise_id, kind, due_on)
);

create index followup_follow_up_due on followup_follow_up (due_on) where published_at is null;

create table followup_approval (
    follow_up_id  uuid not null references followup_follow_up (id) on delete cascade,
    party         text not null,
    approved_by   text not null,
    approved_at   timestamptz not null default now(),
    primary key (follow_up_id, party)
);

create table followup_activity (
    id            uuid primary key,
    promise_id    uuid not null,
    commitment_id uuid not null,
    type          text not null,
    done_on       date not null,
    party         text not null,
    place         text,
    lat           numeric(9, 6),
    lon           numeric(9, 6),
    counts        jsonb not null default '{}'::jsonb,
    hours         numeric(9, 2) check (hours is null or hours >= 0),
    note          text,
    recorded_by   text not null,
    recorded_at   timestamptz not null default now()
);

create index followup_activity_promise on followup_activity (promise_id, commitment_id, done_on);
