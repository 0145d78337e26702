// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Company.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace kontor::ui {

class CustomFieldsForm;
class ErrorLabel;

/// A new company or branch, or an existing one: name, head office, industry, website, phone, email, address and
/// notes, and the business's own fields on a second tab. A company cannot become a branch of one of its own
/// branches.
class CompanyDialog : public QDialog
{
    Q_OBJECT

public:
    /// `companyId` 0 makes a new company, a branch of `parentId` when given.
    CompanyDialog(const QSqlDatabase& db, qint64 companyId, QWidget* parent = nullptr, qint64 parentId = 0);

    qint64 savedCompanyId() const { return m_companyId; }
    QString errorText() const;
    CustomFieldsForm* customFields() const { return m_customFields; }

    void accept() override;

private:
    void showError(const QString& message);

    QSqlDatabase m_db;
    qint64 m_companyId = 0;
    Company m_original;
    QLineEdit* m_name;
    QLineEdit* m_parent;
    QLineEdit* m_industry;
    QLineEdit* m_website;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_street;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_country;
    QPlainTextEdit* m_notes;
    CustomFieldsForm* m_customFields = nullptr;
    QTabWidget* m_tabs = nullptr;
    ErrorLabel* m_error;
};

} // namespace kontor::ui
