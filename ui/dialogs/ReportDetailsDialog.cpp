// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDetailsDialog.h"

#include "domain/DateText.h"

#include "LogInteractionDialog.h"

#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/UserRepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

// On a deal's row, the deal's contact (Qt::UserRole holds the deal).
constexpr int ContactRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const QString& text, qint64 id, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QHash<qint64, QString> userNames(const QSqlDatabase& db)
{
    QHash<qint64, QString> names;
    if (auto list = UserRepository(db).list(); list) {
        for (const User& user : list.value())
            names.insert(user.id, user.name);
    }
    return names;
}

} // namespace

ReportDetailsDialog::ReportDetailsDialog(const QSqlDatabase& db, Kind kind, const QList<qint64>& ids,
                                         const QString& title, QWidget* parent, bool more)
    : QDialog(parent), m_db(db), m_kind(kind), m_table(new QTableWidget(this))
{
    setWindowTitle(title);
    resize(900, 520);
    m_table->setObjectName(QStringLiteral("details"));
    m_table->setAccessibleName(title);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<qint64> shown = ids.mid(0, maxRows);
    const QLocale locale;
    QString error;
    if (kind == Kind::Deals) {
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels({tr("Deal"), tr("Contact"), tr("Stage"), tr("Amount"), tr("Owner")});
        auto deals = DealRepository(db).byIds(shown);
        QHash<qint64, QString> stages;
        if (auto list = StageRepository(db).list(); list) {
            for (const Stage& stage : list.value())
                stages.insert(stage.id, stage.name);
        }
        const QHash<qint64, QString> owners = userNames(db);
        QList<qint64> contactIds;
        for (const Deal& deal : deals.value())
            contactIds << deal.contactId;
        QHash<qint64, QString> contacts;
        if (auto rows = ContactRepository(db).rows(contactIds); rows) {
            for (const ContactRow& row : rows.value())
                contacts.insert(row.id, row.name);
        }
        if (!deals)
            error = deals.error();
        for (const Deal& deal : deals.value()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, cell(deal.title, deal.id));
            m_table->item(row, 0)->setData(ContactRole, deal.contactId);
            m_table->setItem(row, 1, cell(contacts.value(deal.contactId), deal.id));
            m_table->setItem(row, 2, cell(stages.value(deal.stageId), deal.id));
            m_table->setItem(row, 3, cell(deal.amount.format(locale), deal.id, true));
            m_table->setItem(row, 4, cell(owners.value(deal.ownerId), deal.id));
        }
    } else if (kind == Kind::Interactions) {
        m_table->setColumnCount(6);
        m_table->setHorizontalHeaderLabels(
            {tr("When"), tr("Kind"), tr("Contact"), tr("Outcome"), tr("Logged by"), tr("Subject")});
        auto interactions = InteractionRepository(db).byIds(shown);
        if (!interactions)
            error = interactions.error();
        QList<qint64> contactIds;
        for (const Interaction& interaction : interactions.value())
            contactIds << interaction.contactId;
        QHash<qint64, QString> contacts;
        if (auto rows = ContactRepository(db).rows(contactIds); rows) {
            for (const ContactRow& row : rows.value())
                contacts.insert(row.id, row.name);
        }
        const QHash<qint64, QString> users = userNames(db);
        // The row's id is its contact's: Enter opens the card where the interaction stands in the timeline.
        for (const Interaction& interaction : interactions.value()) {
            const int row = m_table->rowCount();
            const qint64 contact = interaction.contactId;
            m_table->insertRow(row);
            m_table->setItem(row, 0, cell(DateText::dateTime(interaction.occurredAt, locale), contact));
            m_table->setItem(row, 1, cell(InteractionKinds::displayName(interaction.kind), contact));
            m_table->setItem(row, 2, cell(contacts.value(contact), contact));
            m_table->setItem(
                row, 3,
                cell(interaction.outcome.isEmpty() ? QString() : InteractionOutcomes::displayName(interaction.outcome),
                     contact));
            m_table->setItem(row, 4, cell(users.value(interaction.loggedBy), contact));
            m_table->setItem(row, 5, cell(interaction.subject, contact));
        }
    } else {
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels(
            {tr("Name"), tr("Company"), tr("Stage", "lifecycle stage of a contact"), tr("Lead source"), tr("Added")});
        auto rows = ContactRepository(db).rows(shown);
        if (!rows)
            error = rows.error();
        for (const ContactRow& contact : rows.value()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, cell(contact.name, contact.id));
            m_table->setItem(row, 1, cell(contact.company, contact.id));
            m_table->setItem(row, 2, cell(contactStatusName(contact.status), contact.id));
            m_table->setItem(row, 3, cell(contact.leadSource, contact.id));
            m_table->setItem(row, 4, cell(DateText::date(contact.createdAt.toLocalTime().date(), locale), contact.id));
        }
    }
    m_table->resizeColumnsToContents();

    auto* count = new QLabel(this);
    count->setObjectName(QStringLiteral("count"));
    if (!error.isEmpty())
        count->setText(error);
    else if (more)
        count->setText(tr("The first %L1 (there are more); Enter opens the one chosen.").arg(shown.size()));
    else if (ids.size() > shown.size())
        count->setText(tr("The first %L1 of %L2; Enter opens the one chosen.").arg(shown.size()).arg(ids.size()));
    else
        count->setText(ids.isEmpty() ? tr("Nothing behind this figure.")
                                     : tr("%Ln item(s); Enter opens the one chosen.", nullptr, int(ids.size())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open =
        buttons->addButton(kind == Kind::Deals ? tr("&Open Deal") : tr("&Open Contact"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("open"));
    connect(open, &QPushButton::clicked, this, &ReportDetailsDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemActivated, this, &ReportDetailsDialog::openCurrent);
    // The window's Ctrl+L cannot reach past this modal dialog: it has its own, for the row's contact.
    auto* log = new QAction(tr("&Log Interaction…"), this);
    log->setObjectName(QStringLiteral("logInteraction"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(log, &QAction::triggered, this, &ReportDetailsDialog::logInteraction);
    addAction(log);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(log);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, 0);
        m_table->setFocus();
    }
}

qint64 ReportDetailsDialog::currentContactId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem* first = row >= 0 ? m_table->item(row, 0) : nullptr;
    if (!first)
        return 0;
    return (m_kind == Kind::Deals ? first->data(ContactRole) : first->data(Qt::UserRole)).toLongLong();
}

void ReportDetailsDialog::logInteraction()
{
    LogInteractionDialog dialog(m_db, currentContactId(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit interactionLogged(dialog.savedMessage());
}

void ReportDetailsDialog::openCurrent()
{
    const QTableWidgetItem* item = m_table->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (m_kind == Kind::Deals)
        emit openDealRequested(id);
    else
        emit openContactRequested(id);
    accept();
}

} // namespace kontor::ui
