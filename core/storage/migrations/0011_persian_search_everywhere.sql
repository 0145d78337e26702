-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 11: companies and deals are found however Persian was typed, as contacts are since schema 9. Their
-- search indexes hold names and titles folded (core's foldArabicScript: the Arabic yeh, alef maksura and kaf as the
-- Persian ی and ک, without the zero-width non-joiner and without harakat), and the typed search is folded the same
-- way. The triggers fold in plain SQL, so that any SQLite (the sqlite3 shell too) can still change a company or a
-- deal; core/search/Search.cpp's rebuild() folds as they do.
DROP TRIGGER companies_search_insert;
DROP TRIGGER companies_search_update;
CREATE TRIGGER companies_search_insert AFTER INSERT ON companies WHEN new.archived_at IS NULL BEGIN
    INSERT INTO company_search (rowid, name) VALUES (new.id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.name, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), ''));
END;
CREATE TRIGGER companies_search_update AFTER UPDATE OF name, archived_at ON companies BEGIN
    DELETE FROM company_search WHERE rowid = old.id;
    INSERT INTO company_search (rowid, name) SELECT new.id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.name, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), '') WHERE new.archived_at IS NULL;
END;

DROP TRIGGER deals_search_insert;
DROP TRIGGER deals_search_update;
CREATE TRIGGER deals_search_insert AFTER INSERT ON deals WHEN new.archived_at IS NULL BEGIN
    INSERT INTO deal_search (rowid, title) VALUES (new.id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.title, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), ''));
END;
CREATE TRIGGER deals_search_update AFTER UPDATE OF title, archived_at ON deals BEGIN
    DELETE FROM deal_search WHERE rowid = old.id;
    INSERT INTO deal_search (rowid, title) SELECT new.id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.title, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), '') WHERE new.archived_at IS NULL;
END;

-- What was indexed as typed (a few names, if any) is indexed again, folded.
DELETE FROM company_search WHERE rowid IN (SELECT id FROM companies WHERE name GLOB '*[يىك‌ًٌٍَُِّْٰ]*');
INSERT INTO company_search (rowid, name) SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), '') FROM companies
WHERE archived_at IS NULL AND name GLOB '*[يىك‌ًٌٍَُِّْٰ]*' ORDER BY id;
DELETE FROM deal_search WHERE rowid IN (SELECT id FROM deals WHERE title GLOB '*[يىك‌ًٌٍَُِّْٰ]*');
INSERT INTO deal_search (rowid, title) SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(8204), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1648), '') FROM deals
WHERE archived_at IS NULL AND title GLOB '*[يىك‌ًٌٍَُِّْٰ]*' ORDER BY id;
