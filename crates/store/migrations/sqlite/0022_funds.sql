-- Stimulus funds (issue 13, item 7). A scheme has a budget (one row, its version counted
-- up at each change, which the case journal of the scheme records) or none; an allocation
-- locks its scheme's row, so two allocations at once cannot together exceed it. Amounts
-- are whole minor units (øre, cent). The columns of allocations carry 360Giving's names:
-- amountAppliedFor, amountAwarded, awardDate, plannedDates; amountDisbursed is the sum of
-- the payments.

CREATE TABLE scheme_budgets (
    scheme_id  BIGINT PRIMARY KEY REFERENCES schemes (id),
    currency   TEXT NOT NULL CHECK (currency IN ('NOK', 'DKK', 'SEK', 'EUR')),
    total      BIGINT NOT NULL CHECK (total > 0),
    version    BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES users (id)
);

-- The budget's split by year, when it has one: the years add up to the total.
CREATE TABLE scheme_budget_years (
    scheme_id BIGINT NOT NULL REFERENCES scheme_budgets (scheme_id),
    year      INTEGER NOT NULL,
    amount    BIGINT NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (scheme_id, year)
);

CREATE TABLE fund_allocations (
    id                 INTEGER PRIMARY KEY,
    scheme_id          BIGINT NOT NULL REFERENCES schemes (id),
    trial_id           BIGINT NOT NULL REFERENCES trials (id),
    currency           TEXT NOT NULL CHECK (currency IN ('NOK', 'DKK', 'SEK', 'EUR')),
    amount_applied_for BIGINT CHECK (amount_applied_for >= 0),
    amount_awarded     BIGINT NOT NULL CHECK (amount_awarded > 0),
    award_date         TEXT NOT NULL,
    -- The budget year the award counts against: its award date's.
    budget_year        INTEGER NOT NULL,
    planned_start      TEXT NOT NULL,
    planned_end        TEXT NOT NULL CHECK (planned_end >= planned_start),
    recorded_at        TEXT NOT NULL,
    recorded_by        BIGINT REFERENCES users (id)
);
CREATE INDEX fund_allocations_scheme ON fund_allocations (scheme_id, id);
CREATE INDEX fund_allocations_trial ON fund_allocations (trial_id, id);

CREATE TABLE fund_payments (
    id            INTEGER PRIMARY KEY,
    allocation_id BIGINT NOT NULL REFERENCES fund_allocations (id),
    trial_id      BIGINT NOT NULL REFERENCES trials (id),
    paid_on       TEXT NOT NULL,
    amount        BIGINT NOT NULL CHECK (amount > 0),
    reference     TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    recorded_by   BIGINT REFERENCES users (id)
);
CREATE INDEX fund_payments_allocation ON fund_payments (allocation_id);
CREATE INDEX fund_payments_trial ON fund_payments (trial_id, paid_on);

CREATE TABLE fund_spending (
    id           INTEGER PRIMARY KEY,
    trial_id     BIGINT NOT NULL REFERENCES trials (id),
    -- The currency of the trial's awards when it was reported.
    currency     TEXT NOT NULL CHECK (currency IN ('NOK', 'DKK', 'SEK', 'EUR')),
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL CHECK (period_end >= period_start),
    amount       BIGINT NOT NULL CHECK (amount > 0),
    purpose      TEXT NOT NULL,
    reported_at  TEXT NOT NULL,
    reported_by  BIGINT REFERENCES users (id)
);
CREATE INDEX fund_spending_trial ON fund_spending (trial_id, period_start);
