// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseProblemDialog.h"

#include "BusyWork.h"
#include "dialogs/Ask.h"
#include "views/Direction.h"
#include "views/Icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor::ui {

DatabaseProblemDialog::DatabaseProblemDialog(const QString& message, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("DatabaseProblemDialog"));
    setWindowTitle(tr("Kontor cannot open this database"));
    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("icon"));
    // The desktop's own warning sign where its icon theme has one, else Kontor's (not Qt's stock pixmap).
    icon->setPixmap(
        QIcon::fromTheme(QStringLiteral("dialog-warning"), Icons::icon(QStringLiteral("warning"), palette()))
            .pixmap(48, 48));
    m_message = new QLabel(inWindowDirection(message), this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(420);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* open = buttons->addButton(tr("&Open Another File…"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openAnother"));
    QPushButton* create = buttons->addButton(tr("&Create New Database…"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("createNew"));
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, [this] { done(OpenAnother); });
    connect(create, &QPushButton::clicked, this, [this] { done(CreateNew); });
    connect(quit, &QPushButton::clicked, this, [this] { done(Quit); });

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

QString DatabaseProblemDialog::message() const
{
    // The words, without the mark that sets their direction.
    QString text = m_message->text();
    return text.startsWith(QChar(0x200F)) ? text.mid(1) : text;
}

std::unique_ptr<Database> DatabaseProblemDialog::openWithRecovery(const QString& initialPath, QWidget* parent)
{
    QString path = initialPath;
    for (;;) {
        const Status upgraded = upgradeShowingProgress(path, parent);
        auto opened = upgraded ? Database::open(path) : Result<std::unique_ptr<Database>>::failure(upgraded.error());
        if (opened)
            return std::move(opened).value();
        DatabaseProblemDialog dialog(opened.error(), parent);
        const int choice = dialog.exec();
        const QString folder = QFileInfo(path).absolutePath();
        if (choice == OpenAnother) {
            path = Ask::openFileName(parent, tr("Open Database"), folder,
                                     tr("Kontor databases (*.sqlite *.db);;All files (*)"));
        } else if (choice == CreateNew) {
            path = Ask::saveFileName(parent, tr("New Database"), QDir(folder).filePath(QStringLiteral("kontor.sqlite")),
                                     tr("Kontor databases (*.sqlite)"));
            if (!path.isEmpty() && QFileInfo::exists(path) && QFileInfo(path).size() > 0)
                continue; // Database::open refuses a foreign file; the loop then explains that.
        } else {
            return nullptr;
        }
        if (path.isEmpty())
            return nullptr;
    }
}

} // namespace kontor::ui
