// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactPicker.h"

#include "repositories/ContactRepository.h"
#include "search/Search.h"

#include <QCompleter>
#include <QStringListModel>

namespace kontor::ui {

namespace {

const QString detailSeparator = QStringLiteral(" — ");

} // namespace

ContactPicker::ContactPicker(const QSqlDatabase& db, QWidget* parent) : QLineEdit(parent), m_db(db)
{
    setObjectName(QStringLiteral("contact"));
    setAccessibleName(tr("Contact"));
    setPlaceholderText(tr("Type a name, company, email or phone"));
    m_names = new QStringListModel(this);
    auto* completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &ContactPicker::updateMatches);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { choose(m_matches.value(text), text.section(detailSeparator, 0, 0)); });
}

void ContactPicker::setContact(qint64 contactId)
{
    QString name;
    if (contactId > 0) {
        if (auto contact = ContactRepository(m_db).get(contactId); contact)
            name = contact->displayName();
    }
    setText(name);
    choose(contactId, name);
}

void ContactPicker::choose(qint64 contactId, const QString& name)
{
    const bool changed = contactId != m_contactId;
    m_contactId = contactId;
    m_contactName = contactId > 0 ? name : QString();
    if (changed)
        emit contactChanged(m_contactId);
}

bool ContactPicker::resolveTypedText()
{
    if (m_contactId > 0)
        return true;
    updateMatches(text());
    if (m_matches.size() == 1)
        choose(m_matches.cbegin().value(), m_matches.cbegin().key().section(detailSeparator, 0, 0));
    return m_contactId > 0;
}

QString ContactPicker::unresolvedMessage()
{
    if (text().trimmed().isEmpty() || resolveTypedText())
        return {};
    return tr("Several or no contacts match “%1”: pick one from the list.").arg(text());
}

void ContactPicker::updateMatches(const QString& text)
{
    choose(0, {});
    m_matches.clear();
    QStringList names;
    if (auto hits = Search(m_db).findContacts(text, 20); hits) {
        for (const SearchHit& hit : hits.value()) {
            QString label = hit.title;
            if (!hit.detail.isEmpty())
                label += detailSeparator + hit.detail;
            if (m_matches.contains(label))
                label += QStringLiteral(" (#%1)").arg(hit.id);
            m_matches.insert(label, hit.id);
            names << label;
        }
    }
    m_names->setStringList(names);
}

} // namespace kontor::ui
