// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLineEdit>
#include <QSqlDatabase>

class QStringListModel;

namespace kontor::ui {

/// A line edit that picks a contact by typing: any part of a name, company, email or phone lists the matches
/// (the same search as everywhere), and choosing one sets the contact.
class ContactPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit ContactPicker(const QSqlDatabase& db, QWidget* parent = nullptr);

    qint64 contactId() const { return m_contactId; }
    QString contactName() const { return m_contactName; }
    /// Shows the contact's name; 0 clears the choice.
    void setContact(qint64 contactId);
    /// Takes the typed text as the choice when exactly one contact matches it; returns whether a contact is chosen.
    bool resolveTypedText();
    /// Why the typed text is no choice (several or no contacts match), or empty when it is one or nothing was typed.
    QString unresolvedMessage();

signals:
    void contactChanged(qint64 contactId);

private:
    void updateMatches(const QString& text);
    void choose(qint64 contactId, const QString& name);

    QSqlDatabase m_db;
    qint64 m_contactId = 0;
    QString m_contactName;
    QHash<QString, qint64> m_matches;
    QStringListModel* m_names;
};

} // namespace kontor::ui
