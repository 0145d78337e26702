-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 3, for the pipeline board and stale deals on the Today page.

-- One index answers the board: a stage's deals in the order they entered it (the longest waiting first, the stale
-- ones among them), with what the column totals need, so that the totals of a third of a million open deals are
-- read from the index alone. A won or lost deal entered its final stage when it closed, so "closed in the last N
-- days" is a range of the same index. archived_at is always NULL in it, but SQLite 3.40 reads the table for a
-- column of the WHERE clause that the index does not hold.
CREATE INDEX deals_board ON deals (stage_id, stage_entered_at, owner_id, currency, amount_minor, archived_at)
    WHERE archived_at IS NULL;
DROP INDEX deals_by_stage;

-- Open deals are marked stale after two weeks in a stage until the stages are set in Settings.
UPDATE stages SET stale_after_days = 14 WHERE kind = 'open' AND stale_after_days IS NULL;

-- The board's column totals, kept in step with deals by the triggers below in the same transaction: summing a
-- third of a million open deals on every look at the board takes a third of a second. One row per stage, owner
-- (0 for none) and currency over the deals not archived. tst_pipelinerepository proves it equal to the plain sums.
CREATE TABLE deal_totals (
    stage_id INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,
    currency TEXT NOT NULL,
    deals INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (stage_id, owner_id, currency)
) WITHOUT ROWID;
INSERT INTO deal_totals (stage_id, owner_id, currency, deals, amount_minor)
    SELECT stage_id, coalesce(owner_id, 0), currency, count(*), sum(amount_minor) FROM deals
    WHERE archived_at IS NULL GROUP BY 1, 2, 3;

CREATE TRIGGER deals_totals_insert AFTER INSERT ON deals WHEN new.archived_at IS NULL BEGIN
    INSERT INTO deal_totals (stage_id, owner_id, currency, deals, amount_minor)
        VALUES (new.stage_id, coalesce(new.owner_id, 0), new.currency, 1, new.amount_minor)
        ON CONFLICT (stage_id, owner_id, currency)
        DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER deals_totals_delete AFTER DELETE ON deals WHEN old.archived_at IS NULL BEGIN
    UPDATE deal_totals SET deals = deals - 1, amount_minor = amount_minor - old.amount_minor
        WHERE stage_id = old.stage_id AND owner_id = coalesce(old.owner_id, 0) AND currency = old.currency;
END;
CREATE TRIGGER deals_totals_update AFTER UPDATE OF stage_id, owner_id, currency, amount_minor, archived_at ON deals
BEGIN
    UPDATE deal_totals SET deals = deals - 1, amount_minor = amount_minor - old.amount_minor
        WHERE old.archived_at IS NULL
          AND stage_id = old.stage_id AND owner_id = coalesce(old.owner_id, 0) AND currency = old.currency;
    INSERT INTO deal_totals (stage_id, owner_id, currency, deals, amount_minor)
        SELECT new.stage_id, coalesce(new.owner_id, 0), new.currency, 1, new.amount_minor
        WHERE new.archived_at IS NULL
        ON CONFLICT (stage_id, owner_id, currency)
        DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;

-- Reminders ask for attention at their snooze time if snoozed, else at their due time: the Today page, the
-- Reminders page, its calendar and the notifications all read ranges of that one expression.
CREATE INDEX reminders_open_by_attention ON reminders ((coalesce(snoozed_until, due_at)))
    WHERE done_at IS NULL AND archived_at IS NULL;
DROP INDEX reminders_open_by_due;
CREATE INDEX reminders_done_by_time ON reminders (done_at) WHERE done_at IS NOT NULL AND archived_at IS NULL;

-- Open complaints stay in view until resolved: on the contact's card and across all contacts. (Dropped again by
-- schema 4.)
CREATE INDEX interactions_open_complaints ON interactions (contact_id, occurred_at)
    WHERE kind = 'complaint' AND resolved_at IS NULL AND archived_at IS NULL;
