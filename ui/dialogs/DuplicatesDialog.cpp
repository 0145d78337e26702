// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatesDialog.h"

#include "domain/DateText.h"
#include "views/EmptyState.h"
#include "views/SelectRow.h"

#include "actions/MergeActions.h"
#include "dialogs/Ask.h"

#include "dialogs/BusyWork.h"
#include "domain/FieldValueText.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/UserRepository.h"
#include "storage/Backups.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

constexpr int maxListed = 5000;

// One field of a contact as the merge table shows and copies it.
struct MergeField
{
    QString name;
    std::function<QString(const Contact&)> show;
    std::function<void(Contact&, const Contact&)> take;
};

QList<MergeField> mergeFields(const QSqlDatabase& db)
{
    QHash<qint64, QString> users;
    if (auto list = UserRepository(db).list())
        for (const User& user : list.value())
            users.insert(user.id, user.name);
    QHash<qint64, QString> sources;
    if (auto list = LeadSourceRepository(db).sources())
        for (const LeadSource& source : list.value())
            sources.insert(source.id, source.name);
    const auto company = [db](const Contact& c) {
        const auto found = c.companyId > 0 ? CompanyRepository(db).get(c.companyId) : Result<Company>(Company{});
        return found ? found->name : QString();
    };
#define KONTOR_FIELD(label, member, shown)                                                                             \
    MergeField                                                                                                         \
    {                                                                                                                  \
        label, [=](const Contact& c) { return shown; },                                                                \
            [](Contact& to, const Contact& from) { to.member = from.member; }                                          \
    }
    QList<MergeField> fields = {
        KONTOR_FIELD(DuplicatesDialog::tr("First name"), firstName, c.firstName),
        KONTOR_FIELD(DuplicatesDialog::tr("Last name"), lastName, c.lastName),
        KONTOR_FIELD(DuplicatesDialog::tr("Company"), companyId, company(c)),
        KONTOR_FIELD(DuplicatesDialog::tr("Title", "job title"), title, c.title),
        KONTOR_FIELD(DuplicatesDialog::tr("Birthday"), birthday, DateText::date(c.birthday)),
        KONTOR_FIELD(
            DuplicatesDialog::tr("Address"), address,
            QStringList({c.address.street, c.address.postalCode, c.address.city, c.address.region, c.address.country})
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(QStringLiteral(", "))),
        KONTOR_FIELD(DuplicatesDialog::tr("Stage", "lifecycle stage of a contact"), status,
                     contactStatusName(c.status)),
        KONTOR_FIELD(DuplicatesDialog::tr("Owner"), ownerId, users.value(c.ownerId)),
        KONTOR_FIELD(DuplicatesDialog::tr("Lead source"), leadSourceId, sources.value(c.leadSourceId)),
        KONTOR_FIELD(DuplicatesDialog::tr("Notes"), notes, c.notes.simplified()),
    };
#undef KONTOR_FIELD
    // The contacts' own fields, each chosen as a built-in one is; an empty one taken empties the field.
    if (auto custom = CustomFieldRepository(db).fields(RecordKind::Contact); custom) {
        const LinkText links = databaseLinks(db);
        for (const CustomField& field : custom.value()) {
            fields << MergeField{
                field.label,
                [field, links](const Contact& c) {
                    return FieldValueText::display(field, c.custom.value(field.id), links).simplified();
                },
                [id = field.id](Contact& to, const Contact& from) { to.custom.insert(id, from.custom.value(id)); }};
        }
    }
    return fields;
}

QString joinedValues(const QList<LabeledValue>& values)
{
    QStringList texts;
    for (const LabeledValue& value : values)
        texts << value.value;
    return texts.join(QStringLiteral(", "));
}

} // namespace

DuplicatesDialog::DuplicatesDialog(QSqlDatabase db, QString databasePath, int backupsToKeep,
                                   std::function<void(const QString&)> afterMerge, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_databasePath(std::move(databasePath)), m_backupsToKeep(backupsToKeep),
      m_afterMerge(std::move(afterMerge))
{
    setWindowTitle(tr("Find Duplicates"));
    m_kinds = new QTabBar;
    m_kinds->addTab(tr("&Contacts"));
    m_kinds->addTab(tr("C&ompanies"));
    m_find = new QPushButton(tr("&Find Duplicates"));
    m_find->setObjectName(QStringLiteral("findDuplicates"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_kinds);
    top->addWidget(m_find);
    top->addWidget(m_summary, 1);

    m_pairs = new QTableWidget(0, 4);
    m_pairs->setObjectName(QStringLiteral("duplicatePairs"));
    m_pairs->setHorizontalHeaderLabels({tr("Score"), tr("First"), tr("Second"), tr("Why")});
    // The names share what the reasons leave: a reason cut short ("Same email: …") says nothing.
    m_pairs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_pairs->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairs->verticalHeader()->hide();
    m_pairsHint = showWhenEmpty(m_pairs, QString());

    m_keepFirst = new QRadioButton(tr("Keep the fi&rst"));
    m_keepSecond = new QRadioButton(tr("Keep the &second"));
    m_keepFirst->setChecked(true);
    auto* keep = new QButtonGroup(this);
    keep->addButton(m_keepFirst);
    keep->addButton(m_keepSecond);
    m_fields = new QTableWidget(0, 3);
    m_fields->setObjectName(QStringLiteral("mergeFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("First"), tr("Second")});
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->verticalHeader()->hide();
    showWhenEmpty(m_fields, tr("The two records of the pair chosen above show here, side by side."));
    m_merge = new QPushButton(tr("&Merge"));
    m_merge->setObjectName(QStringLiteral("mergePair"));
    m_dismiss = new QPushButton(tr("&Not Duplicates"));
    m_dismiss->setObjectName(QStringLiteral("dismissPair"));
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_keepFirst);
    choices->addWidget(m_keepSecond);
    choices->addStretch(1);
    choices->addWidget(m_dismiss);
    choices->addWidget(m_merge);
    auto* hint = new QLabel(tr("Click the value to keep in each row. Emails, phone numbers and tags of both are kept; "
                               "the calls, meetings, deals and reminders of both end up with the record kept."));
    hint->setWordWrap(true);
    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(hint);
    lowerLayout->addWidget(m_fields, 1);
    lowerLayout->addLayout(choices);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_pairs);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &DuplicatesDialog::find);
    connect(m_kinds, &QTabBar::currentChanged, this, [this] {
        m_found.clear();
        m_pairs->setRowCount(0);
        m_summary->clear();
        showFindHint();
        showPair();
    });
    connect(m_pairs, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::showPair);
    connect(m_fields, &QTableWidget::cellClicked, this, &DuplicatesDialog::fieldClicked);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeChosen);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissChosen);
    showFindHint();
    showPair();
    resize(960, 720);
}

void DuplicatesDialog::showFindHint()
{
    m_pairsHint->setText(m_kinds->currentIndex() == Contacts
                             ? tr("Press Find Duplicates to look for contacts entered twice.")
                             : tr("Press Find Duplicates to look for companies entered twice."));
}

bool DuplicatesDialog::find()
{
    QProgressDialog progress(tr("Looking for duplicates…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const bool contacts = m_kinds->currentIndex() == Contacts;
    DuplicateFinder finder(m_db);
    const auto found = contacts ? finder.contacts(followProgress(progress)) : finder.companies();
    progress.reset();
    if (!found) {
        m_summary->setText(found.error());
        return false;
    }
    m_found = found.value();
    m_pairsHint->setText(tr("No pairs to look at: none were found, or each one was merged or set aside."));
    // The names of the records in the pairs listed.
    QHash<qint64, QString> names;
    const qsizetype listed = std::min<qsizetype>(m_found.size(), maxListed);
    if (contacts) {
        QList<qint64> ids;
        for (qsizetype i = 0; i < listed; ++i)
            ids << m_found.at(i).first << m_found.at(i).second;
        for (qsizetype start = 0; start < ids.size(); start += 500)
            if (auto rows = ContactRepository(m_db).rows(ids.mid(start, 500)))
                for (const ContactRow& row : rows.value())
                    names.insert(row.id, row.company.isEmpty() ? row.name : tr("%1 (%2)").arg(row.name, row.company));
    } else {
        for (qsizetype i = 0; i < listed; ++i)
            for (qint64 id : {m_found.at(i).first, m_found.at(i).second})
                if (auto company = CompanyRepository(m_db).get(id))
                    names.insert(id, company->name);
    }
    const QLocale locale;
    m_pairs->setRowCount(int(listed));
    for (int row = 0; row < listed; ++row) {
        const DuplicatePair& pair = m_found.at(row);
        auto* score = new QTableWidgetItem(locale.toString(pair.score));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_pairs->setItem(row, 0, score);
        for (const auto& [column, text] :
             {std::pair{1, names.value(pair.first)}, std::pair{2, names.value(pair.second)},
              std::pair{3, pair.reasons.join(QStringLiteral("; "))}}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_pairs->setItem(row, column, item);
        }
    }
    m_pairs->resizeColumnToContents(0);
    m_pairs->resizeColumnToContents(3);
    // Each name keeps a fifth of the width at least.
    m_pairs->setColumnWidth(
        3, std::min(m_pairs->columnWidth(3), m_pairs->viewport()->width() * 3 / 5 - m_pairs->columnWidth(0)));
    m_summary->setText(m_found.isEmpty()         ? tr("No duplicates found.")
                       : listed < m_found.size() ? tr("%1 pairs; the %2 most certain are listed.")
                                                       .arg(locale.toString(m_found.size()), locale.toString(listed))
                                                 : tr("%n pair(s).", nullptr, int(m_found.size())));
    if (!m_found.isEmpty()) {
        selectRow(m_pairs, 0);
        m_pairs->setFocus();
    }
    showPair();
    return true;
}

void DuplicatesDialog::showPair()
{
    const int row = m_pairs->currentRow();
    const bool chosen = row >= 0 && row < m_found.size() && !m_pairs->selectedItems().isEmpty();
    const bool contacts = m_kinds->currentIndex() == Contacts;
    m_merge->setEnabled(chosen);
    m_dismiss->setEnabled(chosen);
    m_fields->setRowCount(0);
    if (!chosen)
        return;
    const DuplicatePair& pair = m_found.at(row);
    if (!contacts) {
        const auto first = CompanyRepository(m_db).get(pair.first);
        const auto second = CompanyRepository(m_db).get(pair.second);
        if (!first || !second)
            return;
        const std::pair<QString, std::function<QString(const Company&)>> fields[] = {
            {tr("Name"), [](const Company& c) { return c.name; }},
            {tr("Website"), [](const Company& c) { return c.website; }},
            {tr("Phone"), [](const Company& c) { return c.phone; }},
            {tr("Email"), [](const Company& c) { return c.email; }},
            {tr("City"), [](const Company& c) { return c.address.city; }},
        };
        m_fields->setRowCount(int(std::size(fields)));
        int r = 0;
        for (const auto& [name, show] : fields) {
            m_fields->setItem(r, 0, new QTableWidgetItem(name));
            m_fields->setItem(r, 1, new QTableWidgetItem(show(first.value())));
            m_fields->setItem(r, 2, new QTableWidgetItem(show(second.value())));
            ++r;
        }
        return;
    }
    auto first = ContactRepository(m_db).get(pair.first);
    auto second = ContactRepository(m_db).get(pair.second);
    if (!first || !second)
        return;
    m_first = first.value();
    m_second = second.value();
    const QList<MergeField> fields = mergeFields(m_db);
    m_fields->setRowCount(int(fields.size()) + 3);
    for (int r = 0; r < fields.size(); ++r) {
        const MergeField& field = fields.at(r);
        m_fields->setItem(r, 0, new QTableWidgetItem(field.name));
        const QString a = field.show(m_first);
        const QString b = field.show(m_second);
        for (int column : {1, 2}) {
            auto* item = new QTableWidgetItem(column == 1 ? a : b);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            // The first record's value unless it has none; the same value needs no choice.
            const bool firstWins = !a.isEmpty() || b.isEmpty();
            item->setCheckState((column == 1) == firstWins ? Qt::Checked : Qt::Unchecked);
            // The same value on both sides needs no choice.
            if (a == b && (column == 2 || a.isEmpty()))
                item->setData(Qt::CheckStateRole, QVariant());
            m_fields->setItem(r, column, item);
        }
    }
    const Contact joined = ContactMerge::combined(m_first, m_second);
    const std::pair<QString, QString> lists[] = {
        {tr("Emails"), joinedValues(joined.emails)},
        {tr("Phones"), joinedValues(joined.phones)},
        {tr("Tags"), joined.tags.join(QStringLiteral(", "))},
    };
    int r = int(fields.size());
    for (const auto& [name, both] : lists) {
        m_fields->setItem(r, 0, new QTableWidgetItem(name));
        auto* item = new QTableWidgetItem(both);
        item->setFlags(Qt::ItemIsEnabled);
        m_fields->setItem(r, 1, item);
        m_fields->setSpan(r, 1, 1, 2);
        ++r;
    }
    m_fields->resizeColumnToContents(0);
}

void DuplicatesDialog::fieldClicked(int row, int column)
{
    QTableWidgetItem* clicked = m_fields->item(row, column);
    QTableWidgetItem* other = m_fields->item(row, column == 1 ? 2 : 1);
    if (column < 1 || !clicked || !other || !(clicked->flags() & Qt::ItemIsUserCheckable) ||
        !other->data(Qt::CheckStateRole).isValid())
        return;
    clicked->setCheckState(Qt::Checked);
    other->setCheckState(Qt::Unchecked);
}

Contact DuplicatesDialog::chosenResult() const
{
    const bool keepFirst = m_keepFirst->isChecked();
    const Contact& kept = keepFirst ? m_first : m_second;
    const Contact& other = keepFirst ? m_second : m_first;
    Contact result = ContactMerge::combined(kept, other);
    const QList<MergeField> fields = mergeFields(m_db);
    for (int r = 0; r < fields.size() && r < m_fields->rowCount(); ++r) {
        const QTableWidgetItem* firstItem = m_fields->item(r, 1);
        const QTableWidgetItem* secondItem = m_fields->item(r, 2);
        // Without a choice (the same on both sides) the value comes from the record kept.
        const bool choice = secondItem && secondItem->data(Qt::CheckStateRole).isValid();
        const bool firstChosen = choice ? firstItem && firstItem->checkState() == Qt::Checked : keepFirst;
        fields.at(r).take(result, firstChosen ? m_first : m_second);
    }
    return result;
}

bool DuplicatesDialog::backUpOnce()
{
    if (m_backedUp || m_databasePath.isEmpty() || m_databasePath == QStringLiteral(":memory:"))
        return true;
    const QString path = m_databasePath;
    const int keep = m_backupsToKeep;
    const Status made = runWhileBusy(
        tr("Making a backup before merging…"),
        [path, keep]() -> Status {
            auto backup = Backups(path, keep).make(QStringLiteral("before-merge"));
            return backup ? Status() : Status::failure(backup.error());
        },
        this);
    if (!made) {
        Ask::warning(this, tr("Merge"), tr("No backup could be made, so nothing was merged: %1").arg(made.error()));
        return false;
    }
    m_backedUp = true;
    return true;
}

bool DuplicatesDialog::mergeChosen()
{
    const int row = m_pairs->currentRow();
    if (row < 0 || row >= m_found.size() || !backUpOnce())
        return false;
    const DuplicatePair pair = m_found.at(row);
    const bool keepFirst = m_keepFirst->isChecked();
    const qint64 kept = keepFirst ? pair.first : pair.second;
    const qint64 other = keepFirst ? pair.second : pair.first;
    const bool contacts = m_kinds->currentIndex() == Contacts;
    const Status merged = contacts ? MergeActions::contacts(m_db, kept, other, chosenResult())
                                   : MergeActions::companies(m_db, kept, other);
    if (!merged) {
        Ask::warning(this, tr("Merge"), merged.error());
        return false;
    }
    if (m_afterMerge)
        m_afterMerge(contacts ? tr("Merge contacts") : tr("Merge companies"));
    // Pairs with the record merged away go; the list moves on to the next pair.
    for (qsizetype i = m_found.size() - 1; i >= 0; --i) {
        if (m_found.at(i).first == other || m_found.at(i).second == other) {
            m_found.removeAt(i);
            if (i < m_pairs->rowCount())
                m_pairs->removeRow(int(i));
        }
    }
    m_summary->setText(tr("Merged. %n pair(s) left.", nullptr, int(m_found.size())));
    if (m_pairs->rowCount() > 0)
        selectRow(m_pairs, std::min(row, m_pairs->rowCount() - 1));
    showPair();
    return true;
}

bool DuplicatesDialog::dismissChosen()
{
    const int row = m_pairs->currentRow();
    if (row < 0 || row >= m_found.size())
        return false;
    const DuplicatePair pair = m_found.at(row);
    const QString kind = m_kinds->currentIndex() == Contacts ? QStringLiteral("contact") : QStringLiteral("company");
    if (Status dismissed = DuplicateFinder(m_db).dismiss(kind, pair.first, pair.second); !dismissed) {
        Ask::warning(this, tr("Not Duplicates"), dismissed.error());
        return false;
    }
    m_found.removeAt(row);
    m_pairs->removeRow(row);
    if (m_pairs->rowCount() > 0)
        selectRow(m_pairs, std::min(row, m_pairs->rowCount() - 1));
    showPair();
    return true;
}

} // namespace kontor::ui
