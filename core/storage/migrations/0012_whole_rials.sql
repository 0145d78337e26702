-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 12: the Iranian rial is counted in whole rials (core's Money::minorDigits, as CLDR and every price
-- in Iran write it), where Kontor counted hundredths before, as ISO 4217 still lists them. Amounts already stored
-- in rials are divided by 100, so that each keeps its value; the triggers bring the pipeline totals and the report
-- summaries along, and the history entries they write for this change are removed again (nobody changed a deal).
CREATE TEMP TABLE rials_history_before AS SELECT coalesce(max(id), 0) AS id FROM change_log;
UPDATE deals SET amount_minor = amount_minor / 100 WHERE currency = 'IRR';
UPDATE campaigns SET spend_minor = spend_minor / 100 WHERE currency = 'IRR';
DELETE FROM change_log WHERE id > (SELECT id FROM temp.rials_history_before);
DROP TABLE temp.rials_history_before;
