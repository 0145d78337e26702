-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 10: names sort, and are matched by name, as Persian is typed on any keyboard. core's sortKey() now
-- folds the Arabic yeh, alef maksura and kaf to the Persian letters and drops the zero-width non-joiner and the
-- harakat, like the search index since schema 9; sort names written before (a few, if any) are folded the same way.
UPDATE contacts SET sort_name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(sort_name, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), '')
WHERE sort_name GLOB '*[يىك‌ًٌٍَُِّْٰ]*';

UPDATE companies SET sort_name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(sort_name, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), '')
WHERE sort_name GLOB '*[يىك‌ًٌٍَُِّْٰ]*';
