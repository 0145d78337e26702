// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyCompleter.h"

#include "repositories/CompanyRepository.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace kontor::ui {

void attachCompanyCompleter(QLineEdit* edit, const QSqlDatabase& db)
{
    auto* completer = new QCompleter(edit);
    auto* names = new QStringListModel(completer);
    completer->setModel(names);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    QObject::connect(edit, &QLineEdit::textEdited, completer, [db, names](const QString& text) {
        QStringList found;
        if (!text.trimmed().isEmpty()) {
            if (auto companies = CompanyRepository(db).namesStartingWith(text, 20); companies) {
                for (const Company& company : companies.value())
                    found << company.name;
            }
        }
        names->setStringList(found);
    });
}

} // namespace kontor::ui
