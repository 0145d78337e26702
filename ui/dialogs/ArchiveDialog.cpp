// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveDialog.h"

#include "domain/DateText.h"

#include "ChangeHistoryDialog.h"
#include "actions/ArchiveActions.h"
#include "views/EmptyState.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

ArchiveDialog::ArchiveDialog(const QSqlDatabase& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("ArchiveDialog"));
    setWindowTitle(tr("Archive"));
    using Entity = ArchiveRepository::Entity;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("What to show"));
    m_kind->addItem(tr("Contacts"), int(Entity::Contact));
    m_kind->addItem(tr("Companies"), int(Entity::Company));
    m_kind->addItem(tr("Deals"), int(Entity::Deal));
    m_kind->addItem(tr("Reminders"), int(Entity::Reminder));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search the archive"));
    m_search->setPlaceholderText(tr("Part of a name or title"));
    m_search->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("archived"));
    m_list->setAccessibleName(tr("Archived records"));
    m_list->setHeaderLabels({tr("Name"), tr("Details"), tr("Archived")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ArchiveDialog::reload);
    connect(m_search, &QLineEdit::textChanged, this, &ArchiveDialog::reload);
    connect(m_list, &QTreeWidget::itemActivated, this, &ArchiveDialog::restoreCurrent);
    m_empty = showWhenEmpty(m_list, QString());

    auto* restore = new QPushButton(tr("&Restore"), this);
    restore->setObjectName(QStringLiteral("restore"));
    restore->setToolTip(tr("Back into lists, search and totals (Enter)"));
    connect(restore, &QPushButton::clicked, this, &ArchiveDialog::restoreCurrent);
    auto* changes = new QPushButton(tr("&Changes…"), this);
    changes->setObjectName(QStringLiteral("changes"));
    connect(changes, &QPushButton::clicked, this, &ArchiveDialog::showChanges);
    // Both act on the record selected: without one they would do nothing.
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this, restore, changes] {
        const bool chosen = !m_list->selectedItems().isEmpty();
        restore->setEnabled(chosen);
        changes->setEnabled(chosen);
    });
    restore->setEnabled(false);
    changes->setEnabled(false);
    auto* top = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_kind);
    top->addWidget(showLabel);
    top->addWidget(m_kind);
    top->addWidget(m_search, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(restore, QDialogButtonBox::ActionRole);
    buttons->addButton(changes, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 480);
    reload();
}

ArchiveRepository::Entity ArchiveDialog::entity() const
{
    return ArchiveRepository::Entity(m_kind->currentData().toInt());
}

void ArchiveDialog::reload()
{
    m_list->clear();
    if (!m_search->text().trimmed().isEmpty()) {
        m_empty->setText(tr("Nothing in the archive matches “%1”.").arg(m_search->text().trimmed()));
    } else {
        switch (entity()) {
        case ArchiveRepository::Entity::Contact:
            m_empty->setText(tr("No archived contacts. A contact you archive waits here until you restore it."));
            break;
        case ArchiveRepository::Entity::Company:
            m_empty->setText(tr("No archived companies. A company you archive waits here until you restore it."));
            break;
        case ArchiveRepository::Entity::Deal:
            m_empty->setText(tr("No archived deals. A deal you archive waits here until you restore it."));
            break;
        default:
            m_empty->setText(tr("No deleted reminders. A reminder you delete waits here until you restore it."));
            break;
        }
    }
    const QLocale locale;
    auto records = ArchiveRepository(m_db).list(entity(), m_search->text());
    if (!records)
        return;
    for (const ArchivedRecord& record : records.value()) {
        auto* item =
            new QTreeWidgetItem(m_list, {record.title, record.detail, DateText::dateTime(record.archivedAt, locale)});
        item->setData(0, IdRole, record.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void ArchiveDialog::restoreCurrent()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString title = item->text(0);
    auto done = ArchiveActions::restore(m_db, entity(), item->data(0, IdRole).toLongLong(), title);
    if (!done) {
        emit statusMessage(done.error());
        return;
    }
    reload();
    emit statusMessage(done.value());
}

void ArchiveDialog::showChanges()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    ChangeHistoryDialog dialog(m_db, entity(), item->data(0, IdRole).toLongLong(), item->text(0), this);
    dialog.exec();
}

} // namespace kontor::ui
