-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 9: the contacts' search index holds names folded as Persian is typed on any keyboard (core's
-- foldArabicScript): the Arabic yeh, alef maksura and kaf as the Persian ی and ک, without the zero-width non-joiner
-- and without harakat; the typed search is folded the same way. Contacts indexed before whose name or company has one
-- of those characters (a few, if any) are indexed again here, as core/search/Search.cpp's contactEntries() does.
DELETE FROM contact_search WHERE rowid IN (
    SELECT c.id FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
    WHERE (c.first_name || ' ' || c.last_name || ' ' || coalesce(co.name, '')) GLOB '*[يىك‌ًٌٍَُِّْٰ]*');

INSERT INTO contact_search (rowid, name, company, email, phone)
SELECT c.id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(c.first_name || ' ' || c.last_name, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), ''), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(co.name, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), ''),
    (SELECT group_concat(email, ' ') FROM contact_emails WHERE contact_id = c.id),
    (SELECT group_concat(phone || ' ' || replace(normalized, '+', ''), ' ') FROM contact_phones WHERE contact_id = c.id)
FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
WHERE c.archived_at IS NULL AND (c.first_name || ' ' || c.last_name || ' ' || coalesce(co.name, '')) GLOB '*[يىك‌ًٌٍَُِّْٰ]*';
