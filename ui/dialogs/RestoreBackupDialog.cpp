// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreBackupDialog.h"
#include "Translations.h"

#include "TableColumns.h"
#include "domain/DateText.h"
#include "repositories/ChangeLogRepository.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace kontor::ui {

RestoreBackupDialog::RestoreBackupDialog(const QList<BackupInfo>& backups, const QString& folder, QWidget* parent,
                                         const QSqlDatabase& current)
    : QDialog(parent), m_backups(backups), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Restore from Backup"));
    resize(560, 380);
    auto* explanation = new QLabel(
        tr("Choose the copy to go back to. The database as it is now is kept as a backup first, so this can be "
           "undone by restoring that one."),
        this);
    explanation->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("backups"));
    m_table->setAccessibleName(tr("Backups"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Why a copy was made takes the room; when and how big are as wide as they are.
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QLocale locale;
    for (const BackupInfo& backup : backups) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(
            row, 0, new QTableWidgetItem(DateText::atLineStart(DateText::longDateTime(backup.madeAt, locale), locale)));
        m_table->setItem(row, 1, new QTableWidgetItem(reasonName(backup.reason)));
        // "12.3 MB", as file managers write sizes, not "11.7 MiB".
        auto* size = new QTableWidgetItem(locale.formattedDataSize(backup.size, 1, QLocale::DataSizeSIFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, size);
    }
    sizeColumnsToText(m_table, {0, 2});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restore"));
    restore->setEnabled(!backups.isEmpty());
    // At the start of the row, away from the buttons that close the dialog, as desktop dialogs place such actions.
    auto* showFolder = new QPushButton(tr("Show &Folder"), this);
    showFolder->setObjectName(QStringLiteral("showFolder"));
    showFolder->setAutoDefault(false);
    sizeButtonToText(showFolder);
    connect(showFolder, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(showFolder);
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemActivated, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    if (current.isValid() && !backups.isEmpty()) {
        // What the chosen copy would lose, read again as the choice moves.
        m_lost = new QLabel(this);
        m_lost->setObjectName(QStringLiteral("lostSince"));
        m_lost->setWordWrap(true);
        layout->addWidget(m_lost);
        connect(m_table, &QTableWidget::currentCellChanged, this, [this, current](int row) {
            if (row >= 0 && row < m_backups.size())
                m_lost->setText(lostSince(current, m_backups.at(row).madeAt));
        });
    }
    if (backups.isEmpty()) {
        auto* none = new QLabel(tr("There are no backups in “%1” yet.").arg(shownPath(folder)), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(buttonRow);
    if (!backups.isEmpty()) {
        m_table->setCurrentCell(0, 0);
        m_table->setFocus();
    }
}

QString RestoreBackupDialog::chosenPath() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

QString RestoreBackupDialog::reasonName(const QString& reason)
{
    if (reason == QStringLiteral("daily"))
        return tr("Daily");
    if (reason == QStringLiteral("manual"))
        return tr("Made by hand");
    if (reason == QStringLiteral("before-restore"))
        return tr("Before a restore");
    if (reason == QStringLiteral("before-import"))
        return tr("Before an import");
    if (reason == QStringLiteral("before-merge"))
        return tr("Before a merge");
    return reason;
}

QString RestoreBackupDialog::lostSince(const QSqlDatabase& current, const QDateTime& madeAt)
{
    bool more = false;
    const auto changed = ChangeLogRepository(current).changedSince(madeAt, &more);
    if (!changed)
        return tr("What was done since this copy was made cannot be read from the file as it is.");
    const auto count = [&changed](ChangeLogRepository::Entity entity) {
        return int(std::min<qint64>(changed->value(ChangeLogRepository::entityKey(entity)), INT_MAX));
    };
    QStringList parts;
    if (const int n = count(ChangeLogRepository::Entity::Contact))
        parts << tr("%Ln contact(s)", nullptr, n);
    if (const int n = count(ChangeLogRepository::Entity::Company))
        parts << tr("%Ln compan(y/ies)", nullptr, n);
    if (const int n = count(ChangeLogRepository::Entity::Deal))
        parts << tr("%Ln deal(s)", nullptr, n);
    if (const int n = count(ChangeLogRepository::Entity::Interaction))
        parts << tr("%Ln call(s), meeting(s) or note(s)", nullptr, n);
    if (const int n = count(ChangeLogRepository::Entity::Reminder))
        parts << tr("%Ln reminder(s)", nullptr, n);
    if (parts.isEmpty())
        return tr("Nothing was added or changed since this copy was made.");
    const QString list = QLocale().createSeparatedList(parts);
    return more ? tr("Going back to this copy loses more than this, added or changed since it was made: %1.").arg(list)
                : tr("Going back to this copy loses what was added or changed since it was made: %1.").arg(list);
}

} // namespace kontor::ui
