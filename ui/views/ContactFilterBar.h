// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ContactListQuery.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;

namespace kontor::ui {

/// The contacts list's filters below the search box: status (or the archive), owner, lead source, tag, time since
/// the last contact, data problem and, while the list shows an import's contacts, the import.
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

signals:
    /// A filter was chosen, or a choice went away as the choices were read again.
    void changed();

private:
    void updateImportShown();

    QSqlDatabase m_db;
    QComboBox* m_status;
    QComboBox* m_owner;
    QComboBox* m_source;
    QComboBox* m_tag;
    QComboBox* m_noContact;
    QComboBox* m_problem;
    QComboBox* m_import;
};

} // namespace kontor::ui
