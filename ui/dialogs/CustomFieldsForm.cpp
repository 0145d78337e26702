// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomFieldsForm.h"

#include "RecordPicker.h"
#include "views/DateEdits.h"

#include "actions/CustomFieldActions.h"
#include "domain/FieldValueText.h"
#include "repositories/CustomFieldRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

// A date field shows this while no date is set: earlier than any date a business records.
const QDate noDate(100, 1, 1);
constexpr int OptionIdRole = Qt::UserRole + 1;

} // namespace

namespace {

QList<CustomField> fieldsOf(const QSqlDatabase& db, RecordKind record)
{
    auto fields = CustomFieldRepository(db).fields(record);
    return fields ? fields.value() : QList<CustomField>{};
}

} // namespace

CustomFieldsForm::CustomFieldsForm(const QSqlDatabase& db, RecordKind record, QWidget* parent)
    : CustomFieldsForm(db, fieldsOf(db, record), parent)
{
}

CustomFieldsForm::CustomFieldsForm(const QSqlDatabase& db, const QList<CustomField>& fields, QWidget* parent)
    : QWidget(parent), m_db(db), m_fields(fields)
{
    setObjectName(QStringLiteral("customFields"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    // Rows as tall as they need, at the top of a page that may be taller.
    layout->addStretch(1);
    for (const CustomField& field : m_fields) {
        QWidget* editor = createEditor(field);
        editor->setObjectName(QStringLiteral("field_") + field.key);
        editor->setAccessibleName(field.label);
        m_editors << editor;
        // Required fields are marked as forms mark them; the key is what files and scripts call the field.
        auto* label = new QLabel(field.required ? tr("%1 *:", "a required field's label").arg(field.label)
                                                : tr("%1:", "a field's label").arg(field.label),
                                 this);
        label->setBuddy(editor);
        label->setToolTip(field.required ? tr("Required. Key in files and scripts: %1").arg(field.key)
                                         : tr("Key in files and scripts: %1").arg(field.key));
        form->addRow(label, editor);
    }
}

QWidget* CustomFieldsForm::createEditor(const CustomField& field)
{
    switch (field.type) {
    case FieldType::LongText: {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        return edit;
    }
    case FieldType::Date: {
        auto* edit = new QDateEdit(this);
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(tr("Not set"));
        showUserDates(edit, false);
        edit->setDate(noDate);
        return edit;
    }
    case FieldType::Checkbox: {
        // As wide as its box: a click beside a stretched, textless checkbox would do nothing.
        auto* box = new QCheckBox(this);
        box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        return box;
    }
    case FieldType::Choice: {
        auto* box = new QComboBox(this);
        box->addItem(tr("—", "no choice made"), qint64(0));
        for (const FieldOption& option : field.options) {
            if (!option.archived)
                box->addItem(option.label, option.id);
        }
        return box;
    }
    case FieldType::Choices: {
        auto* list = new QListWidget(this);
        for (const FieldOption& option : field.options) {
            if (option.archived)
                continue;
            auto* item = new QListWidgetItem(option.label, list);
            item->setData(OptionIdRole, option.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        const int rows = std::clamp(list->count(), 1, 5);
        list->setFixedHeight(list->sizeHintForRow(0) * rows + 2 * list->frameWidth() + 4);
        return list;
    }
    case FieldType::ContactLink:
        return new ContactPicker(m_db, this);
    case FieldType::CompanyLink:
        return new CompanyPicker(m_db, this);
    case FieldType::Money: {
        auto* edit = new QLineEdit(this);
        edit->setClearButtonEnabled(true);
        edit->setPlaceholderText(field.currency);
        return edit;
    }
    case FieldType::Number:
    case FieldType::Text:
        break;
    }
    auto* edit = new QLineEdit(this);
    edit->setClearButtonEnabled(true);
    return edit;
}

void CustomFieldsForm::setValues(const CustomValues& values)
{
    const QLocale locale;
    const LinkText links = databaseLinks(m_db);
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const CustomField& field = m_fields.at(i);
        const FieldValue value = values.value(field.id);
        QWidget* editor = m_editors.at(i);
        switch (field.type) {
        case FieldType::LongText:
            static_cast<QPlainTextEdit*>(editor)->setPlainText(
                std::holds_alternative<QString>(value) ? std::get<QString>(value) : QString());
            break;
        case FieldType::Date:
            static_cast<QDateEdit*>(editor)->setDate(std::holds_alternative<QDate>(value) ? std::get<QDate>(value)
                                                                                          : noDate);
            break;
        case FieldType::Checkbox:
            static_cast<QCheckBox*>(editor)->setChecked(std::holds_alternative<bool>(value) && std::get<bool>(value));
            break;
        case FieldType::Choice: {
            auto* box = static_cast<QComboBox*>(editor);
            const qint64 id = std::holds_alternative<qint64>(value) ? std::get<qint64>(value) : 0;
            // An option no longer offered still shows while a record has it.
            if (box->findData(id) < 0) {
                if (const FieldOption* option = field.optionById(id))
                    box->addItem(option->label, option->id);
            }
            box->setCurrentIndex(std::max(0, box->findData(id)));
            break;
        }
        case FieldType::Choices: {
            auto* list = static_cast<QListWidget*>(editor);
            const QList<qint64> chosen =
                std::holds_alternative<QList<qint64>>(value) ? std::get<QList<qint64>>(value) : QList<qint64>{};
            for (qint64 id : chosen) {
                bool listed = false;
                for (int row = 0; row < list->count(); ++row)
                    listed = listed || list->item(row)->data(OptionIdRole).toLongLong() == id;
                const FieldOption* option = field.optionById(id);
                if (!listed && option) {
                    auto* item = new QListWidgetItem(option->label, list);
                    item->setData(OptionIdRole, option->id);
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                }
            }
            for (int row = 0; row < list->count(); ++row) {
                QListWidgetItem* item = list->item(row);
                item->setCheckState(chosen.contains(item->data(OptionIdRole).toLongLong()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
            }
            break;
        }
        case FieldType::ContactLink:
        case FieldType::CompanyLink:
            static_cast<RecordPicker*>(editor)->setRecord(
                std::holds_alternative<qint64>(value) ? std::get<qint64>(value) : 0);
            break;
        case FieldType::Money: {
            QString text;
            if (const auto* money = std::get_if<Money>(&value)) {
                text = money->formatAmount(locale);
                if (money->currency != field.currency)
                    text += u' ' + money->currency;
            }
            static_cast<QLineEdit*>(editor)->setText(text);
            break;
        }
        default:
            static_cast<QLineEdit*>(editor)->setText(FieldValueText::display(field, value, links, locale));
            break;
        }
    }
}

Result<FieldValue> CustomFieldsForm::valueOf(const CustomField& field, QWidget* editor) const
{
    switch (field.type) {
    case FieldType::LongText:
        return FieldValueText::parse(field, static_cast<QPlainTextEdit*>(editor)->toPlainText());
    case FieldType::Date: {
        const QDate date = static_cast<QDateEdit*>(editor)->date();
        return date == noDate ? FieldValue{} : FieldValue{date};
    }
    case FieldType::Checkbox:
        // Unticked is no value: "empty" and "= no" both find it, and a rule never counts it as filled.
        return static_cast<QCheckBox*>(editor)->isChecked() ? FieldValue{true} : FieldValue{};
    case FieldType::Choice: {
        const qint64 id = static_cast<QComboBox*>(editor)->currentData().toLongLong();
        return id ? FieldValue{id} : FieldValue{};
    }
    case FieldType::Choices: {
        auto* list = static_cast<QListWidget*>(editor);
        QList<qint64> chosen;
        for (const FieldOption& option : field.options) {
            for (int row = 0; row < list->count(); ++row) {
                QListWidgetItem* item = list->item(row);
                if (item->checkState() == Qt::Checked && item->data(OptionIdRole).toLongLong() == option.id)
                    chosen << option.id;
            }
        }
        return FieldValue{chosen};
    }
    case FieldType::ContactLink:
    case FieldType::CompanyLink: {
        // By the record chosen, not by its name: two companies or contacts of one name stay apart.
        auto* picker = static_cast<RecordPicker*>(editor);
        if (picker->text().trimmed().isEmpty())
            return FieldValue{};
        if (!picker->recordId() && !picker->resolveTypedText())
            return Result<FieldValue>::failure(QStringLiteral("%1: %2").arg(field.label, picker->unresolvedMessage()));
        return FieldValue{picker->recordId()};
    }
    default:
        return FieldValueText::parse(field, static_cast<QLineEdit*>(editor)->text(), databaseLinks(m_db), QLocale());
    }
}

Result<CustomValues> CustomFieldsForm::values() const
{
    CustomValues values;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        auto value = valueOf(m_fields.at(i), m_editors.at(i));
        if (!value) {
            m_editors.at(i)->setFocus();
            return Result<CustomValues>::failure(value.error());
        }
        values.insert(m_fields.at(i).id, value.value());
    }
    return values;
}

bool CustomFieldsForm::focusField(const QString& key) const
{
    QWidget* found = editor(key);
    if (found)
        found->setFocus();
    return found;
}

QWidget* CustomFieldsForm::editor(const QString& key) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).key == key)
            return m_editors.at(i);
    }
    return nullptr;
}

QTabWidget* layOutWithCustomFields(QVBoxLayout* layout, QLayout* form, CustomFieldsForm* fields, QWidget* parent)
{
    if (fields->isEmpty()) {
        fields->hide();
        layout->addLayout(form);
        return nullptr;
    }
    auto* tabs = new QTabWidget(parent);
    tabs->setObjectName(QStringLiteral("recordTabs"));
    auto* details = new QWidget(tabs);
    details->setLayout(form);
    tabs->addTab(details, CustomFieldsForm::tr("&Details"));
    auto* scroll = new QScrollArea(tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);
    tabs->addTab(scroll, CustomFieldsForm::tr("&More fields"));
    layout->addWidget(tabs);
    return tabs;
}

Result<CustomValues> takeCustomValues(CustomFieldsForm* fields, QTabWidget* tabs)
{
    auto values = fields->values();
    std::optional<InputProblem> problem;
    if (!values)
        problem = InputProblem{QString(), values.error()};
    else
        problem = CustomFieldActions::checkRequired(fields->fields(), values.value());
    if (!problem)
        return values;
    if (tabs)
        tabs->setCurrentIndex(1);
    // Now that its page shows, the cursor goes to the field at fault.
    if (problem->field.isEmpty())
        (void)fields->values();
    else
        fields->focusField(problem->field);
    return Result<CustomValues>::failure(problem->message);
}

} // namespace kontor::ui
