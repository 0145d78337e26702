// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor::ui {

/// What an empty database opens on: the user's name (the first salesperson, instead of "Owner") and country (for
/// phone numbers written without a country code), then three ways in: add the first contact, import a file, or
/// look around in the demo database.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* regionBox() const { return m_region; }
    /// Writes the name and the country; the error to show, or an empty string.
    QString saveAnswers();

signals:
    void addContactRequested();
    void importRequested();
    void demoRequested();

private:
    QSqlDatabase m_db;
    QLineEdit* m_name;
    QComboBox* m_region;
    QLabel* m_regionHint;
    QLabel* m_error;
};

} // namespace kontor::ui
