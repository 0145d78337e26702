// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Deal.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace kontor::ui {

class CustomFieldsForm;
class ErrorLabel;

class ContactPicker;

/// A new deal or an existing one: title, contact, amount and currency, stage, owner, lead source, expected close
/// and notes. A change of stage is recorded in the deal's history as a move; moving to Lost needs a reason.
class DealDialog : public QDialog
{
    Q_OBJECT

public:
    /// `dealId` 0 makes a new deal, for `contactId` and in `stageId` when given.
    DealDialog(const QSqlDatabase& db, qint64 dealId, QWidget* parent = nullptr, qint64 contactId = 0,
               qint64 stageId = 0);

    qint64 savedDealId() const { return m_dealId; }
    /// What was saved, for the status bar.
    QString savedMessage() const { return m_savedMessage; }
    QString errorText() const;

    void accept() override;

private:
    void load(const Deal& deal);
    void showError(const QString& message);
    void updateLostReason();

    QSqlDatabase m_db;
    qint64 m_dealId = 0;
    Deal m_original;
    QString m_savedMessage;

    QLineEdit* m_title;
    ContactPicker* m_contact;
    QLineEdit* m_amount;
    QComboBox* m_currency;
    QComboBox* m_stage;
    QLineEdit* m_lostReason;
    QLabel* m_lostReasonLabel;
    QComboBox* m_owner;
    QComboBox* m_leadSource;
    QDateEdit* m_expectedClose;
    QPlainTextEdit* m_notes;
    CustomFieldsForm* m_customFields = nullptr;
    QTabWidget* m_tabs = nullptr;
    ErrorLabel* m_error;
};

} // namespace kontor::ui
