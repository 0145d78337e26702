// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSummaryPage.h"

#include "actions/ImportActions.h"
#include "dialogs/Ask.h"
#include "dialogs/BusyWork.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace kontor::ui {

ImportSummaryPage::ImportSummaryPage(QSqlDatabase db, QWidget* parent) : QWizardPage(parent), m_db(std::move(db))
{
    setTitle(tr("Imported"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_rejectedHeading = new QLabel(this);
    m_rejectedHeading->setObjectName(QStringLiteral("rejectedHeading"));
    m_rejectedHeading->setWordWrap(true);
    m_rejected = new QTableWidget(0, 3, this);
    m_rejected->setObjectName(QStringLiteral("rejectedRows"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Why")});
    m_rejected->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setWordWrap(true);
    m_rejected->verticalHeader()->hide();

    m_show = new QPushButton(tr("&Show the Imported Contacts"), this);
    m_show->setObjectName(QStringLiteral("showImported"));
    m_show->setToolTip(tr("The Contacts page, filtered to what this import created or changed"));
    m_undo = new QPushButton(tr("&Undo This Import…"), this);
    m_undo->setObjectName(QStringLiteral("undoThisImport"));
    m_undo->setToolTip(tr("Removes what it created and puts back what it changed; File → Import History can do it "
                          "later too"));
    m_undoResult = new QLabel(this);
    m_undoResult->setObjectName(QStringLiteral("undoResult"));
    m_undoResult->setWordWrap(true);
    m_undoResult->hide();
    connect(m_show, &QPushButton::clicked, this, [this] {
        m_showChosen = true;
        if (wizard())
            wizard()->accept();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] { undoImport(); });

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_show);
    actions->addWidget(m_undo);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(actions);
    layout->addWidget(m_undoResult);
    layout->addWidget(m_rejectedHeading);
    layout->addWidget(m_rejected, 1);
    // Without rejected rows, the lines stay together at the top and the room is left below them.
    layout->addStretch();
}

void ImportSummaryPage::showReport(const ImportReport& report, const QString& fileName, ImportKind kind)
{
    m_kind = kind;
    const QLocale locale;
    m_importId = report.importId;
    m_fileName = fileName;
    m_created = report.created;
    setSubTitle(tr("From %1.").arg(fileName));
    m_counts->setText(tr("<b>%1</b> created · <b>%2</b> updated · <b>%3</b> merged · <b>%4</b> skipped as "
                         "duplicates · <b>%5</b> rejected, of %6 rows; %7 kept with a warning (see their notes).")
                          .arg(locale.toString(report.created), locale.toString(report.updated),
                               locale.toString(report.merged), locale.toString(report.skipped),
                               locale.toString(report.rejected), locale.toString(report.rows),
                               locale.toString(report.flagged)));
    QList<ImportRowOutcome> rejected;
    for (const ImportRowOutcome& outcome : report.outcomes) {
        if (outcome.action == ImportAction::Reject)
            rejected << outcome;
    }
    m_rejectedHeading->setText(rejected.isEmpty() ? tr("No row was rejected.")
                                                  : tr("Rejected rows, with why: fix them in the file and import it "
                                                       "again (the rows already there are found as duplicates)."));
    m_rejected->setVisible(!rejected.isEmpty());
    m_rejected->setRowCount(int(rejected.size()));
    for (int row = 0; row < rejected.size(); ++row) {
        const ImportRowOutcome& outcome = rejected.at(row);
        auto* line = new QTableWidgetItem(locale.toString(outcome.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(row, 0, line);
        m_rejected->setItem(row, 1, new QTableWidgetItem(outcome.name));
        m_rejected->setItem(row, 2, new QTableWidgetItem(outcome.explanation()));
    }
    m_rejected->resizeColumnsToContents();
    m_rejected->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    const bool anything = report.created + report.updated + report.merged > 0;
    // Companies, interactions and deals are on their own pages; the list of an import's records is of contacts.
    m_show->setVisible(kind == ImportKind::Contacts);
    m_show->setEnabled(anything && report.importId > 0 && kind == ImportKind::Contacts);
    m_undo->setEnabled(anything && report.importId > 0);
    m_undoResult->clear();
    m_undoResult->hide();
    m_undone = false;
}

bool ImportSummaryPage::undoImport(bool confirm)
{
    if (m_importId <= 0 || m_undone)
        return false;
    const QString question =
        m_kind == ImportKind::Contacts
            ? tr("Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back "
                 "as they were.",
                 nullptr, int(m_created))
            : tr("Undo the import of “%1”? The %n records it created are removed and those it changed are put back "
                 "as they were.",
                 nullptr, int(m_created));
    if (confirm && Ask::question(this, tr("Undo This Import"), question.arg(m_fileName)) != QMessageBox::Yes)
        return false;
    QProgressDialog progress(tr("Undoing the import…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto undone = ImportActions::undo(m_db, m_importId, followProgress(progress));
    progress.setValue(1000);
    m_undoResult->show();
    if (!undone) {
        m_undoResult->setText(undone.error());
        return false;
    }
    m_undone = true;
    m_show->setEnabled(false);
    m_undo->setEnabled(false);
    m_undoResult->setText(tr("Taken back: %1 removed, %2 put back as they were, %3 archived (they have history "
                             "logged since).")
                              .arg(QLocale().toString(undone->removed), QLocale().toString(undone->restored),
                                   QLocale().toString(undone->archived)));
    return true;
}

} // namespace kontor::ui
