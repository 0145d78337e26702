// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactCard.h"

#include "DetailsTable.h"
#include "SoftText.h"
#include "Translations.h"

#include "Clock.h"
#include "domain/DateText.h"

#include "EmptyState.h"

#include "TimelineDelegate.h"
#include "actions/InteractionActions.h"
#include "dialogs/ChangeHistoryDialog.h"
#include "models/TimelineModel.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/UserRepository.h"
#include "scoring/LeadScoring.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace kontor::ui {

QString ContactCard::labelName(const QString& label)
{
    // The labels Kontor and vCard files write are kept in English; a label typed by the user shows as typed.
    if (label == QStringLiteral("work"))
        return tr("work", "an email's or a phone number's label");
    if (label == QStringLiteral("home"))
        return tr("home", "an email's or a phone number's label");
    if (label == QStringLiteral("mobile"))
        return tr("mobile", "a phone number's label");
    if (label == QStringLiteral("fax"))
        return tr("fax", "a phone number's label");
    if (label == QStringLiteral("other"))
        return tr("other", "an email's or a phone number's label");
    return label;
}

ContactCard::ContactCard(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ContactCard"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("name"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Selectable text takes its direction from its letters: a Latin name would stand on the left of a mirrored card.
    m_name->setAlignment((layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute |
                         Qt::AlignVCenter);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_edit = new QPushButton(tr("&Edit…"), this);
    m_log = new QPushButton(tr("&Log Interaction…"), this);
    m_log->setToolTip(tr("Log a call, meeting, email or note (Ctrl+L)"));
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_contactId); });
    connect(m_log, &QPushButton::clicked, this, [this] { emit logRequested(m_contactId); });
    m_newDeal = new QPushButton(tr("New &Deal…"), this);
    m_newDeal->setObjectName(QStringLiteral("newDeal"));
    m_newDeal->setToolTip(tr("Something this contact may buy, for the pipeline (Ctrl+Shift+N)"));
    connect(m_newDeal, &QPushButton::clicked, this, [this] { emit newDealRequested(m_contactId); });
    m_changes = new QPushButton(tr("C&hanges…"), this);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setToolTip(tr("What was changed in this contact, when and by whom"));
    connect(m_changes, &QPushButton::clicked, this, [this] {
        ChangeHistoryDialog dialog(m_db, ChangeLogRepository::Entity::Contact, m_contactId, m_name->text(), this);
        dialog.exec();
    });

    // Open complaints stand above everything else until they are resolved.
    m_complaints = new QFrame(this);
    m_complaints->setObjectName(QStringLiteral("complaints"));
    m_complaints->setFrameShape(QFrame::StyledPanel);
    m_complaints->setStyleSheet(QStringLiteral("#complaints { background: rgba(192, 57, 43, 0.12); "
                                               "border: 1px solid #c0392b; border-radius: 4px; }"));
    m_complaintText = new QLabel(m_complaints);
    m_complaintText->setObjectName(QStringLiteral("complaintText"));
    m_complaintText->setWordWrap(true);
    m_complaintText->setTextFormat(Qt::RichText);
    m_resolve = new QPushButton(tr("Mark &Resolved"), m_complaints);
    m_resolve->setObjectName(QStringLiteral("resolve"));
    m_resolve->setToolTip(tr("The newest open complaint is resolved now"));
    connect(m_resolve, &QPushButton::clicked, this, &ContactCard::resolveComplaint);
    auto* complaintLayout = new QHBoxLayout(m_complaints);
    complaintLayout->addWidget(m_complaintText, 1);
    complaintLayout->addWidget(m_resolve);
    m_complaints->hide();

    m_historyHeading = new QLabel(tr("History"), this);
    QFont headingFont = m_historyHeading->font();
    headingFont.setBold(true);
    m_historyHeading->setFont(headingFont);

    m_timeline = new TimelineModel(this);
    m_timelineView = new QListView(this);
    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setAccessibleName(tr("Interaction history"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setResizeMode(QListView::Adjust);
    m_timelineView->setWordWrap(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setUniformItemSizes(false);
    showWhenEmpty(m_timelineView, tr("No history yet: log a call, meeting or note with Ctrl+L."));
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* toggleComplaint = new QAction(tr("Resolve or Reopen Complaint"), m_timelineView);
    toggleComplaint->setObjectName(QStringLiteral("toggleComplaint"));
    toggleComplaint->setShortcut(Qt::Key_R);
    toggleComplaint->setShortcutContext(Qt::WidgetShortcut);
    connect(toggleComplaint, &QAction::triggered, this, &ContactCard::toggleSelectedComplaint);
    m_timelineView->addAction(toggleComplaint);
    m_timelineView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_log);
    buttons->addWidget(m_newDeal);
    buttons->addWidget(m_changes);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_complaints);
    layout->addWidget(m_historyHeading);
    layout->addWidget(m_timelineView, 1);
    setListEmpty(true);
    showContact(0);
}

void ContactCard::setListEmpty(bool empty)
{
    m_empty->setText(empty ? tr("No contacts here yet.\n\nAdd one with Ctrl+N, clear the search or filter, or try "
                                "the demo database: Help\u00a0→\u00a0Open\u00a0"
                                "Demo\u00a0"
                                "Database.")
                           : tr("Select a contact to see its details and history."));
}

void ContactCard::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    showContact(0);
}

void ContactCard::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The labels' colour is written into the details' text: a new palette (dark mode turned on) writes it again.
    if (event->type() == QEvent::PaletteChange && m_contactId)
        refresh();
}

void ContactCard::refresh()
{
    showContact(m_contactId);
}

void ContactCard::showContact(qint64 contactId)
{
    m_contactId = contactId;
    Result<Contact> contact =
        contactId && m_db.isOpen() ? ContactRepository(m_db).get(contactId) : Result<Contact>::failure(QString());
    const bool shown = contact.ok();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_name, m_subtitle, m_details, m_edit, m_log, m_newDeal,
                                                           m_changes, m_historyHeading, m_timelineView})
        widget->setVisible(shown);
    m_empty->setVisible(!shown);
    m_complaints->hide();
    m_openComplaintId = 0;
    if (!shown) {
        m_contactId = 0;
        m_timeline->setContact(m_db, 0);
        return;
    }
    const Contact& c = contact.value();
    const QLocale locale;
    m_name->setText(c.displayName());
    QStringList subtitle;
    if (!c.title.isEmpty())
        subtitle << c.title;
    if (c.companyId) {
        if (auto company = CompanyRepository(m_db).get(c.companyId); company)
            subtitle << company->name;
    }
    subtitle << contactStatusName(c.status);
    m_subtitle->setText(joinParts(subtitle));

    QStringList rows;
    const QString labelColor = softText(palette()).name();
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    auto row = [&rows, &labelColor, mirrored](const QString& label, const QString& html) {
        rows << detailsRow(label, html, labelColor, mirrored);
    };
    for (const LabeledValue& email : c.emails) {
        const QUrl url(QStringLiteral("mailto:") + email.value);
        row(email.label.isEmpty() ? tr("Email") : tr("Email (%1)").arg(labelName(email.label)),
            QStringLiteral("<a href='%1'>%2</a>")
                .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), email.value.toHtmlEscaped()));
    }
    for (const LabeledValue& phone : c.phones) {
        QString dial = phone.value;
        dial.remove(u' ');
        row(phone.label.isEmpty() ? tr("Phone") : tr("Phone (%1)").arg(labelName(phone.label)),
            QStringLiteral("<a href='tel:%1'>%2</a>").arg(dial.toHtmlEscaped(), phone.value.toHtmlEscaped()));
    }
    if (c.birthday.isValid())
        row(tr("Birthday"), DateText::longDate(c.birthday, locale).toHtmlEscaped());
    if (!c.address.isEmpty())
        row(tr("Address"), c.address.lines().join(QStringLiteral(", ")).toHtmlEscaped());
    if (c.leadSourceId) {
        if (auto sources = LeadSourceRepository(m_db).sources(); sources) {
            for (const LeadSource& source : sources.value()) {
                if (source.id == c.leadSourceId)
                    row(tr("Lead source"), source.name.toHtmlEscaped());
            }
        }
    }
    if (c.ownerId) {
        if (auto users = UserRepository(m_db).list(); users) {
            for (const User& user : users.value()) {
                if (user.id == c.ownerId)
                    row(tr("Owner"), user.name.toHtmlEscaped());
            }
        }
    }
    // The lead score, worked out afresh, with the rules that gave it (only once there are rules).
    if (auto score = LeadScoring(m_db).explain(c.id, Clock::now()); score && !score->reasons.isEmpty()) {
        QStringList reasons;
        for (const ScoreReason& reason : score->reasons) {
            const QString points =
                locale.toString(std::abs(reason.points), 'f', reason.points == std::round(reason.points) ? 0 : 1);
            reasons << (reason.points > 0 ? tr("%1 +%2", "a scoring rule and the points it gave")
                                          : tr("%1 −%2", "a scoring rule and the points it took"))
                           .arg(reason.name, points);
        }
        row(tr("Lead score"),
            tr("<b>%1</b> (%2)")
                .arg(locale.toString(score->score), reasons.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    if (!c.tags.isEmpty())
        row(tr("Tags"), c.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    if (c.lastInteractionAt.isValid())
        row(tr("Last contact"), DateText::dateTime(c.lastInteractionAt, locale).toHtmlEscaped());
    if (auto reminders = ReminderRepository(m_db).forContact(c.id, false); reminders && !reminders->isEmpty()) {
        const Reminder& next = reminders->first();
        row(tr("Next step"),
            QStringLiteral("%1 — %2").arg(DateText::dateTime(next.effectiveDueAt(), locale).toHtmlEscaped(),
                                          next.title.toHtmlEscaped()));
    }
    // The business's own fields that this contact has, in their order.
    if (!c.custom.isEmpty()) {
        const LinkText links = databaseLinks(m_db);
        if (auto fields = CustomFieldRepository(m_db).fields(RecordKind::Contact); fields) {
            for (const CustomField& field : fields.value()) {
                const QString text = FieldValueText::display(field, c.custom.value(field.id), links, locale);
                if (!text.isEmpty())
                    row(field.label, text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
            }
        }
    }
    if (!c.notes.isEmpty())
        row(tr("Notes"), c.notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_details->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
    if (auto complaints = InteractionRepository(m_db).openComplaints(c.id); complaints && !complaints->isEmpty()) {
        const Interaction& newest = complaints->first();
        m_openComplaintId = newest.id;
        const QString what = newest.subject.isEmpty() ? newest.notes.section(u'\n', 0, 0) : newest.subject;
        m_complaintText->setText(
            tr("<b>%n open complaint(s)</b>", nullptr, static_cast<int>(complaints->size())) + QStringLiteral("<br>") +
            tr("Since %1: %2")
                .arg(DateText::date(newest.occurredAt.toLocalTime().date(), locale), what.toHtmlEscaped()));
        m_complaints->show();
    }
    m_timeline->setContact(m_db, c.id);
}

void ContactCard::resolveComplaint()
{
    if (m_openComplaintId <= 0)
        return;
    auto resolved = InteractionActions::setComplaintResolved(m_db, m_openComplaintId, true);
    if (!resolved)
        return;
    refresh();
    emit changed(resolved.value());
}

void ContactCard::toggleSelectedComplaint()
{
    const QModelIndex index = m_timelineView->currentIndex();
    if (!index.isValid() || index.data(TimelineModel::TypeRole).toInt() != int(TimelineModel::EntryType::Interaction) ||
        index.data(TimelineModel::KindRole).toString() != InteractionKinds::complaint)
        return;
    const bool open = index.data(TimelineModel::OpenComplaintRole).toBool();
    const int row = index.row();
    auto toggled = InteractionActions::setComplaintResolved(m_db, index.data(TimelineModel::IdRole).toLongLong(), open);
    if (!toggled)
        return;
    refresh();
    m_timelineView->setCurrentIndex(m_timeline->index(std::min(row, m_timeline->rowCount() - 1)));
    emit changed(toggled.value());
}

} // namespace kontor::ui
