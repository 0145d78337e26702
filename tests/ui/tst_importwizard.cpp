// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "dialogs/ImportHistoryDialog.h"
#include "dialogs/ImportSummaryPage.h"
#include "dialogs/ImportWizard.h"
#include "repositories/ContactRepository.h"
#include "repositories/SettingsRepository.h"
#include "views/SoftText.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;

namespace {

const QString messyCsv = QStringLiteral(KONTOR_TEST_DATA "/import/google-messy.csv");

qint64 contactCount(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT count(*) FROM contacts"));
    query.next();
    return query.value(0).toLongLong();
}

void chooseField(ImportWizard& wizard, int column, const QString& key)
{
    QComboBox* chooser = wizard.fieldChooser(column);
    QVERIFY(chooser);
    const int index = chooser->findData(key);
    QVERIFY(index >= 0);
    // As a user does: the keyboard on the focused combo box.
    chooser->setFocus();
    chooser->setCurrentIndex(index);
    emit chooser->activated(index);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        QVERIFY(SettingsRepository(m_fixture->db()).setPhoneRegion(QStringLiteral("DE")).ok());
    }

    void readsTheFileAndShowsItAsItIsSplit()
    {
        ImportWizard wizard(m_fixture->db(), m_fixture->path(), 10);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        // Before a file is chosen, the preview says what it is for.
        auto* previewHint = wizard.previewTable()->findChild<QLabel*>(QStringLiteral("emptyState"));
        QVERIFY(previewHint && previewHint->isVisible());
        QCOMPARE(previewHint->text(), QStringLiteral("Choose a file to see its first rows here."));
        test::screenshot(&wizard, QStringLiteral("import-file-none"));
        QTest::keyClicks(wizard.fileEdit(), messyCsv);
        // Leaving the field reads the file (Enter would also go on to the next page).
        wizard.delimiterChooser()->setFocus();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        QCOMPARE(wizard.encodingChooser()->currentData().toByteArray(), QByteArray("UTF-8"));
        QCOMPARE(wizard.delimiterChooser()->currentData().toChar(), QChar(u','));
        QCOMPARE(wizard.previewTable()->columnCount(), 14);
        QCOMPARE(wizard.previewTable()->horizontalHeaderItem(6)->text(), QStringLiteral("E-mail 1 - Value"));
        // The quoted line break stays inside its field: Ada's row, then Jan's.
        QCOMPARE(wizard.previewTable()->item(1, 0)->text(), QStringLiteral("jan"));
        QVERIFY(!previewHint->isVisible());
        QVERIFY(next->isEnabled());
        test::screenshot(&wizard, QStringLiteral("import-file"));

        // The wrong delimiter shows at once as one column.
        wizard.delimiterChooser()->setFocus();
        QTest::keyClick(wizard.delimiterChooser(), Qt::Key_Down);
        QCOMPARE(wizard.delimiterChooser()->currentData().toChar(), QChar(u';'));
        QCOMPARE(wizard.previewTable()->columnCount(), 1);
        QTest::keyClick(wizard.delimiterChooser(), Qt::Key_Up);
        QCOMPARE(wizard.previewTable()->columnCount(), 14);

        // Windows-1252 with semicolons, detected.
        wizard.setFile(QStringLiteral(KONTOR_TEST_DATA "/import/outlook-semicolon-1252.csv"));
        QCOMPARE(wizard.encodingChooser()->currentData().toByteArray(), QByteArray("windows-1252"));
        QCOMPARE(wizard.delimiterChooser()->currentData().toChar(), QChar(u';'));
        QCOMPARE(wizard.previewTable()->item(0, 1)->text(), QStringLiteral("D’Arcy"));

        wizard.setFile(m_fixture->dirPath(QStringLiteral("missing.csv")));
        QVERIFY(!next->isEnabled());
        QVERIFY(wizard.fileSummary()->text().contains(QStringLiteral("could not be read")));
        QVERIFY(previewHint->isVisible());
        QCOMPARE(previewHint->text(), QStringLiteral("Choose a file to see its first rows here."));
    }

    void mapsChecksAndImports()
    {
        ImportWizard wizard(m_fixture->db(), m_fixture->path(), 10);
        wizard.setFile(messyCsv);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(wizard.presetChooser()->currentText(), QStringLiteral("Google Contacts"));
        QCOMPARE(wizard.fieldChooser(6)->currentData().toString(), QStringLiteral("email"));
        QCOMPARE(wizard.fieldChooser(5)->currentData().toString(), QString()); // "E-mail 1 - Type": left out
        QCOMPARE(wizard.mappingTable()->item(0, 1)->text(), QStringLiteral("ADA · jan · Ronald"));
        test::screenshot(&wizard, QStringLiteral("import-mapping"));

        // Without a name there is no going on, and the page says why.
        chooseField(wizard, 0, QString());
        chooseField(wizard, 2, QString());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("mappingProblem"))->text().isEmpty());
        chooseField(wizard, 2, QStringLiteral("last_name"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        chooseField(wizard, 0, QStringLiteral("first_name"));
        // The notes column into the title, and saved as a preset of one's own.
        chooseField(wizard, 13, QStringLiteral("title"));
        chooseField(wizard, 4, QString());
        QVERIFY(wizard.savePreset(QStringLiteral("My Google")));
        QCOMPARE(wizard.presetChooser()->currentText(), QStringLiteral("My Google"));
        QCOMPARE(ContactFields::presets(m_fixture->db()).last().columns.value(QStringLiteral("notes")),
                 QStringLiteral("title"));

        // The check runs by itself on a small file and lists what needs a look first.
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QVERIFY(wizard.checkReport().has_value());
        QCOMPARE(wizard.checkReport()->created, 4);
        QCOMPARE(wizard.outcomesTable()->rowCount(), 6);
        QCOMPARE(wizard.outcomesTable()->item(0, 0)->text(), QStringLiteral("5"));
        QVERIFY(wizard.checkSummary()->text().contains(QStringLiteral("4 to create")));
        QCOMPARE(contactCount(m_fixture->db()), 0);
        test::screenshot(&wizard, QStringLiteral("import-check"));

        // Another rule for duplicates needs another check.
        // On its circle: a radio button is hit by its circle and text only. The circle is on the right where the
        // wizard is mirrored.
        QAbstractButton* createAnyway = wizard.policyButton(DuplicatePolicy::CreateAnyway);
        QTest::mouseClick(createAnyway, Qt::LeftButton, {},
                          QStyle::visualPos(createAnyway->layoutDirection(), createAnyway->rect(), QPoint(8, 10)));
        QVERIFY(wizard.policyButton(DuplicatePolicy::CreateAnyway)->isChecked());
        QVERIFY(!wizard.checkReport().has_value());
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QCOMPARE(wizard.checkReport()->created, 5);

        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QVERIFY(wizard.importReport().has_value());
        QCOMPARE(contactCount(m_fixture->db()), 5);
        // The last page says what happened, lists the rejected rows with why, and has no way Back.
        QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
        QVERIFY(wizard.summaryPage()->counts()->text().contains(QStringLiteral("<b>5</b> created")));
        QCOMPARE(wizard.summaryPage()->rejectedRows()->rowCount(), int(wizard.importReport()->rejected));
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() || !wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(wizard.summaryPage()->showButton()->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.showImportedChosen());
        QSqlQuery titles(m_fixture->db());
        QVERIFY(titles.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE title LIKE 'Met at%'")));
        QVERIFY(titles.next());
        QCOMPARE(titles.value(0).toInt(), 1);
        // A backup came first.
        QCOMPARE(QDir(m_fixture->dirPath(QStringLiteral("test-backups"))).entryList(QDir::Files).size(), 1);

        // And the history takes it back.
        ImportHistoryDialog history(m_fixture->db());
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        QCOMPARE(history.table()->rowCount(), 1);
        QCOMPARE(history.table()->item(0, 1)->text(), QStringLiteral("google-messy.csv"));
        QCOMPARE(history.table()->item(0, 2)->text(), QStringLiteral("5"));
        QVERIFY(history.undoButton()->isEnabled());
        test::screenshot(&history, QStringLiteral("import-history"));
        QVERIFY(history.undoChosen(false));
        QCOMPARE(contactCount(m_fixture->db()), 0);
        QVERIFY(!history.table()->item(0, 7)->text().isEmpty());
        QVERIFY(!history.undoButton()->isEnabled());
        QVERIFY(history.changedData());
    }

    void germanHeadersMapThemselves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kunden.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Vorname;Nachname;Firma;E-Mail;Telefon;Stra\xc3\x9f"
                   "e;PLZ;Ort;Land;Notiz\r\n"
                   "Jana;Vogel;Vogel GmbH;jana@vogel.example;030 1234567;Hauptstr. 1;10115;Berlin;DE;Messe\r\n");
        file.close();
        ImportWizard wizard(m_fixture->db(), QString(), 10);
        wizard.setFile(path);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        // No preset is named for a file that is no known program's; the columns map by their German names.
        QVERIFY(wizard.presetChooser()->currentText().startsWith(QStringLiteral("No preset fits")));
        const QStringList keys = {QStringLiteral("first_name"),  QStringLiteral("last_name"), QStringLiteral("company"),
                                  QStringLiteral("email"),       QStringLiteral("phone"),     QStringLiteral("street"),
                                  QStringLiteral("postal_code"), QStringLiteral("city"),      QStringLiteral("country"),
                                  QStringLiteral("notes")};
        for (int column = 0; column < keys.size(); ++column)
            QCOMPARE(wizard.fieldChooser(column)->currentData().toString(), keys.at(column));
        test::screenshot(&wizard, QStringLiteral("import-german-mapping"));
        wizard.next();
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(contactCount(m_fixture->db()), 1);
        QSqlQuery phone(m_fixture->db());
        QVERIFY(phone.exec(QStringLiteral("SELECT normalized FROM contact_phones")) && phone.next());
        QCOMPARE(phone.value(0).toString(), QStringLiteral("+49301234567"));
    }

    // A CRM's export with "Given Name", "Family Name", "Organisation" left every column on "Leave out" under the
    // generic preset, and Next disabled: headers that name a field map themselves under any preset.
    void commonHeadersMapUnderTheGenericPreset()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Given Name,Family Name,Organisation,E-mail,Mobile,Phone number,Shoe size\r\n"
                   "Jana,Vogel,Vogel GmbH,jana@vogel.example,0171 2345678,030 1234567,38\r\n");
        file.close();
        ImportWizard wizard(m_fixture->db(), QString(), 10);
        wizard.setFile(path);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        const int generic = wizard.presetChooser()->findText(QStringLiteral("Generic CRM export"));
        QVERIFY(generic >= 0);
        wizard.presetChooser()->setCurrentIndex(generic);
        emit wizard.presetChooser()->activated(generic);
        const QStringList keys = {QStringLiteral("first_name"),
                                  QStringLiteral("last_name"),
                                  QStringLiteral("company"),
                                  QStringLiteral("email"),
                                  QStringLiteral("mobile"),
                                  QStringLiteral("phone"),
                                  QString()};
        for (int column = 0; column < keys.size(); ++column)
            QCOMPARE(wizard.fieldChooser(column)->currentData().toString(), keys.at(column));
        auto* problem = wizard.findChild<QLabel*>(QStringLiteral("mappingProblem"));
        QCOMPARE(problem->text(), QString());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        test::screenshot(&wizard, QStringLiteral("import-generic-mapping"));

        // Without a name the problem shows in the alert colour of the palette, which reads on dark grey too.
        chooseField(wizard, 0, QString());
        chooseField(wizard, 1, QString());
        QCOMPARE(problem->text(), QStringLiteral("Map a column to the first, last or full name."));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(problem->styleSheet().isEmpty());
        QCOMPARE(problem->palette().color(QPalette::WindowText), alertText(wizard.palette()));
        wizard.setPalette(test::darkPalette());
        QCOMPARE(problem->palette().color(QPalette::WindowText), alertText(test::darkPalette()));
        QVERIFY(alertText(test::darkPalette()) != alertText(QPalette(Qt::white)));
    }

    void addressBooksSkipTheMapping()
    {
        ImportWizard wizard(m_fixture->db(), QString(), 10);
        wizard.setFile(QStringLiteral(KONTOR_TEST_DATA "/vcard/two-cards-4.0.vcf"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!wizard.delimiterChooser()->isEnabled());
        QCOMPARE(wizard.previewTable()->rowCount(), 2);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QCOMPARE(wizard.checkReport()->created, 2);
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(contactCount(m_fixture->db()), 2);
        // Undone from its summary, straight away: nothing of it stays.
        ImportSummaryPage* summary = wizard.summaryPage();
        QCOMPARE(summary->rejectedRows()->rowCount(), 0);
        // Without rejected rows, the summary's lines follow each other at the top, one layout spacing apart.
        auto* heading = summary->findChild<QLabel*>(QStringLiteral("rejectedHeading"));
        QCOMPARE(heading->text(), QStringLiteral("No row was rejected."));
        QApplication::processEvents(); // the layout requests of the page just shown
        const int spacing = summary->layout()->spacing();
        QVERIFY(spacing >= 0);
        const QRect counts = summary->counts()->geometry();
        const QRect buttons = summary->undoButton()->geometry();
        test::screenshot(&wizard, QStringLiteral("import-summary"));
        QVERIFY2(buttons.top() - counts.bottom() - 1 <= spacing,
                 qPrintable(QStringLiteral("%1 below the counts").arg(buttons.top() - counts.bottom() - 1)));
        QVERIFY2(
            heading->geometry().top() - buttons.bottom() - 1 <= spacing,
            qPrintable(QStringLiteral("%1 below the buttons").arg(heading->geometry().top() - buttons.bottom() - 1)));
        QCOMPARE(counts.top(), summary->layout()->contentsRect().top());
        // No line is stretched to fill the page, its text floating in the middle.
        for (QLabel* label : {summary->counts(), heading})
            QCOMPARE(label->height(), label->heightForWidth(label->width()));
        QVERIFY(summary->undoImport(false));
        QCOMPARE(contactCount(m_fixture->db()), 0);
        QVERIFY(summary->undone());
        QVERIFY(!summary->undoButton()->isEnabled());
        QVERIFY(!summary->showButton()->isEnabled());
        QVERIFY(summary->findChild<QLabel*>(QStringLiteral("undoResult"))
                    ->text()
                    .startsWith(QStringLiteral("Taken back: 2 removed")));
    }

    void dealsFromAnotherCrm()
    {
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.emails = {{QStringLiteral("ada@example.com"), QString()}};
        QVERIFY(ContactRepository(m_fixture->db()).create(ada).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deals.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Deal Name;Email;Deal Stage;Amount;Currency\r\n"
                   "Analytical Engine;ada@example.com;Proposal;1250.50;GBP\r\n"
                   "Difference Engine;nobody@example.com;Lead;99;EUR\r\n");
        file.close();
        ImportWizard wizard(m_fixture->db(), QString(), 10);
        wizard.setFile(path);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.kindChooser()->setFocus();
        QTest::keyClick(wizard.kindChooser(), Qt::Key_End);
        QCOMPARE(wizard.kind(), ImportKind::Deals);
        wizard.next();
        QCOMPARE(wizard.fieldChooser(0)->currentData().toString(), QStringLiteral("title"));
        QCOMPARE(wizard.fieldChooser(1)->currentData().toString(), QStringLiteral("contact_email"));
        QCOMPARE(wizard.fieldChooser(3)->currentData().toString(), QStringLiteral("amount"));
        QVERIFY(!wizard.presetChooser()->isEnabled());
        wizard.next();
        QCOMPARE(wizard.checkReport()->created, 2);
        QCOMPARE(wizard.checkReport()->flagged, 1); // no such contact: kept in the notes
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        // Deals are not contacts: the summary offers no contacts to show, only the undo.
        QVERIFY(wizard.summaryPage()->showButton()->isHidden());
        QVERIFY(wizard.summaryPage()->undoButton()->isEnabled());
        QSqlQuery deal(m_fixture->db());
        QVERIFY(deal.exec(QStringLiteral("SELECT d.amount_minor, d.currency, s.name FROM deals d JOIN stages s "
                                         "ON s.id = d.stage_id WHERE d.title = 'Analytical Engine'")));
        QVERIFY(deal.next());
        QCOMPARE(deal.value(0).toLongLong(), 125050);
        QCOMPARE(deal.value(1).toString(), QStringLiteral("GBP"));
        QCOMPARE(deal.value(2).toString(), QStringLiteral("Proposal"));
    }

    void aCancelledImportChangesNothing()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("first_name,last_name,email\r\n");
        for (int i = 0; i < 3000; ++i)
            file.write(QStringLiteral("Person,Number %1,p%1@example.com\r\n").arg(i).toUtf8());
        file.close();
        ImportWizard wizard(m_fixture->db(), QString(), 10);
        wizard.setFile(big);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        // Cancel in the progress dialog as soon as it shows; the message that says so is answered.
        ImportWizard::progressDelayMs = 0;
        test::Answers answers({QMessageBox::Ok});
        auto* timer = new QTimer(&wizard);
        connect(timer, &QTimer::timeout, &wizard, [&wizard] {
            if (auto* progress = wizard.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
                progress && progress->isVisible()) {
                progress->cancel();
            }
        });
        timer->start(5);
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        timer->stop();
        ImportWizard::progressDelayMs = 400;
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY2(answers.asked.at(0).text.contains(QStringLiteral("cancelled")), qPrintable(answers.asked.at(0).text));
        QVERIFY(!wizard.importReport().has_value());
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QCOMPARE(contactCount(m_fixture->db()), 0);
    }

private:
    std::unique_ptr<test::TestDatabase> m_fixture;
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
