// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "views/DateEdits.h"

#include "AssignmentSettingsPage.h"
#include "FieldSettingsPage.h"
#include "FormRows.h"
#include "LanguageSettingsPage.h"
#include "LifecycleSettingsPage.h"
#include "RegionChoice.h"
#include "ScoringSettingsPage.h"
#include "TableColumns.h"
#include "TerritoriesSettingsPage.h"
#include "dialogs/Ask.h"
#include "views/DateEdits.h"
#include "views/EmptyState.h"

#include "actions/SettingsActions.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/TagStore.h"
#include "repositories/UserRepository.h"
#include "storage/Backups.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
enum StageColumn { StageName, StageProbability, StageStaleDays, StageKindColumn };
enum CampaignColumn { CampaignName, CampaignStarts, CampaignEnds, CampaignSpend, CampaignCurrency };

QString kindName(StageKind kind)
{
    switch (kind) {
    case StageKind::Open:
        return SettingsDialog::tr("Open");
    case StageKind::Won:
        return SettingsDialog::tr("Won");
    case StageKind::Lost:
        return SettingsDialog::tr("Lost");
    }
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(const QSqlDatabase& db, const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createStagesTab(), tr("&Stages"));
    m_tabs->addTab(createSourcesTab(), tr("Lead &sources"));
    m_tabs->addTab(createPeopleTab(), tr("Sales&people"));
    m_tabs->addTab(createTagsTab(), tr("&Tags"));
    auto* fields = new FieldSettingsPage(db, this);
    connect(fields, &FieldSettingsPage::changed, this, &SettingsDialog::report);
    m_tabs->addTab(fields, tr("&Fields"));
    auto* lifecycle = new LifecycleSettingsPage(db, this);
    connect(lifecycle, &LifecycleSettingsPage::changed, this, &SettingsDialog::report);
    // A field added on the Fields tab can make a lead qualified.
    connect(fields, &FieldSettingsPage::changed, lifecycle, &LifecycleSettingsPage::reload);
    m_tabs->addTab(lifecycle, tr("Lifec&ycle"));
    auto* scoring = new ScoringSettingsPage(db, this);
    connect(scoring, &ScoringSettingsPage::changed, this, &SettingsDialog::report);
    connect(scoring, &ScoringSettingsPage::rescored, this, &SettingsDialog::scoresRescored);
    // A new field can be a fit rule's.
    connect(fields, &FieldSettingsPage::changed, scoring, &ScoringSettingsPage::reload);
    m_tabs->addTab(scoring, tr("Lead sc&oring"));
    auto* territories = new TerritoriesSettingsPage(db, this);
    connect(territories, &TerritoriesSettingsPage::changed, this, &SettingsDialog::report);
    // A territory can be a scoring rule's condition.
    connect(territories, &TerritoriesSettingsPage::changed, scoring, &ScoringSettingsPage::reload);
    m_tabs->addTab(territories, tr("T&erritories"));
    auto* assignment = new AssignmentSettingsPage(db, this);
    connect(assignment, &AssignmentSettingsPage::changed, this, &SettingsDialog::report);
    // A territory, a field or a salesperson can be in a rule.
    connect(territories, &TerritoriesSettingsPage::changed, assignment, &AssignmentSettingsPage::reload);
    connect(fields, &FieldSettingsPage::changed, assignment, &AssignmentSettingsPage::reload);
    // "M": every other letter of the word is taken by a tab or by the Territories page's buttons.
    m_tabs->addTab(assignment, tr("Assign&ment", "the Settings tab of the assignment rules"));
    m_tabs->addTab(createGeneralTab(databasePath), tr("&General"));
    auto* language = new LanguageSettingsPage(this);
    connect(language, &LanguageSettingsPage::changed, this, &SettingsDialog::languageChanged);
    m_tabs->addTab(language, tr("La&nguage"));
    m_error = new ErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Every tab's title in view (eleven of them, longer in some languages), within the screen.
    const int tabsWide =
        m_tabs->tabBar()->sizeHint().width() + 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + 8;
    resize(std::max(760, tabsWide), 520);
    loadStages();
    loadSources();
    loadUsers();
    loadTags();
}

SettingsDialog::~SettingsDialog()
{
    // The lists and tables are destroyed after this object: their last signals must not reach it.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

QString SettingsDialog::errorText() const
{
    return m_error->message();
}

bool SettingsDialog::report(const QString& error)
{
    m_error->setMessage(error);
    if (error.isEmpty())
        emit settingsChanged();
    return error.isEmpty();
}

// Stages

QWidget* SettingsDialog::createStagesTab()
{
    auto* page = new QWidget(this);
    m_stages = new QTableWidget(0, 4, page);
    m_stages->setObjectName(QStringLiteral("stages"));
    m_stages->setAccessibleName(tr("Sales stages"));
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Win probability (%)"), tr("Stale after (days)"), tr("Kind")});
    // The name takes the room; the numbers and the kind are as wide as they and their headers are.
    m_stages->horizontalHeader()->setSectionResizeMode(StageName, QHeaderView::Stretch);
    m_stages->verticalHeader()->hide();
    m_stages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stages->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_stages, &QTableWidget::itemChanged, this, &SettingsDialog::saveStage);
    auto* add = namedButton(page, tr("&Add Stage"), QStringLiteral("addStage"));
    auto* remove = namedButton(page, tr("&Remove…"), QStringLiteral("removeStage"));
    auto* up = namedButton(page, tr("Move &Up"), QStringLiteral("stageUp"));
    auto* down = namedButton(page, tr("Move &Down"), QStringLiteral("stageDown"));
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addStage);
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeStage);
    connect(up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStage(1); });
    auto* hint = new QLabel(tr("Double-click a name or number to change it. The weighted pipeline counts each deal at "
                               "its stage's win probability; a deal longer than the stale days in its stage is "
                               "marked stale (0: never)."),
                            page);
    hint->setWordWrap(true);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* each : {add, remove, up, down})
        buttons->addWidget(each);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_stages, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row, 1);
    layout->addWidget(hint);
    return page;
}

void SettingsDialog::loadStages()
{
    m_loading = true;
    const int current = m_stages->currentRow();
    m_stages->setRowCount(0);
    if (auto stages = StageRepository(m_db).list(); stages) {
        for (const Stage& stage : stages.value()) {
            const int row = m_stages->rowCount();
            m_stages->insertRow(row);
            auto* name = new QTableWidgetItem(stage.name);
            name->setData(IdRole, stage.id);
            m_stages->setItem(row, StageName, name);
            auto* probability = new QTableWidgetItem;
            probability->setData(Qt::EditRole, stage.probability);
            probability->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_stages->setItem(row, StageProbability, probability);
            auto* stale = new QTableWidgetItem;
            if (stage.isFinal()) {
                // Won and lost deals are done: they do not go stale.
                stale->setText(tr("—"));
                stale->setFlags(stale->flags() & ~Qt::ItemIsEditable);
            } else {
                stale->setData(Qt::EditRole, stage.staleAfterDays);
            }
            stale->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_stages->setItem(row, StageStaleDays, stale);
            auto* kind = new QTableWidgetItem(kindName(stage.kind));
            kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
            m_stages->setItem(row, StageKindColumn, kind);
        }
    }
    sizeColumnsToText(m_stages, {StageProbability, StageStaleDays, StageKindColumn});
    m_stages->setCurrentCell(std::clamp(current, 0, m_stages->rowCount() - 1), StageName);
    m_loading = false;
}

void SettingsDialog::saveStage(QTableWidgetItem* item)
{
    if (m_loading)
        return;
    auto stage = StageRepository(m_db).get(m_stages->item(item->row(), StageName)->data(IdRole).toLongLong());
    if (!stage) {
        report(stage.error());
        return;
    }
    Stage changed = stage.value();
    changed.name = m_stages->item(item->row(), StageName)->text().simplified();
    changed.probability = m_stages->item(item->row(), StageProbability)->data(Qt::EditRole).toInt();
    changed.staleAfterDays = std::max(0, m_stages->item(item->row(), StageStaleDays)->data(Qt::EditRole).toInt());
    report(SettingsActions::saveStage(m_db, changed).error());
    // Shows what was saved, or what is still there after a refusal; later, as the item is still being edited.
    QMetaObject::invokeMethod(this, &SettingsDialog::loadStages, Qt::QueuedConnection);
}

void SettingsDialog::addStage()
{
    const QString name = Ask::text(this, tr("Add Stage"), tr("Name of the new stage:"));
    if (name.trimmed().isEmpty())
        return;
    auto created = SettingsActions::addStage(m_db, name);
    if (!report(created.ok() ? QString() : created.error()))
        return;
    loadStages();
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        if (m_stages->item(row, StageName)->data(IdRole).toLongLong() == created.value())
            m_stages->setCurrentCell(row, StageName);
    }
}

void SettingsDialog::removeStage()
{
    const int row = m_stages->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_stages->item(row, StageName)->data(IdRole).toLongLong();
    QStringList others;
    QList<qint64> otherIds;
    for (int other = 0; other < m_stages->rowCount(); ++other) {
        if (other == row)
            continue;
        others << m_stages->item(other, StageName)->text();
        otherIds << m_stages->item(other, StageName)->data(IdRole).toLongLong();
    }
    bool ok = false;
    const QString target = Ask::item(this, tr("Remove Stage"),
                                     tr("Remove “%1”. Its deals move to:").arg(m_stages->item(row, StageName)->text()),
                                     others, std::min<int>(row, static_cast<int>(others.size()) - 1), false, &ok);
    if (!ok)
        return;
    report(SettingsActions::removeStage(m_db, id, otherIds.value(others.indexOf(target))).error());
    loadStages();
}

void SettingsDialog::moveStage(int step)
{
    const int row = m_stages->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_stages->rowCount())
        return;
    QList<qint64> order;
    for (int each = 0; each < m_stages->rowCount(); ++each)
        order << m_stages->item(each, StageName)->data(IdRole).toLongLong();
    order.swapItemsAt(row, target);
    if (report(SettingsActions::reorderStages(m_db, order).error())) {
        loadStages();
        m_stages->setCurrentCell(target, StageName);
    }
}

// Lead sources and campaigns

QWidget* SettingsDialog::createSourcesTab()
{
    auto* page = new QWidget(this);
    m_sources = new QListWidget(page);
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sources->setAccessibleName(tr("Lead sources"));
    connect(m_sources, &QListWidget::currentRowChanged, this, &SettingsDialog::loadCampaigns);
    connect(m_sources, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_loading)
            return;
        report(SettingsActions::renameLeadSource(m_db, item->data(IdRole).toLongLong(), item->text()).error());
        QMetaObject::invokeMethod(this, &SettingsDialog::loadSources, Qt::QueuedConnection);
    });
    m_campaigns = new QTableWidget(0, 5, page);
    m_campaigns->setObjectName(QStringLiteral("campaigns"));
    m_campaigns->setAccessibleName(tr("Campaigns of the lead source"));
    // Dates as the lists write them (Solar Hijri in Persian, four-digit years), not the locale's short date.
    for (const int column : {CampaignStarts, CampaignEnds})
        m_campaigns->setItemDelegateForColumn(column, new UserDateDelegate(m_campaigns));
    m_campaigns->setHorizontalHeaderLabels(
        {tr("Campaign"), tr("Starts"), tr("Ends"), tr("Spend", "money spent (noun)"), tr("Currency")});
    // The name takes the room ("LinkedIn Ads – spring launch"); dates, spend and currency are as wide as they are.
    m_campaigns->horizontalHeader()->setSectionResizeMode(CampaignName, QHeaderView::Stretch);
    m_campaigns->verticalHeader()->hide();
    connect(m_campaigns, &QTableWidget::itemChanged, this, &SettingsDialog::saveCampaign);
    auto* addSource = namedButton(page, tr("Add S&ource"), QStringLiteral("addSource"));
    auto* addCampaign = namedButton(page, tr("Add &Campaign"), QStringLiteral("addCampaign"));
    connect(addSource, &QPushButton::clicked, this, &SettingsDialog::addSource);
    connect(addCampaign, &QPushButton::clicked, this, &SettingsDialog::addCampaign);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Lead sources"), page));
    left->addWidget(m_sources, 1);
    left->addWidget(addSource, 0, Qt::AlignLeft);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Campaigns and what they cost (the reports divide by this spend)"), page));
    right->addWidget(m_campaigns, 1);
    right->addWidget(addCampaign, 0, Qt::AlignLeft);
    auto* layout = new QHBoxLayout(page);
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);
    return page;
}

void SettingsDialog::loadSources()
{
    m_loading = true;
    const qint64 current = m_sources->currentItem() ? m_sources->currentItem()->data(IdRole).toLongLong() : 0;
    m_sources->clear();
    if (auto sources = LeadSourceRepository(m_db).sources(); sources) {
        for (const LeadSource& source : sources.value()) {
            auto* item = new QListWidgetItem(source.name, m_sources);
            item->setData(IdRole, source.id);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (source.id == current)
                m_sources->setCurrentItem(item);
        }
    }
    if (!m_sources->currentItem() && m_sources->count() > 0)
        m_sources->setCurrentRow(0);
    m_loading = false;
    loadCampaigns();
}

void SettingsDialog::loadCampaigns()
{
    m_loading = true;
    m_campaigns->setRowCount(0);
    const qint64 source = m_sources->currentItem() ? m_sources->currentItem()->data(IdRole).toLongLong() : 0;
    if (source > 0) {
        if (auto campaigns = LeadSourceRepository(m_db).campaigns(source); campaigns) {
            for (const Campaign& campaign : campaigns.value()) {
                const int row = m_campaigns->rowCount();
                m_campaigns->insertRow(row);
                auto* name = new QTableWidgetItem(campaign.name);
                name->setData(IdRole, campaign.id);
                m_campaigns->setItem(row, CampaignName, name);
                auto* starts = new QTableWidgetItem;
                starts->setData(Qt::EditRole, campaign.startsOn);
                m_campaigns->setItem(row, CampaignStarts, starts);
                auto* ends = new QTableWidgetItem;
                ends->setData(Qt::EditRole, campaign.endsOn);
                m_campaigns->setItem(row, CampaignEnds, ends);
                auto* spend = new QTableWidgetItem(campaign.spend.formatAmount());
                spend->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_campaigns->setItem(row, CampaignSpend, spend);
                m_campaigns->setItem(row, CampaignCurrency, new QTableWidgetItem(campaign.spend.currency));
            }
        }
    }
    sizeColumnsToText(m_campaigns, {CampaignStarts, CampaignEnds, CampaignSpend, CampaignCurrency});
    m_loading = false;
}

void SettingsDialog::saveCampaign(QTableWidgetItem* item)
{
    if (m_loading)
        return;
    const int row = item->row();
    Campaign campaign;
    campaign.id = m_campaigns->item(row, CampaignName)->data(IdRole).toLongLong();
    campaign.leadSourceId = m_sources->currentItem()->data(IdRole).toLongLong();
    campaign.name = m_campaigns->item(row, CampaignName)->text();
    campaign.startsOn = m_campaigns->item(row, CampaignStarts)->data(Qt::EditRole).toDate();
    campaign.endsOn = m_campaigns->item(row, CampaignEnds)->data(Qt::EditRole).toDate();
    campaign.spend.currency = m_campaigns->item(row, CampaignCurrency)->text().trimmed().toUpper();
    const QString spend = m_campaigns->item(row, CampaignSpend)->text();
    if (!Money::isCurrencyCode(campaign.spend.currency)) {
        report(Money::currencyCodeProblem());
    } else if (!spend.trimmed().isEmpty() && !Money::parse(spend, campaign.spend.currency, &campaign.spend.minor)) {
        report(tr("“%1” is not an amount in %2.").arg(spend, campaign.spend.currency));
    } else {
        report(SettingsActions::saveCampaign(m_db, campaign).error());
    }
    QMetaObject::invokeMethod(this, &SettingsDialog::loadCampaigns, Qt::QueuedConnection);
}

void SettingsDialog::addSource()
{
    const QString name = Ask::text(this, tr("Add Lead Source"), tr("Name of the lead source:"));
    if (name.trimmed().isEmpty())
        return;
    auto created = SettingsActions::addLeadSource(m_db, name);
    report(created.ok() ? QString() : created.error());
    loadSources();
    for (int row = 0; created && row < m_sources->count(); ++row) {
        if (m_sources->item(row)->data(IdRole).toLongLong() == created.value())
            m_sources->setCurrentRow(row);
    }
}

void SettingsDialog::addCampaign()
{
    if (!m_sources->currentItem())
        return;
    const QString name =
        Ask::text(this, tr("Add Campaign"), tr("Name of the campaign of %1:").arg(m_sources->currentItem()->text()));
    if (name.trimmed().isEmpty())
        return;
    auto created = SettingsActions::addCampaign(m_db, m_sources->currentItem()->data(IdRole).toLongLong(), name);
    report(created.ok() ? QString() : created.error());
    loadCampaigns();
}

// Salespeople

QWidget* SettingsDialog::createPeopleTab()
{
    auto* page = new QWidget(this);
    m_users = new QListWidget(page);
    m_users->setObjectName(QStringLiteral("users"));
    m_users->setAccessibleName(tr("Salespeople"));
    connect(m_users, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_loading)
            return;
        report(SettingsActions::renameSalesperson(m_db, item->data(IdRole).toLongLong(), item->text()).error());
        QMetaObject::invokeMethod(this, &SettingsDialog::loadUsers, Qt::QueuedConnection);
    });
    auto* add = namedButton(page, tr("Add &Salesperson"), QStringLiteral("addUser"));
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addUser);
    auto* hint =
        new QLabel(tr("Salespeople own contacts and deals; the filters and reports are per owner. Double-click "
                      "a name to change it. The first one is the owner of new records."),
                   page);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_users, 1);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(hint);
    return page;
}

void SettingsDialog::loadUsers()
{
    m_loading = true;
    m_users->clear();
    if (auto users = UserRepository(m_db).list(); users) {
        for (const User& user : users.value()) {
            auto* item = new QListWidgetItem(user.name, m_users);
            item->setData(IdRole, user.id);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (user.isDefault)
                item->setToolTip(tr("Owner of new records"));
        }
    }
    m_loading = false;
}

void SettingsDialog::addUser()
{
    const QString name = Ask::text(this, tr("Add Salesperson"), tr("Name:"));
    if (name.trimmed().isEmpty())
        return;
    auto created = SettingsActions::addSalesperson(m_db, name);
    report(created.ok() ? QString() : created.error());
    loadUsers();
}

// Tags

QWidget* SettingsDialog::createTagsTab()
{
    auto* page = new QWidget(this);
    m_tags = new QListWidget(page);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setAccessibleName(tr("Tags"));
    showWhenEmpty(m_tags, tr("No tags yet: add them in a contact's dialog, or to many at once with Change Selected."));
    connect(m_tags, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_loading)
            return;
        report(SettingsActions::renameTag(m_db, item->data(IdRole).toString(), item->text()).error());
        QMetaObject::invokeMethod(this, &SettingsDialog::loadTags, Qt::QueuedConnection);
    });
    auto* remove = namedButton(page, tr("&Remove Tag"), QStringLiteral("removeTag"));
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeTag);
    auto* hint = new QLabel(tr("Double-click a tag to rename it everywhere; renaming it to an existing tag merges the "
                               "two. Tags are added where contacts are edited."),
                            page);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_tags, 1);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addWidget(hint);
    return page;
}

void SettingsDialog::loadTags()
{
    m_loading = true;
    m_tags->clear();
    if (auto tags = TagStore(m_db).all(); tags) {
        for (const QString& tag : tags.value()) {
            auto* item = new QListWidgetItem(tag, m_tags);
            item->setData(IdRole, tag);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_loading = false;
}

void SettingsDialog::removeTag()
{
    QListWidgetItem* item = m_tags->currentItem();
    if (!item)
        return;
    report(SettingsActions::removeTag(m_db, item->data(IdRole).toString()).error());
    loadTags();
}

// General

QWidget* SettingsDialog::createGeneralTab(const QString& databasePath)
{
    auto* page = new QWidget(this);
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setAccessibleName(tr("Default currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
                          QStringLiteral("JPY"), QStringLiteral("SEK"), QStringLiteral("PLN"), QStringLiteral("CAD"),
                          QStringLiteral("AUD")});
    m_currency->setCurrentText(SettingsRepository(m_db).defaultCurrency());
    auto saveCurrency = [this] {
        const QString code = m_currency->currentText().trimmed().toUpper();
        if (code == SettingsRepository(m_db).defaultCurrency())
            return;
        report(SettingsActions::setDefaultCurrency(m_db, code).error());
    };
    connect(m_currency, &QComboBox::currentTextChanged, this, [this, saveCurrency](const QString& text) {
        if (text.size() == 3)
            saveCurrency();
    });

    auto* path = new QLabel(QDir::toNativeSeparators(databasePath), page);
    path->setObjectName(QStringLiteral("databasePath"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    auto* open = namedButton(page, tr("&Open Another Database…"), QStringLiteral("openDatabase"));
    auto* create = namedButton(page, tr("&New Database…"), QStringLiteral("newDatabase"));
    connect(open, &QPushButton::clicked, this, [this] {
        accept();
        emit openDatabaseRequested();
    });
    connect(create, &QPushButton::clicked, this, [this] {
        accept();
        emit newDatabaseRequested();
    });
    auto* files = new QHBoxLayout;
    files->addWidget(open);
    files->addWidget(create);
    files->addStretch();

    // Every country Qt knows, by name, for phone numbers typed without a country code.
    auto* region = new QComboBox(page);
    region->setObjectName(QStringLiteral("phoneRegion"));
    region->setAccessibleName(tr("Region of phone numbers without a country code"));
    fillPhoneRegions(region);
    region->setCurrentIndex(region->findData(SettingsRepository(m_db).phoneRegion()));
    connect(region, &QComboBox::currentIndexChanged, this, [this, region] {
        report(SettingsActions::setPhoneRegion(m_db, region->currentData().toString()).error());
    });

    auto* keep = new QSpinBox(page);
    keep->setObjectName(QStringLiteral("backupsToKeep"));
    keep->setAccessibleName(tr("Backups to keep"));
    keep->setRange(0, 1000);
    keep->setSpecialValueText(tr("No daily backup"));
    keep->setValue(SettingsRepository(m_db).backupsToKeep());
    connect(keep, &QSpinBox::valueChanged, this,
            [this](int count) { report(SettingsActions::setBackupsToKeep(m_db, count).error()); });
    keep->setToolTip(tr("A copy a day, and one before each restore; beyond this number the oldest are deleted. With "
                        "no daily backup, none are deleted."));
    auto* backupFolder = new QLabel(QDir::toNativeSeparators(Backups(databasePath).folder()), page);
    backupFolder->setObjectName(QStringLiteral("backupFolder"));
    backupFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    backupFolder->setWordWrap(true);

    auto* form = new QFormLayout(page);
    form->addRow(tr("Default &currency:"), m_currency);
    form->addRow(new QLabel(tr("New deals and campaigns start in this currency; amounts keep their own."), page));
    form->addRow(tr("Database file:"), path);
    form->addRow(files);
    form->addRow(tr("&Phone numbers without a country code are from:"), region);
    form->addRow(tr("&Backups to keep:"), keep);
    form->addRow(tr("Backup folder:"), backupFolder);
    return page;
}

} // namespace kontor::ui
