// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerritoryDialog.h"

#include "FormRows.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace kontor::ui {

namespace {

QStringList listed(const QLineEdit* edit)
{
    QStringList items;
    // The Latin comma, the Arabic one that Persian keyboards type and the Ethiopic one.
    static const QRegularExpression separators(QStringLiteral("[,\u060C\u1363]"));
    for (const QString& item : edit->text().split(separators, Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

QString joined(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

} // namespace

TerritoryDialog::TerritoryDialog(const QSqlDatabase& db, const Territory& territory, const QList<Territory>& others,
                                 QWidget* parent)
    : QDialog(parent), m_db(db), m_territory(territory), m_others(others)
{
    setWindowTitle(territory.name.isEmpty() ? tr("Add Territory") : tr("Territory"));
    m_name = new QLineEdit(territory.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("North, Bavaria, DACH…"));
    m_countries = new QLineEdit(joined(territory.countries), this);
    m_countries->setObjectName(QStringLiteral("countries"));
    m_countries->setPlaceholderText(tr("Germany, Austria, Switzerland"));
    m_regions = new QLineEdit(joined(territory.regions), this);
    m_regions->setObjectName(QStringLiteral("regions"));
    m_regions->setPlaceholderText(tr("Bavaria, Hesse"));
    m_postalCodes = new QLineEdit(joined(territory.postalCodes), this);
    m_postalCodes->setObjectName(QStringLiteral("postalCodes"));
    m_postalCodes->setPlaceholderText(tr("10, 12, 20000–29999"));
    auto* hint = new QLabel(tr("Separate several with commas. A contact or company is in the territory when its "
                               "country is one of these (or none are given) and its region or postal code is one "
                               "of these (or none are given). A postal code is a beginning, such as 10, or a range, "
                               "such as 20000–29999 or 20000..29999. When territories overlap, the first in the list "
                               "has the address."),
                            this);
    hint->setWordWrap(true);
    m_held = new QLabel(this);
    m_held->setObjectName(QStringLiteral("held"));
    m_problem = new ErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Countries:"), m_countries);
    form->addRow(tr("&Regions:"), m_regions);
    form->addRow(tr("&Postal codes:"), m_postalCodes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_held);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 560), sizeHint().height());

    // Counted a moment after typing stops: at a million contacts a count reads the whole list.
    m_countSoon = new QTimer(this);
    m_countSoon->setSingleShot(true);
    m_countSoon->setInterval(400);
    connect(m_countSoon, &QTimer::timeout, this, &TerritoryDialog::count);
    for (QLineEdit* edit : {m_countries, m_regions, m_postalCodes})
        connect(edit, &QLineEdit::textChanged, m_countSoon, qOverload<>(&QTimer::start));
    for (QLineEdit* edit : {m_name, m_countries, m_regions, m_postalCodes})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_problem->setMessage({}); });
    count();
}

QString TerritoryDialog::problem() const
{
    return m_problem->message();
}

QString TerritoryDialog::heldText() const
{
    return m_held->text();
}

Territory TerritoryDialog::typed() const
{
    Territory territory = m_territory;
    territory.name = m_name->text().trimmed();
    territory.countries = listed(m_countries);
    territory.regions = listed(m_regions);
    territory.postalCodes = listed(m_postalCodes);
    return territory;
}

void TerritoryDialog::count()
{
    const Territory territory = typed();
    if (territory.countries.isEmpty() && territory.regions.isEmpty() && territory.postalCodes.isEmpty()) {
        m_held->setText(tr("Give countries, regions or postal codes: a territory without any holds nobody."));
        return;
    }
    auto held = Territories(m_db).countHolding(territory);
    if (!held) {
        m_held->setText(held.error());
        return;
    }
    const int contacts = static_cast<int>(std::min<qint64>(held->contacts, std::numeric_limits<int>::max()));
    const int companies = static_cast<int>(std::min<qint64>(held->companies, std::numeric_limits<int>::max()));
    m_held->setText(tr("%1 and %2 have an address in it.", "contacts and companies")
                        .arg(tr("%Ln contact(s)", nullptr, contacts), tr("%Ln company(ies)", nullptr, companies)));
}

void TerritoryDialog::accept()
{
    const Territory territory = typed();
    if (Status fits = Territories::check(territory, m_others); !fits) {
        m_problem->setMessage(fits.error());
        return;
    }
    m_territory = territory;
    QDialog::accept();
}

} // namespace kontor::ui
