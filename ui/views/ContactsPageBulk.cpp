// SPDX-License-Identifier: GPL-3.0-or-later
// ContactsPage's Change Selected: one change for all selected contacts (owner, stage, a tag, a field, the archive), as
// one undoable action.
#include "ContactsPage.h"

#include "ContactFilterBar.h"
#include "actions/AssignActions.h"
#include "actions/ContactActions.h"
#include "dialogs/Ask.h"
#include "dialogs/SetFieldDialog.h"
#include "repositories/UserRepository.h"

#include <QLineEdit>
#include <QMessageBox>

namespace kontor::ui {

bool ContactsPage::applyBulkChange(const ContactRepository::BulkChange& change, const std::function<QString(int)>& done)
{
    const int selected = selectedCount();
    if (selected == 0)
        return false;
    // Each selected row must be read from the file to know its contact: a few thousand are quick, a million not.
    if (selected > maxBulkSelection) {
        Ask::information(
            this, tr("Change Selected"),
            tr("Select at most %L1 contacts for one change; filters narrow the list.").arg(maxBulkSelection));
        return false;
    }
    auto changed = ContactActions::changeMany(m_db, selectedContactIds(), change);
    if (!changed) {
        Ask::warning(this, tr("Change Selected"), changed.error());
        return false;
    }
    refresh();
    emit statusMessage(done(changed.value()));
    return true;
}

void ContactsPage::bulkSetOwner()
{
    if (selectedCount() == 0)
        return;
    QStringList names;
    QList<qint64> ids;
    if (auto users = UserRepository(m_db).list(); users) {
        for (const User& user : users.value()) {
            names << user.name;
            ids << user.id;
        }
    }
    bool ok = false;
    const QString chosen =
        Ask::item(this, tr("Set Owner"), tr("Owner of the %Ln selected contact(s):", nullptr, selectedCount()), names,
                  0, false, &ok);
    if (!ok)
        return;
    ContactRepository::BulkChange change;
    change.ownerId = ids.value(names.indexOf(chosen));
    applyBulkChange(change,
                    [&](int count) { return tr("Owner “%1” set for %n contact(s).", nullptr, count).arg(chosen); });
}

void ContactsPage::bulkAssign()
{
    const int selected = selectedCount();
    if (selected == 0)
        return;
    const QString title = tr("Apply Assignment Rules");
    if (selected > maxBulkSelection) {
        Ask::information(
            this, title,
            tr("Select at most %L1 contacts for one change; filters narrow the list.").arg(maxBulkSelection));
        return;
    }
    if (auto any = AssignmentRules(m_db).anyActive(); any && !any.value()) {
        Ask::information(this, title,
                         tr("There are no assignment rules yet (or all are switched off): add them in Settings → "
                            "Assignment."));
        return;
    }
    const QList<qint64> ids = selectedContactIds();
    // The preview: who would get how many, by which rule; nothing is written until the answer is yes.
    auto plan = AssignmentRules(m_db).plan(AssignmentRules::among(ids));
    if (!plan) {
        Ask::warning(this, title, plan.error());
        return;
    }
    const int changing = static_cast<int>(plan->changes.size());
    if (changing == 0) {
        Ask::information(this, title,
                         tr("No owner changes: the rules give the %Ln selected contact(s) the owners they have, or "
                            "no rule holds for them.",
                            nullptr, selected));
        return;
    }
    QStringList lines;
    for (const AssignmentPlan::Line& line : plan->lines)
        lines << tr("• %1: %Ln to %2", "rule: 3 to Anna", static_cast<int>(line.contacts)).arg(line.rule, line.user);
    const QString text = tr("%Ln of the selected contacts change owner:", nullptr, changing) + u'\n' +
                         lines.join(u'\n') + QStringLiteral("\n\n") +
                         tr("The history of each says which rule gave it its owner. Ctrl+Z takes it all back.");
    if (Ask::question(this, title, text, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok) != QMessageBox::Ok)
        return;
    auto applied = AssignActions::apply(m_db, ids);
    if (!applied) {
        Ask::warning(this, title, applied.error());
        return;
    }
    refresh();
    emit statusMessage(tr("%n contact(s) got an owner from the assignment rules.", nullptr,
                          static_cast<int>(applied->changes.size())));
}

void ContactsPage::bulkSetStatus()
{
    if (selectedCount() == 0)
        return;
    QStringList names;
    for (ContactStatus status : allContactStatuses())
        names << contactStatusName(status);
    bool ok = false;
    const QString chosen =
        Ask::item(this, tr("Set Stage"), tr("Stage of the %Ln selected contact(s):", nullptr, selectedCount()), names,
                  0, false, &ok);
    if (!ok)
        return;
    ContactRepository::BulkChange change;
    change.status = allContactStatuses().value(names.indexOf(chosen));
    // A stage that is a move back for some of them, or out to Disqualified: the history keeps why.
    if (*change.status == ContactStatus::Disqualified ||
        journeyRank(*change.status) < journeyRank(ContactStatus::Customer)) {
        change.move.reason = Ask::text(this, tr("Why?"), tr("Why do they go to %1? (Kept with each move.)").arg(chosen),
                                       QLineEdit::Normal, QString(), &ok)
                                 .simplified();
        if (!ok)
            return;
    }
    applyBulkChange(change,
                    [&](int count) { return tr("Stage “%1” set for %Ln contact(s).", nullptr, count).arg(chosen); });
}

void ContactsPage::bulkAddTag()
{
    if (selectedCount() == 0)
        return;
    bool ok = false;
    const QString tag =
        Ask::text(this, tr("Add Tag"), tr("Tag for the %Ln selected contact(s):", nullptr, selectedCount()),
                  QLineEdit::Normal, QString(), &ok);
    if (!ok || tag.trimmed().isEmpty())
        return;
    ContactRepository::BulkChange change;
    change.addTag = tag;
    applyBulkChange(change, [&](int count) {
        return tr("Tag “%1” added to %n contact(s).", nullptr, count).arg(tag.simplified());
    });
    m_filters->reloadChoices();
}

void ContactsPage::bulkSetField()
{
    const int selected = selectedCount();
    if (selected == 0)
        return;
    SetFieldDialog dialog(m_db, selected, this);
    if (!dialog.hasFields()) {
        Ask::information(this, tr("Set Field"),
                         tr("The contacts have no fields of your own yet: add them in Settings → Fields."));
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    ContactRepository::BulkChange change;
    change.custom.insert(dialog.field().id, dialog.value());
    const QString label = dialog.field().label;
    const bool emptied = isEmptyValue(dialog.value());
    applyBulkChange(change, [&](int count) {
        return emptied ? tr("“%1” emptied for %Ln contact(s).", nullptr, count).arg(label)
                       : tr("“%1” set for %Ln contact(s).", nullptr, count).arg(label);
    });
}

void ContactsPage::bulkArchive()
{
    const int selected = selectedCount();
    if (selected == 0)
        return;
    if (Ask::question(this, tr("Archive contacts"),
                      tr("Archive the %Ln selected contact(s)? They leave the list and search and keep their "
                         "history; File → Archive brings them back.",
                         nullptr, selected)) != QMessageBox::Yes)
        return;
    ContactRepository::BulkChange change;
    change.archive = true;
    applyBulkChange(change, [](int count) { return tr("%n contact(s) archived.", nullptr, count); });
}

} // namespace kontor::ui
