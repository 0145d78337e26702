// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderDialog.h"

#include "domain/DateText.h"
#include "views/DateEdits.h"

#include "FormRows.h"
#include "RecordPicker.h"

#include "Clock.h"
#include "actions/ReminderActions.h"
#include "repositories/ReminderRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kontor::ui {

QString ReminderDialog::recurrenceName(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::None:
        return tr("Once");
    case Recurrence::Daily:
        return tr("Every day");
    case Recurrence::Weekly:
        return tr("Every week");
    case Recurrence::Monthly:
        return tr("Every month");
    case Recurrence::Yearly:
        return tr("Every year");
    }
    return {};
}

ReminderDialog::ReminderDialog(const QSqlDatabase& db, qint64 reminderId, QWidget* parent, qint64 contactId,
                               const QDateTime& due)
    : QDialog(parent), m_db(db), m_reminderId(reminderId)
{
    setObjectName(QStringLiteral("ReminderDialog"));
    setWindowTitle(reminderId ? tr("Edit Reminder") : tr("New Reminder"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setAccessibleName(tr("Title", "of a reminder"));
    m_title->setPlaceholderText(tr("What to do, e.g. Send the offer"));
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("when"));
    m_when->setAccessibleName(tr("Due"));
    showUserDates(m_when, true);
    m_contact = new ContactPicker(m_db, this);
    m_recurrence = new QComboBox(this);
    m_recurrence->setObjectName(QStringLiteral("recurrence"));
    m_recurrence->setAccessibleName(tr("Repeat"));
    for (Recurrence recurrence :
         {Recurrence::None, Recurrence::Daily, Recurrence::Weekly, Recurrence::Monthly, Recurrence::Yearly})
        m_recurrence->addItem(recurrenceName(recurrence), recurrenceKey(recurrence));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_error = new ErrorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Due:"), m_when);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Repeat:"), m_recurrence);
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReminderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReminderDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    if (m_reminderId) {
        auto existing = ReminderRepository(m_db).get(m_reminderId);
        if (existing)
            m_original = existing.value();
        else
            showError(existing.error());
    } else {
        m_original.contactId = contactId;
        m_original.dueAt = due.isValid() ? due : QDateTime(Clock::now().toLocalTime().date().addDays(1), QTime(9, 0));
    }
    m_title->setText(m_original.title);
    m_when->setDateTime(m_original.effectiveDueAt().toLocalTime());
    m_contact->setContact(m_original.contactId);
    m_recurrence->setCurrentIndex(std::max(0, m_recurrence->findData(recurrenceKey(m_original.recurrence))));
    m_notes->setPlainText(m_original.notes);
    m_title->setFocus();
}

void ReminderDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

QString ReminderDialog::errorText() const
{
    return m_error->message();
}

void ReminderDialog::accept()
{
    if (const QString problem = m_contact->unresolvedMessage(); !problem.isEmpty()) {
        showError(problem);
        m_contact->setFocus();
        return;
    }
    Reminder reminder = m_original;
    reminder.id = m_reminderId;
    reminder.title = m_title->text().trimmed();
    reminder.contactId = m_contact->contactId();
    reminder.recurrence = recurrenceFromKey(m_recurrence->currentData().toString());
    reminder.notes = m_notes->toPlainText().trimmed();
    const QDateTime when = m_when->dateTime().toUTC();
    // The field shows when the reminder asks next: editing it moves the due time and ends a snooze.
    if (!m_reminderId || when != m_original.effectiveDueAt())
        reminder.dueAt = when;
    if (auto problem = ReminderActions::check(m_db, reminder)) {
        showError(problem->message);
        if (problem->field == QLatin1String("title"))
            m_title->setFocus();
        else if (problem->field == QLatin1String("contact"))
            m_contact->setFocus();
        return;
    }
    auto saved = ReminderActions::save(m_db, reminder);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_reminderId = saved->reminderId;
    QDialog::accept();
}

} // namespace kontor::ui
