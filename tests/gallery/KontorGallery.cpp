// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-gallery: a picture of every page and main dialog of the window, for a person to look at. It opens a copy of
// a database (the demo), shows the window at one screen size, goes through the pages and opens each dialog the way
// the menus do, and saves what it sees as PNG files. One run is one screen size, scale and palette;
// tests/gallery/gallery.sh runs every combination. Built with the project, never run by ctest. Longer than 600
// lines because it is one walk through the whole window, a few lines per page and dialog.
#include "AppIdentity.h"
#include "DarkPalette.h"
#include "LatinDigits.h"
#include "Translations.h"
#include "actions/CompanyActions.h"
#include "actions/ContactActions.h"
#include "actions/DealActions.h"
#include "cleanup/DataHealth.h"

#include "dialogs/Ask.h"
#include "dialogs/DataHealthDialog.h"
#include "dialogs/DatabaseProblemDialog.h"
#include "dialogs/DuplicatesDialog.h"
#include "dialogs/GlobalSearchDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/SettingsDialog.h"
#include "models/CompanyTreeModel.h"
#include "models/ContactListModel.h"
#include "models/DealCardModel.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/PipelineRepository.h"
#include "storage/Database.h"
#include "views/CompaniesPage.h"
#include "views/ContactCard.h"
#include "views/ContactFilterBar.h"
#include "views/ContactsPage.h"
#include "views/KontorStyle.h"
#include "views/MainWindow.h"
#include "views/PipelinePage.h"
#include "views/RemindersPage.h"
#include "views/ReportsPage.h"
#include "views/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>
#include <memory>

using namespace kontor;
using namespace kontor::ui;

namespace {

struct Options
{
    QString database;
    QString out;
    QString prefix;
    QSize screen{1440, 900};
    qreal scale = 1;
    bool dark = false;
    bool rtl = false;
    qreal fontSize = 0;
    QString language = QStringLiteral("en_GB");
    bool latinDigits = false;
    QStringList only;
};

void say(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int usage(const char* problem = nullptr)
{
    if (problem)
        std::fprintf(stderr, "kontor-gallery: %s\n\n", problem);
    std::fputs(
        "usage: kontor-gallery --db FILE --out DIR [--size WxH] [--scale N] [--dark] [--rtl] [--lang LANG]\n"
        "                      [--latin-digits] [--font-size POINTS] [--prefix NAME] [--only SHOT,PREFIX*,...]\n"
        "Opens a copy of FILE (a demo database: kontor-cli --db FILE demo --contacts 2000 --seed 1), shows the\n"
        "window on a screen of WxH (default 1440x900) at the scale N (default 1), in the light palette or the\n"
        "dark one, and saves a PNG of every page and main dialog into DIR as PREFIX-SHOT.png (PREFIX: WxH-light\n"
        "or -dark, Nx-... when scaled). Uses the offscreen platform unless QT_QPA_PLATFORM says otherwise; the\n"
        "font is the platform's (Sans Serif, 9 points) unless --font-size says otherwise.\n",
        problem ? stderr : stdout);
    return problem ? 2 : 0;
}

/// Arguments are read before QApplication exists: the screen's size and scale are the platform's, chosen first.
bool parse(int argc, char* argv[], Options& options, int& exitCode)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        auto value = [&]() -> QString {
            if (i + 1 >= argc)
                return {};
            return QString::fromLocal8Bit(argv[++i]);
        };
        if (arg == QLatin1String("--db")) {
            options.database = value();
        } else if (arg == QLatin1String("--out")) {
            options.out = value();
        } else if (arg == QLatin1String("--prefix")) {
            options.prefix = value();
        } else if (arg == QLatin1String("--size")) {
            const QStringList parts = value().split(QLatin1Char('x'));
            options.screen = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
            if (options.screen.width() < 320 || options.screen.height() < 240) {
                exitCode = usage("--size wants WIDTHxHEIGHT, e.g. 1024x768");
                return false;
            }
        } else if (arg == QLatin1String("--scale")) {
            options.scale = value().toDouble();
            if (options.scale < 1 || options.scale > 4) {
                exitCode = usage("--scale wants a number from 1 to 4");
                return false;
            }
        } else if (arg == QLatin1String("--dark")) {
            options.dark = true;
        } else if (arg == QLatin1String("--font-size")) {
            options.fontSize = value().toDouble();
            if (options.fontSize < 6 || options.fontSize > 24) {
                exitCode = usage("--font-size wants points, from 6 to 24");
                return false;
            }
        } else if (arg == QLatin1String("--rtl")) {
            options.rtl = true;
        } else if (arg == QLatin1String("--lang")) {
            options.language = value();
        } else if (arg == QLatin1String("--latin-digits")) {
            options.latinDigits = true;
        } else if (arg == QLatin1String("--only")) {
            options.only = value().split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            exitCode = usage();
            return false;
        } else {
            exitCode = usage(qPrintable(QStringLiteral("unknown argument %1").arg(arg)));
            return false;
        }
    }
    if (options.database.isEmpty() || options.out.isEmpty()) {
        exitCode = usage("--db and --out are needed");
        return false;
    }
    if (options.prefix.isEmpty()) {
        const QString palette = options.dark ? QStringLiteral("dark") : QStringLiteral("light");
        options.prefix =
            options.scale == 1
                ? QStringLiteral("%1x%2-%3").arg(options.screen.width()).arg(options.screen.height()).arg(palette)
                : QStringLiteral("%1x-%2").arg(options.scale).arg(palette);
    }
    return true;
}

/// The offscreen platform with one screen of the size and device pixel ratio asked for, as a HiDPI desktop gives.
void chooseScreen(const Options& options, const QString& configDir)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        if (options.scale != 1)
            qputenv("QT_SCALE_FACTOR", QByteArray::number(options.scale));
        return;
    }
    const QString config = QDir(configDir).filePath(QStringLiteral("offscreen.json"));
    QFile file(config);
    if (file.open(QIODevice::WriteOnly)) {
        QTextStream(&file) << QStringLiteral(R"({"screens": [{"name": "gallery", "x": 0, "y": 0, "width": %1,
            "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": %3}]})")
                                  .arg(qRound(options.screen.width() * options.scale))
                                  .arg(qRound(options.screen.height() * options.scale))
                                  .arg(options.scale);
    }
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toLocal8Bit());
}

/// Runs the event loop for `ms`, so that posted layouts, timers and work on other threads come through.
void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs the event loop until `done` is true or `timeoutMs` passed; whether it came true.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        settle(20);
    }
    return true;
}

class Gallery
{
public:
    Gallery(const Options& options) : m_options(options) { QDir().mkpath(options.out); }

    bool wanted(const QString& name) const
    {
        if (m_options.only.isEmpty())
            return true;
        for (const QString& pattern : m_options.only) {
            if (name == pattern || (pattern.endsWith(QLatin1Char('*')) && name.startsWith(pattern.chopped(1))))
                return true;
        }
        return false;
    }

    void save(QWidget* widget, const QString& name)
    {
        if (!wanted(name))
            return;
        settle();
        const QString file = QDir(m_options.out).filePath(QStringLiteral("%1-%2.png").arg(m_options.prefix, name));
        const QPixmap picture = widget->grab();
        if (!picture.save(file)) {
            problem(QStringLiteral("%1: could not write %2").arg(name, file));
            return;
        }
        ++m_saved;
        QString line = QStringLiteral("%1  %2x%3").arg(name).arg(widget->width()).arg(widget->height());
        // What does not fit on the screen is worth a look whatever the picture shows.
        const QSize screen = widget->screen() ? widget->screen()->availableSize() : m_options.screen;
        if (widget->isWindow() && (widget->width() > screen.width() || widget->height() > screen.height()))
            line += QStringLiteral("  LARGER THAN THE SCREEN (%1x%2)").arg(screen.width()).arg(screen.height());
        const QSize least = widget->minimumSizeHint();
        if (widget->isWindow() && (least.width() > screen.width() || least.height() > screen.height())) {
            line += QStringLiteral("  needs at least %1x%2").arg(least.width()).arg(least.height());
            // Which widget asks for that width, once per run.
            const QString chain = widest(widget);
            if (!m_widest.contains(chain)) {
                m_widest << chain;
                line += QStringLiteral("\n    the widest: ") + chain;
            }
        }
        say(line);
    }

    /// Shows `page` of the window, lets `prepare` set it up, and saves the whole window.
    void page(MainWindow* window, const QString& name, MainWindow::Page page, const std::function<void()>& prepare = {})
    {
        if (!wanted(name))
            return;
        window->showPage(page);
        settle();
        if (prepare)
            prepare();
        settle(300);
        save(window, name);
    }

    /// Calls `open`, which shows a modal dialog and returns when it is closed; once the dialog is up, `inside` sets
    /// it up (and may save it as it goes, or open dialogs of its own with modal(): their names are `inner`), the
    /// dialog is saved as `name` and closed.
    void modal(const QString& name, const std::function<void()>& open, const std::function<void(QWidget*)>& inside = {},
               const QStringList& inner = {})
    {
        if (!wanted(name) && std::none_of(inner.begin(), inner.end(), [this](const QString& n) { return wanted(n); }))
            return;
        QWidget* outer = QApplication::activeModalWidget();
        bool shown = false;
        QElapsedTimer waited;
        waited.start();
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            // A progress dialog on the way is not the dialog to look at.
            if (!dialog || dialog == outer || shown || qobject_cast<QProgressDialog*>(dialog))
                return;
            shown = true;
            poll.stop();
            settle(200);
            if (inside)
                inside(dialog);
            save(dialog, name);
            dialog->close();
        });
        poll.start();
        open();
        poll.stop();
        if (!shown)
            problem(QStringLiteral("%1: no dialog came").arg(name));
        settle();
    }

    void problem(const QString& text)
    {
        ++m_problems;
        std::fprintf(stderr, "kontor-gallery: %s\n", qPrintable(text));
    }

    /// The chain of visible widgets that asks for the most width, from `widget` down: "QStackedWidget 890 >
    /// CompaniesPage 890 > ...".
    static QString widest(QWidget* widget)
    {
        QStringList chain;
        for (int depth = 0; widget && depth < 16; ++depth) {
            const QString name =
                widget->objectName().isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(widget->objectName());
            chain << QStringLiteral("%1%2 %3")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), name)
                         .arg(std::max(widget->minimumSizeHint().width(), widget->minimumWidth()));
            QWidget* next = nullptr;
            int most = 0;
            for (QWidget* child : widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
                const int width = std::max(child->minimumSizeHint().width(), child->minimumWidth());
                // A stack asks for the width of its widest page, shown or not.
                const bool counts = child->isVisible() || qobject_cast<QStackedWidget*>(widget);
                if (counts && !child->isWindow() && width > most) {
                    most = width;
                    next = child;
                }
            }
            widget = next;
        }
        return chain.join(QStringLiteral(" > "));
    }

    int saved() const { return m_saved; }
    int problems() const { return m_problems; }

private:
    Options m_options;
    int m_saved = 0;
    int m_problems = 0;
    QStringList m_widest;
};

QPushButton* button(QWidget* in, const char* objectName)
{
    return in->findChild<QPushButton*>(QLatin1String(objectName));
}

/// A small CSV as people bring them: other column names than Kontor's, a date, a phone with a country code.
QString writeImportFile(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("contacts-from-the-fair.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QTextStream(&file) << "Given Name,Family Name,Organisation,Job Title,E-mail,Phone,City,Notes\n"
                              "Ines,Brandt,Nordlicht GmbH,Head of Purchasing,ines.brandt@nordlicht.example,"
                              "+49 40 1234567,Hamburg,Met at the fair; wants a quote\n"
                              "Tomás,Ruiz,Ruiz & Hijos,Owner,tomas@ruiz.example,+34 91 555 0101,Madrid,\n"
                              "Amara,Okafor,,Consultant,amara.okafor@mail.example,+44 20 7946 0958,London,"
                              "Call back in spring\n"
                              "Chen,Wei,Harbour Logistics,Operations Manager,not-an-email,12345,Singapore,\n";
    }
    return path;
}

/// What a person does on the mapping page with that file: the columns of the names and the company, which its
/// preset leaves out, given their fields.
void mapTheNames(ImportWizard* wizard)
{
    const char* const fields[] = {"first_name", "last_name", "company"};
    for (int column = 0; column < 3; ++column) {
        if (QComboBox* chooser = wizard->fieldChooser(column))
            chooser->setCurrentIndex(std::max(0, chooser->findData(QLatin1String(fields[column]))));
    }
    settle(100);
}

/// A contact of the first rows with an open complaint, so that the card shows one; else the first.
qint64 contactWithComplaint(ContactsPage* contacts, const QSqlDatabase& db)
{
    ContactListModel* model = contacts->model();
    const InteractionRepository interactions(db);
    for (int row = 0; row < std::min(model->rowCount(), 300); ++row) {
        const qint64 id = model->contactId(row);
        if (auto open = interactions.openComplaints(id); open && !open.value().isEmpty())
            return id;
    }
    return model->rowCount() > 0 ? model->contactId(0) : 0;
}

/// Edits as a person makes them, through the same actions, so that the change histories have something to show (the
/// demo's records start without any) and Settings has a tag.
void editContact(Gallery& gallery, const QSqlDatabase& db, qint64 contactId)
{
    auto contact = ContactRepository(db).get(contactId);
    if (!contact) {
        gallery.problem(contact.error());
        return;
    }
    Contact changed = contact.value();
    const QString company = changed.companyId ? CompanyRepository(db).get(changed.companyId).value().name : QString();
    changed.title = QStringLiteral("Head of Purchasing");
    changed.tags << QStringLiteral("vip") << QStringLiteral("trade fair 2026");
    if (auto saved = ContactActions::save(db, changed, company); !saved)
        gallery.problem(saved.error());
    changed.status = ContactStatus::Customer;
    if (auto saved = ContactActions::save(db, changed, company); !saved)
        gallery.problem(saved.error());
}

void editCompany(Gallery& gallery, const QSqlDatabase& db, qint64 companyId)
{
    auto company = CompanyRepository(db).get(companyId);
    if (!company) {
        gallery.problem(company.error());
        return;
    }
    Company changed = company.value();
    changed.industry = QStringLiteral("Consulting");
    if (auto saved = CompanyActions::save(db, changed); !saved)
        gallery.problem(saved.error());
}

void editDeal(Gallery& gallery, const QSqlDatabase& db, qint64 dealId)
{
    auto deal = DealRepository(db).get(dealId);
    if (!deal) {
        gallery.problem(deal.error());
        return;
    }
    Deal changed = deal.value();
    changed.amount.minor += 250000;
    changed.expectedClose = QDate::currentDate().addMonths(2);
    if (auto saved = DealActions::save(db, changed); !saved)
        gallery.problem(saved.error());
}

void pages(Gallery& gallery, MainWindow* window, const QString& workDir)
{
    const QString importFile = writeImportFile(workDir);
    const QSqlDatabase db = window->database()->connection();
    auto action = [window](const char* name) { return window->findChild<QAction*>(QLatin1String(name)); };

    gallery.page(window, QStringLiteral("today"), MainWindow::TodayPageIndex);

    // Contacts: the list with the first contact's card, then a contact with an open complaint.
    ContactsPage* contacts = window->contactsPage();
    gallery.page(window, QStringLiteral("contacts"), MainWindow::ContactsPageIndex,
                 [contacts] { waitUntil([contacts] { return contacts->currentContactId() != 0; }); });
    gallery.page(window, QStringLiteral("contacts-complaint"), MainWindow::ContactsPageIndex, [contacts, &db] {
        if (const qint64 id = contactWithComplaint(contacts, db))
            contacts->showContact(id);
    });
    gallery.page(window, QStringLiteral("contacts-selected"), MainWindow::ContactsPageIndex, [contacts] {
        QTableView* table = contacts->table();
        for (int row = 1; row < 4; ++row)
            table->selectionModel()->select(contacts->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    });
    gallery.page(window, QStringLiteral("contacts-search"), MainWindow::ContactsPageIndex, [contacts] {
        contacts->searchFor(QStringLiteral("mar"));
        settle(500);
    });

    // The business's own fields as columns, and the list filtered by the first choice field's first answer (when the
    // database has fields).
    gallery.page(window, QStringLiteral("contacts-fields"), MainWindow::ContactsPageIndex, [contacts] {
        QStringList keys;
        for (const CustomField& field : contacts->model()->fields())
            keys << field.key;
        contacts->setShownFields(keys.mid(0, 3));
        for (const CustomField& field : contacts->model()->fields()) {
            if (field.type != FieldType::Choice || field.options.isEmpty())
                continue;
            const QString answer = field.options.first().label;
            contacts->filterBar()->addFieldFilter(
                {{{field.key, ConditionOp::Equal, answer}},
                 QCoreApplication::translate("kontor::ui::FieldConditionEditor", "%1 is one of %2")
                     .arg(field.label, answer)});
            break;
        }
        settle(500);
    });
    contacts->filterBar()->showOnly({}, {});
    contacts->setShownFields({});
    contacts->searchFor(QString());
    window->showPage(MainWindow::ContactsPageIndex);
    waitUntil([contacts] { return contacts->currentContactId() != 0; });
    const qint64 complaintContact = contactWithComplaint(contacts, db);
    if (complaintContact)
        contacts->showContact(complaintContact);
    settle();
    // The page in view reads again after the window's own flows; these edits are the gallery's.
    editContact(gallery, db, complaintContact);
    contacts->refresh();
    gallery.modal(QStringLiteral("contact-new"), [contacts] { contacts->newContact(); });
    gallery.modal(QStringLiteral("contact-edit"), [contacts] { contacts->editContact(); });
    // The business's own fields, when the database has any (kontor-cli field add, or Settings → Fields).
    gallery.modal(
        QStringLiteral("contact-edit-more-fields"), [contacts] { contacts->editContact(); },
        [](QWidget* dialog) {
            if (auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("recordTabs")))
                tabs->setCurrentIndex(1);
        });
    gallery.modal(QStringLiteral("log-interaction"), [action] { action("logInteraction")->trigger(); });
    gallery.modal(QStringLiteral("contact-changes"), [contacts] { button(contacts->card(), "changes")->click(); });
    gallery.modal(QStringLiteral("deal-new-for-contact"), [contacts] { contacts->newDeal(); });

    // Companies: the first company of the tree, with its people.
    CompaniesPage* companies = window->companiesPage();
    window->showPage(MainWindow::CompaniesPageIndex);
    waitUntil([companies] { return companies->model()->rowCount() > 0; });
    companies->showCompany(companies->model()->index(0, 0).data(CompanyTreeModel::IdRole).toLongLong());
    gallery.page(window, QStringLiteral("companies"), MainWindow::CompaniesPageIndex);
    gallery.page(window, QStringLiteral("companies-deals"), MainWindow::CompaniesPageIndex, [companies] {
        if (auto* tabs = companies->findChild<QTabWidget*>(QStringLiteral("tabs")))
            tabs->setCurrentIndex(1);
    });
    gallery.page(window, QStringLiteral("companies-history"), MainWindow::CompaniesPageIndex, [companies] {
        if (auto* tabs = companies->findChild<QTabWidget*>(QStringLiteral("tabs")))
            tabs->setCurrentIndex(2);
    });
    if (auto* tabs = companies->findChild<QTabWidget*>(QStringLiteral("tabs")))
        tabs->setCurrentIndex(0);
    editCompany(gallery, db, companies->currentCompanyId());
    companies->refresh();
    gallery.modal(QStringLiteral("company-new"), [companies] { companies->newCompany(); });
    gallery.modal(QStringLiteral("company-edit"), [companies] { companies->editCompany(); });
    gallery.modal(QStringLiteral("company-changes"), [companies] { button(companies, "changes")->click(); });

    // Pipeline: the board, a card chosen, its deal dialog and its history, the reason asked when a deal is lost.
    PipelinePage* pipeline = window->pipelinePage();
    gallery.page(window, QStringLiteral("pipeline"), MainWindow::PipelinePageIndex);
    window->showPage(MainWindow::PipelinePageIndex);
    settle();
    qint64 dealId = 0;
    qint64 lostStage = 0;
    for (const PipelineColumn& column : pipeline->columns()) {
        if (column.stage.kind == StageKind::Lost)
            lostStage = column.stage.id;
        DealCardModel* cards = pipeline->columnModel(column.stage.id);
        if (!dealId && cards && cards->rowCount() > 0 && column.stage.kind == StageKind::Open)
            dealId = cards->index(0, 0).data(DealCardModel::DealIdRole).toLongLong();
    }
    if (dealId) {
        editDeal(gallery, db, dealId);
        pipeline->refresh();
    }
    pipeline->showDeal(dealId);
    gallery.page(window, QStringLiteral("pipeline-card"), MainWindow::PipelinePageIndex);
    gallery.modal(
        QStringLiteral("deal-edit"), [pipeline] { pipeline->editCurrent(); },
        [&gallery](QWidget* dialog) {
            gallery.modal(QStringLiteral("deal-changes"), [dialog] { button(dialog, "changes")->click(); });
        },
        {QStringLiteral("deal-changes")});
    gallery.modal(QStringLiteral("deal-new"), [action] { action("newDeal")->trigger(); });
    gallery.modal(QStringLiteral("deal-lost-reason"),
                  [pipeline, dealId, lostStage] { pipeline->moveDeal(dealId, lostStage); });
    gallery.page(window, QStringLiteral("pipeline-list"), MainWindow::PipelinePageIndex,
                 [pipeline] { pipeline->setListMode(true); });
    pipeline->setListMode(false);

    // Reminders: the list with the first reminder chosen, and the calendar.
    RemindersPage* reminders = window->remindersPage();
    gallery.page(window, QStringLiteral("reminders"), MainWindow::RemindersPageIndex, [reminders] {
        QTreeWidget* list = reminders->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->childCount() > 0) {
                list->setCurrentItem(list->topLevelItem(i)->child(0));
                break;
            }
        }
    });
    gallery.modal(QStringLiteral("reminder-new"), [action] { action("newReminder")->trigger(); });
    window->showPage(MainWindow::RemindersPageIndex);
    gallery.modal(QStringLiteral("reminder-edit"), [reminders] { reminders->editCurrent(); });

    // Reports: each report for the period the page opens on, and the rows behind a figure.
    ReportsPage* reports = window->reportsPage();
    const QStringList reportNames = {
        QStringLiteral("funnel"),   QStringLiteral("sources"),   QStringLiteral("weekly"),   QStringLiteral("activity"),
        QStringLiteral("forecast"), QStringLiteral("lifecycle"), QStringLiteral("customers")};
    static_assert(ReportsPage::ReportCount == 7, "a name for every report");
    for (int report = 0; report < ReportsPage::ReportCount; ++report) {
        gallery.page(window, QStringLiteral("reports-") + reportNames[report], MainWindow::ReportsPageIndex,
                     [reports, report] {
                         reports->tabs()->setCurrentIndex(report);
                         settle(500);
                     });
    }
    // Lifecycle grouped by lead source, and every report narrowed to an answer of a choice field (when there is one).
    gallery.page(window, QStringLiteral("reports-lifecycle-by-source"), MainWindow::ReportsPageIndex, [reports] {
        reports->tabs()->setCurrentIndex(ReportsPage::Lifecycle);
        if (auto* grouping =
                reports->tabs()->widget(ReportsPage::Lifecycle)->findChild<QComboBox*>(QStringLiteral("grouping")))
            grouping->setCurrentIndex(1);
        settle(500);
    });
    // Customers as the grid of recency by frequency.
    gallery.page(window, QStringLiteral("reports-customers-grid"), MainWindow::ReportsPageIndex, [reports] {
        reports->tabs()->setCurrentIndex(ReportsPage::Customers);
        if (auto* grouping =
                reports->tabs()->widget(ReportsPage::Customers)->findChild<QComboBox*>(QStringLiteral("grouping")))
            grouping->setCurrentIndex(1);
        settle(500);
    });
    for (int report : {int(ReportsPage::Lifecycle), int(ReportsPage::Customers)}) {
        if (auto* grouping = reports->tabs()->widget(report)->findChild<QComboBox*>(QStringLiteral("grouping")))
            grouping->setCurrentIndex(0);
    }
    gallery.page(window, QStringLiteral("reports-narrowed"), MainWindow::ReportsPageIndex, [reports] {
        reports->tabs()->setCurrentIndex(ReportsPage::Sources);
        if (auto* choice = reports->findChild<QComboBox*>(QStringLiteral("choice")); choice && choice->count() > 1)
            choice->setCurrentIndex(1);
        settle(500);
    });
    if (auto* choice = reports->findChild<QComboBox*>(QStringLiteral("choice")))
        choice->setCurrentIndex(0);
    window->showPage(MainWindow::ReportsPageIndex);
    reports->tabs()->setCurrentIndex(ReportsPage::Funnel);
    settle(300);
    gallery.modal(QStringLiteral("report-details"), [reports] { reports->showDetails(ReportsPage::Funnel, 0, 1); });
    QComboBox* period = reports->periodChooser();
    const int quarter = period->currentIndex();
    gallery.page(window, QStringLiteral("reports-funnel-year"), MainWindow::ReportsPageIndex, [period] {
        period->setCurrentIndex(period->findData(static_cast<int>(ReportPeriod::Kind::ThisYear)));
        settle(500);
    });
    gallery.page(window, QStringLiteral("reports-sources-custom"), MainWindow::ReportsPageIndex, [reports, period] {
        reports->tabs()->setCurrentIndex(ReportsPage::Sources);
        period->setCurrentIndex(period->findData(static_cast<int>(ReportPeriod::Kind::Custom)));
        settle(500);
    });
    period->setCurrentIndex(quarter);

    // The dialogs of the menus.
    window->showPage(MainWindow::TodayPageIndex);
    settle();
    gallery.modal(
        QStringLiteral("search"), [action] { action("searchEverything")->trigger(); },
        [](QWidget* dialog) {
            if (auto* search = qobject_cast<GlobalSearchDialog*>(dialog)) {
                search->searchBox()->setText(QStringLiteral("mar"));
                search->searchNow();
                settle(300);
            }
        });
    for (int tab = 0; tab <= SettingsDialog::LanguageTab; ++tab) {
        static const char* const tabs[] = {"stages",  "sources",     "people",     "tags",    "fields",  "lifecycle",
                                           "scoring", "territories", "assignment", "general", "language"};
        static_assert(std::size(tabs) == SettingsDialog::LanguageTab + 1, "a name for every tab");
        gallery.modal(QStringLiteral("settings-") + QLatin1String(tabs[tab]),
                      [window, tab] { window->showSettings(tab); });
    }
    gallery.modal(QStringLiteral("archive"), [action] { action("showArchive")->trigger(); });
    gallery.modal(
        QStringLiteral("duplicates"), [action] { action("findDuplicates")->trigger(); },
        [&gallery](QWidget* dialog) {
            auto* duplicates = qobject_cast<DuplicatesDialog*>(dialog);
            if (!duplicates)
                return;
            gallery.save(dialog, QStringLiteral("duplicates-start"));
            duplicates->find();
            settle(300);
        },
        {QStringLiteral("duplicates-start")});
    gallery.modal(
        QStringLiteral("data-health"), [action] { action("dataHealth")->trigger(); },
        [](QWidget* dialog) {
            if (auto* health = qobject_cast<DataHealthDialog*>(dialog))
                waitUntil([health] { return health->table()->rowCount() > 0; }, 30000);
        });
    gallery.modal(
        QStringLiteral("import-check"), [window, importFile] { window->importContacts(importFile); },
        [&gallery](QWidget* dialog) {
            auto* wizard = qobject_cast<ImportWizard*>(dialog);
            if (!wizard)
                return;
            settle(300);
            gallery.save(dialog, QStringLiteral("import-file"));
            wizard->next();
            settle(300);
            gallery.save(dialog, QStringLiteral("import-mapping"));
            mapTheNames(wizard);
            // The check page checks every row as it opens.
            wizard->next();
            waitUntil([wizard] { return wizard->checkReport().has_value(); });
        },
        {QStringLiteral("import-file"), QStringLiteral("import-mapping")});
    gallery.modal(QStringLiteral("import-wizard-empty"), [window] { window->importContacts(); });
    gallery.modal(QStringLiteral("restore-backup"), [window, action] {
        window->waitForBackup();
        action("restoreBackup")->trigger();
    });
    gallery.modal(QStringLiteral("shortcuts"), [action] { action("keyboardShortcuts")->trigger(); });
    gallery.modal(QStringLiteral("user-guide"), [action] { action("userGuide")->trigger(); });
    // About is the last entry of the last menu, Help.
    QAction* about = window->menuBar()->actions().last()->menu()->actions().last();
    gallery.modal(QStringLiteral("about"), [about] { about->trigger(); });
    // What a file that is not a Kontor database is told, in the dialog that offers another.
    gallery.modal(QStringLiteral("database-problem"), [window, &gallery, &workDir] {
        const QString notes = QDir(workDir).filePath(QStringLiteral("notes.sqlite"));
        QFile file(notes);
        if (file.open(QIODevice::WriteOnly))
            file.write("Shopping list: coffee, paper, toner\n");
        file.close();
        auto refused = Database::open(notes, Database::Missing::Refuse);
        if (refused) {
            gallery.problem(QStringLiteral("database-problem: a text file was opened as a database"));
            return;
        }
        DatabaseProblemDialog problem(refused.error(), window);
        problem.exec();
    });

    // The menus, opened.
    window->showPage(MainWindow::ContactsPageIndex);
    settle();
    for (QAction* entry : window->menuBar()->actions()) {
        QMenu* menu = entry->menu();
        const QString name = QStringLiteral("menu-") + entry->text().remove(QLatin1Char('&')).toLower();
        if (!menu || !gallery.wanted(name))
            continue;
        menu->popup(window->mapToGlobal(window->menuBar()->actionGeometry(entry).bottomLeft()));
        settle(200);
        gallery.save(menu, name);
        menu->hide();
    }

    // Last, as it writes: the import itself and its summary, then the history of imports.
    gallery.modal(
        QStringLiteral("import-summary"), [window, importFile] { window->importContacts(importFile); },
        [](QWidget* dialog) {
            auto* wizard = qobject_cast<ImportWizard*>(dialog);
            if (!wizard)
                return;
            wizard->next();
            mapTheNames(wizard);
            wizard->next();
            waitUntil([wizard] { return wizard->checkReport().has_value(); });
            wizard->next();
            waitUntil([wizard] { return wizard->currentId() == ImportWizard::SummaryPage; }, 30000);
            settle(300);
        });
    gallery.modal(QStringLiteral("import-history"), [action] { action("importHistory")->trigger(); });
}

/// A new, empty database: the welcome page and the pages with nothing in them yet.
void emptyPages(Gallery& gallery, const QString& dir, const QSize& size)
{
    auto empty = Database::open(QDir(dir).filePath(QStringLiteral("empty.sqlite")));
    if (!empty) {
        gallery.problem(QStringLiteral("empty database: %1").arg(empty.error()));
        return;
    }
    MainWindow window(std::move(empty.value()));
    window.resize(size);
    window.show();
    window.activateWindow();
    settle(300);
    gallery.page(&window, QStringLiteral("welcome"), MainWindow::WelcomePageIndex);
    gallery.page(&window, QStringLiteral("empty-today"), MainWindow::TodayPageIndex);
    gallery.page(&window, QStringLiteral("empty-contacts"), MainWindow::ContactsPageIndex);
    gallery.page(&window, QStringLiteral("empty-companies"), MainWindow::CompaniesPageIndex);
    gallery.page(&window, QStringLiteral("empty-pipeline"), MainWindow::PipelinePageIndex);
    gallery.page(&window, QStringLiteral("empty-reminders"), MainWindow::RemindersPageIndex);
    gallery.page(&window, QStringLiteral("empty-reports"), MainWindow::ReportsPageIndex);
    window.waitForBackup();
}

} // namespace

/// The offscreen platform says what it cannot do (raise a window, grab the keyboard) on every dialog and menu.
QtMessageHandler qtMessageHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    if (qtMessageHandler)
        qtMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int main(int argc, char* argv[])
{
    Options options;
    int exitCode = 0;
    if (!parse(argc, argv, options, exitCode))
        return exitCode;
    QTemporaryDir work;
    if (!work.isValid()) {
        std::fputs("kontor-gallery: no temporary folder\n", stderr);
        return 1;
    }
    // Settings, backups and the demo's default place stay in the temporary folder: every run starts as a first
    // start, and the user's own settings are neither read nor written.
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, work.path().toLocal8Bit());
    chooseScreen(options, work.path());

    qtMessageHandler = qInstallMessageHandler(quietOffscreen);
    applyAppIdentity();
    QApplication app(argc, argv);
    ui::installStyle();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kontor.svg")));
    installTranslations(app, options.language);
    setLatinDigits(options.latinDigits);
    if (options.dark)
        test::applyDarkPalette();
    // As the application does: a right-to-left language mirrors the window (--rtl mirrors any).
    QApplication::setLayoutDirection(options.rtl ? Qt::RightToLeft : QLocale().textDirection());
    if (options.fontSize > 0) {
        QFont font = QApplication::font();
        font.setPointSizeF(options.fontSize);
        QApplication::setFont(font);
    }
    // The small questions (message boxes, file choosers) are cancelled; none is expected.
    Gallery gallery(options);
    ui::Ask::setAnswerer([&gallery](const ui::Ask::Request& request) -> QVariant {
        gallery.problem(QStringLiteral("a question was asked and cancelled: %1 — %2").arg(request.title, request.text));
        return {};
    });

    const QString copy = QDir(work.path()).filePath(QStringLiteral("gallery.sqlite"));
    if (!QFile::copy(options.database, copy)) {
        std::fprintf(stderr, "kontor-gallery: cannot copy %s\n", qPrintable(options.database));
        return 1;
    }
    auto database = Database::open(copy, Database::Missing::Refuse);
    if (!database) {
        std::fprintf(stderr, "kontor-gallery: %s\n", qPrintable(database.error()));
        return 1;
    }
    // The first health check reads every phone number of the demo behind a progress dialog; done before the window
    // opens, the dialog shows its findings at once, as on any later check.
    if (Status phones = DataHealth(database.value()->connection()).checkPhones(); !phones)
        gallery.problem(phones.error());
    QElapsedTimer took;
    took.start();
    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    say(QStringLiteral("screen %1x%2 at %3x, %4 palette, %5")
            .arg(screen.width())
            .arg(screen.height())
            .arg(QGuiApplication::primaryScreen()->devicePixelRatio())
            .arg(options.dark ? QStringLiteral("dark") : QStringLiteral("light"), QApplication::font().toString()));
    {
        MainWindow window(std::move(database.value()));
        window.resize(options.screen);
        window.move(0, 0);
        window.show();
        window.activateWindow();
        settle(500);
        // Kontor's to mend, not the gallery's: the pictures show it.
        if (window.size() != options.screen)
            say(QStringLiteral("the window opens at %1x%2, not %3x%4: its least size is larger")
                    .arg(window.width())
                    .arg(window.height())
                    .arg(options.screen.width())
                    .arg(options.screen.height()));
        pages(gallery, &window, work.path());
        window.waitForBackup();
    }
    emptyPages(gallery, work.path(), options.screen);
    say(QStringLiteral("%1 pictures in %2 s, %3 problems")
            .arg(gallery.saved())
            .arg(took.elapsed() / 1000.0, 0, 'f', 1)
            .arg(gallery.problems()));
    return gallery.problems() > 0 ? 1 : 0;
}
