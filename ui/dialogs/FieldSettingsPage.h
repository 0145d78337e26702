// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CustomField.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTreeWidget;

namespace kontor::ui {

class ErrorLabel;

/// Settings' Fields tab: the fields a business adds to its contacts, companies and deals, in their order. Add and
/// change them (CustomFieldDialog), move them up and down, archive them (their values stay) and restore them, and
/// add the qualification fields in one go.
class FieldSettingsPage : public QWidget
{
    Q_OBJECT

public:
    FieldSettingsPage(const QSqlDatabase& db, QWidget* parent = nullptr);

    QComboBox* recordBox() const { return m_record; }
    QTreeWidget* fieldList() const { return m_fields; }
    QCheckBox* showArchived() const { return m_showArchived; }
    QPushButton* qualificationButton() const { return m_qualification; }
    RecordKind record() const;
    /// The id of the selected field; 0: none.
    qint64 currentFieldId() const;
    void selectField(qint64 id);

public slots:
    void addField();
    void editField();
    void moveField(int step);
    /// Archives the selected field, or restores it when it is archived.
    void archiveOrRestore();
    void addQualificationFields();
    void reload();

signals:
    /// A field was added, changed, moved, archived or restored (already saved), or a change failed: `error` says why.
    void changed(const QString& error);

private:
    void updateButtons();

    QSqlDatabase m_db;
    QComboBox* m_record;
    QTreeWidget* m_fields;
    QCheckBox* m_showArchived;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_archive;
    QPushButton* m_qualification;
};

} // namespace kontor::ui
