// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportWizard.h"

#include <QChar>
#include <QString>
#include <QWizardPage>

#include <functional>

// What the import wizard's two source files share: its pages and how it names a delimiter.
namespace kontor::ui::importwizard {

constexpr int previewRows = 20;

// A page whose Next (or Import) button follows a test of the wizard's state.
class WizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete = [] { return true; };
    bool isComplete() const override { return complete(); }
    void changed() { emit completeChanged(); }
};

inline QString delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return ImportWizard::tr("Comma");
    if (delimiter == u';')
        return ImportWizard::tr("Semicolon");
    if (delimiter == u'\t')
        return ImportWizard::tr("Tab");
    return ImportWizard::tr("Bar");
}

} // namespace kontor::ui::importwizard
