// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsPage.h"

#include "ColumnFitter.h"
#include "ContactCard.h"
#include "ContactFilterBar.h"
#include "KontorStyle.h"
#include "SelectRow.h"
#include "actions/ArchiveActions.h"
#include "actions/ContactActions.h"
#include "dialogs/Ask.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/DealDialog.h"
#include "dialogs/LogInteractionDialog.h"
#include "models/ContactListModel.h"
#include "repositories/ContactRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kontor::ui {

ContactsPage::ContactsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ContactsPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setPlaceholderText(tr("Search names, companies, emails, phones… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_filters = new ContactFilterBar(this);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    m_model = new ContactListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contacts"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(KontorStyle::rowHeight(m_table->fontMetrics()));
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactListModel::Name, Qt::AscendingOrder);
    // The columns a salesperson reads before a call fit beside the card at 1440 px without scrolling sideways;
    // title, lead source and created are a right click on the header away (the window remembers the choice).
    const QList<QPair<int, int>> widths = {
        {ContactListModel::Name, 150},       {ContactListModel::Company, 140}, {ContactListModel::Title, 120},
        {ContactListModel::Email, 170},      {ContactListModel::Phone, 110},   {ContactListModel::Status, 70},
        {ContactListModel::LeadSource, 100}, {ContactListModel::Owner, 95},    {ContactListModel::LastContact, 90}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    for (int column : {ContactListModel::Title, ContactListModel::LeadSource, ContactListModel::Created,
                       ContactListModel::Segment, ContactListModel::Score, ContactListModel::Territory})
        m_table->setColumnHidden(column, true);
    // The territory is worked out for the rows shown, not sorted by: a click on its header keeps the order as it is.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column == ContactListModel::Territory) {
            const QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    // On a wide screen the spare width goes to the columns that get cut, not all to the last one.
    m_columnFitter = new ColumnFitter(
        m_table, widths,
        {ContactListModel::Name, ContactListModel::Company, ContactListModel::Title, ContactListModel::Email});
    // The header's context menu chooses the columns; Name always stays.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& position) {
                QMenu menu(this);
                menu.addSection(tr("Columns"));
                for (int column = 0; column < m_model->columnCount(); ++column) {
                    if (column == ContactListModel::ColumnCount)
                        menu.addSection(tr("Your fields"));
                    QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
                    action->setCheckable(true);
                    action->setChecked(!m_table->isColumnHidden(column));
                    action->setEnabled(column != ContactListModel::Name);
                    connect(action, &QAction::toggled, this, [this, column](bool shown) {
                        if (const CustomField* field = m_model->fieldAt(column)) {
                            m_shownFields.removeAll(field->key);
                            if (shown)
                                m_shownFields.append(field->key);
                        }
                        m_table->setColumnHidden(column, !shown);
                        m_columnFitter->fit();
                    });
                }
                menu.exec(m_table->horizontalHeader()->viewport()->mapToGlobal(position));
            });

    // A push button with a menu: the style leaves room for its arrow (a tool button drew it over the text).
    m_bulk = new QPushButton(this);
    m_bulk->setObjectName(QStringLiteral("bulk"));
    m_bulk->setText(tr("Change Selected"));
    m_bulk->setToolTip(tr("Owner (by hand or by the assignment rules), stage, a tag, a field or archiving for all "
                          "selected contacts at once (select with Shift or Ctrl)"));
    auto* bulkMenu = new QMenu(m_bulk);
    bulkMenu->addAction(tr("Set &Owner…"), this, &ContactsPage::bulkSetOwner)
        ->setObjectName(QStringLiteral("bulkOwner"));
    bulkMenu->addAction(tr("Apply Assignment &Rules…"), this, &ContactsPage::bulkAssign)
        ->setObjectName(QStringLiteral("bulkAssign"));
    bulkMenu->addAction(tr("Set &Stage…"), this, &ContactsPage::bulkSetStatus)
        ->setObjectName(QStringLiteral("bulkStatus"));
    bulkMenu->addAction(tr("Add &Tag…"), this, &ContactsPage::bulkAddTag)->setObjectName(QStringLiteral("bulkTag"));
    bulkMenu->addAction(tr("Set &Field…"), this, &ContactsPage::bulkSetField)
        ->setObjectName(QStringLiteral("bulkField"));
    bulkMenu->addAction(tr("&Archive"), this, &ContactsPage::bulkArchive)->setObjectName(QStringLiteral("bulkArchive"));
    m_bulk->setMenu(bulkMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            [this, bulkMenu](const QPoint& position) { bulkMenu->exec(m_table->viewport()->mapToGlobal(position)); });

    m_card = new ContactCard(this);
    connect(m_card, &ContactCard::editRequested, this, &ContactsPage::editContact);
    connect(m_card, &ContactCard::logRequested, this, &ContactsPage::logInteraction);
    connect(m_card, &ContactCard::newDealRequested, this, &ContactsPage::newDeal);
    connect(m_card, &ContactCard::changed, this, &ContactsPage::statusMessage);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("contactsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_card);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({850, 400});
    m_splitter->setChildrenCollapsible(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_count);
    filters->addWidget(m_bulk);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filters);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &ContactsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        // A search may still be running: its first row is selected when it arrives.
        m_selectFirstWhenReady = true;
        selectFirstIfReady();
    });
    connect(m_filters, &ContactFilterBar::changed, this, &ContactsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPage::showFieldColumns);
    connect(m_model, &ContactListModel::errorOccurred, this, &ContactsPage::statusMessage);
    connect(m_model, &ContactListModel::countKnown, this, [this] {
        updateSelectionCount();
        selectFirstIfReady();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsPage::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPage::updateSelectionCount);
    connect(m_table, &QTableView::activated, this, &ContactsPage::editContact);
}

void ContactsPage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_filters->setDatabase(db);
    m_card->setDatabase(db);
    m_model->setDatabase(db);
    applyFilter();
}

void ContactsPage::reloadChoices()
{
    m_filters->reloadChoices();
    m_model->reloadFields();
    m_card->refresh();
}

void ContactsPage::setShownFields(const QStringList& keys)
{
    m_shownFields = keys;
    m_fieldColumns.clear();
    showFieldColumns();
}

void ContactsPage::restoreColumns(const QByteArray& state)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (!header->restoreState(state))
        return;
    // The header takes the saved number of sections as it is; a reset of the list makes it count the columns
    // again, keeping the state of those that are there.
    if (header->count() != m_model->columnCount()) {
        m_fieldColumns.clear();
        m_model->resetColumns();
        // A layout of another number of columns (saved before Segment came, or with other fields) gave Segment's
        // place the state of a field's column: Segment starts hidden, as on a first start.
        m_table->setColumnHidden(ContactListModel::Segment, true);
        m_table->setColumnHidden(ContactListModel::Score, true);
        m_table->setColumnHidden(ContactListModel::Territory, true);
    }
}

void ContactsPage::showFieldColumns()
{
    // Only when the fields changed: a reset after each filter keeps what the user did since.
    QList<qint64> ids;
    for (const CustomField& field : m_model->fields())
        ids.append(field.id);
    if (ids == m_fieldColumns)
        return;
    m_fieldColumns = ids;
    // Fields are off until chosen in the header's menu; the window keeps which, by key.
    for (int column = ContactListModel::ColumnCount; column < m_model->columnCount(); ++column)
        m_table->setColumnHidden(column, !m_shownFields.contains(m_model->fieldAt(column)->key));
    // The sort may have gone back to the name with its field.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_columnFitter->fit();
}

void ContactsPage::showOnly(const ContactFilter& filter, const QString& importLabel)
{
    // The filters on show become those of `filter`, and the others are cleared, so the list is what was counted.
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    m_filters->showOnly(filter, importLabel);
    applyFilter();
    m_table->setFocus();
}

void ContactsPage::applyFilter()
{
    ContactFilter filter = m_filters->filter();
    filter.text = m_search->text();
    // Another filter is another list: its first row is shown, not the contact an earlier refresh kept.
    m_keptContactId = 0;
    m_keptRow = -1;
    // A list of one segment's customers shows what they are.
    if (!filter.segment.isEmpty() && m_table->isColumnHidden(ContactListModel::Segment)) {
        m_table->setColumnHidden(ContactListModel::Segment, false);
        m_columnFitter->fit();
    }
    m_model->setFilter(filter);
    updateCount();
}

void ContactsPage::updateCount()
{
    m_card->setListEmpty(m_model->rowCount() == 0);
    // Like a mail program: a list with rows shows its first one rather than an empty card; but a contact that was
    // selected before the list was read again stays selected.
    const bool kept = restoreKeptContact();
    if (!kept && !m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateSelectionCount();
    if (!m_model->lastError().isEmpty())
        emit statusMessage(m_model->lastError());
    // The kept contact's card is shown by restoreKeptContact(), also when its row is not among those read.
    if (!kept)
        showCurrent();
}

qint64 ContactsPage::currentContactId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->contactId(current.row()) : 0;
}

void ContactsPage::selectRow(int row)
{
    // The name column is always shown.
    ui::selectRow(m_table, row, ContactListModel::Name);
}

bool ContactsPage::selectContact(qint64 contactId)
{
    const int row = m_model->cachedRowOf(contactId);
    if (row < 0)
        return false;
    selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void ContactsPage::showContact(qint64 contactId)
{
    if (!selectContact(contactId)) {
        // No row stays current, so that choosing any row afterwards, the first one too, shows that row's card.
        m_table->selectionModel()->clearCurrentIndex();
        m_table->clearSelection();
        m_card->showContact(contactId);
    }
}

void ContactsPage::showCurrent()
{
    const qint64 id = currentContactId();
    if (id != m_card->contactId())
        m_card->showContact(id);
}

void ContactsPage::refresh()
{
    reloadKeeping(m_card->contactId() ? m_card->contactId() : currentContactId(), m_table->currentIndex().row());
}

void ContactsPage::reloadKeeping(qint64 contactId, int fallbackRow)
{
    m_keptContactId = contactId;
    m_keptRow = fallbackRow;
    // A reload without a search resets the list at once, and the reset has selected the contact already.
    m_model->reload();
    if (m_keptContactId)
        restoreKeptContact();
}

bool ContactsPage::restoreKeptContact()
{
    if (!m_keptContactId)
        return false;
    // A search or a sort still running: its rows arrive with another reset, and the card stays as it is till then.
    if (m_model->isSearching() || (m_model->isSorting() && m_model->rowCount() == 0))
        return true;
    const qint64 kept = m_keptContactId;
    const int fallbackRow = m_keptRow;
    m_keptContactId = 0;
    m_keptRow = -1;
    if (selectContact(kept)) {
        m_card->showContact(kept);
        return true;
    }
    if (fallbackRow >= 0 && fallbackRow < m_model->rowCount()) {
        selectRow(fallbackRow);
        m_card->showContact(currentContactId());
        return true;
    }
    // Not among the rows read (further down a long list, or no longer matching the filter): the card keeps
    // showing it, and no row is current, so that the first row is not taken for it.
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_card->showContact(kept);
    return true;
}

void ContactsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ContactsPage::searchFor(const QString& text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    applyFilter();
}

void ContactsPage::newContact()
{
    if (!m_db.isOpen())
        return;
    ContactDialog dialog(m_db, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_filters->reloadChoices();
    m_model->reload();
    if (!selectContact(dialog.savedContactId()))
        m_card->showContact(dialog.savedContactId());
    emit statusMessage(tr("Contact added."));
}

void ContactsPage::editContact()
{
    const qint64 id = m_card->contactId() ? m_card->contactId() : currentContactId();
    if (!id)
        return;
    ContactDialog dialog(m_db, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_filters->reloadChoices();
    refresh();
    emit statusMessage(tr("Contact saved."));
}

void ContactsPage::selectFirstIfReady()
{
    if (!m_selectFirstWhenReady || m_model->isSearching() || (m_model->isSorting() && m_model->rowCount() == 0))
        return;
    m_selectFirstWhenReady = false;
    if (m_model->rowCount() > 0) {
        m_table->setFocus();
        selectRow(0);
    }
}

int ContactsPage::selectedCount() const
{
    int rows = 0;
    if (m_table->selectionModel()) {
        for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
            rows += range.bottom() - range.top() + 1;
    }
    return rows;
}

void ContactsPage::updateSelectionCount()
{
    const int selected = selectedCount();
    const QString total = m_model->isSearching()  ? tr("Searching…")
                          : m_model->isSorting()  ? tr("Sorting…")
                          : m_model->isCounting() ? tr("%L1+ contacts, counting…").arg(m_model->rowCount())
                                                  : tr("%Ln contact(s)", nullptr, m_model->rowCount());
    m_count->setText(selected > 1 ? tr("%1 · %Ln selected", nullptr, selected).arg(total) : total);
    m_bulk->setEnabled(selected > 0);
}

QList<qint64> ContactsPage::selectedContactIds() const
{
    QList<qint64> ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (const qint64 id = m_model->contactId(row); id > 0 && !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

void ContactsPage::archiveContact()
{
    if (selectedCount() > 1 && !m_model->filter().archived) {
        bulkArchive();
        return;
    }
    const qint64 id = currentContactId();
    if (!id)
        return;
    const QString name =
        m_model->data(m_model->index(m_table->currentIndex().row(), ContactListModel::Name)).toString();
    if (m_model->filter().archived) {
        auto restored = ArchiveActions::restore(m_db, ArchiveActions::Entity::Contact, id, name);
        if (!restored) {
            Ask::warning(this, tr("Restore contact"), restored.error());
            return;
        }
        refresh();
        emit statusMessage(restored.value());
        return;
    }
    const auto answer = Ask::question(
        this, tr("Archive contact"),
        tr("Archive %1? The contact leaves the list and search, keeps its history, and can be restored from the "
           "“Archived” filter.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    auto archived = ArchiveActions::archive(m_db, ArchiveActions::Entity::Contact, id, name);
    if (!archived) {
        Ask::warning(this, tr("Archive contact"), archived.error());
        return;
    }
    refresh();
    emit statusMessage(archived.value());
}

void ContactsPage::logInteraction()
{
    if (!m_db.isOpen())
        return;
    const qint64 id = m_card->contactId() ? m_card->contactId() : currentContactId();
    LogInteractionDialog dialog(m_db, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The contact logged for stays selected, even when the dialog was changed to another one.
    reloadKeeping(dialog.contactId(), -1);
    emit statusMessage(dialog.savedMessage());
}

void ContactsPage::newDeal()
{
    if (!m_db.isOpen())
        return;
    DealDialog dialog(m_db, 0, this, m_card->contactId() ? m_card->contactId() : currentContactId());
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Deal saved; it is on the pipeline board."));
    emit dealSaved(dialog.savedDealId());
}

} // namespace kontor::ui
