// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QPushButton;

namespace kontor::ui {

/// What the window says when the database it has open turns out damaged, and the ways on it offers: restore a
/// backup, save what can still be read into a new file, or go on reading without writing.
class DatabaseDamageDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepWorking, RestoreBackup, Salvage, ReadOnly };

    DatabaseDamageDialog(const QStringList& findings, bool hasBackups, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    QPushButton* addChoice(const QString& text, const QString& explanation, const QString& objectName, Choice choice);

    Choice m_choice = Choice::KeepWorking;
};

} // namespace kontor::ui
