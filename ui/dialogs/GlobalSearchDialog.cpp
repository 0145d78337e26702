// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobalSearchDialog.h"

#include "views/Direction.h"

#include "domain/DateText.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {
constexpr int hitRole = Qt::UserRole + 1;
constexpr int resultLimit = 60;
} // namespace

GlobalSearchDialog::GlobalSearchDialog(const QSqlDatabase& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("GlobalSearchDialog"));
    setWindowTitle(tr("Search everything"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search everything"));
    m_search->setPlaceholderText(tr("Names, companies, emails, phones, notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(false);
    connect(m_results, &QTreeWidget::itemActivated, this, &GlobalSearchDialog::choose);

    m_status = new QLabel(tr("Type to search; Enter opens the highlighted result."), this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setEnabled(false);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(80);
    connect(m_delay, &QTimer::timeout, this, &GlobalSearchDialog::searchNow);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(640, 460);
    m_search->setFocus();
}

void GlobalSearchDialog::searchNow()
{
    m_delay->stop();
    m_results->clear();
    m_hits.clear();
    const QString text = m_search->text();
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("Type to search; Enter opens the highlighted result."));
        return;
    }
    Search search(m_db);
    auto contacts = search.findContacts(text, resultLimit / 2);
    auto companies = search.findCompanies(text, resultLimit / 4);
    auto deals = search.findDeals(text, resultLimit / 4);
    auto notes = search.findInteractions(text, resultLimit / 4);
    for (const auto* result : {&contacts, &companies, &deals, &notes}) {
        if (!*result) {
            m_status->setText(result->error());
            return;
        }
    }
    const QLocale locale;
    auto group = [this, &locale](const QString& title, const QList<SearchHit>& hits) {
        if (hits.isEmpty())
            return;
        auto* heading = new QTreeWidgetItem(m_results, {title});
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        QFont font = heading->font(0);
        font.setBold(true);
        heading->setFont(0, font);
        const bool mirrored = layoutDirection() == Qt::RightToLeft;
        for (const SearchHit& hit : hits) {
            const QString when = hit.when.isValid() ? DateText::date(hit.when.toLocalTime().date(), locale) : QString();
            auto* item = new QTreeWidgetItem(heading, {hit.title, when});
            item->setToolTip(0, hit.detail);
            // Right to left each part keeps its own direction and the line the window's: a Latin name first
            // would lay the whole line out left to right, the name last.
            const auto part = [mirrored](const QString& text) {
                return mirrored ? QChar(0x2068) + text + QChar(0x2069) : text;
            };
            if (!hit.detail.isEmpty())
                item->setText(0, inWindowDirection(part(hit.title) + QStringLiteral("  —  ") + part(hit.detail)));
            item->setData(0, hitRole, static_cast<int>(m_hits.size()));
            m_hits.append(hit);
        }
        heading->setExpanded(true);
    };
    group(tr("Contacts"), contacts.value());
    group(tr("Companies"), companies.value());
    group(tr("Deals"), deals.value());
    group(tr("Notes"), notes.value());
    m_status->setText(m_hits.isEmpty() ? tr("Nothing found for “%1”.").arg(text.trimmed())
                                       : tr("%Ln result(s); Enter opens the highlighted one.", nullptr,
                                            static_cast<int>(m_hits.size())));
    // Highlight the first result so that Enter opens it straight away.
    for (QTreeWidgetItemIterator it(m_results); *it; ++it) {
        if ((*it)->data(0, hitRole).isValid()) {
            m_results->setCurrentItem(*it);
            break;
        }
    }
}

bool GlobalSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The box keeps the focus; arrows move through the results and Enter opens one, as in a launcher.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            QTreeWidgetItem* item = m_results->currentItem();
            do {
                item = item ? (key->key() == Qt::Key_Down ? m_results->itemBelow(item) : m_results->itemAbove(item))
                            : m_results->topLevelItem(0);
            } while (item && !item->data(0, hitRole).isValid());
            if (item)
                m_results->setCurrentItem(item);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_delay->isActive())
                searchNow();
            choose();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GlobalSearchDialog::choose()
{
    const QTreeWidgetItem* item = m_results->currentItem();
    if (!item || !item->data(0, hitRole).isValid())
        return;
    m_chosen = m_hits.at(item->data(0, hitRole).toInt());
    accept();
}

} // namespace kontor::ui
