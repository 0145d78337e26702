// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "search/Search.h"

#include <QHash>
#include <QLineEdit>
#include <QSqlDatabase>

class QStringListModel;

namespace kontor::ui {

/// A line edit that picks a record by typing: what is typed lists the matches (the same search as everywhere), and
/// choosing one sets the record by its id, so that two records of one name stay apart. ContactPicker and
/// CompanyPicker say what is searched.
class RecordPicker : public QLineEdit
{
    Q_OBJECT

public:
    qint64 recordId() const { return m_recordId; }
    QString recordName() const { return m_recordName; }
    /// Shows the record's name; 0 clears the choice.
    void setRecord(qint64 recordId);
    /// Takes the typed text as the choice when exactly one record matches it; returns whether a record is chosen.
    bool resolveTypedText();
    /// Why the typed text is no choice (several or no records match), or empty when it is one or nothing was typed.
    QString unresolvedMessage();

signals:
    void recordChanged(qint64 recordId);

protected:
    RecordPicker(const QSqlDatabase& db, QWidget* parent);
    virtual Result<QList<SearchHit>> find(const QString& text) const = 0;
    virtual QString nameOf(qint64 recordId) const = 0;
    virtual QString noChoiceMessage(const QString& text) const = 0;

    QSqlDatabase m_db;

private:
    void updateMatches(const QString& text);
    void choose(qint64 recordId, const QString& name);

    qint64 m_recordId = 0;
    QString m_recordName;
    QHash<QString, qint64> m_matches;
    /// Each listed label's record name.
    QHash<QString, QString> m_titles;
    QStringListModel* m_names;
};

/// Picks a contact by any part of a name, company, email or phone.
class ContactPicker : public RecordPicker
{
    Q_OBJECT

public:
    explicit ContactPicker(const QSqlDatabase& db, QWidget* parent = nullptr);

    qint64 contactId() const { return recordId(); }
    QString contactName() const { return recordName(); }
    void setContact(qint64 contactId) { setRecord(contactId); }

signals:
    void contactChanged(qint64 contactId);

protected:
    Result<QList<SearchHit>> find(const QString& text) const override;
    QString nameOf(qint64 contactId) const override;
    QString noChoiceMessage(const QString& text) const override;
};

/// Picks a company by any part of its name.
class CompanyPicker : public RecordPicker
{
    Q_OBJECT

public:
    explicit CompanyPicker(const QSqlDatabase& db, QWidget* parent = nullptr);

protected:
    Result<QList<SearchHit>> find(const QString& text) const override;
    QString nameOf(qint64 companyId) const override;
    QString noChoiceMessage(const QString& text) const override;
};

} // namespace kontor::ui
