// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "dialogs/RegionChoice.h"

#include "actions/SettingsActions.h"
#include "domain/PhoneNumbers.h"
#include "repositories/SettingsRepository.h"
#include "repositories/UserRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

QPushButton* wayIn(const QString& text, const QString& explanation, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(explanation);
    button->setMinimumHeight(button->sizeHint().height() * 2);
    QFont bigger = button->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    button->setFont(bigger);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("WelcomePage"));
    auto* heading = new QLabel(tr("Welcome to Kontor"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("Your clients, what was said and what to do next, in one file on this computer. Two "
                                "questions, then choose how to begin."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("yourName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("As your colleagues and reports should show it"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("yourCountry"));
    m_region->setAccessibleName(tr("Your country"));
    fillPhoneRegions(m_region);
    m_regionHint = new QLabel(this);
    m_regionHint->setWordWrap(true);
    m_regionHint->setObjectName(QStringLiteral("regionHint"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* nameLabel = new QLabel(tr("Your &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto* regionLabel = new QLabel(tr("Your &country:"), this);
    regionLabel->setBuddy(m_region);
    form->addRow(regionLabel, m_region);
    form->addRow(QString(), m_regionHint);

    auto* add = wayIn(tr("&Add your first contact"), tr("A person, with their company, emails and phones (Ctrl+N)"),
                      QStringLiteral("addFirstContact"), this);
    auto* import =
        wayIn(tr("&Import a file…"), tr("Contacts from a spreadsheet (CSV), Google Contacts, Outlook or a vCard file"),
              QStringLiteral("importFile"), this);
    auto* demo = wayIn(tr("Open the &demo database"),
                       tr("5,000 made-up contacts with a year of calls, meetings and deals, in a file of its own: "
                          "your database stays as it is"),
                       QStringLiteral("openDemo"), this);
    const auto answeredThen = [this](void (WelcomePage::*signal)()) {
        return [this, signal] {
            const QString problem = saveAnswers();
            if (!problem.isEmpty())
                return;
            emit(this->*signal)();
        };
    };
    connect(add, &QPushButton::clicked, this, answeredThen(&WelcomePage::addContactRequested));
    connect(import, &QPushButton::clicked, this, answeredThen(&WelcomePage::importRequested));
    connect(demo, &QPushButton::clicked, this, answeredThen(&WelcomePage::demoRequested));
    auto* ways = new QHBoxLayout;
    ways->addWidget(add);
    ways->addWidget(import);
    ways->addWidget(demo);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addLayout(form);
    column->addSpacing(16);
    column->addLayout(ways);
    column->addWidget(m_error);
    auto* content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(760);
    // Centred between stretches rather than by alignment: an aligned widget gets the height its wrapped labels need
    // at the page's whole width, then a narrower width, which cut the country hint at the top and bottom.
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(content);
    centred->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(2);
    setTabOrder(m_name, m_region);
    setTabOrder(m_region, add);
    setTabOrder(add, import);
    setTabOrder(import, demo);
}

void WelcomePage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_error->hide();
    if (!m_db.isOpen())
        return;
    const auto user = UserRepository(m_db).defaultUser();
    m_name->setText(user && !Database::isPlaceholderUserName(user->name) ? user->name : QString());
    // The country from the settings or the system's locale, else from the language Kontor is shown in (en_GB: the
    // United Kingdom); a locale without one (C.UTF-8) asks, with nothing chosen.
    int region = m_region->findData(SettingsRepository(m_db).phoneRegion());
    if (region < 0)
        region = m_region->findData(PhoneNumbers::regionOf(QLocale()));
    m_region->setCurrentIndex(region);
    m_regionHint->setText(m_region->currentIndex() < 0
                              ? tr("Choose your country. Phone numbers written without a country code, such as "
                                   "030 1234567, are read as numbers of that country.")
                              : tr("Phone numbers written without a country code are read as numbers of this "
                                   "country; Settings can change it."));
}

QString WelcomePage::saveAnswers()
{
    const QString problem =
        SettingsActions::introduce(m_db, m_name->text(), m_region->currentData().toString()).error();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem;
}

} // namespace kontor::ui
