// SPDX-License-Identifier: GPL-3.0-or-later
// The actions of Settings, of the company dialog, of a complaint and of importing: each checks its input in one
// place, is one undo step with its own name and publishes its event after commit; a refused one publishes nothing.
#include "ActionRecorder.h"
#include "TestDatabase.h"

#include "actions/CompanyActions.h"
#include "actions/ContactActions.h"
#include "actions/ImportActions.h"
#include "actions/InteractionActions.h"
#include "actions/SettingsActions.h"
#include "io/CsvReader.h"
#include "repositories/CompanyRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/UserRepository.h"

#include <QBuffer>

using namespace kontor;

namespace {

QString settingsArea(const DomainEvent& event)
{
    return std::get<events::SettingsChanged>(event).area;
}

Result<ImportReport> importCsv(const QSqlDatabase& db, const QByteArray& csv, bool dryRun = false)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.format = CsvReader::detect(csv);
    options.mapping = {
        {0, QStringLiteral("first_name")}, {1, QStringLiteral("last_name")}, {2, QStringLiteral("email")}};
    options.fileName = QStringLiteral("leads.csv");
    options.dryRun = dryRun;
    return ImportActions::importFile(db, &buffer, ImportActions::Format::Csv, ImportKind::Contacts, options);
}

} // namespace

class TestSettingsActions : public QObject
{
    Q_OBJECT

private slots:
    void aNewStageGoesBeforeTheFinalOnesAsOneStep()
    {
        test::TestDatabase fixture;
        test::ActionRecorder recorder(fixture.db());
        auto created = SettingsActions::addStage(fixture.db(), QStringLiteral("  Demo   booked "));
        QVERIFY2(created, qPrintable(created.error()));

        const auto stages = StageRepository(fixture.db()).list().value();
        qsizetype index = -1;
        for (qsizetype i = 0; i < stages.size(); ++i) {
            if (stages.at(i).id == created.value())
                index = i;
        }
        QVERIFY(index >= 0);
        QCOMPARE(stages.at(index).name, QStringLiteral("Demo booked"));
        QVERIFY(!stages.at(index).isFinal());
        QVERIFY(stages.at(index + 1).isFinal());
        QCOMPARE(recorder.names(), QStringList{QStringLiteral("settings_changed")});
        QCOMPARE(settingsArea(recorder.events.at(0)), QStringLiteral("stages"));
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.steps.at(0).label, QStringLiteral("Add stage Demo booked"));
        QVERIFY(recorder.journal.apply(recorder.steps.at(0)));
        QVERIFY(!StageRepository(fixture.db()).get(created.value()));
    }

    void refusedSettingsWriteAndPublishNothing()
    {
        test::TestDatabase fixture;
        test::ActionRecorder recorder(fixture.db());
        QVERIFY(!SettingsActions::setDefaultCurrency(fixture.db(), QStringLiteral("EURO")));
        QVERIFY(!SettingsActions::setPhoneRegion(fixture.db(), QStringLiteral("Germany")));
        QVERIFY(!SettingsActions::addSalesperson(fixture.db(), QStringLiteral("   ")));
        Campaign campaign;
        campaign.name = QStringLiteral("Spring");
        campaign.spend.currency = QStringLiteral("eu");
        const Status refused = SettingsActions::saveCampaign(fixture.db(), campaign);
        QCOMPARE(refused.error(), Money::currencyCodeProblem());
        QVERIFY(recorder.events.isEmpty());
        QVERIFY(recorder.steps.isEmpty());
        QCOMPARE(SettingsRepository(fixture.db()).defaultCurrency(), QStringLiteral("EUR"));
    }

    void eachSettingNamesItsArea()
    {
        test::TestDatabase fixture;
        test::ActionRecorder recorder(fixture.db());
        const QSqlDatabase db = fixture.db();
        QVERIFY(SettingsActions::setDefaultCurrency(db, QStringLiteral("chf")));
        QCOMPARE(SettingsRepository(db).defaultCurrency(), QStringLiteral("CHF"));
        auto source = SettingsActions::addLeadSource(db, QStringLiteral("Trade fair"));
        QVERIFY(source);
        auto campaign = SettingsActions::addCampaign(db, source.value(), QStringLiteral("Spring fair"));
        QVERIFY2(campaign, qPrintable(campaign.error()));
        // A new campaign's spend is in the database's currency.
        QCOMPARE(LeadSourceRepository(db).campaigns(source.value())->first().spend.currency, QStringLiteral("CHF"));
        auto person = SettingsActions::addSalesperson(db, QStringLiteral("Nadia"));
        QVERIFY(person);
        QVERIFY(SettingsActions::renameSalesperson(db, person.value(), QStringLiteral(" Nadia  Rahman ")));
        QCOMPARE(UserRepository(db).find(QString::number(person.value()))->name, QStringLiteral("Nadia Rahman"));
        QVERIFY(SettingsActions::setBackupsToKeep(db, 3));
        ImportPreset preset{
            QStringLiteral("Fair scanner"), {{QStringLiteral("Vorname"), QStringLiteral("first_name")}}, false};
        QVERIFY(SettingsActions::saveImportPreset(db, preset));
        const QList<ImportPreset> presets = ContactFields::presets(db);
        QVERIFY(std::any_of(presets.begin(), presets.end(),
                            [](const ImportPreset& each) { return each.name == QLatin1String("Fair scanner"); }));
        QStringList areas;
        for (const DomainEvent& event : recorder.events)
            areas << settingsArea(event);
        QCOMPARE(areas, (QStringList{QStringLiteral("default_currency"), QStringLiteral("lead_sources"),
                                     QStringLiteral("campaigns"), QStringLiteral("users"), QStringLiteral("users"),
                                     QStringLiteral("backups_to_keep"), QStringLiteral("import_presets")}));
        QCOMPARE(recorder.steps.size(), 7);
        QCOMPARE(recorder.steps.at(4).label, QStringLiteral("Rename salesperson to Nadia Rahman"));
    }

    void removingAStageMovesItsDealsAsTheActingUser()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        auto extra = SettingsActions::addStage(db, QStringLiteral("Demo"));
        QVERIFY(extra);
        const auto stages = StageRepository(db).list().value();
        const qint64 first = stages.first().id;
        test::ActionRecorder recorder(db);
        QVERIFY(SettingsActions::removeStage(db, extra.value(), first));
        QCOMPARE(StageRepository(db).list()->size(), stages.size() - 1);
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.steps.at(0).label, QStringLiteral("Remove stage Demo"));
    }

    void theWelcomeAnswersAreOneStep()
    {
        test::TestDatabase fixture;
        test::ActionRecorder recorder(fixture.db());
        QVERIFY(SettingsActions::introduce(fixture.db(), QStringLiteral("Mina"), QStringLiteral("IR")));
        QCOMPARE(UserRepository(fixture.db()).defaultUser()->name, QStringLiteral("Mina"));
        QCOMPARE(SettingsRepository(fixture.db()).phoneRegion(), QStringLiteral("IR"));
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.steps.at(0).label, QStringLiteral("Your name and country"));
        // A bad region takes the name back with it.
        QVERIFY(!SettingsActions::introduce(fixture.db(), QStringLiteral("Someone else"), QStringLiteral("Iran")));
        QCOMPARE(UserRepository(fixture.db()).defaultUser()->name, QStringLiteral("Mina"));
        QCOMPARE(recorder.steps.size(), 1);
    }

    void companiesAreCheckedAndSavedAsActions()
    {
        test::TestDatabase fixture;
        test::ActionRecorder recorder(fixture.db());
        Company company;
        company.name = QStringLiteral("   ");
        QCOMPARE(CompanyActions::check(fixture.db(), company)->field, QStringLiteral("name"));
        QVERIFY(!CompanyActions::save(fixture.db(), company));

        company.name = QStringLiteral("Müller  GmbH");
        auto head = CompanyActions::save(fixture.db(), company);
        QVERIFY2(head, qPrintable(head.error()));
        Company branch;
        branch.name = QStringLiteral("Müller Wien");
        branch.parentId = head.value();
        auto branchId = CompanyActions::save(fixture.db(), branch);
        QVERIFY(branchId);
        // The head office cannot become a branch of its own branch.
        Company loop = CompanyRepository(fixture.db()).get(head.value()).value();
        loop.parentId = branchId.value();
        QCOMPARE(CompanyActions::check(fixture.db(), loop)->field, QStringLiteral("parent"));
        loop.parentId = 0;
        loop.industry = QStringLiteral("Machines");
        QVERIFY(CompanyActions::save(fixture.db(), loop));

        QCOMPARE(recorder.names(), (QStringList{QStringLiteral("company_created"), QStringLiteral("company_created"),
                                                QStringLiteral("company_changed")}));
        QCOMPARE(CompanyRepository(fixture.db()).get(head.value())->name, QStringLiteral("Müller GmbH"));
        QCOMPARE(recorder.steps.size(), 3);
        QCOMPARE(recorder.steps.at(2).label, QStringLiteral("Save Müller GmbH"));
    }

    void aComplaintIsResolvedAndOpenedAgain()
    {
        test::TestDatabase fixture;
        Contact contact;
        contact.firstName = QStringLiteral("Karen");
        const qint64 karen = ContactActions::save(fixture.db(), contact, {})->contactId;
        Interaction complaint;
        complaint.contactId = karen;
        complaint.kind = InteractionKinds::complaint;
        complaint.occurredAt = QDateTime::currentDateTimeUtc();
        const qint64 id = InteractionRepository(fixture.db()).log(complaint).value();
        Interaction call = complaint;
        call.kind = InteractionKinds::call;
        const qint64 callId = InteractionRepository(fixture.db()).log(call).value();

        test::ActionRecorder recorder(fixture.db());
        QCOMPARE(InteractionActions::setComplaintResolved(fixture.db(), id, true).value(),
                 QStringLiteral("Complaint resolved."));
        QVERIFY(InteractionRepository(fixture.db()).get(id)->resolvedAt.isValid());
        QVERIFY(InteractionActions::setComplaintResolved(fixture.db(), id, false));
        QVERIFY(!InteractionRepository(fixture.db()).get(id)->resolvedAt.isValid());
        QVERIFY(!InteractionActions::setComplaintResolved(fixture.db(), callId, true));
        QCOMPARE(recorder.names(),
                 (QStringList{QStringLiteral("complaint_resolved"), QStringLiteral("complaint_resolved")}));
        const auto& reopened = std::get<events::ComplaintResolved>(recorder.events.at(1));
        QCOMPARE(reopened.contactId, karen);
        QVERIFY(!reopened.resolved);
        QCOMPARE(recorder.steps.at(0).label, QStringLiteral("Resolve complaint"));
    }

    void anImportAndItsUndoPublishTheirEvents()
    {
        test::TestDatabase fixture;
        QVERIFY(fixture.database().connection().isOpen());
        test::ActionRecorder recorder(fixture.db());
        // The window detaches its journal while importing: an import is taken back from its history.
        QVERIFY(recorder.journal.detach());
        const QByteArray csv = "First,Last,Email\nAda,Lovelace,ada@example.com\nAlan,Turing,alan@example.com\n"
                               ",,\n";
        auto checked = importCsv(fixture.db(), csv, true);
        QVERIFY2(checked, qPrintable(checked.error()));
        QCOMPARE(checked->created, 2);
        QVERIFY(recorder.events.isEmpty());
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM contacts")), 0);

        auto imported = importCsv(fixture.db(), csv);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(recorder.names(), QStringList{QStringLiteral("import_finished")});
        const auto& finished = std::get<events::ImportFinished>(recorder.events.at(0));
        QCOMPARE(finished.importId, imported->importId);
        QCOMPARE(finished.kind, QStringLiteral("contacts"));
        QCOMPARE(finished.created, 2);
        QCOMPARE(finished.rejected, imported->rejected);
        QVERIFY(recorder.steps.isEmpty());

        auto undone = ImportActions::undo(fixture.db(), imported->importId);
        QVERIFY2(undone, qPrintable(undone.error()));
        QCOMPARE(recorder.names().last(), QStringLiteral("import_undone"));
        QCOMPARE(std::get<events::ImportUndone>(recorder.events.last()).removed, 2);
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM contacts")), 0);
        // Undone twice is refused, and says nothing happened.
        QVERIFY(!ImportActions::undo(fixture.db(), imported->importId));
        QCOMPARE(recorder.events.size(), 2);
    }

    void aVCardHoldsContactsOnly()
    {
        test::TestDatabase fixture;
        QBuffer buffer;
        buffer.setData("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nEND:VCARD\r\n");
        buffer.open(QIODevice::ReadOnly);
        auto refused = ImportActions::importFile(fixture.db(), &buffer, ImportActions::Format::VCard, ImportKind::Deals,
                                                 ImportOptions());
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("A vCard file holds contacts."));
    }
};

QTEST_GUILESS_MAIN(TestSettingsActions)
#include "tst_settingsactions.moc"
