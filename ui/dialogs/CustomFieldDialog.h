// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CustomField.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kontor::ui {

class ErrorLabel;

/// Adds a custom field or changes one: its name, key, type, choices, currency and whether it is required. Choices
/// are renamed in place (values follow them), added, removed (archived: old values keep them) and put in order by
/// dragging. A change of type says first how many values would be lost.
class CustomFieldDialog : public QDialog
{
    Q_OBJECT

public:
    /// `fieldId` 0 adds a field to `record`.
    CustomFieldDialog(const QSqlDatabase& db, RecordKind record, qint64 fieldId, QWidget* parent = nullptr);

    qint64 savedFieldId() const { return m_fieldId; }
    QString errorText() const;
    QLineEdit* labelEdit() const { return m_label; }
    QLineEdit* keyEdit() const { return m_key; }
    QComboBox* typeBox() const { return m_type; }
    QListWidget* options() const { return m_options; }

    void accept() override;

public slots:
    void addOption();
    void removeOption();

private:
    void updateForType();
    CustomField collect() const;

    QSqlDatabase m_db;
    RecordKind m_record;
    qint64 m_fieldId = 0;
    CustomField m_original;
    bool m_keyTouched = false;
    QLineEdit* m_label;
    QLineEdit* m_key;
    QComboBox* m_type;
    QListWidget* m_options;
    QPushButton* m_addOption;
    QPushButton* m_removeOption;
    QWidget* m_optionsRow;
    QLineEdit* m_currency;
    QFormLayout* m_form;
    QCheckBox* m_required;
    QCheckBox* m_searchable;
    ErrorLabel* m_error;
};

} // namespace kontor::ui
