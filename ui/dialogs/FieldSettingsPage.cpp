// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldSettingsPage.h"

#include "CustomFieldDialog.h"

#include "actions/CustomFieldActions.h"
#include "repositories/CustomFieldRepository.h"

#include "FormRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int ArchivedRole = Qt::UserRole + 2;

} // namespace

FieldSettingsPage::FieldSettingsPage(const QSqlDatabase& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("fieldSettings"));
    m_record = new QComboBox(this);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setAccessibleName(tr("Fields of"));
    m_record->addItem(tr("Contacts"), int(RecordKind::Contact));
    m_record->addItem(tr("Companies"), int(RecordKind::Company));
    m_record->addItem(tr("Deals"), int(RecordKind::Deal));
    m_showArchived = new QCheckBox(tr("Show arc&hived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_fields = new QTreeWidget(this);
    m_fields->setObjectName(QStringLiteral("fields"));
    m_fields->setAccessibleName(tr("Your fields"));
    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({tr("Name"), tr("Key"), tr("Type"), tr("Required")});
    m_fields->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fields->header()->setStretchLastSection(false);
    m_add = namedButton(this, tr("&Add Field…"), QStringLiteral("addField"));
    m_edit = namedButton(this, tr("&Change…"), QStringLiteral("editField"));
    m_up = namedButton(this, tr("Move &Up"), QStringLiteral("fieldUp"));
    m_down = namedButton(this, tr("Move &Down"), QStringLiteral("fieldDown"));
    m_archive = namedButton(this, tr("A&rchive"), QStringLiteral("archiveField"));
    m_qualification = namedButton(this, tr("Add &Qualification Fields"), QStringLiteral("addQualificationFields"));
    m_qualification->setToolTip(tr("Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and "
                                   "Lead status, for contacts: ordinary fields afterwards, to change or archive."));
    connect(m_add, &QPushButton::clicked, this, &FieldSettingsPage::addField);
    connect(m_edit, &QPushButton::clicked, this, &FieldSettingsPage::editField);
    connect(m_up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(m_archive, &QPushButton::clicked, this, &FieldSettingsPage::archiveOrRestore);
    connect(m_qualification, &QPushButton::clicked, this, &FieldSettingsPage::addQualificationFields);
    connect(m_fields, &QTreeWidget::itemDoubleClicked, this, &FieldSettingsPage::editField);
    connect(m_fields, &QTreeWidget::currentItemChanged, this, &FieldSettingsPage::updateButtons);
    connect(m_record, &QComboBox::currentIndexChanged, this, &FieldSettingsPage::reload);
    connect(m_showArchived, &QCheckBox::toggled, this, &FieldSettingsPage::reload);

    auto* top = new QHBoxLayout;
    auto* recordLabel = new QLabel(tr("Fields &of:"), this);
    recordLabel->setBuddy(m_record);
    top->addWidget(recordLabel);
    top->addWidget(m_record);
    top->addStretch();
    top->addWidget(m_showArchived);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* each : {m_add, m_edit, m_up, m_down, m_archive})
        buttons->addWidget(each);
    buttons->addStretch();
    buttons->addWidget(m_qualification);
    auto* row = new QHBoxLayout;
    row->addWidget(m_fields, 1);
    row->addLayout(buttons);
    auto* hint = new QLabel(tr("A contact's own fields are on the “More fields” page of its dialog and on its card; "
                               "scripts reach them by key (kontor-cli field, contact --set, contacts --where). "
                               "Archiving hides a field and keeps its values."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(row, 1);
    layout->addWidget(hint);
    reload();
}

RecordKind FieldSettingsPage::record() const
{
    return RecordKind(m_record->currentData().toInt());
}

qint64 FieldSettingsPage::currentFieldId() const
{
    const QTreeWidgetItem* item = m_fields->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void FieldSettingsPage::selectField(qint64 id)
{
    for (int row = 0; row < m_fields->topLevelItemCount(); ++row) {
        if (m_fields->topLevelItem(row)->data(0, IdRole).toLongLong() == id)
            m_fields->setCurrentItem(m_fields->topLevelItem(row));
    }
}

void FieldSettingsPage::reload()
{
    const qint64 current = currentFieldId();
    m_fields->clear();
    auto fields = CustomFieldRepository(m_db).fields(record(), m_showArchived->isChecked());
    if (!fields) {
        emit changed(fields.error());
        return;
    }
    for (const CustomField& field : fields.value()) {
        auto* item = new QTreeWidgetItem(m_fields);
        item->setText(0, field.isArchived() ? tr("%1 (archived)").arg(field.label) : field.label);
        item->setText(1, field.key);
        item->setText(2, fieldTypeName(field.type));
        item->setText(3, field.required ? tr("Yes") : QString());
        item->setData(0, IdRole, field.id);
        item->setData(0, ArchivedRole, field.isArchived());
        if (field.isArchived()) {
            for (int column = 0; column < 4; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int column = 1; column < 4; ++column)
        m_fields->resizeColumnToContents(column);
    selectField(current);
    if (!m_fields->currentItem() && m_fields->topLevelItemCount() > 0)
        m_fields->setCurrentItem(m_fields->topLevelItem(0));
    // The qualification fields are for contacts, and offered while some of them are missing.
    bool missing = false;
    if (record() == RecordKind::Contact) {
        for (const CustomField& field : CustomFieldActions::qualificationFields(QString()))
            missing = missing || !CustomFieldRepository(m_db).byKey(RecordKind::Contact, field.key);
    }
    m_qualification->setEnabled(missing);
    updateButtons();
}

void FieldSettingsPage::updateButtons()
{
    QTreeWidgetItem* item = m_fields->currentItem();
    const int row = item ? m_fields->indexOfTopLevelItem(item) : -1;
    m_edit->setEnabled(item);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(item && row < m_fields->topLevelItemCount() - 1);
    m_archive->setEnabled(item);
    m_archive->setText(item && item->data(0, ArchivedRole).toBool() ? tr("Resto&re") : tr("A&rchive"));
}

void FieldSettingsPage::addField()
{
    CustomFieldDialog dialog(m_db, record(), 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectField(dialog.savedFieldId());
    emit changed(QString());
}

void FieldSettingsPage::editField()
{
    const qint64 id = currentFieldId();
    if (!id)
        return;
    CustomFieldDialog dialog(m_db, record(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed(QString());
}

void FieldSettingsPage::moveField(int step)
{
    const int row = m_fields->indexOfTopLevelItem(m_fields->currentItem());
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_fields->topLevelItemCount())
        return;
    QList<qint64> order;
    for (int each = 0; each < m_fields->topLevelItemCount(); ++each)
        order << m_fields->topLevelItem(each)->data(0, IdRole).toLongLong();
    order.swapItemsAt(row, target);
    const Status moved = CustomFieldActions::reorder(m_db, record(), order);
    reload();
    emit changed(moved.ok() ? QString() : moved.error());
}

void FieldSettingsPage::archiveOrRestore()
{
    const QTreeWidgetItem* item = m_fields->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    const Status done = item->data(0, ArchivedRole).toBool() ? CustomFieldActions::restore(m_db, id)
                                                             : CustomFieldActions::archive(m_db, id);
    reload();
    emit changed(done.ok() ? QString() : done.error());
}

void FieldSettingsPage::addQualificationFields()
{
    auto added = CustomFieldActions::addQualificationFields(m_db);
    m_record->setCurrentIndex(m_record->findData(int(RecordKind::Contact)));
    reload();
    emit changed(added.ok() ? QString() : added.error());
}

} // namespace kontor::ui
