// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldConditionEditor.h"

#include "views/DateEdits.h"

#include "domain/DateText.h"
#include "domain/FieldValueText.h"
#include "repositories/CustomFieldRepository.h"
#include "territories/Territories.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>

namespace kontor::ui {

enum class FieldConditionEditor::Op {
    Contains,
    Is,
    IsNot,
    AtLeast,
    AtMost,
    Between,
    On,
    OnOrAfter,
    OnOrBefore,
    AnyOf,
    NoneOf,
    Empty,
    NotEmpty
};

namespace {

enum Page { TextPage, RangePage, DatePage, YesNoPage, OptionsPage, NoValuePage };

CustomField builtIn(const QString& key, const QString& label, FieldType type)
{
    CustomField field;
    field.key = key;
    field.label = label;
    field.type = type;
    return field;
}

} // namespace

FieldConditionEditor::FieldConditionEditor(const QSqlDatabase& db, Use use, QWidget* parent)
    : QWidget(parent), m_db(db), m_use(use)
{
    if (auto fields = CustomFieldRepository(db).fields(RecordKind::Contact); fields)
        m_fields = fields.value();
    // The sales territory that holds the contact's address, chosen among those of Settings.
    if (auto territories = Territories(db).list(); territories && !territories->isEmpty()) {
        CustomField territory =
            builtIn(QStringLiteral("territory"), tr("Territory", "a sales territory"), FieldType::Choice);
        for (const kontor::Territory& each : territories.value())
            territory.options << FieldOption{each.id, each.name, false};
        m_fields << territory;
    }
    // The company's own fields (its industry, a size field of your own), as conditions on its contacts.
    m_fields << builtIn(QStringLiteral("company.industry"),
                        tr("%1 (company)", "a field of the contact's company: Industry (company)").arg(tr("Industry")),
                        FieldType::Text);
    if (auto fields = CustomFieldRepository(db).fields(RecordKind::Company); fields) {
        for (CustomField field : fields.value()) {
            field.key = QStringLiteral("company.") + field.key;
            field.label = tr("%1 (company)", "a field of the contact's company: Industry (company)").arg(field.label);
            m_fields << field;
        }
    }
    if (use == Use::Filter) {
        // Conditions on the built-in fields that the filter bar has no box for.
        m_fields << builtIn(QStringLiteral("title"), tr("Title", "job title"), FieldType::Text)
                 << builtIn(QStringLiteral("city"), tr("City"), FieldType::Text)
                 << builtIn(QStringLiteral("region"), tr("Region", "part of a country"), FieldType::Text)
                 << builtIn(QStringLiteral("postal_code"), tr("Postal code"), FieldType::Text)
                 << builtIn(QStringLiteral("created_at"), tr("Added"), FieldType::Date)
                 << builtIn(QStringLiteral("last_contacted_at"), tr("Last contact"), FieldType::Date)
                 << builtIn(QStringLiteral("score"), tr("Lead score"), FieldType::Number);
    } else {
        // Who the contact is; what they did is for engagement rules, and a score cannot count itself.
        m_fields << builtIn(QStringLiteral("title"), tr("Title", "job title"), FieldType::Text)
                 << builtIn(QStringLiteral("email"), tr("Email"), FieldType::Text)
                 << builtIn(QStringLiteral("phone"), tr("Phone"), FieldType::Text)
                 << builtIn(QStringLiteral("company"), tr("Company"), FieldType::Text)
                 << builtIn(QStringLiteral("lead_source"), tr("Lead source"), FieldType::Text)
                 << builtIn(QStringLiteral("country"), tr("Country"), FieldType::Text)
                 << builtIn(QStringLiteral("region"), tr("Region", "part of a country"), FieldType::Text)
                 << builtIn(QStringLiteral("city"), tr("City"), FieldType::Text)
                 << builtIn(QStringLiteral("postal_code"), tr("Postal code"), FieldType::Text)
                 << builtIn(QStringLiteral("tags"), tr("Tag"), FieldType::Text);
    }

    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("field"));
    for (const CustomField& field : std::as_const(m_fields))
        m_field->addItem(field.label, field.key);
    m_op = new QComboBox(this);
    m_op->setObjectName(QStringLiteral("op"));

    m_editors = new QStackedWidget(this);
    m_editors->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_editors->addWidget(m_text);

    auto* range = new QWidget(this);
    auto* rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    m_from = new QLineEdit(range);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QLineEdit(range);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setAccessibleName(tr("Up to"));
    rangeLayout->addWidget(m_from);
    rangeLayout->addWidget(new QLabel(tr("to", "a range of values: 10 to 20"), range));
    rangeLayout->addWidget(m_to);
    m_editors->addWidget(range);

    auto* dates = new QWidget(this);
    auto* datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    m_date = new QDateEdit(QDate::currentDate(), dates);
    m_date->setObjectName(QStringLiteral("date"));
    m_dateTo = new QDateEdit(QDate::currentDate(), dates);
    m_dateTo->setObjectName(QStringLiteral("dateTo"));
    m_dateTo->setAccessibleName(tr("Up to"));
    showUserDates(m_date, false);
    showUserDates(m_dateTo, false);
    datesLayout->addWidget(m_date);
    datesLayout->addWidget(new QLabel(tr("to", "a range of values: 10 to 20"), dates));
    datesLayout->addWidget(m_dateTo);
    m_editors->addWidget(dates);

    m_yesNo = new QComboBox(this);
    m_yesNo->setObjectName(QStringLiteral("yesNo"));
    m_yesNo->addItem(tr("Yes"), true);
    m_yesNo->addItem(tr("No"), false);
    m_editors->addWidget(m_yesNo);

    m_options = new QListWidget(this);
    m_options->setObjectName(QStringLiteral("options"));
    m_editors->addWidget(m_options);
    m_editors->addWidget(new QWidget(this));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Field:"), m_field);
    m_form->addRow(tr("&Condition:"), m_op);
    m_form->addRow(tr("&Value:"), m_editors);

    connect(m_field, &QComboBox::currentIndexChanged, this, &FieldConditionEditor::fieldChosen);
    connect(m_op, &QComboBox::currentIndexChanged, this, &FieldConditionEditor::opChosen);
    for (QLineEdit* edit : {m_text, m_from, m_to})
        connect(edit, &QLineEdit::textEdited, this, &FieldConditionEditor::edited);
    connect(m_options, &QListWidget::itemChanged, this, &FieldConditionEditor::edited);
    fieldChosen();
}

CustomField FieldConditionEditor::currentField() const
{
    return m_fields.value(m_field->currentIndex());
}

FieldConditionEditor::Op FieldConditionEditor::currentOp() const
{
    return Op(m_op->currentData().toInt());
}

bool FieldConditionEditor::setField(const QString& key)
{
    const int chosen = m_field->findData(key);
    if (chosen < 0)
        return false;
    m_field->setCurrentIndex(chosen);
    return true;
}

bool FieldConditionEditor::setCondition(const FieldCondition& condition)
{
    if (!setField(condition.key))
        return false;
    const CustomField field = currentField();
    auto choose = [this](Op op) {
        const int index = m_op->findData(int(op));
        if (index >= 0)
            m_op->setCurrentIndex(index);
        return index >= 0;
    };
    if (condition.op == ConditionOp::Empty)
        return choose(Op::Empty);
    if (condition.op == ConditionOp::NotEmpty)
        return choose(Op::NotEmpty);
    const QString& value = condition.value;
    switch (field.type) {
    case FieldType::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        m_date->setDate(date);
        const Op op = condition.op == ConditionOp::Equal            ? Op::On
                      : condition.op == ConditionOp::GreaterOrEqual ? Op::OnOrAfter
                      : condition.op == ConditionOp::LessOrEqual    ? Op::OnOrBefore
                                                                    : Op::Between;
        return date.isValid() && op != Op::Between && choose(op);
    }
    case FieldType::Number:
    case FieldType::Money: {
        auto number = FieldValueText::parse(field, value, {}, QLocale::c());
        if (!number)
            return false;
        m_from->setText(FieldValueText::display(field, number.value()));
        const Op op = condition.op == ConditionOp::Equal            ? Op::Is
                      : condition.op == ConditionOp::GreaterOrEqual ? Op::AtLeast
                      : condition.op == ConditionOp::LessOrEqual    ? Op::AtMost
                                                                    : Op::Between;
        return op != Op::Between && choose(op);
    }
    case FieldType::Checkbox: {
        const auto yes = FieldValueText::readYesNo(value);
        m_yesNo->setCurrentIndex(yes.value_or(true) ? 0 : 1);
        return condition.op == ConditionOp::Equal && yes && choose(Op::Is);
    }
    default:
        break;
    }
    if (field.hasOptions()) {
        const QStringList chosen = value.split(u';', Qt::SkipEmptyParts);
        for (int i = 0; i < m_options->count(); ++i) {
            QListWidgetItem* item = m_options->item(i);
            const bool named = std::any_of(chosen.cbegin(), chosen.cend(), [item](const QString& each) {
                return each.trimmed().compare(item->text(), Qt::CaseInsensitive) == 0;
            });
            item->setCheckState(named ? Qt::Checked : Qt::Unchecked);
        }
        if (condition.op == ConditionOp::Equal)
            return choose(Op::AnyOf);
        return condition.op == ConditionOp::NotEqual && choose(Op::NoneOf);
    }
    m_text->setText(value);
    switch (condition.op) {
    case ConditionOp::Contains:
        return choose(Op::Contains);
    case ConditionOp::Equal:
        return choose(Op::Is);
    case ConditionOp::NotEqual:
        return choose(Op::IsNot);
    default:
        return false;
    }
}

QString FieldConditionEditor::describe(const FieldCondition& condition)
{
    FieldFilter described;
    QString problem;
    if (setCondition(condition) && read(&described, &problem))
        return described.text;
    return FieldConditions::text(condition);
}

void FieldConditionEditor::fieldChosen()
{
    const CustomField field = currentField();
    const QSignalBlocker block(m_op);
    m_op->clear();
    // A scoring rule has one condition: no range.
    auto add = [this](const QString& name, Op op) {
        if (op != Op::Between || m_use == Use::Filter)
            m_op->addItem(name, int(op));
    };
    switch (field.type) {
    case FieldType::Number:
    case FieldType::Money:
        add(tr("is between"), Op::Between);
        add(tr("is at least"), Op::AtLeast);
        add(tr("is at most"), Op::AtMost);
        add(tr("is", "a value equals"), Op::Is);
        break;
    case FieldType::Date:
        add(tr("is on or after"), Op::OnOrAfter);
        add(tr("is on or before"), Op::OnOrBefore);
        add(tr("is on"), Op::On);
        add(tr("is between"), Op::Between);
        break;
    case FieldType::Checkbox:
        add(tr("is", "a value equals"), Op::Is);
        break;
    case FieldType::Choice:
    case FieldType::Choices:
        add(tr("is any of"), Op::AnyOf);
        add(tr("is none of"), Op::NoneOf);
        break;
    default:
        add(tr("contains"), Op::Contains);
        add(tr("is", "a value equals"), Op::Is);
        add(tr("is not"), Op::IsNot);
        break;
    }
    add(tr("is empty"), Op::Empty);
    add(tr("is not empty"), Op::NotEmpty);
    m_op->setCurrentIndex(0);

    m_options->clear();
    for (const FieldOption& option : field.options) {
        if (option.archived)
            continue;
        auto* item = new QListWidgetItem(option.label, m_options);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const QString hint =
        field.type == FieldType::Money
            ? tr("Amount in %1").arg(field.currency.isEmpty() ? tr("the field's currency") : field.currency)
            : QString();
    m_from->setPlaceholderText(hint);
    m_to->setPlaceholderText(hint);
    m_from->setAccessibleName(field.label);
    m_text->setAccessibleName(field.label);
    opChosen();
}

void FieldConditionEditor::opChosen()
{
    const CustomField field = currentField();
    const Op op = currentOp();
    Page page = TextPage;
    if (op == Op::Empty || op == Op::NotEmpty)
        page = NoValuePage;
    else if (field.type == FieldType::Date)
        page = DatePage;
    else if (field.type == FieldType::Number || field.type == FieldType::Money)
        page = RangePage;
    else if (field.type == FieldType::Checkbox)
        page = YesNoPage;
    else if (field.hasOptions())
        page = OptionsPage;
    m_editors->setCurrentIndex(page);
    // As tall as the page shown: a one-line value does not sit in the room of the list of choices.
    for (int i = 0; i < m_editors->count(); ++i) {
        if (i == page)
            m_editors->widget(i)->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        else
            m_editors->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    }
    m_editors->updateGeometry();
    // A range has two ends; one comparison needs one.
    const bool between = op == Op::Between;
    m_to->setVisible(between);
    m_dateTo->setVisible(between);
    for (QLabel* to : m_editors->findChildren<QLabel*>())
        to->setVisible(between);
    emit edited();
}

bool FieldConditionEditor::read(FieldFilter* filter, QString* problem)
{
    const CustomField field = currentField();
    const Op op = currentOp();
    const QLocale locale;
    *filter = {};
    auto condition = [&field](ConditionOp conditionOp, const QString& value = {}) {
        return FieldCondition{field.key, conditionOp, value};
    };
    // A typed number or amount in the user's conventions, as the conditions read it (a point, no grouping).
    auto number = [&](QLineEdit* edit, QString* shown) -> std::optional<QString> {
        auto value = FieldValueText::parse(field, edit->text(), {}, locale);
        if (!value || isEmptyValue(value.value())) {
            *problem = value ? tr("Type a number.") : value.error();
            edit->setFocus();
            return std::nullopt;
        }
        *shown = FieldValueText::display(field, value.value(), {}, locale);
        return FieldValueText::exportText(field, value.value());
    };
    switch (op) {
    case Op::Empty:
        filter->conditions << condition(ConditionOp::Empty);
        filter->text = tr("%1 is empty").arg(field.label);
        return true;
    case Op::NotEmpty:
        filter->conditions << condition(ConditionOp::NotEmpty);
        filter->text = tr("%1 is not empty").arg(field.label);
        return true;
    default:
        break;
    }
    if (field.type == FieldType::Date) {
        const QString from = m_date->date().toString(Qt::ISODate);
        const QString shownFrom = DateText::date(m_date->date(), locale);
        switch (op) {
        case Op::On:
            filter->conditions << condition(ConditionOp::Equal, from);
            filter->text = tr("%1 on %2").arg(field.label, shownFrom);
            break;
        case Op::OnOrAfter:
            filter->conditions << condition(ConditionOp::GreaterOrEqual, from);
            filter->text = tr("%1 on or after %2").arg(field.label, shownFrom);
            break;
        case Op::OnOrBefore:
            filter->conditions << condition(ConditionOp::LessOrEqual, from);
            filter->text = tr("%1 on or before %2").arg(field.label, shownFrom);
            break;
        default:
            if (m_dateTo->date() < m_date->date()) {
                *problem = tr("The range ends before it starts.");
                return false;
            }
            filter->conditions << condition(ConditionOp::GreaterOrEqual, from)
                               << condition(ConditionOp::LessOrEqual, m_dateTo->date().toString(Qt::ISODate));
            filter->text = tr("%1 from %2 to %3").arg(field.label, shownFrom, DateText::date(m_dateTo->date(), locale));
            break;
        }
        return true;
    }
    if (field.type == FieldType::Number || field.type == FieldType::Money) {
        QString shownFrom;
        const auto from = number(m_from, &shownFrom);
        if (!from)
            return false;
        switch (op) {
        case Op::AtLeast:
            filter->conditions << condition(ConditionOp::GreaterOrEqual, *from);
            filter->text = tr("%1 ≥ %2").arg(field.label, shownFrom);
            return true;
        case Op::AtMost:
            filter->conditions << condition(ConditionOp::LessOrEqual, *from);
            filter->text = tr("%1 ≤ %2").arg(field.label, shownFrom);
            return true;
        case Op::Is:
            filter->conditions << condition(ConditionOp::Equal, *from);
            filter->text = tr("%1 = %2").arg(field.label, shownFrom);
            return true;
        default:
            break;
        }
        QString shownTo;
        const auto to = number(m_to, &shownTo);
        if (!to)
            return false;
        filter->conditions << condition(ConditionOp::GreaterOrEqual, *from) << condition(ConditionOp::LessOrEqual, *to);
        filter->text = tr("%1 from %2 to %3").arg(field.label, shownFrom, shownTo);
        return true;
    }
    if (field.type == FieldType::Checkbox) {
        const bool yes = m_yesNo->currentData().toBool();
        filter->conditions << condition(ConditionOp::Equal, yes ? QStringLiteral("yes") : QStringLiteral("no"));
        filter->text = tr("%1: %2").arg(field.label, m_yesNo->currentText());
        return true;
    }
    if (field.hasOptions()) {
        QStringList chosen;
        for (int i = 0; i < m_options->count(); ++i) {
            if (m_options->item(i)->checkState() == Qt::Checked)
                chosen << m_options->item(i)->text();
        }
        if (chosen.isEmpty()) {
            *problem = tr("Tick at least one choice.");
            m_options->setFocus();
            return false;
        }
        // Any of them, so not "Food and Tech".
        const QString joined = chosen.join(tr(", ", "between the choices of a filter"));
        filter->conditions << condition(op == Op::NoneOf ? ConditionOp::NotEqual : ConditionOp::Equal,
                                        chosen.join(u';'));
        filter->text = op == Op::NoneOf ? tr("%1 is none of %2").arg(field.label, joined)
                                        : tr("%1 is one of %2").arg(field.label, joined);
        return true;
    }
    const QString text = m_text->text().trimmed();
    if (text.isEmpty()) {
        *problem = tr("Type what to look for.");
        m_text->setFocus();
        return false;
    }
    switch (op) {
    case Op::Is:
        filter->conditions << condition(ConditionOp::Equal, text);
        filter->text = tr("%1 is “%2”").arg(field.label, text);
        break;
    case Op::IsNot:
        filter->conditions << condition(ConditionOp::NotEqual, text);
        filter->text = tr("%1 is not “%2”").arg(field.label, text);
        break;
    default:
        filter->conditions << condition(ConditionOp::Contains, text);
        filter->text = tr("%1 contains “%2”").arg(field.label, text);
        break;
    }
    return true;
}

} // namespace kontor::ui
