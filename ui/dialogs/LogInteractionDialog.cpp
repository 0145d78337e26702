// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogInteractionDialog.h"

#include "domain/DateText.h"
#include "views/DateEdits.h"

#include "FormRows.h"
#include "RecordPicker.h"

#include "Clock.h"
#include "actions/InteractionActions.h"
#include "domain/Interaction.h"
#include "domain/Reminder.h"
#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/SettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kontor::ui {

LogInteractionDialog::LogInteractionDialog(const QSqlDatabase& db, qint64 contactId, QWidget* parent, qint64 reminderId)
    : QDialog(parent), m_db(db), m_fromReminderId(reminderId)
{
    setObjectName(QStringLiteral("LogInteractionDialog"));

    // Always editable: a call logged from the wrong row can be put on the right person by typing a name.
    m_contact = new ContactPicker(m_db, this);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_contact->setAccessibleName(tr("Contact"));
    m_contact->setPlaceholderText(tr("Type a name, company, email or phone"));
    m_markDone = new QCheckBox(this);
    m_markDone->setObjectName(QStringLiteral("markDone"));
    m_markDone->setVisible(false);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind"));
    for (const QString& key : InteractionKinds::all())
        m_kind->addItem(InteractionKinds::displayName(key), key);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    // Editable: an outcome typed here is kept and offered again.
    m_outcome->setEditable(true);
    m_outcome->setInsertPolicy(QComboBox::NoInsert);
    m_outcome->setToolTip(tr("Pick an outcome or type your own; Kontor offers it again next time. Left empty, the "
                             "interaction counts as held but never as successful in the reports."));
    m_outcome->addItem(tr("—"), QString());
    for (const QString& key : InteractionOutcomes::all())
        m_outcome->addItem(InteractionOutcomes::displayName(key), key);
    for (const QString& custom : SettingsRepository(m_db).customOutcomes())
        m_outcome->addItem(custom, custom);
    // No outcome by default: a quick note saved with Enter must not count as a success.
    m_outcome->setCurrentIndex(0);

    m_when = new QDateTimeEdit(Clock::now().toLocalTime(), this);
    m_when->setObjectName(QStringLiteral("when"));
    m_when->setAccessibleName(tr("When"));
    showUserDates(m_when, true);

    m_duration = new QSpinBox(this);
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("—"));

    m_subject = new QLineEdit(this);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("Optional"));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What was said? (Enter saves, Shift+Enter for a new line)"));
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);

    m_nextStep = new QComboBox(this);
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->addItem(tr("No next step"), int(NextStep::None));
    m_nextStep->addItem(tr("Follow-up reminder"), int(NextStep::Reminder));
    m_nextStep->addItem(tr("Next meeting"), int(NextStep::Meeting));
    m_nextStep->setToolTip(tr("A reminder shows on Today on its day; a meeting is put in the history and on Today"));
    const QDateTime tomorrowMorning(Clock::now().toLocalTime().date().addDays(1), QTime(9, 0));
    m_followUpWhen = new QDateTimeEdit(tomorrowMorning, this);
    m_followUpWhen->setObjectName(QStringLiteral("followUpWhen"));
    m_followUpWhen->setAccessibleName(tr("Follow-up time"));
    showUserDates(m_followUpWhen, true);
    m_followUpTitle = new QLineEdit(this);
    m_followUpTitle->setObjectName(QStringLiteral("followUpTitle"));
    m_followUpTitle->setAccessibleName(tr("Follow-up title"));
    m_followUpWhen->setEnabled(false);
    m_followUpTitle->setEnabled(false);
    connect(m_nextStep, &QComboBox::currentIndexChanged, this, [this] {
        const bool any = nextStep() != NextStep::None;
        m_followUpWhen->setEnabled(any);
        m_followUpTitle->setEnabled(any);
        updateFollowUpTitle();
    });
    updateFollowUpTitle();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Contact:"), m_contact);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    auto* outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    kindRow->addWidget(outcomeLabel);
    kindRow->addWidget(m_outcome, 1);
    addRowWithBuddy(form, tr("&Kind:"), m_kind, kindRow);
    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(m_when, 1);
    auto* durationLabel = new QLabel(tr("D&uration:"), this);
    durationLabel->setBuddy(m_duration);
    whenRow->addWidget(durationLabel);
    whenRow->addWidget(m_duration);
    addRowWithBuddy(form, tr("&When:"), m_when, whenRow);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Notes:"), m_notes);
    auto* followRow = new QHBoxLayout;
    followRow->addWidget(m_nextStep);
    followRow->addWidget(m_followUpWhen);
    followRow->addWidget(m_followUpTitle, 1);
    addRowWithBuddy(form, tr("Ne&xt step:"), m_nextStep, followRow);
    form->addRow(QString(), m_markDone);

    m_error = new ErrorLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogInteractionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogInteractionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_contact, &ContactPicker::contactChanged, this, &LogInteractionDialog::contactChosen);
    if (contactId)
        m_contact->setContact(contactId);
    contactChosen(m_contact->contactId());

    if (m_contactId)
        m_notes->setFocus();
    else
        m_contact->setFocus();
}

void LogInteractionDialog::contactChosen(qint64 contactId)
{
    m_contactId = contactId;
    m_contactName = m_contactId ? m_contact->contactName() : QString();
    setWindowTitle(m_contactName.isEmpty() ? tr("Log interaction") : tr("Log interaction with %1").arg(m_contactName));
    updateFollowUpTitle();
    offerReminder(m_fromReminderId);
}

void LogInteractionDialog::offerReminder(qint64 preferred)
{
    m_offeredReminderId = 0;
    if (m_contactId) {
        auto open = ReminderRepository(m_db).forContact(m_contactId, false);
        const QList<Reminder> reminders = open ? open.value() : QList<Reminder>{};
        const QDateTime endOfToday = Clock::now().toLocalTime().date().addDays(1).startOfDay();
        const Reminder* offered = nullptr;
        for (const Reminder& reminder : reminders) {
            if (reminder.id == preferred) {
                offered = &reminder;
                break;
            }
            if (reminder.effectiveDueAt() < endOfToday &&
                (!offered || reminder.effectiveDueAt() < offered->effectiveDueAt()))
                offered = &reminder;
        }
        if (offered) {
            m_offeredReminderId = offered->id;
            m_markDone->setText(tr("Mark “%1” done").arg(offered->title));
            m_markDone->setToolTip(
                tr("The reminder this call answers is closed with it; Ctrl+Z takes back both together"));
            // The reminder logged from is what the call answers even when it is due later.
            m_markDone->setChecked(offered->id == preferred || offered->effectiveDueAt() < endOfToday);
        }
    }
    m_markDone->setVisible(m_offeredReminderId != 0);
}

bool LogInteractionDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LogInteractionDialog::updateFollowUpTitle()
{
    if (m_followUpTitle->isModified())
        return;
    if (nextStep() == NextStep::Meeting)
        m_followUpTitle->setText(m_contactName.isEmpty() ? tr("Meeting") : tr("Meeting with %1").arg(m_contactName));
    else
        m_followUpTitle->setText(m_contactName.isEmpty() ? tr("Follow up")
                                                         : tr("Follow up with %1").arg(m_contactName));
}

void LogInteractionDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

QString LogInteractionDialog::errorText() const
{
    return m_error->message();
}

void LogInteractionDialog::accept()
{
    // Typing a full name without picking from the list is fine when exactly one contact matches.
    if (!m_contact->resolveTypedText()) {
        const QString problem = m_contact->unresolvedMessage();
        showError(problem.isEmpty() ? tr("Choose the contact: type a name and pick it from the list.") : problem);
        m_contact->setFocus();
        return;
    }
    LogInteractionInput input;
    Interaction& interaction = input.interaction;
    interaction.contactId = m_contactId;
    interaction.kind = m_kind->currentData().toString();
    interaction.outcome = outcomeKey();
    interaction.occurredAt = m_when->dateTime().toUTC();
    interaction.durationSeconds = m_duration->value() * 60;
    interaction.subject = m_subject->text();
    interaction.notes = m_notes->toPlainText();
    input.nextStep = nextStep() == NextStep::Meeting    ? LogInteractionInput::NextStep::Meeting
                     : nextStep() == NextStep::Reminder ? LogInteractionInput::NextStep::Reminder
                                                        : LogInteractionInput::NextStep::None;
    input.nextTitle = m_followUpTitle->text();
    input.nextAt = m_followUpWhen->dateTime().toUTC();
    input.closeReminderId = m_offeredReminderId && m_markDone->isChecked() ? m_offeredReminderId : 0;

    if (auto problem = InteractionActions::check(m_db, input)) {
        showError(problem->message);
        if (problem->field == QLatin1String("next_title"))
            m_followUpTitle->setFocus();
        else if (problem->field == QLatin1String("next_at"))
            m_followUpWhen->setFocus();
        return;
    }
    auto logged = InteractionActions::log(m_db, input);
    if (!logged) {
        showError(logged.error());
        return;
    }
    m_interactionId = logged->interactionId;
    m_reminderId = logged->reminderId;
    m_meetingId = logged->meetingId;
    m_closedReminder = logged->closedReminder;
    m_savedMessage = logged->message;
    QDialog::accept();
}

LogInteractionDialog::NextStep LogInteractionDialog::nextStep() const
{
    return NextStep(m_nextStep->currentData().toInt());
}

QString LogInteractionDialog::outcomeKey() const
{
    // A built-in outcome is stored by its key whatever the language; anything else as typed.
    const QString text = m_outcome->currentText().simplified();
    const int index = m_outcome->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return m_outcome->itemData(index).toString();
    return text == tr("—") ? QString() : text;
}

} // namespace kontor::ui
