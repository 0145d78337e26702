// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ContactImport.h"
#include "io/RecordImport.h"

#include <QSqlDatabase>
#include <QWizard>

#include <optional>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kontor::ui {

class ImportSummaryPage;

/// Brings contacts in from a CSV file or a vCard address book, in four steps: the file (its encoding and delimiter
/// detected, with a preview), its columns mapped to fields (a preset chosen by the headers, or saved for next
/// time), what to do with duplicates and a check of every row (a dry run), and the import itself, in one
/// transaction with a progress bar and Cancel. A backup is made first. It ends on a summary (ImportSummaryPage)
/// from which the imported contacts are shown or the import undone; the import history can undo it later too.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, CheckPage, SummaryPage };

    /// `databasePath` is where the backup before the import goes beside; empty (an in-memory database): none.
    ImportWizard(QSqlDatabase db, QString databasePath, int backupsToKeep, QWidget* parent = nullptr);

    void setFile(const QString& path);
    QString file() const;
    bool isVCard() const;

    QLineEdit* fileEdit() const { return m_path; }
    QComboBox* encodingChooser() const { return m_encoding; }
    /// What the file holds: contacts, companies, interactions or deals.
    QComboBox* kindChooser() const { return m_kind; }
    ImportKind kind() const;
    QComboBox* delimiterChooser() const { return m_delimiter; }
    QCheckBox* headerCheck() const { return m_header; }
    QTableWidget* previewTable() const { return m_preview; }
    QLabel* fileSummary() const { return m_fileSummary; }
    QComboBox* presetChooser() const { return m_preset; }
    /// One row per column of the file: its header, sample values, and (a QComboBox in column 2) its field.
    QTableWidget* mappingTable() const { return m_mapping; }
    QComboBox* fieldChooser(int column) const;
    QPushButton* savePresetButton() const { return m_savePreset; }
    QAbstractButton* policyButton(DuplicatePolicy policy) const;
    QPushButton* checkButton() const { return m_check; }
    QTableWidget* outcomesTable() const { return m_outcomes; }
    QLabel* checkSummary() const { return m_checkSummary; }
    ImportSummaryPage* summaryPage() const { return m_summary; }
    /// The summary's "Show the imported contacts" closed the wizard.
    bool showImportedChosen() const;

    ImportOptions options() const;
    /// The column mapping as the mapping page shows it.
    ColumnMapping mapping() const;
    /// The dry run's report (after Check), and the import's (after Import).
    const std::optional<ImportReport>& checkReport() const { return m_checkReport; }
    const std::optional<ImportReport>& importReport() const { return m_importReport; }
    /// Runs the dry run now, as the Check button does.
    bool runCheck();
    /// Saves the mapping on show as a preset called `name`, as Save as Preset does after asking for a name.
    bool savePreset(const QString& name);

    /// How long work runs before its progress dialog shows.
    static inline int progressDelayMs = 400;

    bool validateCurrentPage() override;
    int nextId() const override;
    void initializePage(int id) override;

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The mapping page's problem in the palette's alert colour, which reads on a dark background too.
    void colourProblem();
    void buildFilePage();
    void buildMappingPage();
    void buildCheckPage();
    void chooseFile();
    void readFile();
    void fillPreview();
    void fillMapping();
    void applyPreset(int index);
    void showReport(const ImportReport& report);
    Result<ImportReport> run(bool dryRun);

    QSqlDatabase m_db;
    QString m_databasePath;
    int m_backupsToKeep;
    QByteArray m_head;
    QList<QStringList> m_sample;
    QList<ImportPreset> m_presets;
    std::optional<ImportReport> m_checkReport;
    std::optional<ImportReport> m_importReport;

    QLineEdit* m_path;
    QComboBox* m_kind;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QCheckBox* m_header;
    QTableWidget* m_preview;
    QLabel* m_fileSummary;
    QLabel* m_previewHint;
    QComboBox* m_preset;
    QTableWidget* m_mapping;
    QPushButton* m_savePreset;
    QLabel* m_mappingProblem = nullptr;
    QList<QAbstractButton*> m_policies;
    QPushButton* m_check;
    QTableWidget* m_outcomes;
    QLabel* m_checkSummary;
    ImportSummaryPage* m_summary;
};

} // namespace kontor::ui
