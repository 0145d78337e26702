// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompaniesPage.h"

#include "DetailsTable.h"
#include "SoftText.h"

#include "domain/DateText.h"

#include "EmptyState.h"
#include "actions/ArchiveActions.h"
#include "dialogs/Ask.h"

#include "dialogs/ChangeHistoryDialog.h"
#include "dialogs/CompanyDialog.h"
#include "domain/ContactStatus.h"
#include "models/CompanyTreeModel.h"
#include "repositories/CompanyRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/StageRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
// The contact of a row of the people, deals and history lists.
constexpr int ContactRole = Qt::UserRole + 2;
constexpr int listLimit = 500;

QTreeWidget* makeList(QWidget* parent, const QString& objectName, const QString& accessibleName,
                      const QStringList& headers)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSortingEnabled(true);
    list->header()->setStretchLastSection(true);
    return list;
}

// Sorts dates, times and amounts by their value rather than by their text ("31/03" after "30/10").
constexpr int SortRole = Qt::UserRole + 3;
class SortableItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, SortRole);
        const QVariant theirs = other.data(column, SortRole);
        if (mine.isValid() && theirs.isValid()) {
            // Amounts sort by currency, then by amount; times and dates by their number.
            if (mine.typeId() == QMetaType::QString || theirs.typeId() == QMetaType::QString)
                return mine.toString() < theirs.toString();
            return mine.toLongLong() < theirs.toLongLong();
        }
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

CompaniesPage::CompaniesPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("CompaniesPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search companies"));
    m_search->setPlaceholderText(tr("Search companies…"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });

    m_model = new CompanyTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("companyTree"));
    m_tree->setAccessibleName(tr("Companies and their branches"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(CompanyTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CompanyTreeModel::PeopleColumn, QHeaderView::ResizeToContents);
    // Sizing to contents looks at the first rows only: a level may have thousands.
    m_tree->header()->setResizeContentsPrecision(50);
    m_tree->header()->setStretchLastSection(false);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompaniesPage::showTerritories);
    // Industry and city as wide as their words, but never so wide that the companies' names are cut to "…".
    m_tree->viewport()->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompaniesPage::fitListColumns, Qt::QueuedConnection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        m_companyId = index.data(CompanyTreeModel::IdRole).toLongLong();
        showDetails();
    });

    auto* create = new QPushButton(tr("&New Company…"), this);
    create->setObjectName(QStringLiteral("newCompany"));
    connect(create, &QPushButton::clicked, this, &CompaniesPage::newCompany);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // The companies of one territory (or of none), shown when there are territories.
    m_territory = new QComboBox(this);
    m_territory->setObjectName(QStringLiteral("territoryFilter"));
    m_territory->setAccessibleName(tr("Territory", "a sales territory"));
    connect(m_territory, &QComboBox::activated, this,
            [this] { m_model->setTerritory(m_territory->currentData().toLongLong()); });
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_territory);
    searchRow->addWidget(create);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_tree, 1);

    m_detailsPane = new QWidget(this);
    m_name = new QLabel(m_detailsPane);
    m_name->setObjectName(QStringLiteral("name"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Selectable text takes its direction from its letters: a Latin name would stand on the left of a mirrored page.
    m_name->setAlignment((layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute |
                         Qt::AlignVCenter);
    m_path = new QLabel(m_detailsPane);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setTextFormat(Qt::RichText);
    connect(m_path, &QLabel::linkActivated, this, [this](const QString& link) { showCompany(link.toLongLong()); });
    m_details = new QLabel(m_detailsPane);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_edit = new QPushButton(tr("&Edit…"), m_detailsPane);
    m_edit->setObjectName(QStringLiteral("edit"));
    connect(m_edit, &QPushButton::clicked, this, &CompaniesPage::editCompany);
    m_branch = new QPushButton(tr("Add &Branch…"), m_detailsPane);
    m_branch->setObjectName(QStringLiteral("newBranch"));
    connect(m_branch, &QPushButton::clicked, this, &CompaniesPage::newBranch);
    m_archive = new QPushButton(tr("&Archive"), m_detailsPane);
    m_archive->setObjectName(QStringLiteral("archive"));
    connect(m_archive, &QPushButton::clicked, this, &CompaniesPage::archiveCompany);
    auto* changes = new QPushButton(tr("C&hanges…"), m_detailsPane);
    changes->setObjectName(QStringLiteral("changes"));
    connect(changes, &QPushButton::clicked, this, [this] {
        ChangeHistoryDialog dialog(m_db, ChangeLogRepository::Entity::Company, m_companyId, m_name->text(), this);
        dialog.exec();
    });
    m_includeBranches = new QCheckBox(tr("Include &branches"), m_detailsPane);
    m_includeBranches->setObjectName(QStringLiteral("includeBranches"));
    m_includeBranches->setChecked(true);
    connect(m_includeBranches, &QCheckBox::toggled, this, &CompaniesPage::showDetails);

    m_people = makeList(m_detailsPane, QStringLiteral("people"), tr("People at the company"),
                        {tr("Name"), tr("Title", "job title"), tr("Company"),
                         tr("Stage", "lifecycle stage of a contact"), tr("Last contact")});
    m_deals = makeList(m_detailsPane, QStringLiteral("deals"), tr("Deals of the company"),
                       {tr("Deal"), tr("Stage"), tr("Amount"), tr("Expected close")});
    // The title gives way on a narrow window; stage, amount (billions of rials) and date are always whole.
    m_deals->header()->setStretchLastSection(false);
    m_deals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_deals->columnCount(); ++column)
        m_deals->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_history = makeList(m_detailsPane, QStringLiteral("history"), tr("History of the company"),
                         {tr("When"), tr("Kind"), tr("Contact"), tr("Subject")});
    connect(m_people, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openContactRequested(item->data(0, IdRole).toLongLong()); });
    connect(m_history, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openContactRequested(item->data(0, IdRole).toLongLong()); });
    connect(m_deals, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openDealRequested(item->data(0, IdRole).toLongLong()); });
    showWhenEmpty(m_people, tr("Nobody here yet: add a contact and type this company's name as theirs."));
    showWhenEmpty(m_deals, tr("No deals yet: add one with Ctrl+Shift+N and choose this company."));
    showWhenEmpty(m_history, tr("No calls or meetings yet: select a person and log one with Ctrl+L."));
    m_tabs = new QTabWidget(m_detailsPane);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_people, QString());
    m_tabs->addTab(m_deals, QString());
    m_tabs->addTab(m_history, QString());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_branch);
    buttons->addWidget(m_archive);
    buttons->addWidget(changes);
    buttons->addStretch();
    // With the tabs it filters, so that the buttons above fit a narrow window.
    m_tabs->setCornerWidget(m_includeBranches, Qt::TopRightCorner);
    auto* detailsLayout = new QVBoxLayout(m_detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_name);
    detailsLayout->addWidget(m_path);
    detailsLayout->addWidget(m_details);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(m_tabs, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    // Room between the list's buttons and the company's name (mirrored right to left by the layout).
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_detailsPane, 1);
    rightLayout->addWidget(m_empty, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("companiesSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    left->setMinimumWidth(260);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Two fifths for the list from the start (what the size hints would give leaves it at its narrowest), the same
    // with a company selected or not, so that nothing moves when one is chosen.
    splitter->setSizes({400, 600});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter, 1);
    showDetails();
}

void CompaniesPage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_companyId = 0;
    m_loaded = false;
    m_model->setDatabase(QSqlDatabase());
    // A hidden page reads its tree when it is first shown.
    if (isVisible())
        refresh();
    showDetails();
}

void CompaniesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void CompaniesPage::refresh()
{
    const qint64 shown = m_companyId;
    m_loaded = m_db.isValid() && m_db.isOpen();
    m_model->setDatabase(m_loaded ? m_db : QSqlDatabase());
    if (!m_search->text().trimmed().isEmpty())
        m_model->setSearch(m_search->text());
    if (shown)
        showCompany(shown);
    else
        showDetails();
}

void CompaniesPage::showCompany(qint64 companyId)
{
    if (!m_loaded)
        refresh();
    m_companyId = companyId;
    // Open the tree along the company's head offices so that its row exists.
    if (m_search->text().trimmed().isEmpty() && m_db.isOpen()) {
        if (auto chain = CompanyRepository(m_db).ancestry(companyId); chain) {
            for (const Company& step : chain.value()) {
                QModelIndex index = m_model->indexOf(step.id);
                const QModelIndex parent = index.isValid() ? index.parent() : QModelIndex();
                while (!index.isValid() && m_model->canFetchMore(parent)) {
                    m_model->fetchMore(parent);
                    index = m_model->indexOf(step.id);
                }
                if (index.isValid() && step.id != companyId)
                    m_tree->expand(index);
            }
        }
    }
    const QModelIndex index = m_model->indexOf(companyId);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    m_companyId = companyId;
    showDetails();
}

bool CompaniesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitListColumns();
    return QWidget::eventFilter(watched, event);
}

void CompaniesPage::fitListColumns()
{
    QHeaderView* header = m_tree->header();
    // The name keeps at least half of the room the count leaves; industry and city share the rest.
    const int room = m_tree->viewport()->width() - header->sectionSize(CompanyTreeModel::PeopleColumn);
    const int eachAtMost = std::max(m_tree->fontMetrics().averageCharWidth() * 6, room / 4);
    for (int column :
         {CompanyTreeModel::IndustryColumn, CompanyTreeModel::CityColumn, CompanyTreeModel::TerritoryColumn}) {
        m_tree->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column), eachAtMost));
    }
}

void CompaniesPage::showTerritories()
{
    // The choices follow the territories of Settings; the one chosen stays while it is there.
    const QList<Territory>& territories = m_model->territories();
    const QSignalBlocker block(m_territory);
    m_territory->clear();
    m_territory->addItem(tr("All territories"), CompanyTreeModel::AllTerritories);
    for (const Territory& territory : territories)
        m_territory->addItem(territory.name, territory.id);
    m_territory->addItem(tr("In no territory"), CompanyTreeModel::NoTerritory);
    // As the model has it: a territory removed since falls back to the tree there too.
    m_territory->setCurrentIndex(std::max(0, m_territory->findData(m_model->territory())));
    m_territory->setVisible(!territories.isEmpty());
    m_tree->setColumnHidden(CompanyTreeModel::TerritoryColumn, territories.isEmpty());
}

void CompaniesPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The labels' colour is written into the details' text: a new palette writes it again.
    if (event->type() == QEvent::PaletteChange && m_companyId && m_db.isOpen())
        showDetails();
}

void CompaniesPage::showDetails()
{
    const bool any = m_db.isValid() && m_db.isOpen();
    Result<Company> company =
        m_companyId && any ? CompanyRepository(m_db).get(m_companyId) : Result<Company>::failure(QString());
    m_detailsPane->setVisible(company.ok());
    m_empty->setVisible(!company.ok());
    if (!company) {
        m_empty->setText(m_model->rowCount() == 0 && m_search->text().isEmpty()
                             ? tr("No companies yet.\n\nAdd one with “New Company…”, or type a company when you add a "
                                  "contact: it is created with the contact.")
                             : tr("Select a company to see its people, deals and history."));
        return;
    }
    const Company& c = company.value();
    const QLocale locale;
    CompanyRepository companies(m_db);
    m_name->setText(c.name);
    QStringList path;
    if (auto chain = companies.ancestry(c.id); chain && chain->size() > 1) {
        for (const Company& step : chain.value()) {
            if (step.id != c.id)
                path << QStringLiteral("<a href='%1'>%2</a>").arg(step.id).arg(step.name.toHtmlEscaped());
        }
    }
    m_path->setText(path.isEmpty() ? tr("Head office") : tr("Branch of %1").arg(path.join(QStringLiteral(" › "))));

    QStringList rows;
    const QString labelColor = softText(palette()).name();
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    auto row = [&rows, &labelColor, mirrored](const QString& label, const QString& html) {
        if (!html.isEmpty())
            rows << detailsRow(label, html, labelColor, mirrored);
    };
    row(tr("Industry"), c.industry.toHtmlEscaped());
    if (!c.website.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(c.website);
        row(tr("Website"), QStringLiteral("<a href='%1'>%2</a>")
                               .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), c.website.toHtmlEscaped()));
    }
    if (!c.phone.isEmpty()) {
        QString dial = c.phone;
        dial.remove(u' ');
        row(tr("Phone"), QStringLiteral("<a href='tel:%1'>%2</a>").arg(dial.toHtmlEscaped(), c.phone.toHtmlEscaped()));
    }
    if (!c.email.isEmpty())
        row(tr("Email"), QStringLiteral("<a href='mailto:%1'>%1</a>").arg(c.email.toHtmlEscaped()));
    row(tr("Address"), c.address.lines().join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Notes"), c.notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_details->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
    m_details->setVisible(!rows.isEmpty());

    const bool withBranches = m_includeBranches->isChecked();
    m_people->setSortingEnabled(false);
    m_people->clear();
    if (auto people = companies.contacts(c.id, withBranches, listLimit); people) {
        for (const CompanyContact& person : people.value()) {
            auto* item = new SortableItem(
                m_people, QStringList{person.name, person.title, person.companyName, contactStatusName(person.status),
                                      person.lastInteraction.isValid()
                                          ? DateText::date(person.lastInteraction.toLocalTime().date(), locale)
                                          : QString()});
            item->setData(0, IdRole, person.id);
            item->setData(0, ContactRole, person.id);
            item->setData(4, SortRole,
                          person.lastInteraction.isValid() ? person.lastInteraction.toMSecsSinceEpoch() : 0);
        }
    }
    m_people->setSortingEnabled(true);
    m_people->sortByColumn(0, Qt::AscendingOrder);
    // The Company column tells a branch's people from the head office's: with none listed, it would only repeat the
    // name at the top of the page.
    bool branchPeople = false;
    for (int i = 0; i < m_people->topLevelItemCount() && !branchPeople; ++i)
        branchPeople = m_people->topLevelItem(i)->text(2) != c.name;
    m_people->setColumnHidden(2, !branchPeople);

    m_deals->setSortingEnabled(false);
    m_deals->clear();
    QHash<qint64, QString> stageNames;
    if (auto stages = StageRepository(m_db).list(); stages) {
        for (const Stage& stage : stages.value())
            stageNames.insert(stage.id, stage.name);
    }
    const QList<qint64> ids = withBranches ? companies.withBranches(c.id).value() : QList<qint64>{c.id};
    if (auto deals = DealRepository(m_db).forCompanies(ids); deals) {
        for (const Deal& deal : deals.value()) {
            auto* item = new SortableItem(
                m_deals,
                QStringList{deal.title, stageNames.value(deal.stageId), deal.amount.format(locale),
                            deal.expectedClose.isValid() ? DateText::date(deal.expectedClose, locale) : QString()});
            // Deals never have negative amounts: zero-padded, the text sorts as the number.
            item->setData(
                2, SortRole,
                QString(deal.amount.currency + QStringLiteral("%1").arg(deal.amount.minor, 19, 10, QLatin1Char('0'))));
            item->setData(3, SortRole, deal.expectedClose.isValid() ? deal.expectedClose.toJulianDay() : 0);
            item->setData(0, IdRole, deal.id);
            item->setData(0, ContactRole, deal.contactId);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_deals->setSortingEnabled(true);

    m_history->clear();
    if (auto history = companies.history(c.id, listLimit); history) {
        for (const CompanyInteraction& entry : history.value()) {
            auto* item = new SortableItem(
                m_history,
                QStringList{DateText::dateTime(entry.interaction.occurredAt, locale),
                            InteractionKinds::displayName(entry.interaction.kind), entry.contactName,
                            entry.interaction.subject.isEmpty() ? entry.interaction.notes.section(u'\n', 0, 0)
                                                                : entry.interaction.subject});
            item->setData(0, IdRole, entry.interaction.contactId);
            item->setData(0, ContactRole, entry.interaction.contactId);
            item->setData(0, SortRole, entry.interaction.occurredAt.toMSecsSinceEpoch());
        }
    }
    m_history->sortByColumn(0, Qt::DescendingOrder);
    m_tabs->setTabText(0, tr("People (%1)").arg(locale.toString(m_people->topLevelItemCount())));
    m_tabs->setTabText(1, tr("Deals (%1)").arg(locale.toString(m_deals->topLevelItemCount())));
    m_tabs->setTabText(2, tr("History (%1)").arg(locale.toString(m_history->topLevelItemCount())));
    for (QTreeWidget* list : {m_people, m_history})
        list->resizeColumnToContents(0);
}

LogTarget CompaniesPage::logTarget() const
{
    const auto* list = qobject_cast<const QTreeWidget*>(m_tabs->currentWidget());
    const QTreeWidgetItem* item = list ? list->currentItem() : nullptr;
    return {item ? item->data(0, ContactRole).toLongLong() : 0};
}

void CompaniesPage::newCompany()
{
    if (!m_db.isOpen())
        return;
    CompanyDialog dialog(m_db, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    refresh();
    showCompany(dialog.savedCompanyId());
    emit statusMessage(tr("Company added."));
}

void CompaniesPage::newBranch()
{
    if (!m_db.isOpen() || !m_companyId)
        return;
    CompanyDialog dialog(m_db, 0, this, m_companyId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    refresh();
    showCompany(dialog.savedCompanyId());
    emit statusMessage(tr("Branch added."));
}

void CompaniesPage::editCompany()
{
    if (!m_db.isOpen() || !m_companyId)
        return;
    const qint64 id = m_companyId;
    CompanyDialog dialog(m_db, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showCompany(id);
    emit statusMessage(tr("Company saved."));
}

void CompaniesPage::archiveCompany()
{
    if (!m_db.isOpen() || !m_companyId)
        return;
    auto company = CompanyRepository(m_db).get(m_companyId);
    if (!company)
        return;
    if (Ask::question(
            this, tr("Archive Company"),
            tr("Archive %1? It leaves the list and search; its people, deals and history stay.").arg(company->name)) !=
        QMessageBox::Yes)
        return;
    auto archived = ArchiveActions::archive(m_db, ArchiveActions::Entity::Company, m_companyId, company->name);
    if (!archived) {
        emit statusMessage(archived.error());
        return;
    }
    m_companyId = 0;
    refresh();
    emit statusMessage(archived.value());
}

} // namespace kontor::ui
