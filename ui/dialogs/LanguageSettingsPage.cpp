// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSettingsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace kontor::ui {

LanguageSettingsPage::LanguageSettingsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("languagePage"));
    const LanguageChoice saved = savedLanguageChoice();
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const LanguageName& language : languageNames())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved.language)));
    m_calendar = new QComboBox(this);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->addItem(tr("The language's own (Solar Hijri for Persian)"), QString());
    m_calendar->addItem(tr("Gregorian"), QStringLiteral("gregorian"));
    m_calendar->addItem(tr("Solar Hijri (Farvardin to Esfand)"), QStringLiteral("jalali"));
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(saved.calendar)));
    m_digits = new QComboBox(this);
    m_digits->setObjectName(QStringLiteral("digits"));
    m_digits->addItem(tr("The language's own (۱۲۳ in Persian, ১২৩ in Bengali)"), QString());
    m_digits->addItem(tr("Latin (123)"), QStringLiteral("latin"));
    m_digits->setCurrentIndex(std::max(0, m_digits->findData(saved.digits)));
    auto* note = new QLabel(
        tr("Dates are shown, typed and counted in this calendar: lists, date fields and the "
           "reports' months, quarters and years. Files keep ISO dates. Numbers, dates and times are written in the "
           "digits chosen, everywhere in the window.\n"
           "The window opens again in the chosen language when Settings closes."),
        this);
    note->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Calen&dar:"), m_calendar);
    form->addRow(tr("D&igits:"), m_digits);
    form->addRow(note);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LanguageSettingsPage::save);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &LanguageSettingsPage::save);
    connect(m_digits, &QComboBox::currentIndexChanged, this, &LanguageSettingsPage::save);
}

LanguageChoice LanguageSettingsPage::choice() const
{
    return {m_language->currentData().toString(), m_calendar->currentData().toString(),
            m_digits->currentData().toString()};
}

void LanguageSettingsPage::save()
{
    saveLanguageChoice(choice());
    emit changed();
}

} // namespace kontor::ui
