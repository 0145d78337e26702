// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-cli's custom fields: field list|add|rename|remove|restore, values set with contact add|update --set, and
// contacts listed by conditions on any field, run as processes the way a script runs them.
#include "TestDatabase.h"

#include "actions/LifecycleRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliFields : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QJsonDocument json;
        QString out;
        QString err;
    };

    Run run(QStringList arguments) const
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        process.start(QStringLiteral(KONTOR_CLI), arguments);
        if (!process.waitForFinished(60000))
            qFatal("kontor-cli did not finish");
        const QByteArray out = process.readAllStandardOutput();
        return {process.exitCode(), QJsonDocument::fromJson(out), QString::fromUtf8(out),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run ok(const QStringList& arguments) const
    {
        Run done = run(arguments);
        if (done.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(done.err));
        return done;
    }

    qint64 count(const QString& sql) const
    {
        auto database = kontor::Database::open(m_db);
        if (!database)
            qFatal("%s", qPrintable(database.error()));
        return kontor::test::count(database.value()->connection(), sql);
    }

    /// The ids of the contacts `contacts --where ...` lists, from its JSON.
    QList<qint64> where(const QStringList& conditions) const
    {
        QStringList arguments{QStringLiteral("contacts"), QStringLiteral("--json")};
        for (const QString& condition : conditions)
            arguments << QStringLiteral("--where") << condition;
        const Run listed = ok(arguments);
        QList<qint64> ids;
        for (const QJsonValue& contact : listed.json.array())
            ids << contact[QStringLiteral("id")].toInteger();
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    }

    void fieldsAreAddedListedRenamedAndArchived()
    {
        QCOMPARE(ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--key"), QStringLiteral("budget"),
                     QStringLiteral("--label"), QStringLiteral("Budget"), QStringLiteral("--type"),
                     QStringLiteral("money"), QStringLiteral("--currency"), QStringLiteral("usd")})
                     .exitCode,
                 0);
        const Run industry =
            ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--record"), QStringLiteral("company"),
                QStringLiteral("--key"), QStringLiteral("industry_group"), QStringLiteral("--label"),
                QStringLiteral("Industry group"), QStringLiteral("--type"), QStringLiteral("choice"),
                QStringLiteral("--options"), QStringLiteral("Retail; Food;Tech"), QStringLiteral("--json")});
        QCOMPARE(industry.exitCode, 0);
        QCOMPARE(industry.json[QStringLiteral("options")].toArray().size(), 3);

        const Run listed = ok({QStringLiteral("field"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray fields = listed.json.array();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0)[QStringLiteral("key")].toString(), QStringLiteral("budget"));
        QCOMPARE(fields.at(0)[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        QCOMPARE(fields.at(1)[QStringLiteral("record")].toString(), QStringLiteral("company"));

        // Renaming a choice keeps it (and its values); a choice left out is archived.
        const Run renamed = ok({QStringLiteral("field"), QStringLiteral("rename"), QStringLiteral("industry_group"),
                                QStringLiteral("--record"), QStringLiteral("company"), QStringLiteral("--label"),
                                QStringLiteral("Sector"), QStringLiteral("--options"),
                                QStringLiteral("retail;Food;Services"), QStringLiteral("--json")});
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(renamed.json[QStringLiteral("label")].toString(), QStringLiteral("Sector"));
        QCOMPARE(renamed.json[QStringLiteral("options")].toArray().size(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM custom_field_options WHERE archived_at IS NOT NULL")), 1);

        // Required and searchable are turned on and off again.
        const auto flags = [this](const QString& flag, const QString& again) {
            const Run on = ok({QStringLiteral("field"), QStringLiteral("rename"), QStringLiteral("budget"), flag,
                               QStringLiteral("--json")});
            const Run off = ok({QStringLiteral("field"), QStringLiteral("rename"), QStringLiteral("budget"), again,
                                QStringLiteral("--json")});
            return std::pair{on.json.object(), off.json.object()};
        };
        const auto [required, optional] = flags(QStringLiteral("--required"), QStringLiteral("--optional"));
        QVERIFY(required[QStringLiteral("required")].toBool());
        QVERIFY(!optional[QStringLiteral("required")].toBool());
        QCOMPARE(ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--key"), QStringLiteral("need"),
                     QStringLiteral("--label"), QStringLiteral("Need"), QStringLiteral("--type"),
                     QStringLiteral("text"), QStringLiteral("--searchable")})
                     .exitCode,
                 0);
        const Run unsearched = ok({QStringLiteral("field"), QStringLiteral("rename"), QStringLiteral("need"),
                                   QStringLiteral("--not-searchable"), QStringLiteral("--json")});
        QVERIFY(!unsearched.json[QStringLiteral("searchable")].toBool());
        const Run both = run({QStringLiteral("field"), QStringLiteral("rename"), QStringLiteral("need"),
                              QStringLiteral("--searchable"), QStringLiteral("--not-searchable")});
        QCOMPARE(both.exitCode, 2);
        QCOMPARE(ok({QStringLiteral("field"), QStringLiteral("remove"), QStringLiteral("need")}).exitCode, 0);

        QCOMPARE(ok({QStringLiteral("field"), QStringLiteral("remove"), QStringLiteral("budget")}).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("field"), QStringLiteral("list")}).out.count(u'\n'), 1);
        QCOMPARE(ok({QStringLiteral("field"), QStringLiteral("restore"), QStringLiteral("budget")}).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("field"), QStringLiteral("list")}).out.count(u'\n'), 2);
    }

    void badFieldsAreRefusedWithAMessage()
    {
        const Run builtIn =
            run({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--key"), QStringLiteral("email"),
                 QStringLiteral("--label"), QStringLiteral("Mail"), QStringLiteral("--type"), QStringLiteral("text")});
        QCOMPARE(builtIn.exitCode, 1);
        QVERIFY2(builtIn.err.contains(QStringLiteral("built-in")), qPrintable(builtIn.err));
        const Run badType = run({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--key"),
                                 QStringLiteral("size"), QStringLiteral("--label"), QStringLiteral("Size"),
                                 QStringLiteral("--type"), QStringLiteral("integer")});
        QCOMPARE(badType.exitCode, 2);
        QVERIFY(badType.err.contains(QStringLiteral("longtext")));
        const Run noOptions = run({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--key"),
                                   QStringLiteral("size"), QStringLiteral("--label"), QStringLiteral("Size"),
                                   QStringLiteral("--type"), QStringLiteral("choice")});
        QCOMPARE(noOptions.exitCode, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM custom_fields")), 0);
    }

    void contactsAreFoundByAnyField()
    {
        for (const QStringList& field :
             {QStringList{QStringLiteral("budget"), QStringLiteral("money"), QString()},
              QStringList{QStringLiteral("industry"), QStringLiteral("choice"), QStringLiteral("Retail;Food;Tech")},
              QStringList{QStringLiteral("tools"), QStringLiteral("choices"), QStringLiteral("CRM;ERP;Excel")},
              QStringList{QStringLiteral("timeline"), QStringLiteral("date"), QString()}}) {
            QStringList arguments{
                QStringLiteral("field"),   QStringLiteral("add"), QStringLiteral("--key"),  field.at(0),
                QStringLiteral("--label"), field.at(0).toUpper(), QStringLiteral("--type"), field.at(1)};
            if (!field.at(2).isEmpty())
                arguments << QStringLiteral("--options") << field.at(2);
            QCOMPARE(ok(arguments).exitCode, 0);
        }
        const Run ada =
            ok({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"), QStringLiteral("Ada"),
                QStringLiteral("--email"), QStringLiteral("ada@example.org"), QStringLiteral("--set"),
                QStringLiteral("budget=5000"), QStringLiteral("--set"), QStringLiteral("industry=retail"),
                QStringLiteral("--set"), QStringLiteral("tools=Excel; CRM"), QStringLiteral("--set"),
                QStringLiteral("timeline=2027-01-31"), QStringLiteral("--json")});
        QCOMPARE(ada.exitCode, 0);
        const QJsonObject adaJson = ada.json.object();
        QCOMPARE(adaJson[QStringLiteral("budget")][QStringLiteral("minor")].toInteger(), 500000);
        QCOMPARE(adaJson[QStringLiteral("budget")][QStringLiteral("currency")].toString(), QStringLiteral("EUR"));
        QCOMPARE(adaJson[QStringLiteral("industry")].toString(), QStringLiteral("Retail"));
        QCOMPARE(adaJson[QStringLiteral("tools")].toArray(),
                 (QJsonArray{QStringLiteral("CRM"), QStringLiteral("Excel")}));
        QCOMPARE(adaJson[QStringLiteral("timeline")].toString(), QStringLiteral("2027-01-31"));
        const qint64 adaId = adaJson[QStringLiteral("id")].toInteger();

        const Run bob = ok({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                            QStringLiteral("Bob"), QStringLiteral("--set"), QStringLiteral("budget=750.50"),
                            QStringLiteral("--set"), QStringLiteral("industry=Food"), QStringLiteral("--json")});
        const qint64 bobId = bob.json[QStringLiteral("id")].toInteger();
        const qint64 carolId = ok({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                                   QStringLiteral("Carol"), QStringLiteral("--json")})
                                   .json[QStringLiteral("id")]
                                   .toInteger();

        QCOMPARE(where({QStringLiteral("budget >= 1000")}), QList<qint64>{adaId});
        QCOMPARE(where({QStringLiteral("budget < 1000"), QStringLiteral("industry = food")}), QList<qint64>{bobId});
        QCOMPARE(where({QStringLiteral("industry = Retail;Food")}), (QList<qint64>{adaId, bobId}));
        QCOMPARE(where({QStringLiteral("tools = ERP")}), QList<qint64>{});
        QCOMPARE(where({QStringLiteral("tools != CRM")}), (QList<qint64>{bobId, carolId}));
        QCOMPARE(where({QStringLiteral("timeline empty")}), (QList<qint64>{bobId, carolId}));
        QCOMPARE(where({QStringLiteral("timeline <= 2027-01-31"), QStringLiteral("email ~ example")}),
                 QList<qint64>{adaId});
        QCOMPARE(where({}), (QList<qint64>{adaId, bobId, carolId}));

        // Every field by key, the empty ones as null.
        const Run all = ok({QStringLiteral("contacts"), QStringLiteral("--json"), QStringLiteral("--where"),
                            QStringLiteral("first_name = carol")});
        const QJsonObject carol = all.json.array().first().toObject();
        QVERIFY(carol.contains(QStringLiteral("budget")));
        QVERIFY(carol[QStringLiteral("budget")].isNull());
        QCOMPARE(carol[QStringLiteral("first_name")].toString(), QStringLiteral("Carol"));

        // Update sets one field and leaves the others; a value that does not fit changes nothing.
        QCOMPARE(ok({QStringLiteral("contact"), QStringLiteral("update"), QStringLiteral("ada@example.org"),
                     QStringLiteral("--set"), QStringLiteral("budget=")})
                     .exitCode,
                 0);
        QCOMPARE(where({QStringLiteral("budget empty"), QStringLiteral("industry = Retail")}), QList<qint64>{adaId});
        const Run wrong = run({QStringLiteral("contact"), QStringLiteral("update"), QStringLiteral("ada@example.org"),
                               QStringLiteral("--set"), QStringLiteral("industry=Mining"), QStringLiteral("--set"),
                               QStringLiteral("timeline=2028-01-01")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("INDUSTRY: “Mining” is not one of its choices.")),
                 qPrintable(wrong.err));
        QCOMPARE(where({QStringLiteral("timeline = 2027-01-31")}), QList<qint64>{adaId});
        const Run unknown = run({QStringLiteral("contact"), QStringLiteral("update"), QStringLiteral("ada@example.org"),
                                 QStringLiteral("--set"), QStringLiteral("shoe_size=42")});
        QCOMPARE(unknown.exitCode, 2);
        const Run badCondition = run({QStringLiteral("contacts"), QStringLiteral("--where"), QStringLiteral("budget")});
        QCOMPARE(badCondition.exitCode, 2);
        const Run badValue =
            run({QStringLiteral("contacts"), QStringLiteral("--where"), QStringLiteral("timeline > soon")});
        QCOMPARE(badValue.exitCode, 1);
        QVERIFY2(badValue.err.contains(QStringLiteral("TIMELINE")), qPrintable(badValue.err));
    }

    // An import that changed custom values is undone with them: the old value back, the one it added gone.
    void undoingAnImportPutsCustomValuesBack()
    {
        for (const QStringList& field : {QStringList{QStringLiteral("budget"), QStringLiteral("money")},
                                         QStringList{QStringLiteral("need"), QStringLiteral("longtext")}})
            QCOMPARE(ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--key"), field.at(0),
                         QStringLiteral("--label"), field.at(0), QStringLiteral("--type"), field.at(1)})
                         .exitCode,
                     0);
        QCOMPARE(ok({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                     QStringLiteral("Ada"), QStringLiteral("--email"), QStringLiteral("ada@example.org"),
                     QStringLiteral("--set"), QStringLiteral("budget=100")})
                     .exitCode,
                 0);
        const QString source = m_dir.filePath(QStringLiteral("update.csv"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("first_name,email,budget,need\nAda,ada@example.org,500,Training\nBo,bo@example.org,7,Tea\n");
        file.close();
        QCOMPARE(
            ok({QStringLiteral("import"), source, QStringLiteral("--duplicates"), QStringLiteral("update")}).exitCode,
            0);
        QCOMPARE(where({QStringLiteral("budget = 500"), QStringLiteral("need ~ training")}).size(), 1);
        // Ada's need, new to her, is in her history; the new contact's values are not, as its creation is not.
        const QString logged = QStringLiteral("SELECT count(*) FROM change_log l JOIN contacts c ON c.id = l.entity_id "
                                              "WHERE l.entity = 'contact' AND c.first_name = '%1' AND l.new_values "
                                              "LIKE '%field:%' AND l.new_values LIKE '%%2%'");
        QCOMPARE(count(logged.arg(QStringLiteral("Ada"), QStringLiteral("Training"))), qint64(1));
        QCOMPARE(count(logged.arg(QStringLiteral("Bo"), QStringLiteral("Tea"))), qint64(0));
        // The import's narrowed trigger is gone again: a value set afterwards is logged.
        QCOMPARE(ok({QStringLiteral("contact"), QStringLiteral("update"), QStringLiteral("bo@example.org"),
                     QStringLiteral("--set"), QStringLiteral("need=Coffee")})
                     .exitCode,
                 0);
        QCOMPARE(count(logged.arg(QStringLiteral("Bo"), QStringLiteral("Coffee"))), qint64(1));
        const Run history = ok({QStringLiteral("imports"), QStringLiteral("--json")});
        const QString importId = QString::number(history.json.array().first()[QStringLiteral("id")].toInteger());
        QCOMPARE(ok({QStringLiteral("undo-import"), importId}).exitCode, 0);
        QCOMPARE(where({QStringLiteral("budget = 100"), QStringLiteral("need empty")}).size(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Bo'")), qint64(0));
    }

    // The lifecycle rule on filled fields moves the contacts an import fills, as a save in the window does.
    void anImportFollowsTheFieldRules()
    {
        QCOMPARE(
            ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--key"), QStringLiteral("need"),
                QStringLiteral("--label"), QStringLiteral("Need"), QStringLiteral("--type"), QStringLiteral("text")})
                .exitCode,
            0);
        {
            auto database = kontor::Database::open(m_db);
            QVERIFY(database.ok());
            kontor::LifecycleRuleSettings rules = kontor::LifecycleRules::settings(database.value()->connection());
            rules.mqlFields = {QStringLiteral("need")};
            QVERIFY(kontor::LifecycleRules::save(database.value()->connection(), rules).ok());
        }
        const QString source = m_dir.filePath(QStringLiteral("needs.csv"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("first_name,need\nAda,Training\nBo,\n");
        file.close();
        QCOMPARE(ok({QStringLiteral("import"), source}).exitCode, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Ada' AND status = 'mql'")),
                 qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Bo' AND status = 'lead'")),
                 qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact_stage_history WHERE rule = 'mql_fields_filled'")),
                 qint64(1));
    }

    // A long-text field takes a long value from a file, as the notes do; a short text field refuses the row.
    void longTextComesInWhole()
    {
        for (const QStringList& field : {QStringList{QStringLiteral("minutes"), QStringLiteral("longtext")},
                                         QStringList{QStringLiteral("motto"), QStringLiteral("text")}})
            QCOMPARE(ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--key"), field.at(0),
                         QStringLiteral("--label"), field.at(0), QStringLiteral("--type"), field.at(1)})
                         .exitCode,
                     0);
        const QByteArray minutes(5000, 'm');
        const QString source = m_dir.filePath(QStringLiteral("long.csv"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("first_name,minutes,motto\nAda," + minutes + ",Short\nBo,x," + QByteArray(2000, 'y') + "\n");
        file.close();
        QCOMPARE(ok({QStringLiteral("import"), source}).exitCode, 0);
        QCOMPARE(count(QStringLiteral("SELECT length(text_value) FROM custom_values WHERE text_value LIKE 'mmm%'")),
                 qint64(5000));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Bo'")), qint64(0));
    }

    // A CSV with custom columns (text, money, date, multiple choice) comes in, is found by them, is exported, and
    // comes back unchanged into another database with the same fields.
    void customColumnsGoOutAndComeBackUnchanged()
    {
        const QString first = m_db;
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        const QString source = m_dir.filePath(QStringLiteral("source.csv"));
        const QString exported = m_dir.filePath(QStringLiteral("exported.csv"));
        const QString again = m_dir.filePath(QStringLiteral("again.csv"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("first_name,last_name,email,Region code,Budget,Timeline,tools\n"
                   "Ada,Lovelace,ada@example.org,N1,1250.50,2027-03-31,CRM; Excel\n"
                   "Bob,Builder,bob@example.org,S2,900 USD,,ERP\n"
                   "Cleo,Patra,cleo@example.org,,lots,2027-13-01,\n");
        file.close();
        for (const QString& db : {first, second}) {
            m_db = db;
            QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
            for (const QStringList& field :
                 {QStringList{QStringLiteral("region_code"), QStringLiteral("Region code"), QStringLiteral("text")},
                  QStringList{QStringLiteral("budget"), QStringLiteral("Budget"), QStringLiteral("money")},
                  QStringList{QStringLiteral("timeline"), QStringLiteral("Timeline"), QStringLiteral("date")},
                  QStringList{QStringLiteral("tools"), QStringLiteral("Tools"), QStringLiteral("choices")}}) {
                QStringList arguments{
                    QStringLiteral("field"),   QStringLiteral("add"), QStringLiteral("--key"),  field.at(0),
                    QStringLiteral("--label"), field.at(1),           QStringLiteral("--type"), field.at(2)};
                if (field.at(2) == QStringLiteral("choices"))
                    arguments << QStringLiteral("--options") << QStringLiteral("CRM;ERP;Excel");
                QCOMPARE(ok(arguments).exitCode, 0);
            }
        }
        m_db = first;
        // Headers name the fields by key or by name; a value that is none (an amount "lots", a 13th month) is kept
        // in the notes with a warning.
        const Run imported = ok({QStringLiteral("import"), source});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("is not an amount")), qPrintable(imported.out));
        QCOMPARE(where({QStringLiteral("budget >= 1000")}).size(), 1);
        QCOMPARE(where({QStringLiteral("region_code = n1"), QStringLiteral("tools = Excel")}).size(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts WHERE notes LIKE '%Budget: lots%'")), 1);
        QCOMPARE(ok({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--exact"),
                     QStringLiteral("-o"), exported})
                     .exitCode,
                 0);
        m_db = second;
        QCOMPARE(ok({QStringLiteral("import"), exported}).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--exact"),
                     QStringLiteral("-o"), again})
                     .exitCode,
                 0);
        QFile one(exported);
        QFile two(again);
        QVERIFY(one.open(QIODevice::ReadOnly) && two.open(QIODevice::ReadOnly));
        const QByteArray written = one.readAll();
        QVERIFY2(written.contains("1250.50 EUR,2027-03-31,CRM; Excel"), written.constData());
        QCOMPARE(two.readAll(), written);

        // A vCard carries them as X-KONTOR-<KEY>, and brings them into a database that has the field.
        const QString cards = m_dir.filePath(QStringLiteral("cards.vcf"));
        m_db = first;
        QCOMPARE(ok({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--format"),
                     QStringLiteral("vcf"), QStringLiteral("-o"), cards})
                     .exitCode,
                 0);
        QFile vcf(cards);
        QVERIFY(vcf.open(QIODevice::ReadOnly));
        const QByteArray card = vcf.readAll();
        QVERIFY2(card.contains("X-KONTOR-BUDGET:1250.50 EUR\r\n"), card.constData());
        m_db = m_dir.filePath(QStringLiteral("third.sqlite"));
        QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(
            ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("--key"), QStringLiteral("budget"),
                QStringLiteral("--label"), QStringLiteral("Budget"), QStringLiteral("--type"), QStringLiteral("money")})
                .exitCode,
            0);
        QCOMPARE(ok({QStringLiteral("import"), cards}).exitCode, 0);
        QCOMPARE(where({QStringLiteral("budget = 1250.50")}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliFields)
#include "tst_clifields.moc"
