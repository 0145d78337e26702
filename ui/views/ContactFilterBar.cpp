// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactFilterBar.h"

#include "reports/RfmReport.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/TagStore.h"
#include "repositories/UserRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor::ui {

namespace {

// The stage filter's data for a segment: "segment:at_risk".
const QString segmentPrefix = QStringLiteral("segment:");

} // namespace

ContactFilterBar::ContactFilterBar(QWidget* parent) : QWidget(parent)
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Stage filter"));
    // As narrow as the others may get: the segments' names are longer than the stages'.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(10);
    m_status->addItem(tr("All stages"), QString());
    for (ContactStatus status : allContactStatuses())
        m_status->addItem(contactStatusName(status), contactStatusKey(status));
    m_status->addItem(tr("Archived"), QStringLiteral("archived"));
    // The customers' RFM segments narrow the list like a stage (one filter less on a narrow screen).
    m_status->insertSeparator(m_status->count());
    for (RfmSegment segment : allRfmSegments()) {
        m_status->addItem(tr("Customers: %1", "an RFM segment").arg(rfmSegmentName(segment)),
                          QString(segmentPrefix + rfmSegmentKey(segment)));
        m_status->setItemData(m_status->count() - 1, rfmSegmentDefinition(segment), Qt::ToolTipRole);
    }

    auto filterCombo = [this](const QString& name, const QString& accessibleName) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setAccessibleName(accessibleName);
        // Wide enough for a short choice, narrower than the longest one when the window is small (1024 px at
        // 10 pt would otherwise not fit the six filters).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        return combo;
    };
    m_owner = filterCombo(QStringLiteral("ownerFilter"), tr("Owner filter"));
    m_source = filterCombo(QStringLiteral("sourceFilter"), tr("Lead source filter"));
    m_tag = filterCombo(QStringLiteral("tagFilter"), tr("Tag filter"));
    m_noContact = filterCombo(QStringLiteral("noContactFilter"), tr("Last contact filter"));
    m_noContact->addItem(tr("Any last contact"), 0);
    for (int days : {14, 30, 60, 90, 180, 365})
        m_noContact->addItem(tr("No contact for %n day(s)", nullptr, days), days);
    m_problem = filterCombo(QStringLiteral("problemFilter"), tr("Data problem filter"));
    m_problem->addItem(tr("Any data"), -1);
    const std::pair<DataProblem, QString> problems[] = {
        {DataProblem::NoEmailOrPhone, tr("No email and no phone")},
        {DataProblem::InvalidEmail, tr("Email that is not one")},
        {DataProblem::InvalidPhone, tr("Phone number not valid")},
        {DataProblem::NoOwner, tr("No owner")},
        {DataProblem::NoLeadSource, tr("No lead source")},
    };
    for (const auto& [problem, name] : problems)
        m_problem->addItem(name, int(problem));
    // Shown only while the list is an import's contacts (the import wizard's "Show the imported contacts").
    m_import = filterCombo(QStringLiteral("importFilter"), tr("Import filter"));
    m_import->addItem(tr("From any import"), 0);
    m_import->hide();

    m_moreFilters = new QPushButton(tr("More Filters…"), this);
    m_moreFilters->setObjectName(QStringLiteral("moreFilters"));
    m_moreFilters->setToolTip(tr("Filter by any field: a range of amounts, dates, choices, text"));
    connect(m_moreFilters, &QPushButton::clicked, this, &ContactFilterBar::chooseFieldFilter);
    m_fieldFilterRow = new QWidget(this);
    m_fieldFilterRow->setObjectName(QStringLiteral("fieldFilters"));
    m_fieldFilterLayout = new QHBoxLayout(m_fieldFilterRow);
    m_fieldFilterLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldFilterRow->hide();

    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addWidget(m_fieldFilterRow);
    layout->setContentsMargins(0, 0, 0, 0);
    // Each filter takes the room the row has to spare, up to the width of its longest choice: a choice is cut
    // ("Any last contac") only when the window is too narrow for all of them.
    for (QComboBox* combo : {m_status, m_owner, m_source, m_tag, m_noContact, m_problem, m_import}) {
        layout->addWidget(combo, 1);
        const auto fit = [combo] {
            int widest = 0;
            for (int i = 0; i < combo->count(); ++i)
                widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
            QStyleOptionComboBox option;
            option.initFrom(combo);
            combo->setMaximumWidth(combo->style()
                                       ->sizeFromContents(QStyle::CT_ComboBox, &option,
                                                          QSize(widest, combo->fontMetrics().height()), combo)
                                       .width());
        };
        fit();
        connect(combo->model(), &QAbstractItemModel::rowsInserted, combo, fit);
        connect(combo->model(), &QAbstractItemModel::rowsRemoved, combo, fit);
        connect(combo->model(), &QAbstractItemModel::modelReset, combo, fit);
        connect(combo->model(), &QAbstractItemModel::dataChanged, combo, fit);
    }
    layout->addWidget(m_moreFilters);
    layout->addStretch(1);

    for (QComboBox* combo : {m_status, m_owner, m_source, m_tag, m_noContact, m_problem, m_import})
        connect(combo, &QComboBox::currentIndexChanged, this, &ContactFilterBar::changed);
    connect(m_import, &QComboBox::currentIndexChanged, this, &ContactFilterBar::updateImportShown);
}

void ContactFilterBar::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    reloadChoices();
    // Imports are of one database: another one starts without that filter.
    const QSignalBlocker block(m_import);
    while (m_import->count() > 1)
        m_import->removeItem(1);
    m_import->setCurrentIndex(0);
    updateImportShown();
    // So are the fields.
    m_fieldFilters.clear();
    showFieldFilters();
}

void ContactFilterBar::reloadChoices()
{
    // Re-read after edits (a new tag, say) without losing what is chosen.
    const QVariant owner = m_owner->currentData();
    const QVariant source = m_source->currentData();
    const QVariant tag = m_tag->currentData();
    for (QComboBox* combo : {m_owner, m_source, m_tag}) {
        QSignalBlocker blocker(combo);
        combo->clear();
    }
    m_owner->addItem(tr("All owners"), qint64(0));
    m_source->addItem(tr("All lead sources"), qint64(0));
    m_tag->addItem(tr("All tags"), QString());
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    QSignalBlocker ownerBlocker(m_owner);
    QSignalBlocker sourceBlocker(m_source);
    QSignalBlocker tagBlocker(m_tag);
    if (auto users = UserRepository(m_db).list(); users) {
        for (const User& user : users.value())
            m_owner->addItem(user.name, user.id);
    }
    if (auto sources = LeadSourceRepository(m_db).sources(); sources) {
        for (const LeadSource& source : sources.value())
            m_source->addItem(source.name, source.id);
    }
    if (auto tags = TagStore(m_db).all(); tags) {
        for (const QString& name : tags.value())
            m_tag->addItem(name, name);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    // A field removed in Settings (or an option it named) takes its filter along.
    QStringList keys = FieldConditions::contactKeys();
    if (auto fields = CustomFieldRepository(m_db).fields(RecordKind::Contact); fields) {
        for (const CustomField& field : fields.value())
            keys << field.key;
    }
    const qsizetype before = m_fieldFilters.size();
    m_fieldFilters.removeIf([this, &keys](const FieldFilter& filter) {
        return std::any_of(
            filter.conditions.cbegin(), filter.conditions.cend(), [this, &keys](const FieldCondition& condition) {
                // A company's field is checked by the condition itself, as is a territory.
                const bool known = keys.contains(condition.key) || condition.key.startsWith(QLatin1String("company."));
                return !known || !FieldConditions::forContacts(m_db, condition);
            });
    });
    if (m_fieldFilters.size() != before) {
        showFieldFilters();
        emit changed();
    }
}

void ContactFilterBar::addFieldFilter(const FieldFilter& filter)
{
    if (filter.conditions.isEmpty() || m_fieldFilters.contains(filter))
        return;
    m_fieldFilters.append(filter);
    showFieldFilters();
    emit changed();
}

void ContactFilterBar::chooseFieldFilter()
{
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    FieldFilterDialog dialog(m_db, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        addFieldFilter(dialog.filter());
}

void ContactFilterBar::showFieldFilters()
{
    while (QLayoutItem* item = m_fieldFilterLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < m_fieldFilters.size(); ++i) {
        const FieldFilter filter = m_fieldFilters.at(i);
        // “×” removes it, as a tag in a mail program's address line does.
        auto* button = new QPushButton(filter.text + QStringLiteral("  ×"), m_fieldFilterRow);
        button->setObjectName(QStringLiteral("fieldFilter"));
        button->setToolTip(tr("Remove this filter"));
        button->setAccessibleName(tr("Remove the filter %1").arg(filter.text));
        connect(button, &QPushButton::clicked, this, [this, filter] {
            m_fieldFilters.removeAll(filter);
            // Not now: the button is in its click.
            QMetaObject::invokeMethod(this, &ContactFilterBar::showFieldFilters, Qt::QueuedConnection);
            emit changed();
        });
        m_fieldFilterLayout->addWidget(button);
    }
    m_fieldFilterLayout->addStretch(1);
    m_fieldFilterRow->setVisible(!m_fieldFilters.isEmpty());
}

ContactFilter ContactFilterBar::filter() const
{
    ContactFilter filter;
    const QString status = m_status->currentData().toString();
    if (status == QStringLiteral("archived")) {
        filter.archived = true;
    } else if (status.startsWith(segmentPrefix)) {
        filter.segment = status.mid(segmentPrefix.size());
    } else if (!status.isEmpty()) {
        filter.status = contactStatusFromKey(status);
    }
    filter.ownerId = m_owner->currentData().toLongLong();
    filter.leadSourceId = m_source->currentData().toLongLong();
    filter.tag = m_tag->currentData().toString();
    filter.noContactForDays = m_noContact->currentData().toInt();
    if (const int problem = m_problem->currentData().toInt(); problem >= 0)
        filter.problem = DataProblem(problem);
    filter.importId = m_import->currentData().toLongLong();
    for (const FieldFilter& fieldFilter : m_fieldFilters) {
        for (const FieldCondition& condition : fieldFilter.conditions) {
            if (auto sql = FieldConditions::forContacts(m_db, condition); sql)
                filter.conditions << sql.value();
        }
    }
    return filter;
}

void ContactFilterBar::showOnly(const ContactFilter& filter, const QString& importLabel)
{
    for (QComboBox* combo : {m_status, m_owner, m_source, m_tag}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    if (!filter.segment.isEmpty()) {
        const QSignalBlocker block(m_status);
        m_status->setCurrentIndex(std::max(0, m_status->findData(QString(segmentPrefix + filter.segment))));
    }
    {
        const QSignalBlocker block(m_noContact);
        m_noContact->setCurrentIndex(0);
        if (filter.noContactForDays > 0) {
            if (m_noContact->findData(filter.noContactForDays) < 0)
                m_noContact->addItem(tr("No contact for %n day(s)", nullptr, filter.noContactForDays),
                                     filter.noContactForDays);
            m_noContact->setCurrentIndex(m_noContact->findData(filter.noContactForDays));
        }
    }
    {
        const QSignalBlocker block(m_problem);
        m_problem->setCurrentIndex(filter.problem ? m_problem->findData(int(*filter.problem)) : 0);
    }
    {
        const QSignalBlocker block(m_import);
        m_import->setCurrentIndex(0);
        if (filter.importId > 0) {
            if (m_import->findData(filter.importId) < 0)
                m_import->addItem(importLabel.isEmpty() ? tr("From import %1").arg(filter.importId) : importLabel,
                                  filter.importId);
            m_import->setCurrentIndex(m_import->findData(filter.importId));
        }
    }
    updateImportShown();
    m_fieldFilters.clear();
    showFieldFilters();
}

void ContactFilterBar::updateImportShown()
{
    m_import->setVisible(m_import->currentData().toLongLong() > 0);
}

} // namespace kontor::ui
