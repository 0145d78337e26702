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
