// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's three pages as they are built: the file, the mapping of its columns, the check. What they
// do as the user goes through them is in ImportWizard.cpp.
#include "ImportWizard.h"
#include "ImportWizardParts.h"

#include "ImportSummaryPage.h"
#include "dialogs/Ask.h"

#include "actions/ImportActions.h"
#include "actions/SettingsActions.h"
#include "dialogs/BusyWork.h"
#include "io/VCard.h"
#include "storage/Backups.h"
#include "views/EmptyState.h"
#include "views/SoftText.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor::ui {

using namespace importwizard;

void ImportWizard::buildFilePage()
{
    auto* page = new WizardPage;
    page->setTitle(tr("The file"));
    page->setSubTitle(tr("A CSV file (from a spreadsheet, Google Contacts, Outlook or another CRM) or a vCard address "
                         "book (.vcf). Kontor reads its encoding and delimiter; change them if the preview looks "
                         "wrong."));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importFile"));
    auto* browse = new QPushButton(tr("&Browse…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    for (const QByteArray& encoding : TextDecoder::choices())
        m_encoding->addItem(QString::fromLatin1(encoding), encoding);
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    for (const QChar delimiter : {u',', u';', u'\t', u'|'})
        m_delimiter->addItem(delimiterName(delimiter), QVariant(delimiter));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Contacts"), int(ImportKind::Contacts));
    m_kind->addItem(tr("Companies"), int(ImportKind::Companies));
    m_kind->addItem(tr("Interactions (calls, meetings, emails…)"), int(ImportKind::Interactions));
    m_kind->addItem(tr("Deals"), int(ImportKind::Deals));
    m_header = new QCheckBox(tr("The first row holds the column names (a &header)"));
    m_header->setChecked(true);
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_previewHint = showWhenEmpty(m_preview, tr("Choose a file to see its first rows here."));
    m_fileSummary = new QLabel;
    m_fileSummary->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Kind of records:"), m_kind);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_header);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileSummary);
    layout->addWidget(m_preview, 1);

    page->complete = [this] { return !m_sample.isEmpty(); };
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, [this, page] {
        readFile();
        page->changed();
    });
    connect(m_kind, &QComboBox::activated, this, [this] { m_checkReport.reset(); });
    for (QComboBox* chooser : {m_encoding, m_delimiter})
        connect(chooser, &QComboBox::activated, this, [this, page] {
            fillPreview();
            page->changed();
        });
    connect(m_header, &QCheckBox::toggled, this, [this, page] {
        fillPreview();
        page->changed();
    });
    setPage(FilePage, page);
}

void ImportWizard::colourProblem()
{
    QPalette problem = m_mappingProblem->palette();
    problem.setColor(QPalette::WindowText, alertText(palette()));
    m_mappingProblem->setPalette(problem);
}

void ImportWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_mappingProblem)
        colourProblem();
}

void ImportWizard::buildMappingPage()
{
    auto* page = new WizardPage;
    page->setTitle(tr("Columns and fields"));
    page->setSubTitle(tr("Which field each column fills. Columns left on “Leave out” are not imported. A preset maps "
                         "the columns of a known program; save your own for files you import again."));
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("importPreset"));
    m_savePreset = new QPushButton(tr("&Save as Preset…"));
    auto* presetRow = new QHBoxLayout;
    auto* presetLabel = new QLabel(tr("&Preset:"));
    presetLabel->setBuddy(m_preset);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_savePreset);
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Field")});
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->verticalHeader()->hide();
    m_mappingProblem = new QLabel;
    m_mappingProblem->setObjectName(QStringLiteral("mappingProblem"));
    colourProblem();
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(presetRow);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_mappingProblem);

    page->complete = [this] {
        const QStringList required = ImportFields::required(kind());
        bool named = false;
        for (const QString& key : mapping())
            named = named || required.contains(key);
        QString problem;
        if (!named)
            problem = kind() == ImportKind::Contacts
                          ? tr("Map a column to the first, last or full name.")
                          : tr("Map a column to “%1”: every row needs it.").arg(ImportFields::of(kind()).first().name);
        m_mappingProblem->setText(problem);
        return named;
    };
    connect(m_preset, &QComboBox::activated, this, [this, page](int index) {
        applyPreset(index);
        page->changed();
    });
    connect(m_savePreset, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            Ask::text(this, tr("Save as Preset"), tr("Name of the preset:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            savePreset(name);
    });
    setPage(MappingPage, page);
}

void ImportWizard::buildCheckPage()
{
    auto* page = new WizardPage;
    page->setTitle(tr("Duplicates and a check"));
    page->setSubTitle(tr("A row is a duplicate when its email or phone number is already there (or its name, when it "
                         "has neither). The check goes through every row and changes nothing."));
    auto* group = new QButtonGroup(page);
    const std::pair<DuplicatePolicy, QString> choices[] = {
        {DuplicatePolicy::Skip, tr("&Skip it: keep the contact as it is")},
        {DuplicatePolicy::Update, tr("&Update the contact with the row's values (empty cells change nothing)")},
        {DuplicatePolicy::Merge, tr("&Merge: the contact keeps its values and gains what it lacks")},
        {DuplicatePolicy::CreateAnyway, tr("Create a &new contact all the same")},
    };
    auto* layout = new QVBoxLayout(page);
    for (const auto& [policy, text] : choices) {
        auto* button = new QRadioButton(text);
        group->addButton(button, int(policy));
        m_policies << button;
        layout->addWidget(button);
    }
    m_policies.first()->setChecked(true);
    m_check = new QPushButton(tr("&Check Every Row"));
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_checkSummary = new QLabel;
    m_checkSummary->setObjectName(QStringLiteral("importCheckSummary"));
    m_checkSummary->setWordWrap(true);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_checkSummary, 1);
    layout->addLayout(checkRow);
    m_outcomes = new QTableWidget(0, 4);
    m_outcomes->setObjectName(QStringLiteral("importOutcomes"));
    m_outcomes->setHorizontalHeaderLabels({tr("Line"), tr("Action"), tr("Name"), tr("Why")});
    m_outcomes->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_outcomes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outcomes->setWordWrap(true);
    m_outcomes->verticalHeader()->hide();
    layout->addWidget(m_outcomes, 1);

    connect(m_check, &QPushButton::clicked, this, &ImportWizard::runCheck);
    connect(group, &QButtonGroup::idClicked, this, [this] {
        // The report was for another rule.
        m_checkReport.reset();
        m_outcomes->setRowCount(0);
        m_checkSummary->setText(tr("Not checked with this rule yet."));
    });
    // Importing cannot be gone back on with Back: the summary offers to undo it instead.
    page->setCommitPage(true);
    setPage(CheckPage, page);
}

} // namespace kontor::ui
