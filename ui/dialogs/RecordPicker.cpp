// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordPicker.h"

#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "search/TextFolding.h"

#include <QCompleter>
#include <QStringListModel>

namespace kontor::ui {

namespace {

const QString detailSeparator = QStringLiteral(" — ");

} // namespace

RecordPicker::RecordPicker(const QSqlDatabase& db, QWidget* parent) : QLineEdit(parent), m_db(db)
{
    m_names = new QStringListModel(this);
    auto* completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &RecordPicker::updateMatches);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { choose(m_matches.value(text), text.section(detailSeparator, 0, 0)); });
}

void RecordPicker::setRecord(qint64 recordId)
{
    const QString name = recordId > 0 ? nameOf(recordId) : QString();
    setText(name);
    choose(recordId, name);
}

void RecordPicker::choose(qint64 recordId, const QString& name)
{
    const bool changed = recordId != m_recordId;
    m_recordId = recordId;
    m_recordName = recordId > 0 ? name : QString();
    if (changed)
        emit recordChanged(m_recordId);
}

bool RecordPicker::resolveTypedText()
{
    if (m_recordId > 0)
        return true;
    updateMatches(text());
    if (m_matches.size() == 1) {
        choose(m_matches.cbegin().value(), m_titles.value(m_matches.cbegin().key()));
    } else {
        // "Acme" typed with Acme and Acme Holdings listed: the one named exactly so (case and accents aside).
        const QString typed = sortKey(text());
        QList<QString> exact;
        for (auto it = m_titles.cbegin(); it != m_titles.cend(); ++it) {
            if (sortKey(it.value()) == typed)
                exact << it.key();
        }
        if (exact.size() == 1)
            choose(m_matches.value(exact.first()), m_titles.value(exact.first()));
    }
    return m_recordId > 0;
}

QString RecordPicker::unresolvedMessage()
{
    if (text().trimmed().isEmpty() || resolveTypedText())
        return {};
    return noChoiceMessage(text());
}

void RecordPicker::updateMatches(const QString& text)
{
    choose(0, {});
    m_matches.clear();
    m_titles.clear();
    QStringList names;
    if (auto hits = find(text); hits) {
        for (const SearchHit& hit : hits.value()) {
            QString label = hit.title;
            if (!hit.detail.isEmpty())
                label += detailSeparator + hit.detail;
            if (m_matches.contains(label))
                label += QStringLiteral(" (#%1)").arg(hit.id);
            m_matches.insert(label, hit.id);
            m_titles.insert(label, hit.title);
            names << label;
        }
    }
    m_names->setStringList(names);
}

ContactPicker::ContactPicker(const QSqlDatabase& db, QWidget* parent) : RecordPicker(db, parent)
{
    setObjectName(QStringLiteral("contact"));
    setAccessibleName(tr("Contact"));
    setPlaceholderText(tr("Type a name, company, email or phone"));
    connect(this, &RecordPicker::recordChanged, this, &ContactPicker::contactChanged);
}

Result<QList<SearchHit>> ContactPicker::find(const QString& text) const
{
    return Search(m_db).findContacts(text, 20);
}

QString ContactPicker::nameOf(qint64 contactId) const
{
    auto contact = ContactRepository(m_db).get(contactId);
    return contact ? contact->displayName() : QString();
}

QString ContactPicker::noChoiceMessage(const QString& text) const
{
    return tr("Several or no contacts match “%1”: pick one from the list.").arg(text);
}

CompanyPicker::CompanyPicker(const QSqlDatabase& db, QWidget* parent) : RecordPicker(db, parent)
{
    setAccessibleName(tr("Company"));
    setPlaceholderText(tr("Type to pick a company"));
}

Result<QList<SearchHit>> CompanyPicker::find(const QString& text) const
{
    return Search(m_db).findCompanies(text, 20);
}

QString CompanyPicker::nameOf(qint64 companyId) const
{
    auto company = CompanyRepository(m_db).get(companyId);
    return company ? company->name : QString();
}

QString CompanyPicker::noChoiceMessage(const QString& text) const
{
    return tr("Several or no companies match “%1”: pick one from the list.").arg(text);
}

} // namespace kontor::ui
