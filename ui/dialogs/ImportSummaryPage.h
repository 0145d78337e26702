// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ContactImport.h"
#include "io/RecordImport.h"

#include <QSqlDatabase>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kontor::ui {

/// The import wizard's last page: what the import did (the counts, the rows rejected and why), and the two things
/// a person wants next: to see the contacts it brought in, or to take it all back.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(QSqlDatabase db, QWidget* parent = nullptr);

    /// `kind`: what the file held; only contacts can be shown on the Contacts page.
    void showReport(const ImportReport& report, const QString& fileName, ImportKind kind = ImportKind::Contacts);
    QLabel* counts() const { return m_counts; }
    QTableWidget* rejectedRows() const { return m_rejected; }
    QPushButton* showButton() const { return m_show; }
    QPushButton* undoButton() const { return m_undo; }
    /// "Show the imported contacts" was chosen (the wizard closes).
    bool showImportedChosen() const { return m_showChosen; }
    /// "Undo this import" took the import back.
    bool undone() const { return m_undone; }
    /// Takes the import back, as "Undo this import" does; `confirm`: ask first.
    bool undoImport(bool confirm = true);

private:
    QSqlDatabase m_db;
    qint64 m_importId = 0;
    QString m_fileName;
    qint64 m_created = 0;
    ImportKind m_kind = ImportKind::Contacts;
    bool m_showChosen = false;
    bool m_undone = false;
    QLabel* m_counts;
    QLabel* m_rejectedHeading;
    QTableWidget* m_rejected;
    QPushButton* m_show;
    QPushButton* m_undo;
    QLabel* m_undoResult;
};

} // namespace kontor::ui
