// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace kontor::ui {

class CustomFieldsForm;
class ErrorLabel;

/// Adds or edits a contact. Saving validates, finds or creates the typed company, and writes everything in one
/// transaction; on an error the dialog stays open with the message shown and nothing saved. The business's own fields
/// are on a second tab, "More fields", when it has any. A move back along the lifecycle asks why.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    /// `contactId` 0 adds a new contact.
    ContactDialog(const QSqlDatabase& db, qint64 contactId, QWidget* parent = nullptr);

    qint64 savedContactId() const { return m_contactId; }
    QString errorText() const;
    /// The tabs of details and more fields; none while the database has no custom fields for contacts.
    QTabWidget* tabs() const { return m_tabs; }
    CustomFieldsForm* customFields() const { return m_customFields; }

    void accept() override;

private:
    void load();
    Contact collect() const;
    void showError(const QString& message);

    QSqlDatabase m_db;
    qint64 m_contactId = 0;
    Contact m_original;

    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_company;
    QLineEdit* m_title;
    QLineEdit* m_email;
    QLineEdit* m_email2;
    QLineEdit* m_phone;
    QLineEdit* m_mobile;
    QDateEdit* m_birthday;
    QLineEdit* m_street;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_region;
    QLineEdit* m_country;
    QComboBox* m_status;
    QComboBox* m_leadSource;
    QComboBox* m_owner;
    QLineEdit* m_tags;
    QSpinBox* m_stayInTouch;
    QPlainTextEdit* m_notes;
    QTabWidget* m_tabs = nullptr;
    CustomFieldsForm* m_customFields = nullptr;
    ErrorLabel* m_error;
};

} // namespace kontor::ui
