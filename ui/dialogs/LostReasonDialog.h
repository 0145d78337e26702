// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace kontor::ui {

/// Asks why a deal was lost before it moves to a Lost stage: a common reason picked or any text typed.
class LostReasonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LostReasonDialog(const QString& dealTitle, QWidget* parent = nullptr);

    QString reason() const;
    QComboBox* reasonBox() const { return m_reason; }

private:
    QComboBox* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace kontor::ui
