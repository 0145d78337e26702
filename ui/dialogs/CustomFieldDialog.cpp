// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomFieldDialog.h"

#include "Ask.h"
#include "FormRows.h"

#include "actions/CustomFieldActions.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/SettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

constexpr int OptionIdRole = Qt::UserRole + 1;

/// A key from a label: "Decision maker" -> "decision_maker". Letters outside a-z give none: the user types one.
QString keyFrom(const QString& label)
{
    QString key = label.normalized(QString::NormalizationForm_KD).toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    key.remove(QRegularExpression(QStringLiteral("^[_0-9]+|_+$")));
    return key.left(40);
}

} // namespace

CustomFieldDialog::CustomFieldDialog(const QSqlDatabase& db, RecordKind record, qint64 fieldId, QWidget* parent)
    : QDialog(parent), m_db(db), m_record(record), m_fieldId(fieldId)
{
    setObjectName(QStringLiteral("CustomFieldDialog"));
    setWindowTitle(fieldId ? tr("Change Field") : tr("Add Field"));
    m_label = createLineEdit(this, tr("Name"), tr("e.g. Budget"));
    m_label->setObjectName(QStringLiteral("label"));
    m_key = createLineEdit(this, tr("Key"), tr("e.g. budget"));
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setToolTip(tr("What files, imports and scripts call the field: lower-case letters a–z, digits and "
                         "underscores. A CSV column with this header (or the name) fills the field."));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setAccessibleName(tr("Type"));
    for (FieldType type : allFieldTypes())
        m_type->addItem(fieldTypeName(type), int(type));

    m_options = new QListWidget(this);
    m_options->setObjectName(QStringLiteral("options"));
    m_options->setAccessibleName(tr("Choices"));
    m_options->setDragDropMode(QAbstractItemView::InternalMove);
    m_options->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    m_options->setToolTip(tr("Double-click a choice to rename it: the contacts that have it keep it under its new "
                             "name. Drag to put them in order."));
    m_addOption = new QPushButton(tr("Add C&hoice"), this);
    m_addOption->setObjectName(QStringLiteral("addOption"));
    m_removeOption = new QPushButton(tr("Remo&ve Choice"), this);
    m_removeOption->setObjectName(QStringLiteral("removeOption"));
    connect(m_addOption, &QPushButton::clicked, this, &CustomFieldDialog::addOption);
    connect(m_removeOption, &QPushButton::clicked, this, &CustomFieldDialog::removeOption);
    m_optionsRow = new QWidget(this);
    auto* optionButtons = new QVBoxLayout;
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_removeOption);
    optionButtons->addStretch();
    auto* optionsLayout = new QHBoxLayout(m_optionsRow);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_options, 1);
    optionsLayout->addLayout(optionButtons);

    m_currency = createLineEdit(this, tr("Currency"), tr("EUR"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(3);
    m_currency->setText(SettingsRepository(db).defaultCurrency());
    m_required = new QCheckBox(tr("A value must be &given"), this);
    m_required->setObjectName(QStringLiteral("required"));
    m_searchable = new QCheckBox(tr("The &search finds its text"), this);
    m_searchable->setObjectName(QStringLiteral("searchable"));
    m_searchable->setToolTip(tr("Typed in the contacts' search box or in Search everything, a word of this field "
                                "finds the contact."));

    auto* form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_label);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Type:"), m_type);
    auto* choicesLabel = new QLabel(tr("&Choices:"), this);
    choicesLabel->setBuddy(m_options);
    form->addRow(choicesLabel, m_optionsRow);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(QString(), m_required);
    form->addRow(QString(), m_searchable);
    m_error = new ErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomFieldDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomFieldDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_label, &QLineEdit::textEdited, this, [this](const QString& label) {
        if (!m_fieldId && !m_keyTouched)
            m_key->setText(keyFrom(label));
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyTouched = true; });
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldDialog::updateForType);

    if (fieldId) {
        auto field = CustomFieldRepository(db).field(fieldId);
        if (field) {
            m_original = field.value();
            m_label->setText(m_original.label);
            m_key->setText(m_original.key);
            m_type->setCurrentIndex(m_type->findData(int(m_original.type)));
            for (const FieldOption& option : m_original.options) {
                if (option.archived)
                    continue;
                auto* item = new QListWidgetItem(option.label, m_options);
                item->setData(OptionIdRole, option.id);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
            }
            if (m_original.type == FieldType::Money)
                m_currency->setText(m_original.currency);
            m_required->setChecked(m_original.required);
            m_searchable->setChecked(m_original.searchable);
        } else {
            m_error->setMessage(field.error());
        }
    }
    updateForType();
    setMinimumWidth(460);
    m_label->setFocus();
}

void CustomFieldDialog::updateForType()
{
    const auto type = FieldType(m_type->currentData().toInt());
    m_form->setRowVisible(m_optionsRow, type == FieldType::Choice || type == FieldType::Choices);
    m_form->setRowVisible(m_currency, type == FieldType::Money);
    // Only text is indexed for the search; contacts only have a search box.
    m_form->setRowVisible(m_searchable,
                          m_record == RecordKind::Contact && (type == FieldType::Text || type == FieldType::LongText));
    adjustSize();
}

void CustomFieldDialog::addOption()
{
    auto* item = new QListWidgetItem(tr("New choice"), m_options);
    item->setData(OptionIdRole, qint64(0));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_options->setCurrentItem(item);
    m_options->editItem(item);
}

void CustomFieldDialog::removeOption()
{
    delete m_options->currentItem();
}

QString CustomFieldDialog::errorText() const
{
    return m_error->message();
}

CustomField CustomFieldDialog::collect() const
{
    CustomField field = m_original;
    field.id = m_fieldId;
    field.record = m_record;
    field.label = m_label->text().simplified();
    field.key = m_key->text().trimmed();
    field.type = FieldType(m_type->currentData().toInt());
    field.currency = m_currency->text().trimmed().toUpper();
    field.required = m_required->isChecked();
    field.searchable = m_searchable->isChecked() && !m_searchable->isHidden() &&
                       (field.type == FieldType::Text || field.type == FieldType::LongText);
    field.options.clear();
    for (int row = 0; row < m_options->count(); ++row) {
        const QListWidgetItem* item = m_options->item(row);
        field.options << FieldOption{item->data(OptionIdRole).toLongLong(), item->text().simplified(), false};
    }
    if (!field.hasOptions())
        field.options.clear();
    return field;
}

void CustomFieldDialog::accept()
{
    CustomField field = collect();
    if (!m_fieldId) {
        auto added = CustomFieldActions::add(m_db, field);
        if (!added) {
            m_error->setMessage(added.error());
            return;
        }
        m_fieldId = added.value();
        QDialog::accept();
        return;
    }
    // A new type first, once the user knows what it costs; then the rest as for any field.
    if (field.type != m_original.type) {
        auto lost = CustomFieldActions::valuesLostByTypeChange(m_db, m_fieldId, field.type);
        if (!lost) {
            m_error->setMessage(lost.error());
            return;
        }
        const QString text =
            lost.value() == 0
                ? tr("Make “%1” a field of type %2? Every value it holds converts.")
                      .arg(m_original.label, fieldTypeName(field.type))
                : tr("Make “%1” a field of type %2? %Ln value(s) cannot be converted and will be removed; the "
                     "others are kept.",
                     nullptr, int(lost.value()))
                      .arg(m_original.label, fieldTypeName(field.type));
        if (Ask::question(this, tr("Change Type"), text) != QMessageBox::Yes)
            return;
        if (Status changed = CustomFieldActions::changeType(m_db, m_fieldId, field.type); !changed) {
            m_error->setMessage(changed.error());
            return;
        }
        // The options the conversion made are the field's now: keep them with what was typed.
        if (auto retyped = CustomFieldRepository(m_db).field(m_fieldId); retyped && field.hasOptions()) {
            for (const FieldOption& made : retyped->options) {
                if (!field.optionByLabel(made.label))
                    field.options << made;
                else
                    for (FieldOption& option : field.options) {
                        if (option.label.compare(made.label, Qt::CaseInsensitive) == 0 && !option.id)
                            option.id = made.id;
                    }
            }
        }
    }
    if (Status saved = CustomFieldActions::save(m_db, field); !saved) {
        m_error->setMessage(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace kontor::ui
