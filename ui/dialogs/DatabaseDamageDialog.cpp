// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseDamageDialog.h"

#include "views/SoftText.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace kontor::ui {

DatabaseDamageDialog::DatabaseDamageDialog(const QStringList& findings, bool hasBackups, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("DatabaseDamageDialog"));
    setWindowTitle(tr("The Database Is Damaged"));
    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto* heading = new QLabel(tr("<b>Kontor found damage in this database.</b>"), this);
    auto* what = new QLabel(findings.join(u'\n'), this);
    what->setObjectName(QStringLiteral("findings"));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* why = new QLabel(tr("A bad disk sector or a copy cut short can do this. What is saved from now on may be "
                              "lost with the damaged part, and the daily backup will not copy a damaged file. "
                              "Choose how to go on:"),
                           this);
    why->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->addWidget(icon, 0, 0, 3, 1);
    layout->addWidget(heading, 0, 1);
    layout->addWidget(what, 1, 1);
    layout->addWidget(why, 2, 1);
    layout->setColumnStretch(1, 1);
    setLayout(layout);

    QPushButton* restore =
        addChoice(tr("&Restore a Backup…"),
                  hasBackups ? tr("Puts the newest backup made before the damage in place of this file; the dialog "
                                  "shows when each was made, so you see what would be lost since.")
                             : tr("There is no backup of this database yet."),
                  QStringLiteral("restoreBackup"), Choice::RestoreBackup);
    restore->setEnabled(hasBackups);
    addChoice(tr("&Save What Can Be Read…"),
              tr("Copies every row that can still be read into a new file and opens it; this file stays as it is."),
              QStringLiteral("salvage"), Choice::Salvage);
    addChoice(tr("Read &Only"), tr("Keeps this file open to look things up, and changes nothing in it."),
              QStringLiteral("readOnly"), Choice::ReadOnly);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("&Keep Working"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepWorking"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons, layout->rowCount(), 0, 1, 2);
    // Wide enough that the explanations read as sentences, not as a column of words.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    (hasBackups ? restore : findChild<QPushButton*>(QStringLiteral("salvage")))->setDefault(true);
}

QPushButton* DatabaseDamageDialog::addChoice(const QString& text, const QString& explanation, const QString& objectName,
                                             Choice choice)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(true);
    auto* note = new QLabel(explanation, this);
    note->setWordWrap(true);
    QPalette soft = note->palette();
    soft.setColor(QPalette::WindowText, softText(soft));
    note->setPalette(soft);
    note->setBuddy(button);
    connect(button, &QPushButton::clicked, this, [this, choice] {
        m_choice = choice;
        accept();
    });
    auto* grid = static_cast<QGridLayout*>(layout());
    const int row = grid->rowCount();
    grid->addWidget(button, row, 1, Qt::AlignLeading);
    grid->addWidget(note, row + 1, 1);
    return button;
}

} // namespace kontor::ui
