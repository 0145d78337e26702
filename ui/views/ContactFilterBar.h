// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/FieldFilterDialog.h"
#include "repositories/ContactListQuery.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QPushButton;
class QWidget;

namespace kontor::ui {

/// The contacts list's filters below the search box: status (or the archive), owner, lead source, tag, time since
/// the last contact, data problem and, while the list shows an import's contacts, the import; and below them the
/// filters on fields chosen with "More Filters…" (FieldFilterDialog), each a button that removes it.
class ContactFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ContactFilterBar(QWidget* parent = nullptr);

    /// Offers the owners, lead sources and tags of `db`, keeping what is chosen; the imports of another database
    /// are forgotten.
    void setDatabase(const QSqlDatabase& db);
    /// Reads the owners, lead sources and tags again after they changed, keeping what is chosen.
    void reloadChoices();
    /// What the filters choose; the text is the search box's, not theirs.
    ContactFilter filter() const;
    /// Chooses what `filter` picks (its no-contact days, data problem and import) and clears the others, without
    /// changed(); `importLabel` names the import.
    void showOnly(const ContactFilter& filter, const QString& importLabel);

    /// Adds a filter on a field (the list then shows contacts that meet it and the others).
    void addFieldFilter(const FieldFilter& filter);
    const QList<FieldFilter>& fieldFilters() const { return m_fieldFilters; }
    /// Asks for a filter on a field and adds it.
    void chooseFieldFilter();

signals:
    /// A filter was chosen, or a choice went away as the choices were read again.
    void changed();

private:
    void updateImportShown();
    /// Shows a button per field filter, or hides their row.
    void showFieldFilters();

    QSqlDatabase m_db;
    QComboBox* m_status;
    QComboBox* m_owner;
    QComboBox* m_source;
    QComboBox* m_tag;
    QComboBox* m_noContact;
    QComboBox* m_problem;
    QComboBox* m_import;
    QPushButton* m_moreFilters;
    QWidget* m_fieldFilterRow;
    QHBoxLayout* m_fieldFilterLayout;
    QList<FieldFilter> m_fieldFilters;
};

} // namespace kontor::ui
