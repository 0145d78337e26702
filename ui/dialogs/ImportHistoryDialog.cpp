// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportHistoryDialog.h"

#include "domain/DateText.h"
#include "views/SelectRow.h"

#include "actions/ImportActions.h"
#include "dialogs/Ask.h"
#include "dialogs/BusyWork.h"
#include "views/EmptyState.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor::ui {

ImportHistoryDialog::ImportHistoryDialog(QSqlDatabase db, QWidget* parent) : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Import History"));
    m_table = new QTableWidget(0, 8);
    m_table->setObjectName(QStringLiteral("importHistory"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("File"), tr("Created"), tr("Updated"), tr("Merged"),
                                        tr("Skipped"), tr("Rejected"), tr("Undone")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    showWhenEmpty(m_table, tr("No imports yet: File → Import Contacts… (Ctrl+Shift+I) brings in a spreadsheet or a "
                              "vCard file, and each import can be undone here."));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_undo = buttons->addButton(tr("&Undo Import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    auto* layout = new QVBoxLayout(this);
    auto* hint =
        new QLabel(tr("Undoing an import removes the contacts it created (those with calls, deals or reminders "
                      "logged since are archived instead) and puts back the ones it changed."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoChosen(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    reload();
    resize(820, 360);
}

void ImportHistoryDialog::reload()
{
    const auto entries = ImportHistory(m_db).list();
    m_entries = entries ? entries.value() : QList<ImportHistory::Entry>();
    const QLocale locale;
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const ImportHistory::Entry& entry = m_entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(DateText::dateTime(entry.startedAt, locale)));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.fileName));
        const qint64 counts[] = {entry.created, entry.updated, entry.merged, entry.skipped, entry.rejected};
        for (int i = 0; i < 5; ++i) {
            auto* item = new QTableWidgetItem(locale.toString(counts[i]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 2 + i, item);
        }
        m_table->setItem(
            row, 7,
            new QTableWidgetItem(entry.undoneAt.isValid() ? DateText::dateTime(entry.undoneAt, locale) : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (!m_entries.isEmpty())
        selectRow(m_table, 0);
    updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_undo->setEnabled(row >= 0 && row < m_entries.size() && !m_entries.at(row).undoneAt.isValid());
}

bool ImportHistoryDialog::undoChosen(bool confirm)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).undoneAt.isValid())
        return false;
    const ImportHistory::Entry& entry = m_entries.at(row);
    if (confirm && Ask::question(this, tr("Undo Import"),
                                 tr("Undo the import of “%1”? The %n contacts it created are removed and "
                                    "those it changed are put back as they were.",
                                    nullptr, int(entry.created))
                                     .arg(entry.fileName)) != QMessageBox::Yes)
        return false;
    QProgressDialog progress(tr("Undoing the import…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto undone = ImportActions::undo(m_db, entry.id, followProgress(progress));
    progress.setValue(1000);
    if (!undone) {
        Ask::warning(this, tr("Undo Import"), undone.error());
        return false;
    }
    m_changed = true;
    reload();
    if (confirm)
        Ask::information(this, tr("Undo Import"),
                         tr("%1 contacts removed, %2 put back as they were, %3 archived (they have history "
                            "logged since).")
                             .arg(QLocale().toString(undone->removed), QLocale().toString(undone->restored),
                                  QLocale().toString(undone->archived)));
    return true;
}

} // namespace kontor::ui
